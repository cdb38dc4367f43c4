"""LOC004 date-format: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "LOC004"
MUST_FLAG = [
    ('en', 'The review would be completed by 15.04. at the latest.', '15.04.', 'April 15'),
    ('en', 'She plans to return on 15.06 to continue.', '15.06', 'June 15'),
    ('en', 'The decree of 24/02/2022 was annulled.', '24/02/2022', 'February 24, 2022'),
]
MUST_PASS = [
    ('en', 'It rose 15.06 percent; the report of 02/04/2022 was late; on Feb. 24, 2022, war began.'),
]

test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
