"""Another language's abbreviation for a number's scale (350 Mio. euros, 2 mln dollars in English)."""
import functools

import regex

from mtcheck.languages import locale_conventions
from mtcheck.rules.base import Rule

SOURCES = {"Mio": ("de",), "Mrd": ("de",), "Tsd": ("de",), "Md": ("fr",), "Mds": ("fr",), "mln": ("it", "ru", "pl"),
           "mld": ("it", "pl"), "mlrd": ("ru",), "tys": ("pl",)}


@functools.lru_cache(maxsize=None)
def _pattern(words: tuple[str, ...]):
    alternation = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<=\d[ \u00a0]?)(?:{alternation})\.?(?!\w)")


class NumberAbbreviation(Rule):
    """
    What it flags: in English, a number followed by another language's abbreviation of its scale:
    German Mio., Mrd., Tsd.; Italian and Russian mln, mld; French Md.

    Why it matters: the English reader does not know the abbreviation, and German Mrd. (billion)
    is easily taken for million.

    Example: a data centre with an investment volume of 350 Mio. euros

    Instead: a data centre with an investment volume of 350 million euros

    Data: `[abbreviations]` in data/<lang>/locale.toml.
    """

    code = "LOC005"
    severity = "major"

    def check(self, doc):
        conv = locale_conventions(doc.lang)
        if conv is None or not conv.abbreviations:
            return
        for m in _pattern(tuple(conv.abbreviations)).finditer(doc.text):
            word = conv.abbreviations[m.group().rstrip(".")]
            yield self.finding(doc, m.start(), m.end(), f"{m.group()} is not English: write {word}", word,
                               source_hint=SOURCES.get(m.group().rstrip("."), ()))
