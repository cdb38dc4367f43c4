"""An attribution set between dashes (– he added –), as Italian and Spanish write it."""
import functools

import regex

from mtcheck.rules.base import Rule

WHO = r"(?:he|she|they|we|it|I|(?:the\s+)?\p{Lu}?[\w’'.-]+(?:\s+\p{Lu}[\w’'.-]+){0,3})"  # or a verb-first "said the minister"


@functools.lru_cache(maxsize=None)
def _pattern(verbs: frozenset) -> "regex.Pattern":
    verb = "|".join(sorted((regex.escape(v) for v in verbs), key=len, reverse=True))
    return regex.compile(rf"(?<=[\w.,!?”»\"]\s)[–—]\s+(?P<inner>(?:{WHO}\s+)?(?:(?:has|had|have)\s+)?(?:{verb})\b[^–—\n]{{0,80}}?)\s+[–—](?=\s)")


class AttributionDashes(Rule):
    """
    What it flags: a speech attribution ("he added", "said the minister") enclosed in dashes in
    the middle of a quotation, where the target language uses commas and closes and reopens the
    quotation.

    Why it matters: Italian, Spanish and Russian write «L'Ue – ha aggiunto – è determinata»;
    English readers see a parenthesis inside the quote and cannot tell who is speaking.

    Example: “The EU – he added – is determined to support Ukraine.”

    Instead: “The EU,” he added, “is determined to support Ukraine.”

    Data: data/<lang>/speech_verbs.txt; `[dashes] attribution` in data/<lang>/punctuation.toml
    says whether the language itself writes attributions so.
    """

    code = "PUN011"
    severity = "minor"

    def check(self, doc):
        conv = doc.conventions
        if conv.attribution_dashes or not conv.speech_verbs:
            return
        for m in _pattern(conv.speech_verbs).finditer(doc.text):
            yield self.finding(doc, m.start(), m.end(), "attribution between dashes inside a quotation",
                               f", {m.group('inner')},", source_hint=("it", "es"))
