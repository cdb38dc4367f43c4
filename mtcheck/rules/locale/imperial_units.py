"""Miles, feet, pounds or Fahrenheit left in a metric language (80 mph, 15 miglia)."""
import functools

import regex

from mtcheck.languages import locale_conventions
from mtcheck.names.gazetteer import read_tsv
from mtcheck.rules.base import Rule

NUMBER = r"(\d+(?:[.,]\d+)?)"


@functools.lru_cache(maxsize=1)
def _units():
    return {row["unit"]: (row["metric"], row["factor"]) for row in read_tsv("und", "imperial_units.tsv")}


@functools.lru_cache(maxsize=1)
def _pattern():
    alternation = "|".join(regex.escape(u) for u in sorted(_units(), key=len, reverse=True))
    return regex.compile(rf"(?<![\d.,]){NUMBER}[ \u00a0]?({alternation})(?!\w)")


class ImperialUnits(Rule):
    """
    What it flags: a distance, speed, length, weight, volume or temperature in imperial units
    (mph, miles, feet, pounds, °F, or their translations: miglia, millas, Meilen) in a language
    whose press writes metric units (Italian, French, German, Spanish, Portuguese, Russian).
    The suggestion converts the amount.

    Why it matters: the reader cannot picture 80 mph; the translation kept the source's units.

    Example: Raffiche fino a 80 mph hanno colpito la costa.

    Instead: Raffiche fino a 129 km/h hanno colpito la costa.

    Data: data/und/imperial_units.tsv (unit, metric unit, factor).
    """

    code = "LOC008"
    mqm_type = "Locale conventions/Measurement format"
    severity = "minor"
    languages = frozenset({"it", "fr", "de", "es", "pt", "ru"})

    def check(self, doc):
        conv = locale_conventions(doc.lang)
        for m in _pattern().finditer(doc.text):
            metric, factor = _units()[m.group(2)]
            amount = float(m.group(1).replace(",", "."))
            value = (amount - 32) * 5 / 9 if factor == "F" else amount * float(factor)
            shown = f"{value:.0f}" if value >= 10 else f"{value:.1f}".replace(".", conv.decimal if conv else ",")
            yield self.finding(doc, m.start(), m.end(), f"{m.group(2)} is not a metric unit: write {metric}",
                               f"{shown} {metric}", source_hint=("en",))
