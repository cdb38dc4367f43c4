"""PUN018 missing-inverted-mark: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN018"
MUST_FLAG = [
    ("es", "Preguntó: “Qué hacer si se corta la luz?”", "Qué hacer si se corta la luz?", "¿Qué hacer si se corta la luz?"),
    ("es", "La vecina gritó: “Es increíble!” y se fue.", "Es increíble!", "¡Es increíble!"),
    ("es", "Nadie respondió. Quién lo haría?", "Quién lo haría?", "¿Quién lo haría?"),
]
MUST_PASS = [
    ("es", "Si no vienes, ¿qué haremos? ¡Qué pena! Véase https://example.es/faq?id=3 para más."),
    ("en", "Who would do it? Nobody!"),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
