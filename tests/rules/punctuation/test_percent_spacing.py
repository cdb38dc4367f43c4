"""PUN015 percent-spacing: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN015"
MUST_FLAG = [
    ('de', 'Die Inflation stieg auf fast 18%, so das Amt.', '%', '\xa0%'),
    ('fr', 'Le chômage a atteint 7,5% en mars.', '%', '\xa0%'),
]
MUST_PASS = [
    ('en', 'Inflation rose to 18% in March.'),
    ('de', 'Die Inflation stieg auf 18 % im März.'),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
