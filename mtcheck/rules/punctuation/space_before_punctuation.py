"""A space before , . ; : ! ? where the target language writes none (sanctions , economic)."""
import regex

from mtcheck.rules.base import Rule

SPACE_BEFORE = regex.compile(r"(?<=[\w)\]”»\"’'])([ \t\u00a0\u202f]+)([,.;:!?])(?=[\s\"”»’')\]]|$)")


class SpaceBeforePunctuation(Rule):
    """
    What it flags: white space, ordinary or non-breaking, before a comma, period, semicolon, colon,
    exclamation or question mark. In French only the comma and period are flagged: French puts a
    non-breaking space before ; : ! ?. An ellipsis after a space and a decimal like .45 are not.

    Why it matters: the space is French typography carried into another language, or debris of a
    sentence the translation reordered; it also lets the mark wrap onto the next line alone.

    Example: personal sanctions , economic, financial and commercial

    Instead: personal sanctions, economic, financial and commercial

    Data: `[spacing] before` in data/<lang>/punctuation.toml (marks that do take a space).
    """

    code = "PUN005"
    severity = "minor"

    def check(self, doc):
        spaced = doc.conventions.space_before
        for m in SPACE_BEFORE.finditer(doc.text):
            mark = m.group(2)
            if mark in spaced:
                continue
            if mark == "." and doc.text[m.end():m.end() + 1] == ".":
                continue
            # a space before ; : ! ? is French typography: evidence of a French source
            yield self.finding(doc, m.start(), m.end(), f"space before “{mark}”", mark,
                               source_hint=("fr",) if mark in ";:!?" else ())
