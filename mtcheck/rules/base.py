"""What every rule is: a code, a kebab-case name, a family, a default severity and a check."""
from __future__ import annotations

from typing import Iterable

from mtcheck.document import Document
from mtcheck.model import Finding

DOC_HEADINGS = ("What it flags", "Why it matters", "Example", "Instead", "Data")
# The MQM 2.0 error type of each family (themqm.org typology); a rule may name a closer subtype.
FAMILY_MQM = {"punctuation": "Linguistic conventions/Punctuation", "names": "Locale conventions/Name format",
              "phrasing": "Style/Unidiomatic style", "language": "Accuracy/Untranslated",
              "locale": "Locale conventions/Number format"}


class Rule:
    """Base class. A rule module defines one subclass; its docstring is the rule's documentation."""

    code: str = ""
    name: str = ""       # set by the registry from the module name
    family: str = ""     # set by the registry from the package name
    severity: str = "minor"
    languages: frozenset[str] | None = None  # None: every target language, known or not
    needs_source = False  # run after the source language is known or inferred (phrasing lexicons)
    mqm_type = ""  # MQM dimension/subtype; the family's when empty

    @property
    def mqm(self) -> str:
        return self.mqm_type or FAMILY_MQM[self.family]

    def applies_to(self, lang: str | None) -> bool:
        return self.languages is None or lang in self.languages

    def selected(self, config: dict) -> bool:
        """Whether the configuration's select/extend_select and ignore (codes, prefixes or names) keep it."""
        def matches(patterns):
            return any(p.upper() == "ALL" or self.code.startswith(p.upper()) or self.name == p.lower() for p in patterns)
        select = list(config.get("select") or ["ALL"]) + list(config.get("extend_select") or [])
        return matches(select) and not matches(config.get("ignore") or [])

    def check(self, doc: Document) -> Iterable[Finding]:
        raise NotImplementedError

    def finding(self, doc: Document, start: int, end: int, message: str,
                suggestion: str | None = None, severity: str | None = None,
                source_hint: tuple[str, ...] = ()) -> Finding:
        return Finding(code=self.code, rule=self.name, family=self.family,
                       severity=severity or self.severity, start=start, end=end,
                       text=doc.text[start:end], message=message, suggestion=suggestion,
                       source_hint=tuple(source_hint))
