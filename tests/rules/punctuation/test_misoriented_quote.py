"""PUN002 misoriented-quote: must-flag and must-pass examples."""
import pytest

from helpers import assert_flags, assert_quiet, native_cases

CODE = "PUN002"
MUST_FLAG = [
    ('en', '“We continue to seek the diplomatic path, “he said.', ' “', '” '),
    ('en', 'The EU is determined to support Ukraine economically and politically “.', ' “', '”'),
    ('en', 'He called it a “historic step“ for the region.', '“', '”'),
    ('it', '«Siamo pronti, «ha detto il ministro.', ' «', '» '),
    ('es', '«Estamos listos, «dijo el ministro.', ' «', '» '),
]
MUST_PASS = [
    ('en', '“Ready,” he said, “for anything.”'),
    ('de', '„Bereit“, sagte er, „für alles.“'),
]


@pytest.mark.parametrize("lang,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, text, flagged, suggestion):
    assert_flags(CODE, lang, text, flagged, suggestion)


@pytest.mark.parametrize("lang,text", MUST_PASS + native_cases())
def test_passes(lang, text):
    assert_quiet(CODE, lang, text)
