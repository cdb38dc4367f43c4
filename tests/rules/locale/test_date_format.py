"""LOC004 date-format: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "LOC004"
MUST_FLAG = [
    ('en', 'The review would be completed by 15.04. at the latest.', '15.04.', 'April 15'),
    ('en', 'She plans to return on 15.06 to continue.', '15.06', 'June 15'),
    ('en', 'The decree of 24/02/2022 was annulled.', '24/02/2022', 'February 24, 2022'),
    ('de', 'Das Dekret vom 3/15/2022 wurde aufgehoben.', '3/15/2022', '15.3.2022'),
    ('fr', 'Le décret du 12/25/2023 a été annulé.', '12/25/2023', '25/12/2023'),
]
MUST_PASS = [
    ('en', 'It rose 15.06 percent; the report of 02/04/2022 was late; on Feb. 24, 2022, war began.'),
    ('de', 'Am 15.3.2022 und am 3/4/2022 kam es zu Streiks.'),  # day first, or either order
    ('it', 'Il decreto del 25/12/2023 e quello del 3/4/2022.'),
]

test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
