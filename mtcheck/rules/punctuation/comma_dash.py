"""A comma followed by a dash (years», — said), the Russian way of ending a quotation."""
import regex

from mtcheck.rules.base import Rule

COMMA_DASH = regex.compile(r",[ \u00a0]?[—–](?=[ \u00a0]\p{L})")


class CommaDash(Rule):
    """
    What it flags: a comma immediately followed by a dash before the next words.

    Why it matters: Russian punctuates reported speech «…», — сказал он; other languages use the
    comma alone, and the stray dash makes the reader look for a parenthesis that never closes.

    Example: “It is only the fifth find,” — said the head of the excavation.

    Instead: “It is only the fifth find,” said the head of the excavation.

    Data: none; Russian targets are exempt.
    """

    code = "PUN012"
    severity = "minor"
    languages = frozenset({"en", "it", "fr", "de", "es", "pt"})

    def check(self, doc):
        for m in COMMA_DASH.finditer(doc.text):
            yield self.finding(doc, m.start(), m.end(), "comma followed by a dash", ",")
