"""NAM004 acronym-casing: must-flag and must-pass examples."""
import pytest

from helpers import assert_flags, assert_quiet, native_cases

CODE = "NAM004"
MUST_FLAG = [
    ("en", "According to the Russian state news agency Ria Novosti, the talks were useful.", "Ria Novosti", "RIA Novosti"),
    ("en", "Ria Novosti reported it first. According to Ria, the minister agreed.", "Ria", "RIA"),
    ("en", "The Onu Security Council met on Monday.", "Onu", "UN"),
    ("en", "The Fbi opened an inquiry.", "Fbi", "FBI"),
]
MUST_PASS = [
    ("en", "RIA Novosti and the FBI said the UN and NATO agreed; Nato allies in London agreed too."),
    ("en", "Ria Wilson, a nurse from Leeds, said the shift was long."),
    ("it", "Secondo la Nato e l’Onu, l’agenzia Ria Novosti ha sbagliato."),
]


@pytest.mark.parametrize("lang,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, text, flagged, suggestion):
    assert_flags(CODE, lang, text, flagged, suggestion)


@pytest.mark.parametrize("lang,text", MUST_PASS + native_cases())
def test_passes(lang, text):
    assert_quiet(CODE, lang, text)
