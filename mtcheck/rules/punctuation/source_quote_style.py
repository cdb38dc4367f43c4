"""Quote marks of another language's style (« » or „ “ in English; “ ” or " in German)."""
from mtcheck.quotes import STYLE_LANGUAGES, analyse
from mtcheck.rules.base import Rule


class SourceQuoteStyle(Rule):
    """
    What it flags: quote marks that the target language's press does not use: guillemets or
    German low-high quotes in English, English or straight quotes in German, English quotes at the
    outermost level in French. The message names the style found and the one expected.

    Why it matters: a foreign quote style is the plainest sign of an unedited translation, and
    it tells the reader which language the article came from.

    Example: «I only want Milan», he said.

    Instead: “I only want Milan,” he said.

    Data: the quote pairs of data/<lang>/punctuation.toml; for a text whose language is unknown,
    only a mix of styles within one quotation is reported.
    """

    code = "PUN004"
    severity = "minor"

    def check(self, doc):
        for issue in analyse(doc).of_kind("foreign"):
            yield self.finding(doc, issue.start, issue.end, issue.message, issue.suggestion,
                               source_hint=STYLE_LANGUAGES.get(issue.style, ()))
