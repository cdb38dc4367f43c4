"""PUN015 percent-spacing: must-flag and must-pass examples."""
import pytest

from helpers import assert_flags, assert_quiet, native_cases

CODE = "PUN015"
MUST_FLAG = [
    ('de', 'Die Inflation stieg auf fast 18%, so das Amt.', '%', '\xa0%'),
    ('fr', 'Le chômage a atteint 7,5% en mars.', '%', '\xa0%'),
]
MUST_PASS = [
    ('en', 'Inflation rose to 18% in March.'),
    ('de', 'Die Inflation stieg auf 18 % im März.'),
]


@pytest.mark.parametrize("lang,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, text, flagged, suggestion):
    assert_flags(CODE, lang, text, flagged, suggestion)


@pytest.mark.parametrize("lang,text", MUST_PASS + native_cases())
def test_passes(lang, text):
    assert_quiet(CODE, lang, text)
