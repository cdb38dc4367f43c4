"""The document model: paragraphs and abbreviation-aware sentences, as code-point offsets."""
import pytest

from mtcheck.document import Document

CASES = [
    ("en", "The U.S. Army said Mr. Smith arrived. He left at 10 a.m. on Friday.", 2),
    ("en", "J. R. R. Tolkien wrote it. Dr. Whitaker gave it to Gallery No. 10 in St. Louis.", 2),
    ("en", "Prices rose 3.5 percent, e.g. for bread. Write to a@b.org. Visit www.x.org. Done.", 4),
    ("en", "He paused... then went on. Wait… What?", 3),
    ("de", "Das gilt z. B. für Berlin. Es ist so.", 2),
    ("it", "Mele, pere ecc. e altro. Fine.", 2),
    ("fr", "M. Dupont est venu. Il est reparti.", 2),
]


@pytest.mark.parametrize("lang,text,count", CASES)
def test_sentences(lang, text, count):
    doc = Document(text, lang)
    sentences = doc.sentences
    assert len(sentences) == count, [text[s.start:s.end] for s in sentences]
    assert all(text[s.start:s.end].strip() == text[s.start:s.end] for s in sentences)


def test_paragraphs_keep_offsets_into_the_text():
    text = "Title\n\nFirst paragraph.\n  \nSecond one.\n"
    doc = Document(text, "en")
    assert [text[p.start:p.end] for p in doc.paragraphs] == ["Title", "First paragraph.", "Second one."]
    assert doc.paragraph_at(text.index("Second")) == 2


def test_tokens_cover_urls_emails_numbers():
    text = "See www.example.org/a, mail me@example.org, pay 1,200.50 in the U.S. today."
    kinds = {text[t.start:t.end]: t.kind for t in Document(text, "en").tokens}
    assert kinds["www.example.org/a"] == "url"
    assert kinds["me@example.org"] == "email"
    assert kinds["1,200.50"] == "number"
    assert kinds["U.S."] == "dotted"
