"""The word lists of each language (data/<lang>/words.txt, function_words.txt), loaded on first use."""
from __future__ import annotations

import functools

from mtcheck.languages import data_path, read_lines

LANGS = ("en", "it", "fr", "de", "es", "pt")


@functools.lru_cache(maxsize=None)
def known_words(lang: str) -> frozenset[str]:
    """The language's most frequent words (lower case); empty when mtcheck has none for it."""
    path = data_path(lang, "words.txt")
    if not path.is_file():
        return frozenset()
    # 100,000 lines: split the file at once rather than line by line (start-up counts)
    return frozenset(path.read_text(encoding="utf-8").split("\n")) - {""}


@functools.lru_cache(maxsize=None)
def function_words(lang: str) -> frozenset[str]:
    """Frequent words that are the language's own (the, was; los, pero)."""
    return frozenset(read_lines(data_path(lang, "function_words.txt")))
