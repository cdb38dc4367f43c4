"""The gazetteer: people, places and organisations with their spelling in each language
(data/<lang>/names.tsv), the place-name styles and acronym casings of each target language."""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from typing import NamedTuple

from mtcheck.languages import data_path

GAZETTEER_LANGS = ("en", "it", "fr", "de", "es")
LANGUAGE_NAMES = {"en": "English", "it": "Italian", "fr": "French", "de": "German", "es": "Spanish",
                  "pt": "Portuguese", "ru": "Russian"}


def read_tsv(*parts: str) -> list[dict]:
    path = data_path(*parts)
    if not path.is_file():
        return []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    name: str
    variants: tuple[str, ...]

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.variants)


@functools.lru_cache(maxsize=None)
def entities(lang: str) -> dict[str, Entity]:
    return {row["id"]: Entity(row["id"], row["type"], row["name"].strip(),
                              tuple(v.strip() for v in (row.get("variants") or "").split("|") if v.strip()))
            for row in read_tsv(lang, "names.tsv")}


class ForeignForm(NamedTuple):
    form: str          # as another language writes it
    target: str        # as the target language writes it
    source_lang: str   # whose form it is
    entity: str
    type: str          # person, place or org
    position: str      # first or last word of a person's name, or the whole name


@functools.lru_cache(maxsize=None)
def valid_spellings(lang: str) -> frozenset[str]:
    """Every spelling, and every word of a spelling, the target's gazetteer accepts."""
    out = set()
    for entity in entities(lang).values():
        for spelling in entity.spellings:
            out.add(spelling)
            out.update(spelling.split())
    return frozenset(out)


def accepted_spellings(doc) -> frozenset[str]:
    """The target gazetteer's spellings and words, and the publication's own names list
    (configuration "names": spellings it accepts or prefers), never flagged as foreign."""
    base = valid_spellings(doc.lang) if doc.lang else frozenset()
    own = doc.config.get("names") or ()
    return base | {part for name in own for part in (name, *name.split())} if own else base


@functools.lru_cache(maxsize=None)
def foreign_forms(lang: str) -> dict[str, ForeignForm]:
    """Other languages' spellings of the gazetteer's entities that a text in `lang` should not hold
    (data/<lang>/foreign_names.tsv, built by scripts/build_names.py)."""
    return {row["form"]: ForeignForm(row["form"], row["target"], row["source_lang"], row["entity"],
                                     row["type"], row["position"])
            for row in read_tsv(lang, "foreign_names.tsv")}


@functools.lru_cache(maxsize=None)
def entity_words(entity_id: str) -> frozenset[str]:
    """Every word of every spelling of one entity, in every language: Lavrov, Lawrow, Serghei..."""
    return frozenset(word for lang in GAZETTEER_LANGS if entity_id in entities(lang)
                     for spelling in entities(lang)[entity_id].spellings for word in spelling.split())


@functools.lru_cache(maxsize=None)
def place_styles(lang: str) -> dict[str, dict[str, str]]:
    """{style: {old: current}} for the target language (data/<lang>/place_styles.tsv)."""
    out: dict[str, dict[str, str]] = {}
    for row in read_tsv(lang, "place_styles.tsv"):
        out.setdefault(row["style"], {})[row["old"]] = row["current"]
    return out


@functools.lru_cache(maxsize=None)
def place_exceptions(lang: str) -> dict[str, frozenset[str]]:
    """{old: words next to it that keep the old name} (Peking duck, chicken Kiev)."""
    out: dict[str, set[str]] = {}
    for row in read_tsv(lang, "place_styles.tsv"):
        out.setdefault(row["old"], set()).update(w for w in (row.get("except_near") or "").split("|") if w)
    return {old: frozenset(words) for old, words in out.items()}


@functools.lru_cache(maxsize=None)
def acronyms(lang: str) -> dict[str, tuple[str, str, str]]:
    """{wrong: (right, requires, style)} (data/<lang>/acronyms.tsv)."""
    return {row["wrong"]: (row["right"], row.get("requires") or "", row.get("style") or "all")
            for row in read_tsv(lang, "acronyms.tsv")}


class Convention(NamedTuple):
    target: str       # the target convention's spelling, lower-case
    source_lang: str  # the convention the form follows


@functools.lru_cache(maxsize=None)
def conventions(lang: str) -> dict[str, Convention]:
    """Attested romanisations of other conventions and the target's spelling of them
    (data/<lang>/conventions.tsv, built by scripts/build_names.py)."""
    return {row["form"]: Convention(row["target"], row["source_lang"]) for row in read_tsv(lang, "conventions.tsv")}
