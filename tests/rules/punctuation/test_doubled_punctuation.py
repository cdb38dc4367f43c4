"""PUN009 doubled-punctuation: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN009"
MUST_FLAG = [
    ('en', 'The talks,, which began on Monday, resumed.', ',,', ','),
    ('en', 'The talks resumed today.. Nobody was surprised.', '..', '.'),
    ('en', 'Who would abandon this city?. Nobody.', '?.', '?'),
    ('de', 'Die Gespräche,, die am Montag begannen, gehen weiter.', ',,', ','),
    ('it', 'Il vertice,. che è iniziato lunedì, continua.', ',.', '.'),
]
MUST_PASS = [
    ('en', 'He paused... then went on. The U.S., Japan and others agreed, etc., on Monday.'),
    ('en', 'Pages 1..10 of the report are missing.'),
    ('de', 'Es sind Roboter von 8 ft., 12 ft. Länge.'),  # a unit's period, then a comma
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
