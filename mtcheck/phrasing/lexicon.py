"""Compiles the phrasing lexicons' pattern language into regular expressions and matches them.

Tokens: a literal word, alternatives (a|an), an English lemma in any inflection (<fly>), an
optional token ((the), (a|the)), an entity slot ({person} {place} {org} {name}) filled by a
capitalised name the names analysis accepts for that slot, and * for one word (PHRASING.md).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from mtcheck.languages import data_path
from mtcheck.names.gazetteer import GAZETTEER_LANGS, entities, read_tsv

SLOT_WORD = r"\p{Lu}[\p{L}\p{M}’'.]*(?:-\p{Lu}[\p{L}\p{M}’'.]*)*"
PAIR_WORD = r"\p{Lu}[\p{L}\p{M}’'.]*"
SLOT = rf"{SLOT_WORD}(?:[ \u00a0]+(?:(?:bin|al|von|van|de|di|da|der|del)[ \u00a0-]+)?{SLOT_WORD})*"
GAP = r"[ \u00a0]+"
VOWELS = "aeiou"


@dataclass(frozen=True)
class Entry:
    pattern: str
    type: str
    severity: str
    suggestion: str
    why: str
    source: str
    cue: frozenset[str]  # one of these words must be in the text for the pattern to match

    @property
    def compiled(self) -> tuple["regex.Pattern", tuple[str, ...]]:
        return compile_pattern(self.pattern)


@functools.lru_cache(maxsize=None)
def _irregular() -> dict[str, tuple[str, ...]]:
    return {row["lemma"]: tuple(row["forms"].split("|")) for row in read_tsv("en", "irregular_verbs.tsv")}


@functools.lru_cache(maxsize=None)
def inflections(lemma: str) -> tuple[str, ...]:
    """English forms of a lemma: the irregular table's, else regular -s, -ed, -ing."""
    if lemma in _irregular():
        return (lemma, *_irregular()[lemma])
    if lemma.endswith("e"):
        forms = [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    elif lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        forms = [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    elif lemma.endswith(("s", "x", "z", "ch", "sh")):
        forms = [lemma + "es", lemma + "ed", lemma + "ing"]
    else:
        forms = [lemma + "s", lemma + "ed", lemma + "ing"]
        if len(lemma) <= 4 and lemma[-1] not in VOWELS + "wxy" and lemma[-2] in VOWELS and lemma[-3] not in VOWELS:
            forms += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]  # stop, stopped
    return (lemma, *forms)


def _token(token: str, slots: list[str]) -> str:
    optional = token.startswith("(") and token.endswith(")")
    if optional:
        token = token[1:-1]
    if token.startswith("{") and "}-{" in token:  # {person}-{person}: a hyphenated pair of names
        parts = []
        for part in token.split("-"):
            slots.append(part[1:-1])
            parts.append(f"(?P<s{len(slots) - 1}>{PAIR_WORD})")
        body = "-".join(parts)
    elif token.startswith("{") and token.endswith("}"):
        slots.append(token[1:-1])
        body = f"(?P<s{len(slots) - 1}>{SLOT})"
    elif token == "*":
        body = r"[\p{L}\p{N}’'-]+"
    elif token.startswith("<") and token.endswith(">"):
        words = inflections(token[1:-1].lower())
        body = "(?i:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
    else:
        body = "(?i:" + "|".join(regex.escape(w) for w in token.split("|")) + ")"
    return f"(?:{body}{GAP})?" if optional else f"{body}{GAP}"


@functools.lru_cache(maxsize=None)
def compile_pattern(pattern: str) -> tuple["regex.Pattern", tuple[str, ...]]:
    slots: list[str] = []
    body = "".join(_token(t, slots) for t in pattern.split())
    body = body[: -len(GAP)] if body.endswith(GAP) else body.rsplit(GAP, 1)[0] + body.rsplit(GAP, 1)[1]
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])"), tuple(slots)


def _cue(pattern: str) -> frozenset[str]:
    """The forms of the pattern's most specific required word: a cheap test before compiling."""
    options = []
    for token in pattern.split():
        if token.startswith(("(", "{")) or token == "*":
            continue
        if token.startswith("<"):
            options.append(frozenset(inflections(token[1:-1].lower())))
        else:
            options.append(frozenset(w.lower() for w in token.split("|")))
    return max(options, key=lambda forms: min(len(f) for f in forms)) if options else frozenset()


