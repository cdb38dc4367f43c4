"""A currency symbol on the side of the amount another language puts it (300 € in English, €300 in German)."""
import regex

from mtcheck.languages import locale_conventions
from mtcheck.rules.base import Rule

SYMBOLS = "€£$¥₽₹₺₴"
AMOUNT = r"\d+(?:[.,\u202f\u00a0]\d{3})*(?:[.,]\d+)?"
AFTER = regex.compile(rf"(?<![\d.,\p{{L}}])({AMOUNT})[ \u00a0\u202f]?([{SYMBOLS}])(?![\p{{L}}\d$])")
BEFORE = regex.compile(rf"(?<![\p{{L}}\d$])([{SYMBOLS}])[ \u00a0\u202f]?({AMOUNT})(?![\d.,]?\d)")
WRITE_AFTER = ("fr", "de", "es", "it", "pt", "ru")


class CurrencyPosition(Rule):
    """
    What it flags: a currency symbol (€ £ $ ¥ ₽ ₹ ₺ ₴) after the amount in a language that writes
    it before (300 € in English), or before the amount in one that writes it after (€300, $5 in
    German, French and Spanish). Languages whose press writes both (Italian, Portuguese,
    Russian) are left alone, and so are codes and prefixed symbols (EUR 300, US$ 5).

    Why it matters: the symbol's place is a locale convention the translation did not adapt;
    300 € in an English article shows the source's typography.

    Example: The fine was 300 € per day of delay.

    Instead: The fine was €300 per day of delay.

    Data: data/<lang>/locale.toml (currency = "before", "after" or "either").
    """

    code = "LOC009"
    severity = "minor"

    def check(self, doc):
        conv = locale_conventions(doc.lang)
        if conv is None or conv.currency == "either":
            return
        if conv.currency == "before":
            for m in AFTER.finditer(doc.text):
                yield self.finding(doc, m.start(), m.end(), f"{conv.name} writes the currency symbol before "
                                   f"the amount", f"{m.group(2)}{m.group(1)}", source_hint=WRITE_AFTER)
        else:
            for m in BEFORE.finditer(doc.text):
                yield self.finding(doc, m.start(), m.end(), f"{conv.name} writes the currency symbol after "
                                   f"the amount", f"{m.group(2)}\u00a0{m.group(1)}", source_hint=("en",))
