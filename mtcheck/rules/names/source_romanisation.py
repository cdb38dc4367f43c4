"""A Russian or Ukrainian name left in the source language's romanisation (Kozlov in German, Tcherkassov in English)."""
from __future__ import annotations

import functools
import unicodedata

import regex

from mtcheck.lexicons import known_words
from mtcheck.names.gazetteer import GAZETTEER_LANGS, LANGUAGE_NAMES, accepted_spellings, entities, read_tsv
from mtcheck.names.mentions import name_words
from mtcheck.names.translit import capitalised, pairs, rewrite
from mtcheck.rules.base import Rule
from mtcheck.rules.names.transliteration_convention import transliterations


class SourceRomanisation(Rule):
    """
    What it flags: a Russian or Ukrainian name no gazetteer lists, still in the romanisation of the
    language the article was translated from (given, or inferred): Kozlov in German (which writes
    Koslow), Zhuravleva in French (Jouravleva), Yevgeny in Italian (Evgenij); Tcherkassov (French)
    and Kovalevskij (Italian) in English. The name must look East Slavic (a surname ending such as
    -ov, -eva, -sky, -enko, or a first name the gazetteers know) and hold a letter cluster that the
    source's convention writes and the target's never does (data/translit/markers.tsv); the
    suggestion is the rewrite rules' spelling for the target. A spelling the target's own text
    uses (its word list: Zverev, a German player, in German) is left alone.

    Why it matters: the target's press writes every Russian name in its own romanisation; a name
    in the source's is the translation's unedited trace, and readers and search engines miss it.

    Example: Son entraîneur, Alexei Zhuravlev, a salué la victoire de Maria Zhuravleva.

    Instead: Son entraîneur, Alexeï Jouravlev, a salué la victoire de Maria Jouravleva.

    Data: data/translit/markers.tsv, endings.tsv and rewrites.tsv; the first names of the
    gazetteers (data/<lang>/names.tsv); data/<lang>/words.txt.
    """

    code = "NAM006"
    severity = "major"
    needs_source = True

    def check(self, doc):
        source, target = doc.source_lang, doc.lang
        if source == target or source not in GAZETTEER_LANGS or (source, target) not in pairs():
            return
        accepted = accepted_spellings(doc)
        done = {(start, end) for start, end, _ in transliterations(doc)}
        for word in name_words(doc):
            if word.text in accepted or (word.start, word.end) in done or len(word.text) < 4:
                continue
            spelling = suggestion(word.text, source, target)
            if spelling:
                yield self.finding(doc, word.start, word.end,
                                   f"{word.text} keeps the {LANGUAGE_NAMES[source]} romanisation; "
                                   f"{doc.conventions.name} writes {spelling}", spelling, source_hint=(source,))


@functools.lru_cache(maxsize=4096)
def suggestion(word: str, source: str, target: str) -> str | None:
    """The target's spelling of an East Slavic name in the source's romanisation, else None."""
    lowered = unicodedata.normalize("NFC", word.lower())
    if lowered in known_words(target):
        return None  # a spelling the target's own text uses (Zverev, a German player, in German)
    if not (_ending(source).search(lowered) or lowered in first_names()):
        return None
    if not any(pattern.search(lowered) and source in by and target not in by for pattern, by in markers()):
        return None
    rewritten = rewrite(lowered, source, target)
    if not rewritten or rewritten[0] == lowered:
        return None
    return capitalised(rewritten[0], word)


@functools.lru_cache(maxsize=None)
def _ending(source: str) -> "regex.Pattern":
    """The East Slavic surname endings of the source's convention (data/translit/endings.tsv)."""
    endings = [row["endings"] for row in read_tsv("translit", "endings.tsv") if row["convention"] == source]
    return regex.compile(rf"(?:{'|'.join(endings) or '(?!)'})$")


@functools.lru_cache(maxsize=1)
def markers() -> tuple[tuple["regex.Pattern", frozenset[str]], ...]:
    return tuple((regex.compile(row["marker"]), frozenset(row["written_by"].split("|")))
                 for row in read_tsv("translit", "markers.tsv"))


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The first word of every person the gazetteers list, in every language's spelling."""
    return frozenset(unicodedata.normalize("NFC", spelling.split()[0].lower())
                     for lang in GAZETTEER_LANGS for entity in entities(lang).values() if entity.type == "person"
                     for spelling in entity.spellings if " " in spelling)