@functools.lru_cache(maxsize=None)
def lexicon(source: str, target: str) -> tuple[Entry, ...]:
    """The entries of data/<source>-<target>/phrasing.tsv (compiled on first use)."""
    return tuple(Entry(row["pattern"], row["type"], row["severity"], row["suggestion"], row["why"], row["source"],
                       _cue(row["pattern"]))
                 for row in read_tsv(f"{source}-{target}", "phrasing.tsv"))


@functools.lru_cache(maxsize=None)
def lexicon_pairs() -> frozenset[tuple[str, str]]:
    folder = data_path()
    return frozenset(tuple(p.name.split("-")) for p in folder.iterdir()
                     if p.is_dir() and "-" in p.name and p.joinpath("phrasing.tsv").is_file())


@functools.lru_cache(maxsize=1)
def _entity_types() -> dict[str, str]:
    """Every spelling of every gazetteer entity, in every language, with its type."""
    out: dict[str, str] = {}
    for lang in GAZETTEER_LANGS:
        for entity in entities(lang).values():
            for spelling in entity.spellings:
                out.setdefault(spelling, entity.type)
                out.setdefault(spelling.split()[-1], entity.type)
    return out


def slot_fits(slot: str, text: str) -> bool:
    """A {person} is no known place or organisation, a {place} no known person or organisation."""
    known = _entity_types().get(text) or _entity_types().get(text.split()[-1])
    if slot == "name":
        return True
    if known is None:
        return slot == "person"  # an unknown name may be a person; a place or organisation must be known
    return known == slot


@dataclass(frozen=True)
class Match:
    entry: Entry
    start: int
    end: int
    suggestion: str


WORDS = regex.compile(r"[\p{L}’']+")


def matches(text: str, source: str, target: str, words: frozenset[str] | None = None) -> list[Match]:
    words = words if words is not None else frozenset(w.lower() for w in WORDS.findall(text))
    out = []
    for entry in lexicon(source, target):
        if entry.cue and entry.cue.isdisjoint(words):
            continue
        pattern, slots = entry.compiled
        for m in pattern.finditer(text):
            if all(slot_fits(slot, m.group(f"s{i}")) for i, slot in enumerate(slots)):
                out.append(Match(entry, m.start(), m.end(), _suggest(entry, m, slots)))
    return out


def _suggest(entry: Entry, m, slots: tuple[str, ...]) -> str:
    """The entry's suggestion with its slots and lemmas filled from the match."""
    matched = m.group().split()
    words = []
    for token in entry.suggestion.split():
        core = token.strip("()")
        if core.startswith("{") and core.endswith("}"):
            names = [i for i, s in enumerate(slots) if s == core[1:-1]]
            words.append(m.group(f"s{names[0]}") if names and m.group(f"s{names[0]}") else core)
        elif core.startswith("<") and core.endswith(">"):
            forms = set(inflections(core[1:-1].lower()))
            used = next((w for w in matched if w.lower() in forms), None)
            words.append(used or core[1:-1])
        elif "|" in core:
            options = core.split("|")
            words.append(next((w for w in matched if w.lower() in options), options[0]))
        elif core == "...":
            continue
        else:
            words.append(token)
    return " ".join(words)


def phrasing_hits(doc) -> dict[str, list[tuple[int, int, str]]]:
    """Every lexicon into the document's language, run on it: {source: [(start, end, text)]}."""
    if "phrasing_hits" in doc.cache:
        return doc.cache["phrasing_hits"]
    out = {}
    if doc.lang:
        words = frozenset(w.lower() for w in WORDS.findall(doc.text))
        for source, target in sorted(lexicon_pairs()):
            if target == doc.lang:
                found = matches(doc.text, source, target, words)
                if found:
                    out[source] = [(m.start, m.end, doc.text[m.start:m.end]) for m in found]
                    doc.cache[("phrasing", source)] = found
    doc.cache["phrasing_hits"] = out
    return out


def document_matches(doc, source: str) -> list[Match]:
    """The matches of the lexicon source -> the document's language (computed once)."""
    if ("phrasing", source) not in doc.cache:
        doc.cache[("phrasing", source)] = matches(doc.text, source, doc.lang) if (source, doc.lang) in lexicon_pairs() else []
    return doc.cache[("phrasing", source)]
