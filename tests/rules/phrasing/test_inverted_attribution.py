"""PHR003 inverted-attribution: must-flag and must-pass examples (English; no source language needed)."""
import pytest

from mtcheck import check_text

MUST_FLAG = [
    ("“The glacier has lost a third of its mass,” explains to AFP the glaciologist Evgeny Cherkasov.",
     "explains to AFP the glaciologist Evgeny Cherkasov", "the glaciologist Evgeny Cherkasov explains to AFP"),
    ("“The exhibition is unique,” told journalists the curator of the project.",
     "told journalists the curator of the project", "the curator of the project told journalists"),
    ("“We will appeal,” said to reporters the director of the Louvre, Laurence des Cars.",
     "said to reporters the director of the Louvre", "the director of the Louvre said to reporters"),
    ("“No deal yet,” told Reuters a senior official in Brussels.",
     "told Reuters a senior official in Brussels", "a senior official in Brussels told Reuters"),
    ("«We waited ten years, — told journalists the curator of the project. — Many works are new.»",
     "told journalists the curator of the project", "the curator of the project told journalists"),
    ("«We are ready», declared to the newspaper Le Monde the mayor of Lyon.",
     "declared to the newspaper Le Monde the mayor of Lyon", "the mayor of Lyon declared to the newspaper Le Monde"),
]
MUST_PASS = [
    "“It is unique,” said the minister.",
    "“It is unique,” the minister told reporters.",
    "“It is unique,” he told reporters the next day.",
    "“It is unique,” said Jean Dupont on Tuesday.",
    "“Management must withdraw its plan!” warned Fabien Vasseur, federal secretary of SUD-Rail.",
    "“We are ready,” said Macron to reporters.",
    "He explained to reporters the details of the plan.",  # no quotation: a direct object, not a speaker
    "“It is unique,” explained the guide to the visitors.",
    "The museum – told by its director to expect cuts – closed early.",  # a dash, but no attribution order
]


@pytest.mark.parametrize("text,flagged,suggestion", MUST_FLAG)
def test_flags(text, flagged, suggestion):
    found = [f for f in check_text(text, lang="en").findings if f.code == "PHR003"]
    assert [(f.text, f.suggestion) for f in found] == [(flagged, suggestion)]


@pytest.mark.parametrize("text", MUST_PASS)
def test_passes(text):
    assert not [f for f in check_text(text, lang="en").findings if f.code == "PHR003"]


def test_only_english_orders_its_attributions_so():
    text = "« Le glacier a perdu un tiers de sa masse », explique à l'AFP le glaciologue Evgueni Tcherkassov."
    assert not [f for f in check_text(text, lang="fr").findings if f.code == "PHR003"]
