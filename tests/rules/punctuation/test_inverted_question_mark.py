"""PUN013 inverted-question-mark: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN013"
MUST_FLAG = [
    ('en', 'He ended with another question: “¿Who would abandon this city now?”', '¿', ''),
    ('it', 'Ha chiuso con una domanda: «¡Nessuno!»', '¡', ''),
]
MUST_PASS = [
    ('es', '¿Quién abandonaría esta ciudad ahora? ¡Nadie!'),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
