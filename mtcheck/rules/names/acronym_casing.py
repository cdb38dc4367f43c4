"""Organisation names and acronyms cased or abbreviated as another language writes them (Ria Novosti)."""
import functools

from mtcheck.names.gazetteer import acronyms
from mtcheck.document import words_pattern
from mtcheck.rules.base import Rule

DEFAULT_STYLES = frozenset({"all"})


@functools.lru_cache(maxsize=None)
def _pattern(lang: str):
    table = acronyms(lang)
    if not table:
        return None
    return words_pattern(table)


class AcronymCasing(Rule):
    """
    What it flags: an organisation's name or acronym in the casing or the abbreviation of another
    language: Ria Novosti for RIA Novosti, Onu or ONU for UN, Fbi for FBI in English; OTAN in
    German. Rows that hold only for one house style (NATO in AP style, Nato in the British press)
    apply only when that style is selected.

    Why it matters: Italian and Spanish write acronyms as words (Nato, Onu) and use their own
    (ONU, OTAN); carried into the target they look like typos or like another organisation.

    Example: According to the Russian state news agency Ria Novosti, the talks were useful.

    Instead: According to the Russian state news agency RIA Novosti, the talks were useful.

    Data: data/<lang>/acronyms.tsv (wrong, right, requires, style, note).
    """

    code = "NAM004"
    severity = "minor"

    def check(self, doc):
        if doc.lang is None:
            return
        pattern = _pattern(doc.lang)
        if pattern is None:
            return
        table = acronyms(doc.lang)
        for m in pattern.finditer(doc.text):
            right, requires, style = table[m.group()]
            if style not in DEFAULT_STYLES or (requires and requires.lower() not in doc.text.lower()):
                continue
            yield self.finding(doc, m.start(), m.end(), f"{m.group()} is written {right} in {doc.conventions.name}",
                               right)
