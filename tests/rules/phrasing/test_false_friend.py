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


# `~` entries: a false friend that native English uses correctly too (sensible, exposition), so it is
# no evidence of a source language; it is reported only once other evidence names the source.
NATIVE = ("The minister called the plan sensible and said the exposition of the facts was clear. Officials "
          "said they could eventually review the demands of the militants, which the opposition called a deception.")


def test_bare_false_friends_wait_for_the_source_language():
    from mtcheck.phrasing.lexicon import phrasing_hits
    from mtcheck.document import Document

    report = check_text(NATIVE, lang="en")
    assert report.source_language is None
    assert not [f for f in report.findings if f.family == "phrasing"]
    assert phrasing_hits(Document(NATIVE, "en")) == {}  # not evidence for any source
    given = check_text(NATIVE, lang="en", source_lang="es")
    flagged = {f.text for f in given.findings if f.code == "PHR002"}
    assert {"sensible", "could eventually", "militants", "deception"} <= flagged
    assert "exposition" not in flagged  # a Russian false friend, not a Spanish one

