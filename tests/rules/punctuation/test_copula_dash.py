"""PUN016 copula-dash: must-flag and must-pass examples."""
import pytest

from helpers import assert_flags, assert_quiet, native_cases

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


@pytest.mark.parametrize("lang,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, text, flagged, suggestion):
    assert_flags(CODE, lang, text, flagged, suggestion)


@pytest.mark.parametrize("lang,text", MUST_PASS + native_cases())
def test_passes(lang, text):
    assert_quiet(CODE, lang, text)
