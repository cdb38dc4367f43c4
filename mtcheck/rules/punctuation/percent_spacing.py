"""A percent sign glued to its number in a language that spaces it (18% for 18 %)."""
import regex

from mtcheck.rules.base import Rule

GLUED_PERCENT = regex.compile(r"(?<=\d)%")


class PercentSpacing(Rule):
    """
    What it flags: in French and German, a percent sign written straight after the number.

    Why it matters: both languages separate the sign with a (non-breaking) space (DIN 5008;
    Lexique de l'Imprimerie nationale); the glued form is English typography carried over.

    Example: Die Inflation stieg auf fast 18%, so das Amt.

    Instead: Die Inflation stieg auf fast 18 %, so das Amt.

    Data: `[spacing] percent` in data/<lang>/punctuation.toml.
    """

    code = "PUN015"
    severity = "minor"

    def check(self, doc):
        if not doc.conventions.percent_space:
            return
        for m in GLUED_PERCENT.finditer(doc.text):
            yield self.finding(doc, m.start(), m.end(), f"no space before % in {doc.conventions.name}",
                               "\u00a0%")
