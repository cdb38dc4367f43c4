"""LOC005 number-abbreviation: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "LOC005"
MUST_FLAG = [
    ('en', 'An investment volume of 350 Mio. euros is planned.', 'Mio.', 'million'),
    ('en', 'The club will pay 45 mln euros.', 'mln', 'million'),
]
MUST_PASS = [
    ('en', 'Mio and Mrd are German abbreviations; the club paid 45 million euros.'),
]

test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
