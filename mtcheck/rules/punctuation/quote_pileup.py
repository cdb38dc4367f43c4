"""Quote marks piled up around a punctuation mark (“.”), or a period after ?” or !”."""
import regex

from mtcheck.quotes import analyse
from mtcheck.rules.base import Rule

TERMINAL_PILEUP = regex.compile(r"([?!])([”»\"“]+)\.(?!\.)")


class QuotePileup(Rule):
    """
    What it flags: a punctuation mark wedged between two quote marks (`actions “.”`), and a
    period added after a quotation that already ends with ? or ! (`now?”.`).

    Why it matters: the sentence seems to close twice or to open a new quotation holding only a
    period; readers stumble and the quotation's end is unclear. Machine translation copies the
    source's mark and adds the target's.

    Example: from further aggressive actions “.” The EU is determined

    Instead: from further aggressive actions.” The EU is determined

    Data: the quote pairs of data/<lang>/punctuation.toml; `period_after_question` there marks the
    languages (Italian, Spanish) whose sentence period follows a closing quote even after ? or !.
    """

    code = "PUN003"
    severity = "major"

    def check(self, doc):
        for issue in analyse(doc).of_kind("pileup"):
            yield self.finding(doc, issue.start, issue.end, issue.message, issue.suggestion)
        if doc.conventions.period_after_quoted_question:
            return
        for m in TERMINAL_PILEUP.finditer(doc.text):
            yield self.finding(doc, m.start(), m.end(),
                               f"period after a quotation that already ends with {m.group(1)}",
                               m.group(1) + m.group(2), severity="minor")
