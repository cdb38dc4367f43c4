"""The document model: paragraphs, sentences, tokens and quote marks, as code-point offsets."""
from __future__ import annotations

import bisect
import functools
import re
from typing import NamedTuple

import regex

from mtcheck.languages import Conventions, conventions

PARAGRAPH_BREAK = regex.compile(r"\n[ \t\u00a0]*\n\s*")
SPACE = " \t\u00a0\u202f\u2009\u2007"
TOKEN = regex.compile(r"""
    (?P<url>(?:https?://|www\.)[^\s<>"“”«»]+?)(?=[.,;:!?)\]'’"”»]*(?:\s|$))
  | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<number>\d+(?:[.,:/]\d+)*)
  | (?P<dotted>\w+(?:\.\w+)+\.?)          # U.S., e.g., a.m., bbc.co.uk
  | (?P<word>\w+(?:[’'\-]\w+)*)
  | (?P<punct>[^\w\s])
""", regex.VERBOSE)
WORD = regex.compile(r"\w+(?:[’'\-.]\w+)*")
# A sentence ends at . ! ? or … (with closing quotes and brackets after it) before white space.
SENTENCE_END = regex.compile(r"""(?:[.!?…]+)[\"”»’')\]]*(?=\s+[^\s\p{Ll}])""")  # "paused... then" goes on
# searched backwards ((?r)) from the offset: the same word a forward search finds, 12x faster
WORD_BEFORE = regex.compile(r"(?r)(\w+(?:[.\-’']\w+)*\.?)$")


class Span(NamedTuple):
    start: int
    end: int
    kind: str = ""


class WordMatch:
    """One occurrence found by WordFinder, read as a regex match is (start(), end(), group())."""

    __slots__ = ("_start", "_end", "_word")

    def __init__(self, start: int, end: int, word: str):
        self._start, self._end, self._word = start, end, word

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._word


class WordFinder:
    """Any of a list of words as whole words (not inside a longer word or hyphenation), the longest
    at each place, left to right without overlaps, as an alternation of them would find them. A
    regex finds the places a word can start (the words' first letters after no letter or hyphen)
    and a dict of the words by their first two letters does the rest: on a long list this is twice
    as fast as the alternation, which the regex engines try one word after another."""

    def __init__(self, words):
        words = sorted({w for w in words if w}, key=len, reverse=True)
        self.by_prefix: dict[str, list[str]] = {}
        for word in words:
            self.by_prefix.setdefault(word[:2], []).append(word)
        firsts = "".join(sorted({re.escape(w[0]) for w in words}))
        self.starts = re.compile(rf"(?<![\w-])[{firsts}]") if firsts else None

    def finditer(self, text: str):
        if self.starts is None:
            return
        last = 0
        for m in self.starts.finditer(text):
            at = m.start()
            if at >= last:
                word = self._longest(text, at)
                if word:
                    last = at + len(word)
                    yield WordMatch(at, last, word)

    def _longest(self, text: str, at: int) -> str | None:
        """The longest word of the list that stands whole at `at` (one-letter words last)."""
        for key in (text[at:at + 2], text[at]):
            for word in self.by_prefix.get(key, ()):
                end = at + len(word)
                if text.startswith(word, at) and not (end < len(text) and (text[end].isalnum() or text[end] in "_-")):
                    return word
        return None


class Document:
    """An article as read, with its language conventions and lazily built structure."""

    def __init__(self, text: str, lang: str | None = None, config: dict | None = None):
        self.text = text
        self.lang = lang
        self.config = config or {}
        self.source_lang: str | None = None  # given, or inferred before the phrasing rules run
        self.conventions: Conventions = conventions(lang)
        self.cache: dict = {}

    @functools.cached_property
    def paragraphs(self) -> list[Span]:
        spans, start = [], 0
        for m in PARAGRAPH_BREAK.finditer(self.text):
            if m.start() > start:
                spans.append(Span(start, m.start(), "paragraph"))
            start = m.end()
        if start < len(self.text) and self.text[start:].strip():
            spans.append(Span(start, len(self.text.rstrip()), "paragraph"))
        return spans

    @functools.cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_at(self, offset: int) -> int:
        return max(bisect.bisect_right(self._paragraph_starts, offset) - 1, 0)

    @functools.cached_property
    def tokens(self) -> list[Span]:
        return [Span(m.start(), m.end(), m.lastgroup) for m in TOKEN.finditer(self.text)]

    @functools.cached_property
    def words(self) -> int:
        return sum(1 for _ in WORD.finditer(self.text))

    @functools.cached_property
    def sentences(self) -> list[Span]:
        """Sentences within paragraphs; a period after an abbreviation, initial or number ends none."""
        out = []
        for para in self.paragraphs:
            start = para.start
            for m in SENTENCE_END.finditer(self.text, para.start, para.end):
                if self.text[m.start()] == "." and not self.is_sentence_period(m.start()):
                    continue
                out.append(Span(start, m.end(), "sentence"))
                start = m.end()
                while start < para.end and self.text[start].isspace():
                    start += 1
            if start < para.end:
                out.append(Span(start, para.end, "sentence"))
        return out

    def word_before(self, offset: int) -> str:
        """The word (with inner periods, hyphens, apostrophes) that ends at `offset`."""
        m = WORD_BEFORE.search(self.text, max(0, offset - 40), offset)
        return m.group(1) if m else ""

    def is_abbreviation(self, word_with_period: str) -> bool:
        """Mr., e.g., U.S., z., M.: a period that belongs to the word, not to the sentence."""
        word = word_with_period.rsplit("-", 1)[-1]  # China-U.S.
        if word in self.conventions.abbreviations or word.lower() in self.conventions.abbreviations:
            return True
        core = word.rstrip(".")
        if len(core) == 1 and core.isalpha():  # initials (J. R. R. Tolkien), z. B.
            return True
        return "." in core and all(len(part) <= 3 for part in core.split("."))  # U.S., a.m., p.ej.

    def is_sentence_period(self, offset: int) -> bool:
        """Whether the period at `offset` can end a sentence (not an abbreviation's, not in a number)."""
        if offset + 1 < len(self.text) and self.text[offset + 1] == ".":
            return True  # an ellipsis written with periods
        word = self.word_before(offset)
        if not word or self.in_link(offset):
            return True
        if word[-1].isdigit():
            return True
        return not self.is_abbreviation(word + ".")

    def in_link(self, offset: int) -> bool:
        """Whether `offset` lies in a URL, an e-mail address or a bare domain name."""
        text = self.text
        start = offset
        while start > 0 and not text[start - 1].isspace() and offset - start < 200:
            start -= 1
        end = offset
        while end < len(text) and not text[end].isspace() and end - offset < 200:
            end += 1
        chunk = text[start:end]
        return "://" in chunk or "@" in chunk or chunk.lower().lstrip("(<[“\"«").startswith("www.") \
            or bool(DOMAIN.search(chunk))


DOMAIN = regex.compile(r"\w\.(?:com|org|net|gov|edu|info|io|eu|uk|de|fr|it|es|ru|ch|at)\b")
