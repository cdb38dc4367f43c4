"""A source-language construction rendered word for word (flies from Zelensky, made it known)."""
from mtcheck.phrasing.lexicon import document_matches, outermost
from mtcheck.rules.base import Rule


class Calque(Rule):
    """
    What it flags: wording listed in the phrasing lexicon of the article's source language (given,
    or inferred) as a calque or a literally translated idiom: Italian "vola da Zelensky a Kiev"
    as "flies from Zelensky to Kiev", "ha fatto sapere" as "made it known", French "ce mardi" as
    "this Tuesday". Entity slots take names the names analysis accepts (a {person} is no known
    place). The message gives the source construction and its meaning. A match inside a longer
    one (of either phrasing rule) is not reported again.

    Why it matters: a calque reads as translationese at best, and at worst says something else
    (who flew where; who asked whom).

    Example: Boris Johnson today flies from Zelensky to Kiev.

    Instead: Boris Johnson today flies to Kyiv to see Zelensky.

    Data: data/<src>-<tgt>/phrasing.tsv, entries of type calque and idiom (PHRASING.md).
    """

    code = "PHR001"
    severity = "minor"
    needs_source = True
    types = ("calque", "idiom")

    def check(self, doc):
        if not doc.source_lang or not doc.lang:
            return
        for m in outermost(document_matches(doc, doc.source_lang)):
            if m.entry.type in self.types:
                yield self.finding(doc, m.start, m.end, m.entry.why, m.suggestion, severity=m.entry.severity,
                                   source_hint=(doc.source_lang,))
