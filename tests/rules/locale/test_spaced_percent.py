"""LOC007 spaced-percent: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "LOC007"
MUST_FLAG = [
    ('en', 'Glaciers have lost 12 % of their volume.', '12 %', '12%'),
    ('en', 'A pay rise of just 2,3\xa0% was offered.', '%', None),
]
MUST_PASS = [
    ('en', 'Glaciers have lost 12% of their volume.'),
    ('fr', 'Les glaciers ont perdu 12\xa0% de leur volume.'),
]

test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
