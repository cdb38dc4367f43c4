"""A comma inside the closing quote mark („Ja,“ sagte er), American placement in another language."""
import functools

import regex

from mtcheck.rules.base import Rule


@functools.lru_cache(maxsize=None)
def _pattern(closing: str) -> "regex.Pattern":
    return regex.compile(rf",([ \u00a0\u202f]?[{regex.escape(closing)}])(?=\s)")


class CommaInsideQuotes(Rule):
    """
    What it flags: a comma written before the closing quote mark, where the target language
    puts it after the mark (German, French, Italian, Spanish, Portuguese, Russian).

    Why it matters: only American English moves the comma inside the quotation; elsewhere the
    comma belongs to the surrounding sentence, and the inside placement is a sign of a text
    translated from English.

    Example: „Ich hatte meine Chancen,“ sagte der Spieler.

    Instead: „Ich hatte meine Chancen“, sagte der Spieler.

    Data: `[quotes] comma_inside` and the closing marks of the quote pairs in
    data/<lang>/punctuation.toml.
    """

    code = "PUN017"
    severity = "minor"

    def check(self, doc):
        conv = doc.conventions
        if conv.comma_inside_quotes or conv.lang == "und":
            return
        closing = "".join(sorted({p.close for p in conv.quote_pairs} | {"”", '"'}))
        for m in _pattern(closing).finditer(doc.text):
            mark = m.group(1)
            yield self.finding(doc, m.start(), m.end(), f"comma inside the closing quote mark in {conv.name}",
                               mark + ",", source_hint=("en",))
