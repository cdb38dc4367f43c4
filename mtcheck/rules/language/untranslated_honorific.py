"""A courtesy title left in the source language (M. Macron, Herr Scholz, Sig. Rossi in English)."""
import functools

import regex

from mtcheck.lexicons import LANGS
from mtcheck.names.gazetteer import LANGUAGE_NAMES, read_tsv
from mtcheck.rules.base import Rule

NAME_AFTER = regex.compile(r"[ \u00a0]+(\p{Lu}[\p{L}’'-]+)([ \u00a0]+\p{Lu}[\p{L}’'-]*)?")
WORD_BEFORE = regex.compile(r"(\p{L}+\.?)[ \u00a0]*$")


class UntranslatedHonorific(Rule):
    """
    What it flags: another language's courtesy title before a name (M., Mme, Herr, Frau, Sig.,
    Sr., Sra.) that the target language does not write, with the target's own title as the
    suggestion (Mr, M., Sr.). A single-letter title (M.) counts only before a lone surname and
    not after another name or initial (J. M. Coetzee, M. Night Shyamalan are names).

    Why it matters: the title is a word of the source language; an English reader does not read
    "M." as Mr, and a French reader stumbles on "Mr".

    Example: M. Macron said on Tuesday that the reform would go ahead.

    Instead: Mr Macron said on Tuesday that the reform would go ahead.

    Data: data/<lang>/honorifics.tsv (each language's courtesy titles), data/<lang>/abbreviations.txt.
    """

    code = "LNG003"
    severity = "minor"

    def check(self, doc):
        if doc.lang not in LANGS:
            return
        foreign = _foreign_titles(doc.lang)
        if not foreign:
            return
        own = {title: form for form, title in reversed(_titles(doc.lang))}
        for m in _pattern(doc.lang).finditer(doc.text):
            form = m.group()
            after = NAME_AFTER.match(doc.text, m.end())
            if not after:
                continue
            if len(form.rstrip(".")) == 1 and (after.group(2) or _after_name(doc.text, m.start())):
                continue  # an initial: M. Night Shyamalan, Anna M. Smith, J. M. Coetzee
            langs, title = foreign[form]
            names = " or ".join(LANGUAGE_NAMES.get(lang, lang) for lang in langs)
            article = "an" if names[0] in "AEIOU" else "a"
            yield self.finding(doc, m.start(), m.end(), f"“{form}” is {article} {names} courtesy title",
                               own.get(title), source_hint=langs)


def _after_name(text: str, start: int) -> bool:
    """Whether a capitalised word inside a sentence, or an initial, stands right before."""
    before = WORD_BEFORE.search(text, max(0, start - 40), start)
    if not before or not before.group(1)[0].isupper():
        return False
    word = before.group(1)
    if len(word) == 2 and word.endswith("."):
        return True  # J. M. Coetzee
    head = text[:before.start(1)].rstrip(" \u00a0")
    return bool(head) and head[-1] not in ".!?:\n“«\"–—"  # not the sentence's first word


@functools.cache
def _titles(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple((row["form"], row["title"]) for row in read_tsv(lang, "honorifics.tsv"))


@functools.cache
def _foreign_titles(target: str) -> dict[str, tuple[tuple[str, ...], str]]:
    """Other languages' titles the target neither writes nor abbreviates alike: form -> (langs, title)."""
    from mtcheck.languages import conventions

    own = {form for form, _ in _titles(target)} | set(conventions(target).abbreviations)
    out: dict[str, tuple[tuple[str, ...], str]] = {}
    for lang in LANGS:
        if lang == target:
            continue
        for form, title in _titles(lang):
            if form not in own:
                langs, _ = out.get(form, ((), title))
                out[form] = (langs + (lang,), title)
    return out


@functools.cache
def _pattern(target: str):
    forms = sorted(_foreign_titles(target), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}.’'])(?:" + "|".join(regex.escape(f) for f in forms) + r")(?![\p{L}])")
