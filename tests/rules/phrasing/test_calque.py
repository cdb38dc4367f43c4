"""PHR001 calque: must-flag and must-pass examples (source language given or inferred), and the
pattern language of the phrasing lexicons that PHR001 and PHR002 share (PHRASING.md)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from mtcheck import check_text
from mtcheck.phrasing.lexicon import Entry, compile_pattern, inflect_like, lexicon_pairs, parse_pattern, suggest

ROOT = Path(__file__).resolve().parents[3]

MUST_FLAG = [
    ("en", "it", "Boris Johnson spoke to Vladimir Putin and today flies from Zelensky to Kiev.",
     "flies from Zelensky to Kiev", "flies to Kiev to see Zelensky"),
    ("en", "it", "Meloni flew from Trump to discuss tariffs.", "flew from Trump", "flew to see Trump"),
    ("en", "it", "The Washington Post made it known that the government would reply.", "made it known", "said"),
    ("en", "it", "Ukraine, Russia: sanctions. Lavrov-Blinken interview", "Lavrov-Blinken interview", "Lavrov-Blinken talks"),
    ("en", "it", "The topic was the “security guarantees” asked from Moscow. According to Ria, the call went well.",
     "asked from Moscow", "requested by Moscow"),
    ("en", "fr", "A pianist of 60 years was found dead in his flat.", "pianist of 60 years", "A 60-year-old pianist"),
]
MUST_PASS = [
    ("en", "it", "Boris Johnson flies from London to Kyiv to meet Zelensky; the Post said so."),
    ("en", None, "Boris Johnson today flies from Zelensky to Kiev."),  # no source known: no lexicon
    ("en", "fr", "He is a man of few words and has been a teacher of 30 years' standing."),
]


@pytest.mark.parametrize("lang,source,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, source, text, flagged, suggestion):
    found = [f for f in check_text(text, lang=lang, source_lang=source).findings if f.code == "PHR001"]
    assert [(f.text, f.suggestion) for f in found if flagged in f.text] == [(f.text, suggestion)
                                                                         for f in found if flagged in f.text] != []
    assert any(f.suggestion == suggestion for f in found), [(f.text, f.suggestion) for f in found]


@pytest.mark.parametrize("lang,source,text", MUST_PASS)
def test_passes(lang, source, text):
    assert not [f for f in check_text(text, lang=lang, source_lang=source).findings if f.code == "PHR001"]


@pytest.mark.parametrize("pair", sorted(f"{s}-{t}" for s, t in lexicon_pairs()))
def test_every_lexicon_passes_its_own_examples(pair):
    """Each phrasing.tsv: every entry matches its own `# flag:` line, its `# ok:` lines (5 per 10
    entries) match no entry but a `~` one, which matches native text by design: it needs a source."""
    from mtcheck.languages import data_path
    from mtcheck.phrasing.lexicon import lexicon, matches

    source, target = pair.split("-")
    lines = data_path(pair, "phrasing.tsv").read_text(encoding="utf-8").splitlines()
    flags = [line[len("# flag: "):] for line in lines if line.startswith("# flag: ")]
    oks = [line[len("# ok: "):] for line in lines if line.startswith("# ok: ")]
    entries = lexicon(source, target)
    assert len(flags) == len(entries) and len(oks) * 2 >= len(entries)
    assert [s for s in oks if [m for m in matches(s, source, target) if not m.entry.bare]] == []
    assert [e.pattern for e, s in zip(entries, flags) if not any(m.entry is e for m in matches(s, source, target))] == []


def test_seed_article_phrasing_findings():
    """The Italian seed article: each calque and false friend is flagged with a rewrite."""
    out = subprocess.run([sys.executable, "-m", "mtcheck", "report", "--format", "json",
                          str(ROOT / "seeds" / "000_f2e9ef254daecbbd.txt")], capture_output=True, text=True, cwd=ROOT)
    found = {f["text"]: f["suggestion"] for f in json.loads(out.stdout)["findings"] if f["code"].startswith("PHR")}
    assert found == {
        "Lavrov-Blinken interview": "Lavrov-Blinken talks",
        "flies from Zelensky to Kiev": "flies to Kiev to see Zelensky",
        "Lavrov-Blinken telephone interview": "Lavrov-Blinken phone call",
        "asked from Moscow": "requested by Moscow",
        "quoting an American executive": "quoting an American official",
        "made it known": "said",
    }


# --- the pattern language (PHRASING.md) ---------------------------------------------------------

def first(pattern: str, text: str) -> str | None:
    m = compile_pattern(pattern)[0].search(text)
    return m.group() if m else None


@pytest.mark.parametrize("pattern,text,expected", [
    # a slot or * never runs across a sentence end; initials and U.S stay inside a name
    ("asked from {name}", "guarantees asked from Moscow. According to Ria, the", "asked from Moscow"),
    ("asked from {name}", "asked from Moscow? According to Ria", "asked from Moscow"),
    ("asked from {name}", "asked from J. R. R. Tolkien in 1950", "asked from J. R. R. Tolkien"),
    ("asked from {name}", "asked from U.S. President Biden", "asked from U.S. President Biden"),
    ("flies * now", "he flies home. Now he", None),
    # * takes a number too: 60, 2027, 1,000, 3.5, 100%
    ("up * in", "prices rose up 100% in May", "up 100% in"),
    ("up * in", "up 1,000 in", "up 1,000 in"),
    ("until * at the latest", "until 2027 at the latest", "until 2027 at the latest"),
    ("a * of 60 years", "a 60-year-old man of 60 years", None),
    # {number}: a numeral (1,000 / 3.5 / 100% / €5) or a number word
    ("a|an * of {number} years", "a pianist of 60 years", "a pianist of 60 years"),
    ("a|an * of {number} years", "a woman of eighty years", "a woman of eighty years"),
    ("fine of {number} euros", "a fine of 3.5 euros", "fine of 3.5 euros"),
    ("fine of {number} euros", "a fine of many euros", None),
    ("height of {number} !metres", "at the height of 3,000 metres", None),  # the whole number, never its 3
    # an optional group of several tokens
    ("<fly> from {person} (to {name})", "today flies from Zelensky to Kiev, where", "flies from Zelensky to Kiev"),
    ("<fly> from {person} (to {name})", "today flies from Zelensky tomorrow", "flies from Zelensky"),
    ("a (very big) deal", "a very big deal", "a very big deal"),
    ("a (very big) deal", "a very deal", None),
    # !word: the next word is none of these ('s attaches to the word before)
    ("quoting a|an American executive !at|of", "quoting an American executive at Google", None),
    ("quoting a|an American executive !at|of", "quoting an American executive – made", "quoting an American executive"),
    ("the exit of the film !'s|’s", "the exit of the film’s star", None),
    ("the exit of the film !'s|’s", "the exit of the film was delayed", "the exit of the film"),
    # , and (,): a comma right after the word before, required or optional; other punctuation still stops
    ("realisiert (,) dass", "man habe realisiert, dass sich", "realisiert, dass"),
    ("realisiert (,) dass", "man habe realisiert dass sich", "realisiert dass"),
    ("realisiert (,) dass", "man habe realisiert; dass sich", None),
    ("realisiert , dass", "man habe realisiert dass sich", None),
    ("realisiert , dass", "man habe realisiert , dass sich", None),
    # an elided word is one word; either apostrophe matches both
    ("a fait l'histoire", "elle a fait l’histoire samedi", "a fait l’histoire"),
    ("a fait l’histoire", "elle a fait l'histoire samedi", "a fait l'histoire"),
    ("the film !'s", "the film’s star", None),
])
def test_pattern_language(pattern, text, expected):
    assert first(pattern, text) == expected


@pytest.mark.parametrize("pattern,suggestion,text,expected", [
    ("{person}-{person} interview|interviews", "{person}-{person} talks", "the Lavrov-Blinken interview", "Lavrov-Blinken talks"),
    ("<fly> from {person} (to {name})", "<fly> (to {name}) to see {person}", "flew from Trump to discuss", "flew to see Trump"),
    ("<dispose> of (a|an|the) majority", "<have> (a|an|the) ...", "it disposes of a majority", "has a majority"),
    ("<dispose> of * days", "<have> ... days", "they disposed of ten days", "had ten days"),
    ("the actual government|mayor", "the current ...", "the actual mayor", "the current mayor"),
    ("interview with (his|her) counterpart", "talks with (his|her) counterpart", "an interview with counterpart",
     "talks with counterpart"),
    ("a balance of * dead|deaths", "a toll of ... dead", "a balance of nine deaths", "a toll of nine dead"),
    ("<condemn> to * years", "sentenced to ... years", "condemned to six years", "sentenced to six years"),
    ("Juventus|Inter technician", "Juventus|Inter ... coach", "the Inter technician", "Inter coach"),
    ("<assume> {number} workers", "<hire> {number} ...", "will assume 300 workers", "hire 300 workers"),
    ("<realize> a|an project|operation", "carried out a ...", "realized an operation", "carried out an operation"),
])
def test_suggestions_fill_from_the_match(pattern, suggestion, text, expected):
    entry = Entry(pattern, "calque", "minor", suggestion, "", "")
    regex, slots = compile_pattern(pattern)
    assert suggest(entry, regex.search(text), slots) == expected


def test_inflect_like_keeps_the_form():
    assert inflect_like("have", "dispose", "disposes") == "has"
    assert inflect_like("have", "dispose", "disposed") == "had"
    assert inflect_like("fly", "dispose", "disposed", previous="has") == "flown"
    assert inflect_like("be", "dispose", "dispose", previous="they") == "are"
    assert inflect_like("be", "dispose", "dispose", previous="to") == "be"


def test_a_pattern_needs_a_required_token():
    with pytest.raises(ValueError):
        parse_pattern("(the) (a)")
    with pytest.raises(ValueError):
        parse_pattern("!of the")
