"""LNG005 untranslated-noun: must-flag and must-pass examples (German, where nouns are capitalised)."""
import pytest

from mtcheck import check_text

MUST_FLAG = [
    ("Der Konzern hatte bereits im Frühjahr eine profit warning herausgegeben.", "profit warning"),
    ("Sein head coach lobte die Mannschaft nach dem Spiel.", "head coach"),
    ("Die Behörde gab für die Küste eine storm warning aus.", "storm warning"),
]
MUST_PASS = [
    "Die in Berlin lebende Frau sagte, das sei alles.",   # relative pronoun, then German
    "Das also ist der Plan der neuen Regierung.",
    "Die neue Regelung gilt ab Mai für eine kleine Gruppe.",  # inflected adjectives
    "Der Konzern hatte eine Gewinnwarnung herausgegeben.",
    "Die sehr große Mehrheit stimmte zu, und der Coach war zufrieden.",
]


@pytest.mark.parametrize("text,flagged", MUST_FLAG)
def test_flags(text, flagged):
    found = [f for f in check_text(text, lang="de").findings if f.code == "LNG005"]
    assert [f.text for f in found] == [flagged]


@pytest.mark.parametrize("text", MUST_PASS)
def test_passes(text):
    assert not [f for f in check_text(text, lang="de").findings if f.code == "LNG005"]


def test_only_languages_that_capitalise_nouns():
    assert not [f for f in check_text("The firm issued a profit warning in May.", lang="en").findings
                if f.code == "LNG005"]
