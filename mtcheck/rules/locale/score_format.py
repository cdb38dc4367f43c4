"""Sports scores with the English hyphen in a language that writes a colon (6-4, 3-6 in German)."""
import regex

from mtcheck.languages import locale_conventions
from mtcheck.rules.base import Rule

SCORES = regex.compile(r"(?<![\d.,/-])\d{1,2}-\d{1,2}(?: \(\d{1,2}-\d{1,2}\))?(?:, \d{1,2}-\d{1,2}(?: \(\d{1,2}-\d{1,2}\))?)+(?![\d-])")


class ScoreFormat(Rule):
    """
    What it flags: a run of two or more scores written with hyphens (6-4, 3-6, 7-6 (7-4)) in a
    language that writes scores with a colon (German 6:4, 3:6).

    Why it matters: German readers read 6-4 as a range; sports pages write 6:4.

    Example: Er setzte sich mit 6-4, 3-6, 7-6 (7-4) durch.

    Instead: Er setzte sich mit 6:4, 3:6, 7:6 (7:4) durch.

    Data: `score_separator` in data/<lang>/locale.toml.
    """

    code = "LOC006"
    severity = "minor"

    def check(self, doc):
        conv = locale_conventions(doc.lang)
        if conv is None or not conv.score_separator:
            return
        for m in SCORES.finditer(doc.text):
            yield self.finding(doc, m.start(), m.end(), f"scores with hyphens: {conv.name} writes them with "
                               f"{conv.score_separator}", m.group().replace("-", conv.score_separator),
                               source_hint=("en",))
