"""A place or organisation under another language's name (Genova, München, Peking in English)."""
import functools

import regex

from mtcheck.languages import read_lines, data_path
from mtcheck.names.gazetteer import LANGUAGE_NAMES
from mtcheck.names.mentions import foreign_mentions
from mtcheck.rules.base import Rule

WORDS = regex.compile(r"\w+")
CONTEXT = 60  # characters on each side searched for club words


@functools.lru_cache(maxsize=None)
def club_words(lang: str) -> frozenset[str]:
    return frozenset(read_lines(data_path(lang, "club_context.txt")))


class ForeignExonym(Rule):
    """
    What it flags: a place or organisation written with the name another language gives it:
    Genova, München, Peking, Tbilissi in English; Mailand in Italian. Forms the target's press
    also uses (Roma, Napoli, USA) are never listed, and a city's own name next to sports words
    (the match against Torino) is its club's name, not an exonym.

    Why it matters: the target's readers know the place by their own name; the source
    language's exonym was copied through.

    Example: Heavy rain hit the coast between Genova and Chiavari.

    Instead: Heavy rain hit the coast between Genoa and Chiavari.

    Data: data/<lang>/foreign_names.tsv, built from the gazetteers by scripts/build_names.py;
    data/<lang>/club_context.txt.
    """

    code = "NAM005"
    severity = "minor"

    def check(self, doc):
        for start, end, form in foreign_mentions(doc):
            if form.type == "person" or (form.type == "place" and self._club(doc, start, end)):
                continue
            yield self.finding(doc, start, end,
                               f"{form.form} is the {LANGUAGE_NAMES[form.source_lang]} name; "
                               f"{doc.conventions.name} writes {form.target}", form.target,
                               source_hint=(form.source_lang,))

    @staticmethod
    def _club(doc, start, end) -> bool:
        words = club_words(doc.lang)
        around = doc.text[max(0, start - CONTEXT):end + CONTEXT]
        return any(w in words or w.lower() in words for w in WORDS.findall(around))
