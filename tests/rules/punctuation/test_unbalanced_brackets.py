"""PUN010 unbalanced-brackets: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN010"
MUST_FLAG = [
    ('en', 'The ministry (which had denied the report on Monday said talks would resume.', '(', None),
    ('en', 'The ministry which had denied the report) said talks would resume.', ')', None),
    ('de', 'Das Ministerium (das den Bericht dementiert hatte sagte, die Gespräche gingen weiter.', '(', None),
]
MUST_PASS = [
    ('en', 'The options are a) talk, b) wait or c) leave. Nice :) (really) [sic].'),
    ('it', 'Le opzioni sono 1) trattare e 2) aspettare (forse).'),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
