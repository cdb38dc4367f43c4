"""Rewrite a name from one romanisation convention into another (data/translit/rewrites.tsv)."""
from __future__ import annotations

import functools
import itertools
import unicodedata

import regex

from mtcheck.names.gazetteer import read_tsv

MAX_OPTIONAL = 3  # optional rules tried on and off: at most 2**3 candidates per name


@functools.lru_cache(maxsize=None)
def rules(source: str, target: str) -> tuple[tuple["regex.Pattern", str, bool], ...]:
    """The ordered rewrite rules source -> target: (pattern, replacement, optional)."""
    return tuple((regex.compile(row["pattern"]), row["replacement"] or "", "optional" in row["context"])
                 for row in read_tsv("translit", "rewrites.tsv")
                 if row["from_lang"] == source and row["to_lang"] == target)


@functools.lru_cache(maxsize=None)
def pairs() -> frozenset[tuple[str, str]]:
    return frozenset((row["from_lang"], row["to_lang"]) for row in read_tsv("translit", "rewrites.tsv"))


def _apply(word: str, chosen) -> str:
    for pattern, replacement, _ in chosen:
        word = pattern.sub(replacement, word)
    return word


@functools.lru_cache(maxsize=65536)
def rewrite(word: str, source: str, target: str) -> tuple[str, ...]:
    """Spellings of `word` (a source-convention name) in the target convention, most likely
    first; lower-case, as the rules work. Empty when the pair has no rules."""
    table = rules(source, target)
    if not table:
        return ()
    lowered = unicodedata.normalize("NFC", word.lower())
    optional = [rule for rule in table if rule[2]]
    relevant = [rule for rule in optional if rule[0].search(lowered)][:MAX_OPTIONAL]
    out = []
    for switched_on in itertools.chain.from_iterable(itertools.combinations(relevant, n)
                                                     for n in range(len(relevant) + 1)):
        chosen = [rule for rule in table if not rule[2] or rule in switched_on]
        candidate = _apply(lowered, chosen)
        if candidate not in out:
            out.append(candidate)
    return tuple(out)


def capitalised(spelling: str, like: str) -> str:
    return spelling[:1].upper() + spelling[1:] if like[:1].isupper() else spelling
