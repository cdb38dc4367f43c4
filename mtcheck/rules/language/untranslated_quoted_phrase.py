"""A short quoted title or phrase left in the language translated from (for “Faute d’amour”)."""
import functools

import regex

from mtcheck.languages import data_path, read_lines
from mtcheck.lexicons import LANGS, function_words, loan_words, word_kind
from mtcheck.rules.base import Rule
from mtcheck.rules.language.untranslated_passage import MAX_QUOTED_TITLE, _name, passages

QUOTED = regex.compile(r"([“«„\"‹])[ \u00a0\u202f]?([^“”«»„\"‹›\n]{2,120}?)[ \u00a0\u202f]?([”»“\"›])")
WORD = regex.compile(r"\p{L}+(?:[’']\p{L}+)*")
MIN_WORDS = 2
MIN_FOREIGN = 2  # words of the source language (an elided article counts: d’amour is two)


class UntranslatedQuotedPhrase(Rule):
    """
    What it flags: a short title or phrase in quotation marks (two to six words) written in the
    language the article was translated from, given or inferred: the French release title of a
    film (“Faute d’amour”, Loveless in English), a slogan or a phrase the translation left as it
    was. Each of its words is at least ten times more frequent in the source language than in the
    target (an elided article, d’ or dell’, counts as the source's), two at least, and none is the
    target's. Untranslated passages (LNG001) leave such quotations alone, because a title in its
    own language is often right; this rule runs only once the source language is known, and
    only the source language's quotations are reported. Not flagged: quotations with a gloss in
    brackets beside them, names (a capitalised word inside the quotation: “Fratelli d’Italia”;
    German nouns excepted when German is the source), the loan phrases the target's press uses
    (la dolce vita), and quoted sentences (introduced by a colon, or ended by . ! ?).

    Why it matters: the reader cannot read the title or phrase, and a work known under a title in
    the target language is not recognised under the source's; MT carries quoted text over as it
    is.

    Example: Zviaguintsev, who won the Jury Prize in 2017 for “Faute d’amour”, returns to Cannes.

    Instead: Zvyagintsev, who won the Jury Prize in 2017 for “Loveless”, returns to Cannes.

    Data: data/<lang>/word_zipf.tsv, words.txt and function_words.txt (scripts/build_lexicons.py);
    data/<lang>/elisions.txt (elided words: l’, d’, dell’); data/<lang>/loan_phrases.txt.
    """

    code = "LNG004"
    severity = "minor"
    needs_source = True

    def check(self, doc):
        for start, end in quoted_phrases(doc):
            yield self.finding(doc, start, end, f"quoted in {_name(doc.source_lang)}, the language it was "
                               f"translated from: give the {doc.conventions.name} title or a translation "
                               f"in brackets")


def quoted_phrases(doc) -> list[tuple[int, int]]:
    """(start, end) of each short quotation in the source language (cached on the document)."""
    if "quoted_in_source" in doc.cache:
        return doc.cache["quoted_in_source"]
    out = []
    source, target = doc.source_lang, doc.lang
    if source and source != target and source in LANGS and target in LANGS:
        covered = [(start, end) for start, end, _ in passages(doc)]
        for m in QUOTED.finditer(doc.text):
            start, end = m.start(2), m.end(2)
            if m.group(2).rstrip()[-1:] in ".!?;:," or any(s < end and start < e for s, e in covered):
                continue
            before = doc.text[max(0, m.start() - 3):m.start()].rstrip(" \u00a0")
            after = doc.text[m.end():m.end() + 3].lstrip(" \u00a0")
            if before.endswith((":", "(")) or after.startswith("("):
                continue  # a quoted sentence, or a title with its gloss (or the gloss itself)
            if _in_source(m.group(2), source, target):
                out.append((start, end))
    doc.cache["quoted_in_source"] = out
    return out


def _in_source(phrase: str, source: str, target: str) -> bool:
    """Whether every word of the short phrase is the source language's and none the target's."""
    words = WORD.findall(phrase)
    if not MIN_WORDS <= len(words) <= MAX_QUOTED_TITLE:
        return False
    if loan_words([w.lower() for w in words], range(len(words)), target):
        return False
    foreign = shared = 0
    for i, word in enumerate(words):
        parts = regex.split(r"[’']", word)
        if any(part[0].isupper() for part in parts[1:] if part) or (i and word[0].isupper()):
            if source != "de":  # German capitalises its nouns
                return False  # a name (d’Italia), or a title cased as the target's press cases it
        if len(parts) == 2 and parts[0].lower() in elisions(source):
            foreign += 1
            parts = parts[1:]
        for part in parts:
            part = part.lower()
            if part in function_words(target):
                if part not in function_words(source):
                    return False
                shared += 1
                continue
            kind = "foreign" if part in function_words(source) else word_kind(part, source, target)
            if kind == "break":
                return False
            if kind == "foreign":
                foreign += 1
            else:
                shared += 1  # frequent in both (no in Spanish and English)
    return foreign >= MIN_FOREIGN and foreign > shared


@functools.cache
def elisions(lang: str) -> frozenset[str]:
    """The words the language elides before a vowel, as written before the apostrophe (d, dell)."""
    path = data_path(lang, "elisions.txt")
    return frozenset(read_lines(path)) if path.is_file() else frozenset()
