"""A place or organisation under another language's name (Genova, München, Peking in English)."""
import functools

import regex

from mtcheck.languages import read_lines, data_path
from mtcheck.lexicons import LANGS, function_words, more_frequent
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
    (the match against Torino) is its club's name, not an exonym. Nor is one inside a longer name
    in its own language (Statistics Norway in German, Università di Genova in English): the
    institution's name as it writes it.

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
            if _inside_foreign_name(doc, start, end, form.source_lang):
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


# a capitalised word beside the exonym, or two words back over a function word (Università di)
NEIGHBOURS = regex.compile(r"(\p{Lu}\p{L}+)[ \u00a0-]+(?:(\p{Ll}{1,3})[ \u00a0]+)?$")
NEXT = regex.compile(r"[ \u00a0-]+(\p{Lu}\p{L}+)")


def _inside_foreign_name(doc, start: int, end: int, source: str) -> bool:
    """Whether a capitalised word of the exonym's own language stands beside it (Statistics Norway)
    or before it over one of its function words (Università di Genova)."""
    if source not in LANGS or doc.lang not in LANGS:
        return False
    before = NEIGHBOURS.search(doc.text, max(0, start - 40), start)
    if before and (not before.group(2) or before.group(2) in function_words(source)) and \
            more_frequent(before.group(1).lower(), source, doc.lang):
        return True
    after = NEXT.match(doc.text, end)
    return bool(after) and more_frequent(after.group(1).lower(), source, doc.lang)
