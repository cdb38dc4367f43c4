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
# weak evidence of a source language: it is reported only once the source is given or inferred, and
# it takes three of one lexicon's, with nothing else, to name that source.
NATIVE = ("The minister called the plan sensible and said the exposition of the facts was clear. Officials "
          "said they could eventually review the demands.")
LOADED = ("The minister called the plan sensible and said the exposition of the facts was clear. Officials "
          "said they could eventually review the demands of the militants, which the opposition called a deception.")


def test_bare_false_friends_wait_for_the_source_language():
    from mtcheck.document import Document
    from mtcheck.phrasing.lexicon import phrasing_hits

    report = check_text(NATIVE, lang="en")
    assert report.source_language is None
    assert not [f for f in report.findings if f.family == "phrasing"]
    hits = phrasing_hits(Document(NATIVE, "en"))
    assert hits and all(bare for found in hits.values() for *_, bare in found)  # weak evidence only
    given = check_text(LOADED, lang="en", source_lang="es")
    flagged = {f.text for f in given.findings if f.code == "PHR002"}
    assert {"sensible", "could eventually", "militants", "deception"} <= flagged
    assert "exposition" not in flagged  # a Russian false friend, not a Spanish one


def test_three_bare_false_friends_of_one_language_name_it():
    text = ("The ministry pretends to open two new clinics in Porto. Doctors report a wave of constipation "
            "among children this winter. The tutelage has not commented on the figures.")
    report = check_text(text, lang="en")
    assert report.source_language == "pt"
    assert {e["text"] for e in report.source_evidence["evidence"]} >= {"pretends", "constipation", "tutelage"}
    assert {f.text for f in report.findings if f.code == "PHR002"} >= {"pretends", "constipation", "tutelage"}
    two = check_text("The ministry pretends to open two clinics. Doctors report a wave of constipation.", lang="en")
    assert two.source_language is None


def test_a_match_inside_a_longer_one_is_reported_once():
    findings = check_text("La NASA ha eventualmente confermato la nuova data lunedì sera.", lang="it",
                          source_lang="en").findings
    assert [(f.code, f.text) for f in findings if f.family == "phrasing"] == [("PHR002", "ha eventualmente confermato")]
