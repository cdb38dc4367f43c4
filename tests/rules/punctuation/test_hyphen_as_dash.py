"""PUN014 hyphen-as-dash: must-flag and must-pass examples."""
import pytest

from helpers import assert_flags, assert_quiet, native_cases

CODE = "PUN014"
MUST_FLAG = [
    ('de', 'Die Behörden bitten darum, sie zu kontaktieren - nicht den Bären zu wecken.', '-', '–'),
    ('de', 'Ihre Nachricht -- also negative Zahlen -- dreht sich.', '--', '–'),
]
MUST_PASS = [
    ('de', 'Die Nord-Süd-Verbindung endete 2 - 1 für Bayern; Stichpunkte:\n- erstens'),
    ('en', 'LONDON, Feb 2 (Reuters) - Oil prices rose on Thursday.'),
    ('it', 'ROMA, 12 FEB - Il governo ha approvato il decreto.'),
]


@pytest.mark.parametrize("lang,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, text, flagged, suggestion):
    assert_flags(CODE, lang, text, flagged, suggestion)


@pytest.mark.parametrize("lang,text", MUST_PASS + native_cases())
def test_passes(lang, text):
    assert_quiet(CODE, lang, text)
