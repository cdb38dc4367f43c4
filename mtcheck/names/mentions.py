"""Where the gazetteer's foreign forms occur in a document (cached per document)."""
from __future__ import annotations

import functools

import regex

from mtcheck.document import Document, words_pattern
from mtcheck.names.gazetteer import ForeignForm, entity_words, foreign_forms

NEXT_WORD = regex.compile(r"[ \u00a0]+([\p{Lu}][\w’'-]*)")


@functools.lru_cache(maxsize=None)
def _pattern(lang: str):
    forms = foreign_forms(lang)
    if not forms:
        return None
    return words_pattern(forms)


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
