"""A space before the percent sign in English (12 %), French and German typography."""
import regex

from mtcheck.rules.base import Rule

SPACED = regex.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)[ \u00a0\u202f]%")


class SpacedPercent(Rule):
    """
    What it flags: in English, a space (ordinary or non-breaking) between a number and the
    percent sign.

    Why it matters: English writes 12% (AP also spells out "percent"); the space is French,
    German or Spanish typography carried over, and lets the sign wrap onto the next line.

    Example: Glaciers have lost 12 % of their volume.

    Instead: Glaciers have lost 12% of their volume.

    Data: none.
    """

    code = "LOC007"
    severity = "minor"
    languages = frozenset({"en"})

    def check(self, doc):
        for m in SPACED.finditer(doc.text):
            yield self.finding(doc, m.start(), m.end(), "space before % in English", m.group(1) + "%",
                               source_hint=("fr", "de", "es"))
