"""LNG004 untranslated-quoted-phrase: must-flag and must-pass examples (the source language is given)."""
import pytest

from mtcheck import check_text

MUST_FLAG = [
    ("en", "fr", "Zviaguintsev, who won the Jury Prize in 2017 for “Faute d’amour”, returns to Cannes.",
     "Faute d’amour"),
    ("en", "it", "The government defended the “reddito di cittadinanza” before the Senate on Tuesday.",
     "reddito di cittadinanza"),
    ("en", "de", "Her first novel, “Das Leben der Anderen”, sold well in Austria.", "Das Leben der Anderen"),
    ("en", "es", "The protesters chanted “no nos representan” outside the parliament.", "no nos representan"),
    ("fr", "en", "Le film « The shape of water » a reçu quatre Oscars dimanche.", "The shape of water"),
]
MUST_PASS = [
    # no source known: a quoted foreign title may be the work's own
    ("en", None, "Zviaguintsev, who won the Jury Prize in 2017 for “Faute d’amour”, returns to Cannes."),
    # a gloss in brackets, or the original title given as the gloss
    ("en", "fr", "He won the Jury Prize for “Faute d’amour” (Loveless) in 2017."),
    ("en", "fr", "He won the Jury Prize for Loveless (“Faute d’amour”) in 2017."),
    # names: a party, a newspaper, a title cased as the target's press cases it
    ("en", "it", "Giorgia Meloni leads “Fratelli d’Italia” into the campaign."),
    ("en", "it", "The prize went to “La Grande Bellezza” that year."),
    # the target's own words, a loan phrase of its press, a single word
    ("en", "it", "The minister described the night as “a clear message” to Brussels."),
    ("en", "fr", "Paris has a certain “joie de vivre” in the spring."),
    ("en", "it", "The minister called the plan a “pasticcio” on Monday."),
    # a quoted sentence is LNG001's to judge
    ("en", "es", "He told the crowd: “Sí se puede”."),
]


@pytest.mark.parametrize("lang,source,text,flagged", MUST_FLAG)
def test_flags(lang, source, text, flagged):
    found = [f for f in check_text(text, lang=lang, source_lang=source).findings if f.code == "LNG004"]
    assert [f.text for f in found] == [flagged]
    assert "brackets" in found[0].message


@pytest.mark.parametrize("lang,source,text", MUST_PASS)
def test_passes(lang, source, text):
    assert not [f for f in check_text(text, lang=lang, source_lang=source).findings if f.code == "LNG004"]


def test_a_quoted_phrase_is_reported_once_and_its_words_again_when_the_rule_is_off():
    text = "The protesters chanted “no nos representan” outside the parliament."
    codes = [(f.code, f.text) for f in check_text(text, lang="en", source_lang="es").findings]
    assert codes == [("LNG004", "no nos representan")]
    off = check_text(text, lang="en", source_lang="es", config={"ignore": ["LNG004"]}).findings
    assert [(f.code, f.text) for f in off] == [("LNG002", "representan")]
