"""LOC001 decimal-separator: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "LOC001"
MUST_FLAG = [
    ('en', 'The damage amounts to at least 2,5 million euros.', '2,5', '2.5'),
    ('en', 'Turnout stood at 58,4%, lower than in 2019.', '58,4', '58.4'),
    ('de', 'Das Turnier ist mit 2.1 Millionen Euro dotiert.', '2.1', '2,1'),
    ('fr', 'Le budget s’élève à 3.5 millions d’euros.', '3.5', '3,5'),
    ('it', 'Ha percorso 1.5 chilometri a piedi.', '1.5', '1,5'),
    ('es', 'La inversión alcanza 2.5 millones de euros.', '2.5', '2,5'),
]
MUST_PASS = [
    ('en', 'The company sold 3,500 homes and 2.5 million shares at 10:30 a.m.'),
    ('en', 'On the left, a [1,1] input gives 0; on the right, (0,0) gives 1.'),
    ('de', 'Um 19.30 Uhr kamen 3,5 Millionen Zuschauer; am 1.5. ist Feiertag.'),
    ('it', 'Alle 18.30 erano 1.200 persone, 2,5 milioni in tutto.'),
    ('es', 'A las 10.30 llegaron 2,5 millones de turistas.'),
]

test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
