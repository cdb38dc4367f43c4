"""A date in the source locale's numeric format (by 15.04., 24/02/2022 in a US article; 3/15/2022 in German)."""
import regex

from mtcheck.languages import locale_conventions
from mtcheck.rules.base import Rule

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
DOTTED = regex.compile(r"(?<![\d.,])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(\d{4}|\d{2})?(?![\d])")
DOTTED_AFTER_WORD = regex.compile(r"(?<=\b(?i:on|by|until|from|since|before|after|till)[ \u00a0])(0?[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])(?![\d.,])")
SLASHED = regex.compile(r"(?<![\d/])(1[3-9]|2\d|3[01])/(0?[1-9]|1[0-2])/(\d{4})(?![\d/])")
US_SLASHED = regex.compile(r"(?<![\d/])(0?[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/(\d{4})(?![\d/])")


class DateFormat(Rule):
    """
    What it flags: in English, a date written with points (by 15.04., on 15.06, 15.04.2022), as
    German, Russian or Polish do, and a day-first date with slashes that cannot be a US date
    (24/02/2022). A bare 15.06 counts only after a date word (on, by, until), since it may be a
    decimal number. In the other languages, the mirror case: a US month-first date that cannot
    be day-first (3/15/2022), with the language's own numeric date as the suggestion.

    Why it matters: an American reader takes 04/05 as April 5; a date with points reads as a
    number. English news writes the month's name.

    Example: The review would be completed by 15.04. at the latest.

    Instead: The review would be completed by April 15 at the latest.

    Data: data/<lang>/locale.toml (date_format, the numeric date of languages other than English);
    English month names.
    """

    code = "LOC004"
    mqm_type = "Locale conventions/Date format"
    severity = "major"

    def check(self, doc):
        if doc.lang != "en":
            conv = locale_conventions(doc.lang)
            if conv is None:
                return
            for m in US_SLASHED.finditer(doc.text):
                written = conv.date_format.format(d=int(m.group(2)), m=int(m.group(1)), y=m.group(3))
                yield self.finding(doc, m.start(), m.end(), f"US date order (month first): {conv.name} writes "
                                   f"{written}", written, source_hint=("en",))
            return
        seen = set()
        for pattern, hint in ((DOTTED, ("de", "ru", "pl")), (DOTTED_AFTER_WORD, ("de", "ru", "it")),
                              (SLASHED, ("it", "fr", "es", "de", "pt"))):
            for m in pattern.finditer(doc.text):
                if m.start() in seen or (pattern is DOTTED and not (m.group(3) or doc.text[m.end() - 1] == ".")):
                    continue
                seen.add(m.start())
                day, month = int(m.group(1)), int(m.group(2))
                year = m.group(3) if pattern is not DOTTED_AFTER_WORD else None
                written = f"{MONTHS[month - 1]} {day}" + (f", {year}" if year and len(year) == 4 else "")
                yield self.finding(doc, m.start(), m.end(), f"numeric date of another locale: English writes {written}",
                                   written, source_hint=hint)
