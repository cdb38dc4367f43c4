"""Dashes that mark reported speech the Russian way (years», — said; said. — Many works)."""
import regex

from mtcheck.rules.base import Rule

COMMA_DASH = regex.compile(r"(,[”»\"]?|[”»\"],)[ \u00a0]?[—–](?=[ \u00a0]\p{L})")
REOPENING_DASH = regex.compile(r"(?<=[.!?][ \u00a0])[—–][ \u00a0](?=\p{Lu})")


class SpeechDash(Rule):
    """
    What it flags: a comma followed by a dash before the attribution (with or without a closing
    quote mark between them), and a dash that opens a sentence in mid-paragraph to resume the
    quotation after the attribution.

    Why it matters: Russian punctuates reported speech «…», — сказал он. — Далее…; other
    languages use the comma alone and close and reopen quote marks, so the stray dashes make the
    reader look for a parenthesis that never closes.

    Example: “It is only the fifth find,” — said the head of the excavation. — Many works are new.

    Instead: “It is only the fifth find,” said the head of the excavation. “Many works are new.”

    Data: none; Russian targets are exempt.
    """

    code = "PUN012"
    severity = "minor"
    languages = frozenset({"en", "it", "fr", "de", "es", "pt"})

    def check(self, doc):
        for m in COMMA_DASH.finditer(doc.text):
            yield self.finding(doc, m.start(), m.end(), "comma followed by a dash", m.group(1), source_hint=("ru",))
        if doc.lang == "en":  # French and Spanish dialogue also open a reply with a dash
            for m in REOPENING_DASH.finditer(doc.text):
                word_end = m.end() + len(regex.match(r"\w*", doc.text[m.end():]).group())
                yield self.finding(doc, m.start(), word_end, "dash resuming a quotation after its attribution",
                                   "“" + doc.text[m.end():word_end], source_hint=("ru",))
