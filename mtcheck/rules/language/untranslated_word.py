"""A word of the source language left in the translation (the intersyndicale, his new long-métrage)."""
import bisect
import functools
import unicodedata

import regex

from mtcheck.languages import data_path, read_lines
from mtcheck.lexicons import known_words
from mtcheck.rules.base import Rule
from mtcheck.registry import rule_by_code
from mtcheck.rules.language.untranslated_passage import passages
from mtcheck.rules.language.untranslated_quoted_phrase import quoted_phrases

WORD = regex.compile(r"(?<![\p{L}’'-])\p{Ll}[\p{L}]*(?:[’'-]\p{Ll}+)*(?![\p{L}’'-])")
MIN_LENGTH = 6


class UntranslatedWord(Rule):
    """
    What it flags: a lower-case word the target language's word list does not know and the
    source language's (given or inferred) does: the French "intersyndicale" or "long-métrage" in
    English. It runs only when the source language is known, and never on names.

    Why it matters: the reader meets a word of another language with no gloss.

    Example: The intersyndicale has already announced further strikes.

    Instead: The unions' joint committee has already announced further strikes.

    Data: data/<lang>/words.txt of the target and the source (built by scripts/build_lexicons.py);
    data/und/media.txt, news media that write their names in lower case (franceinfo), never flagged.
    """

    code = "LNG002"
    severity = "minor"
    needs_source = True

    def check(self, doc):
        if not doc.source_lang or not doc.lang or doc.source_lang == doc.lang:
            return
        target, source = known_words(doc.lang), known_words(doc.source_lang)
        if not target or not source:
            return
        inside = sorted((start, end) for start, end, _ in passages(doc))
        quoted = rule_by_code("LNG004")
        if quoted and quoted.selected(doc.config):  # a quoted phrase is reported whole, once
            inside = sorted(inside + quoted_phrases(doc))
        starts = [start for start, _ in inside]
        for m in WORD.finditer(doc.text):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i >= 0 and m.start() < inside[i][1]:  # passages and quotations never overlap
                continue  # part of an untranslated passage or quotation, reported whole
            word = m.group().lower()
            if len(word) < MIN_LENGTH or word in target or bare(word) in target or word in media_names():
                continue
            parts = word.split("-")
            if word not in source and not (len(parts) > 1 and all(p in source for p in parts)):
                continue
            if len(parts) > 1 and all(p in target for p in parts):
                continue
            yield self.finding(doc, m.start(), m.end(), f"“{m.group()}” is not {doc.conventions.name}: "
                               f"translate it", None, source_hint=(doc.source_lang,))


@functools.lru_cache(maxsize=1)
def media_names() -> frozenset[str]:
    """News media and agencies that brand themselves in lower case (franceinfo): names, not words."""
    return frozenset(line.lower() for line in read_lines(data_path("und", "media.txt")))


def bare(word: str) -> str:
    """émigrés -> emigres: the target may know the word without its accents."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
