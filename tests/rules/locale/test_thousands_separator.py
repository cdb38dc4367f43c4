"""LOC002 thousands-separator: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "LOC002"
MUST_FLAG = [
    ('en', 'Water bomb on Genoa: 1.200 evacuated.', '1.200', '1,200'),
    ('en', 'There are 3 500 displaced people.', '3 500', '3,500'),
    ('de', 'Vor 10,000 Zuschauern spielte er.', '10,000', '10.000'),
    ('fr', 'Plus de 1,200 places ont été vendues.', '1,200', '1\u202f200'),
    ('it', 'Oltre 1,200 persone sono state evacuate.', '1,200', '1.200'),
    ('es', 'Más de 1,200 personas fueron evacuadas.', '1,200', '1.200'),
]
MUST_PASS = [
    ('en', '1,200 visitors came, version v1.200 shipped, 3.5 million watched.'),
    ('de', 'Vor 10.000 Zuschauern, 3,5 Millionen.'),
    ('fr', 'Plus de 1\u202f200 places, soit 3,5 millions d’euros.'),
]

test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
