"""Quote marks that open and never close, or close what never opened, within a paragraph."""
from mtcheck.quotes import analyse
from mtcheck.rules.base import Rule


class UnbalancedQuotes(Rule):
    """
    What it flags: an opening quote mark that is not closed before the paragraph ends, or a
    closing mark with nothing open. A quotation that runs on into the next paragraph may stay
    open when that paragraph reopens with a quote mark (the newswire convention).

    Why it matters: the reader cannot tell where the quoted words stop, so words of the reporter
    may be read as the speaker's. Machine translation drops and duplicates quote marks when it
    reorders a sentence.

    Example: “We will not back down, the embassy wrote.

    Instead: “We will not back down,” the embassy wrote.

    Data: the quote pairs of data/<lang>/punctuation.toml.
    """

    code = "PUN001"
    severity = "major"

    def check(self, doc):
        analysis = analyse(doc)
        for issue in analysis.of_kind("unmatched-open") + analysis.of_kind("unmatched-close"):
            yield self.finding(doc, issue.start, issue.end, issue.message, issue.suggestion)
