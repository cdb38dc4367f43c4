"""PHR001 calque: must-flag and must-pass examples (source language given or inferred)."""
import pytest

from mtcheck import check_text

MUST_FLAG = [
    ("en", "it", "Boris Johnson spoke to Vladimir Putin and today flies from Zelensky to Kiev.", "flies from Zelensky",
     "flies to see Zelensky"),
    ("en", "it", "The Washington Post made it known that the government would reply.", "made it known", "said"),
]
MUST_PASS = [
    ("en", "it", "Boris Johnson flies from London to Kyiv to meet Zelensky; the Post said so."),
    ("en", None, "Boris Johnson today flies from Zelensky to Kiev."),  # no source known: no lexicon
]


@pytest.mark.parametrize("lang,source,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, source, text, flagged, suggestion):
    found = [f for f in check_text(text, lang=lang, source_lang=source).findings if f.code == "PHR001"]
    assert [(f.text, f.suggestion) for f in found] == [(flagged, suggestion)]


@pytest.mark.parametrize("lang,source,text", MUST_PASS)
def test_passes(lang, source, text):
    assert not [f for f in check_text(text, lang=lang, source_lang=source).findings if f.code == "PHR001"]


def test_every_lexicon_passes_its_own_examples():
    """Each phrasing.tsv's `# flag:` lines match their entry and its `# ok:` lines match nothing."""
    from mtcheck.languages import data_path
    from mtcheck.phrasing.lexicon import lexicon, lexicon_pairs, matches

    for source, target in sorted(lexicon_pairs()):
        lines = data_path(f"{source}-{target}", "phrasing.tsv").read_text(encoding="utf-8").splitlines()
        oks = [line[len("# ok: "):] for line in lines if line.startswith("# ok: ")]
        for sentence in oks:
            assert not matches(sentence, source, target), f"{source}-{target} flags native: {sentence}"
        flags = [line[len("# flag: "):] for line in lines if line.startswith("# flag: ")]
        entries = lexicon(source, target)
        missed = [e.pattern for e, sentence in zip(entries, flags)
                  if not any(m.entry is e for m in matches(sentence, source, target))]
        assert len(missed) <= len(entries) // 10, f"{source}-{target}: {len(missed)} entries miss their example: {missed[:5]}"
