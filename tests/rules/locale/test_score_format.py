"""LOC006 score-format: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "LOC006"
MUST_FLAG = [
    ('de', 'Er setzte sich mit 6-4, 3-6, 7-6 (7-4) durch.', '6-4, 3-6', '6:4, 3:6, 7:6 (7:4)'),
]
MUST_PASS = [
    ('de', 'Er gewann 6:4, 3:6; die Jahre 2019-2021 und 5-6 Tage.'),
    ('en', 'He won 6-4, 3-6, 7-6 (7-4).'),
]

test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
