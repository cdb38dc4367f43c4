"""A decimal separator of the source locale (2,5 million in English; 2.1 Millionen in German)."""
import functools

import regex

from mtcheck.languages import locale_conventions
from mtcheck.rules.base import Rule

# Languages whose press writes a decimal comma, and the one family that writes a point.
COMMA_LANGUAGES = ("it", "fr", "de", "es", "pt", "ru", "pl")


@functools.lru_cache(maxsize=None)
def _scale_pattern(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


class DecimalSeparator(Rule):
    """
    What it flags: a decimal separator the target language does not use. In English, a comma
    followed by one or two digits (2,5 million; 45,3%); a comma followed by three digits before
    million or billion (3,500 billion) where the article's other numbers use decimal commas. In
    languages with a decimal comma, a point followed by one or two digits before a scale word,
    a unit or a percent sign (2.1 Millionen, 3.5 millions), or a point followed by a single digit
    (1.5) — times (19.30 Uhr) and dates (1.5.) are not, nor pairs in brackets ([1,1], (0,0)).

    Why it matters: 2,5 million reads as a list or as 25 hundred thousand; 1,2 billion can be
    misread a thousandfold. Severity is critical before a scale word, where the amount changes.

    Example: The damage amounts to at least 2,5 million euros.

    Instead: The damage amounts to at least 2.5 million euros.

    Data: data/<lang>/locale.toml (decimal, thousands, scale_words, units).
    """

    code = "LOC001"
    severity = "major"

    def check(self, doc):
        conv = locale_conventions(doc.lang)
        if conv is None:
            return
        scale = _scale_pattern(conv.scale_words)
        units = _scale_pattern(conv.units)
        wrong = "," if conv.decimal == "." else "."
        if wrong == ",":
            pattern = regex.compile(rf"(?<![\d.,])(\d+),(\d{{1,2}})(?![\d,])(?:[ \u00a0]?(?P<scale>{scale})\b)?")
            hint = COMMA_LANGUAGES
        else:
            pattern = regex.compile(rf"(?<![\d.,:])(\d+)\.(\d{{1,2}})(?![\d.])(?=[ \u00a0]?(?:(?P<scale>{scale})|{units}))")
            hint = ("en",)
        ambiguous = regex.compile(rf"(?<![\d.,])(\d{{1,3}}),(\d{{3}})(?![\d,])(?=[ \u00a0](?P<scale>{scale})\b)")
        found = list(pattern.finditer(doc.text))
        if wrong == ".":  # one digit after a point is no time (19.30) and no group (1.200): 1.5
            single = regex.compile(r"(?<![\d.,:])(\d+)\.(\d)(?![\d.])(?P<scale>(?!))?")
            found += [m for m in single.finditer(doc.text) if all(m.start() != f.start() for f in found)]
        for m in found:
            if doc.text[m.start() - 1:m.start()] in ("[", "(") and doc.text[m.end(2):m.end(2) + 1] in ("]", ")"):
                continue  # a pair or coordinates: [1,1], (0,0)
            yield self._finding(doc, m, conv, hint)
        if wrong == "," and found:  # the article writes decimal commas: 3,500 billion is one too
            for m in ambiguous.finditer(doc.text):
                yield self._finding(doc, m, conv, hint)

    def _finding(self, doc, m, conv, hint):
        number = f"{m.group(1)}{conv.decimal}{m.group(2)}"
        end = m.end(2)
        severity = "critical" if m.group("scale") else None
        return self.finding(doc, m.start(), end, f"decimal separator of another locale: {conv.name} writes {number}",
                            number, severity=severity, source_hint=hint)
