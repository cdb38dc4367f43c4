"""The generic substitution rule: words of a per-language table, each with what to write instead."""
from __future__ import annotations

import functools

from mtcheck.document import WordFinder
from mtcheck.rules.base import Rule


class SubstitutionRule(Rule):
    """Base for rules that flag the whole-word entries of a table (wrong -> right) read from data."""

    def table(self, doc) -> dict[str, str]:
        """{wrong: right} that applies to this document."""
        raise NotImplementedError

    def message(self, doc, wrong: str, right: str) -> str:
        raise NotImplementedError

    def check(self, doc):
        if doc.lang is None:
            return
        table = self.table(doc)
        if not table:
            return
        text = doc.text
        for m in _pattern(tuple(sorted(table))).finditer(text):
            right = table[m.group()]
            inside = right.find(m.group())  # Macedonia inside North Macedonia is already right
            if inside >= 0 and text[m.start() - inside:m.start() - inside + len(right)] == right:
                continue
            if self.keep(doc, m):
                continue
            yield self.finding(doc, m.start(), m.end(), self.message(doc, m.group(), right), right)

    def keep(self, doc, match) -> bool:
        """Whether this occurrence stays as written although the table lists it."""
        return False


@functools.lru_cache(maxsize=64)
def _pattern(words: tuple[str, ...]):
    return WordFinder(words)
