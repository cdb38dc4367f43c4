"""The word lists of each language (data/<lang>/words.txt, function_words.txt, word_zipf.tsv,
loan_phrases.txt), loaded on first use, and the word frequencies the language rules compare."""
from __future__ import annotations

import bisect
import functools

import regex

from mtcheck.languages import data_path, read_lines

LANGS = ("en", "it", "fr", "de", "es", "pt")
ZIPF_MARGIN = 1.0       # a word ten times more frequent in one language than in another is its
MIN_FOREIGN_ZIPF = 3.0  # frequencies are known for each language's 30,000 or so most frequent words
JOIN_MARGIN = 0.5       # a word frequent in both (a, question) unless the target's leans
WORD = regex.compile(r"[\p{L}’']+")


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


@functools.cache
def _zipf_table(lang: str) -> tuple[dict[str, int], list[int], list[float]]:
    """The rank of each word of data/<lang>/words.txt as frequent as MIN_FOREIGN_ZIPF, and the Zipf
    bands of those ranks (the rarer words are not read: start-up counts)."""
    bands = [line.split("\t") for line in read_lines(data_path(lang, "word_zipf.tsv"))[1:]]
    ranks, zipfs = [int(rank) for rank, _ in bands], [float(value) for _, value in bands]
    if not ranks:
        return {}, [0], [0.0]
    cut = next((rank for rank, value in zip(ranks, zipfs) if value < MIN_FOREIGN_ZIPF), ranks[-1] + 1)
    words = data_path(lang, "words.txt").read_text(encoding="utf-8").split("\n", cut + 1)
    words = words[1:cut + 1] if words[0].startswith("#") else words[:cut]
    return dict(zip(words, range(len(words)))), ranks, zipfs


def zipf(lang: str, word: str, bound: bool = False) -> float:
    """The word's Zipf frequency in the language, for the words as frequent as MIN_FOREIGN_ZIPF; for
    the rarer ones 0, or with `bound` an upper bound (the target's: a margin is never overstated):
    MIN_FOREIGN_ZIPF for the language's 100,000 most frequent words, the last one's for the others."""
    index, ranks, zipfs = _zipf_table(lang)
    rank = index.get(word)
    if rank is not None:
        return zipfs[bisect.bisect_right(ranks, rank) - 1]
    if not bound:
        return 0.0
    return MIN_FOREIGN_ZIPF if word in known_words(lang) else zipfs[-1]


def more_frequent(word: str, lang: str, other: str) -> bool:
    """Whether the (lower-case) word is one of `lang`'s common words and ten times more frequent in
    it than in `other` (zipf is 0 below MIN_FOREIGN_ZIPF, so the margin implies the first)."""
    return zipf(lang, word) - zipf(other, word, bound=True) >= ZIPF_MARGIN


def word_kind(word: str, lang: str, target: str) -> str:
    """foreign (ten times more frequent in `lang` than in the target), join (common in both, and no
    function word of the target's) or break (the target's) for a lower-case word."""
    if more_frequent(word, lang, target):
        return "foreign"
    in_lang = zipf(lang, word)
    if in_lang and zipf(target, word, bound=True) - in_lang < JOIN_MARGIN and word not in function_words(target):
        return "join"
    return "break"


@functools.cache
def loan_phrases(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Foreign phrases the language's press writes as they are (data/<lang>/loan_phrases.txt), as
    word tuples indexed by their first word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for line in read_lines(data_path(lang, "loan_phrases.txt")):
        phrase = tuple(w.lower() for w in WORD.findall(line))
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(phrases) for first, phrases in index.items()}


def loan_words(lowered, run, target) -> set[int]:
    """Indices of the run's words that belong to a loan phrase of the target's press (joie de vivre)."""
    run = list(run)
    words = [lowered[i] for i in run]
    by_first = loan_phrases(target)
    found = set()
    for k, word in enumerate(words):
        for phrase in by_first.get(word, ()):
            if tuple(words[k:k + len(phrase)]) == phrase:
                found.update(run[k:k + len(phrase)])
    return found
