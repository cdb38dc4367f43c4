"""A closing quote mark written as an opening one, or the reverse."""
from mtcheck.quotes import analyse
from mtcheck.rules.base import Rule


class MisorientedQuote(Rule):
    """
    What it flags: a quote mark whose shape says opening where the sentence needs a closing one
    (`happens, “he said`, `politically “.`), or the reverse, usually with the space on the wrong
    side. A second opening mark while a quotation is still open, right after the clause's
    punctuation, is read as the missing closing mark.

    Why it matters: the reader sees a new quotation begin where one ends; the attribution ("he
    said") is swallowed into the quote. Machine translation emits the opening glyph for both
    ends when the source used straight quotes.

    Example: “We are ready, whatever happens, “he said.

    Instead: “We are ready, whatever happens,” he said.

    Data: the quote pairs of data/<lang>/punctuation.toml.
    """

    code = "PUN002"
    severity = "major"

    def check(self, doc):
        for issue in analyse(doc).of_kind("misoriented"):
            yield self.finding(doc, issue.start, issue.end, issue.message, issue.suggestion)
