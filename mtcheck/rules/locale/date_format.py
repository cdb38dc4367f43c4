"""A date in the source locale's numeric format (by 15.04., on 15.06 in English; 24/02/2022 in a US article)."""
import regex

from mtcheck.rules.base import Rule

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
DOTTED = regex.compile(r"(?<![\d.,])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(\d{4}|\d{2})?(?![\d])")
DOTTED_AFTER_WORD = regex.compile(r"(?<=\b(?i:on|by|until|from|since|before|after|till)[ \u00a0])(0?[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])(?![\d.,])")
SLASHED = regex.compile(r"(?<![\d/])(1[3-9]|2\d|3[01])/(0?[1-9]|1[0-2])/(\d{4})(?![\d/])")


class DateFormat(Rule):
    """
    What it flags: in English, a date written with points (by 15.04., on 15.06, 15.04.2022), as
    German, Russian or Polish do, and a day-first date with slashes that cannot be a US date
    (24/02/2022). A bare 15.06 counts only after a date word (on, by, until), since it may be a
    decimal number.

    Why it matters: an American reader takes 04/05 as April 5; a date with points reads as a
    number. English news writes the month's name.

    Example: The review would be completed by 15.04. at the latest.

    Instead: The review would be completed by April 15 at the latest.

    Data: none; month names are English.
    """

    code = "LOC004"
    mqm_type = "Locale conventions/Date format"
    severity = "major"
    languages = frozenset({"en"})

    def check(self, doc):
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
