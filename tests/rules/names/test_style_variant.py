"""NAM003 style-variant: must-flag and must-pass examples."""
import pytest

from helpers import assert_flags, assert_quiet, native_cases

CODE = "NAM003"
MUST_FLAG = [
    ("en", "Boris Johnson spoke to Vladimir Putin and today flies to Kiev.", "Kiev", "Kyiv"),
    ("en", "Shelling continued in Kharkov overnight, officials said.", "Kharkov", "Kharkiv"),
]
MUST_PASS = [
    ("en", "Kyiv and Kharkiv were shelled; the Kievan Rus chronicles were moved."),
    ("de", "Der Kanzler reiste nach Kiew, wo er Selenskyj traf."),
    ("it", "Il premier è volato a Kiev per incontrare Zelensky."),
    ("fr", "Le président est arrivé à Kiev mardi."),
    ("es", "El presidente llegó a Kiev el martes."),
]


@pytest.mark.parametrize("lang,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, text, flagged, suggestion):
    assert_flags(CODE, lang, text, flagged, suggestion)


@pytest.mark.parametrize("lang,text", MUST_PASS + native_cases())
def test_passes(lang, text):
    assert_quiet(CODE, lang, text)
