"""Names in a document: the gazetteer's foreign forms and the capitalised words of names (cached)."""
from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from mtcheck.document import Document, WordFinder
from mtcheck.languages import data_path, read_lines
from mtcheck.names.gazetteer import ForeignForm, entity_words, foreign_forms
from mtcheck.names.spelling import spelling_key

MIN_KEYED = 4  # letters of a word whose spelling key is compared (as NAM001 does)
NEXT_WORD = regex.compile(r"[ \u00a0]+([\p{Lu}][\w’'-]*)")


@functools.lru_cache(maxsize=None)
def _pattern(lang: str):
    forms = foreign_forms(lang)
    if not forms:
        return None
    return WordFinder(forms)


def foreign_mentions(doc: Document) -> list[tuple[int, int, ForeignForm]]:
    """(start, end, form) for each foreign spelling; a person's first name counts only when the
    next word belongs to the same person (Serghei Lavrov, not Serghei the plumber)."""
    if "foreign_mentions" in doc.cache:
        return doc.cache["foreign_mentions"]
    out = []
    pattern = _pattern(doc.lang) if doc.lang else None
    if pattern is not None:
        forms = foreign_forms(doc.lang)
        for m in pattern.finditer(doc.text):
            form = forms[m.group()]
            if form.position == "first":
                nxt = NEXT_WORD.match(doc.text, m.end())
                if not nxt or nxt.group(1) not in entity_words(form.entity):
                    continue
            out.append((m.start(), m.end(), form))
    doc.cache["foreign_mentions"] = out
    return out


# a whole word: none that a letter or digit touches (the Donald of McDonald is none)
NAME_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}]*(?:[’'][\p{Lu}\p{Ll}][\p{Ll}\p{M}]*)?(?:\p{Ll}|\p{M})(?![\p{L}\p{N}])")
FIRST_LETTER = regex.compile(r"\w")


@functools.lru_cache(maxsize=1)
def _gap():
    """What may stand between two words of one name: a space, a hyphen (Lavrov-Blinken), or
    particles (bin, al-, von der, da) from data/und/name_particles.txt."""
    particles = "|".join(sorted(read_lines(data_path("und", "name_particles.txt")), key=len, reverse=True))
    return regex.compile(rf"[ \u00a0]+|-|[ \u00a0]+(?:(?:{particles})(?:[ \u00a0]+|-))+")


class NameWord(NamedTuple):
    start: int
    end: int
    text: str
    before: str   # the capitalised word right before it (same name), or ""
    after: str    # the capitalised word right after it, or ""


def name_words(doc: Document) -> list[NameWord]:
    """Capitalised words that can be parts of names: not a sentence's first word unless the
    same word, or another spelling of it, also stands inside a sentence, or it stands next to
    another capitalised word."""
    if "name_words" in doc.cache:
        return doc.cache["name_words"]
    text = doc.text
    found = [(m.start(), m.end(), m.group()) for m in NAME_WORD.finditer(text)]
    starts = set()
    for s in doc.sentences:
        first = FIRST_LETTER.search(text, s.start, s.end)
        if first:
            starts.add(first.start())
    inner = {word for start, _, word in found if start not in starts}
    # a sentence's first word is a name too when a name inside a sentence is another spelling of
    # it (Kovalevski will arrive ... Dmitrij Kovalevskij): the spellings NAM001 compares
    inner_keys = {spelling_key(word) for word in inner if len(word) >= MIN_KEYED}
    gap = _gap().fullmatch
    # joined[i]: found[i] and found[i + 1] stand in one name (computed once for both neighbours)
    joined = [bool(gap(text, a[1], b[0])) for a, b in zip(found, found[1:])] + [False]
    out = []
    for i, (start, end, word) in enumerate(found):
        prev = found[i - 1][2] if i and joined[i - 1] else ""
        nxt = found[i + 1][2] if joined[i] else ""
        if start in starts and not nxt and word not in inner and not (
                len(word) >= MIN_KEYED and spelling_key(word) in inner_keys):
            continue
        out.append(NameWord(start, end, word, prev, nxt))
    doc.cache["name_words"] = out
    return out


def name_mentions(doc: Document) -> int:
    """How many names the article mentions: runs of capitalised name words (Serghei Lavrov is one)."""
    return sum(1 for word in name_words(doc) if not word.before)
