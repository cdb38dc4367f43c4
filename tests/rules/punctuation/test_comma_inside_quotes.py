"""PUN017 comma-inside-quotes: must-flag and must-pass examples."""
import pytest

from helpers import assert_flags, assert_quiet, native_cases

CODE = "PUN017"
MUST_FLAG = [
    ("de", "„Ich hatte meine Chancen,“ sagte der Spieler.", ",“", "“,"),
    ("es", "«Es necesario,» dijo el alcalde.", ",»", "»,"),
    ("it", "«Siamo pronti,» ha detto il ministro.", ",»", "»,"),
    ("fr", "« Nous sommes prêts, » a dit le ministre.", ", »", " »,"),
]
MUST_PASS = [
    ("en", "“We are ready,” the minister said."),
    ("de", "„Ich hatte meine Chancen“, sagte der Spieler, „aber er war besser.“"),
    ("fr", "Il a dit, « oui », puis il est parti."),
]


@pytest.mark.parametrize("lang,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, text, flagged, suggestion):
    assert_flags(CODE, lang, text, flagged, suggestion)


@pytest.mark.parametrize("lang,text", MUST_PASS + native_cases())
def test_passes(lang, text):
    assert_quiet(CODE, lang, text)
