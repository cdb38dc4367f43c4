"""PUN013 inverted-question-mark: must-flag and must-pass examples."""
import pytest

from helpers import assert_flags, assert_quiet, native_cases

CODE = "PUN013"
MUST_FLAG = [
    ('en', 'He ended with another question: “¿Who would abandon this city now?”', '¿', ''),
    ('it', 'Ha chiuso con una domanda: «¡Nessuno!»', '¡', ''),
]
MUST_PASS = [
    ('es', '¿Quién abandonaría esta ciudad ahora? ¡Nadie!'),
]


@pytest.mark.parametrize("lang,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, text, flagged, suggestion):
    assert_flags(CODE, lang, text, flagged, suggestion)


@pytest.mark.parametrize("lang,text", MUST_PASS + native_cases())
def test_passes(lang, text):
    assert_quiet(CODE, lang, text)
