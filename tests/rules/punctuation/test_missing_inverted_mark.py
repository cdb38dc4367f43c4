"""PUN018 missing-inverted-mark: must-flag and must-pass examples."""
import pytest

from helpers import assert_flags, assert_quiet, native_cases

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


@pytest.mark.parametrize("lang,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, text, flagged, suggestion):
    assert_flags(CODE, lang, text, flagged, suggestion)


@pytest.mark.parametrize("lang,text", MUST_PASS + native_cases())
def test_passes(lang, text):
    assert_quiet(CODE, lang, text)
