"""LOC003 time-format: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "LOC003"
MUST_FLAG = [
    ('en', 'The match is scheduled for Wednesday at 18.30 at San Siro.', '18.30', '6:30 p.m.'),
    ('en', 'The strike begins at 20 h on Wednesday.', '20 h', '8 p.m.'),
    ('en', 'The ceremony, on Tuesday at 19 h 30, took place.', '19 h 30', '7:30 p.m.'),
    ('de', 'Das Finale begann erst um 7:30 p.m. am Abend.', '7:30 p.m.', '19:30 Uhr'),
    ('fr', 'Les représentations commenceront à 7:30 pm, sauf le dimanche.', '7:30 pm', '19\xa0h\xa030'),
    ('it', 'La partita inizia alle 8 p.m. a San Siro.', '8 p.m.', '20.00'),
    ('es', 'El partido empieza a las 8 p.m. en Madrid.', '8 p.m.', '20:00'),
]
MUST_PASS = [
    ('en', 'Doors open at 10.30am and close at 6:30 p.m.; growth was 2.15 percent.'),
    ('de', 'Das Finale begann um 19.30 Uhr.'),
    ('fr', 'Le match commence à 20 h 30.'),
    ('it', 'La partita inizia alle 20.30.'),
]

test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
