"""A spelling key shared by every romanisation of one name (Serghei, Sergej, Sergueï -> sergei),
from the equivalences in data/translit/equivalences.tsv."""
from __future__ import annotations

import functools
import unicodedata

import regex

from mtcheck.names.gazetteer import read_tsv


@functools.lru_cache(maxsize=1)
def _equivalences() -> tuple[tuple["regex.Pattern", str], ...]:
    return tuple((regex.compile(row["pattern"]), row["replacement"] or "")
                 for row in read_tsv("translit", "equivalences.tsv"))


@functools.lru_cache(maxsize=4096)
def spelling_key(word: str) -> str:
    """Lower-cased, without diacritics, with each convention's letters mapped to one."""
    key = "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))
    for pattern, replacement in _equivalences():
        key = pattern.sub(replacement, key)
    return key
