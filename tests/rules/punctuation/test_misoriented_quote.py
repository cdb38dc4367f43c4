"""PUN002 misoriented-quote: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN002"
MUST_FLAG = [
    ('en', '“We continue to seek the diplomatic path, “he said.', ' “', '” '),
    ('en', 'The EU is determined to support Ukraine economically and politically “.', ' “', '”'),
    ('en', 'He called it a “historic step“ for the region.', '“', '”'),
    ('it', '«Siamo pronti, «ha detto il ministro.', ' «', '» '),
    ('es', '«Estamos listos, «dijo el ministro.', ' «', '» '),
]
MUST_PASS = [
    ('en', '“Ready,” he said, “for anything.”'),
    ('de', '„Bereit“, sagte er, „für alles.“'),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
