"""PHR002 false-friend: must-flag and must-pass examples (source language given)."""
import pytest

from mtcheck import check_text

MUST_FLAG = [
    ("en", "fr", "The former minister is actually in custody in Paris, his lawyer said.", "actually in custody"),
    ("it", "en", "Il governo eventualmente cedette alle richieste dei manifestanti.", "eventualmente cedette"),
]
MUST_PASS = [
    ("en", "fr", "Nobody actually believed the strike would end, he said."),
    ("en", None, "The former minister is actually in custody in Paris."),
]


@pytest.mark.parametrize("lang,source,text,flagged", MUST_FLAG)
def test_flags(lang, source, text, flagged):
    found = [f for f in check_text(text, lang=lang, source_lang=source).findings if f.code == "PHR002"]
    assert any(flagged in f.text for f in found), [f.text for f in found]


@pytest.mark.parametrize("lang,source,text", MUST_PASS)
def test_passes(lang, source, text):
    assert not [f for f in check_text(text, lang=lang, source_lang=source).findings if f.code == "PHR002"]
