"""A period inside a sentence, followed by a lower-case word (troops. around Ukraine)."""
import regex

from mtcheck.languages import all_abbreviations
from mtcheck.rules.base import Rule

STRAY = regex.compile(r"(?<=\w)\.([ \t\u00a0]+)(\p{Ll}+)(?![\p{Lu}\p{N}@])")


class StrayPeriod(Rule):
    """
    What it flags: a period after a word, followed by a word in lower case, where the period
    belongs to no abbreviation (Mr., e.g., a.m., U.S., z. B., ecc., M.) or initial, nor makes an
    ordinal of a number (German: am 15. und 16. Juni).

    Why it matters: the sentence looks cut in two, and the reader loses its thread; machine
    translation leaves such periods where it joined or split the source's segments.

    Example: with Russia continuing to increase its troops. around Ukraine we are ready

    Instead: with Russia continuing to increase its troops around Ukraine we are ready

    Data: `[numbers] ordinal_period` in data/<lang>/punctuation.toml; data/<lang>/abbreviations.txt of every language (an abbreviation of the source language,
    such as German Mio., is a locale problem, not a stray period).
    """

    code = "PUN008"
    severity = "major"

    def check(self, doc):
        text = doc.text
        for m in STRAY.finditer(text):
            word = doc.word_before(m.start())
            if not word or (word[-1].isdigit() and doc.conventions.ordinal_period) or doc.is_abbreviation(word + ".") \
                    or word + "." in all_abbreviations():  # another language's (Mio.) is a locale matter
                continue
            if doc.in_link(m.start()):
                continue
            start = m.start() - len(word)
            yield self.finding(doc, start, m.end(), "stray period inside a sentence",
                               f"{word} {m.group(2)}")
