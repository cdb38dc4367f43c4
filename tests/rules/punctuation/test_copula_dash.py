"""PUN016 copula-dash: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN016"
MUST_FLAG = [
    ('en', 'Denisovans — a sister group of the Neanderthals that lived in Asia.', 'Denisovans —', None),
    ('en', 'The find was small. Moscow — the capital of the Russian Federation.', 'Moscow —', None),
]
MUST_PASS = [
    ('en', 'Denisovans — a sister group of the Neanderthals — lived in Asia.'),
    ('en', 'The answer came quickly, and the result — a resounding yes — surprised no one.'),
    ('ru', 'Денисовцы — сестринская группа неандертальцев.'),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
