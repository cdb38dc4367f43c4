"""A name in another language's romanisation (Serghei, Sergej, Sergueï for Sergei in English)."""
from mtcheck.names.gazetteer import LANGUAGE_NAMES, conventions, valid_spellings
from mtcheck.names.mentions import foreign_mentions, name_words
from mtcheck.names.translit import capitalised
from mtcheck.rules.base import Rule


class TransliterationConvention(Rule):
    """
    What it flags: a name spelled as another language romanises it: Serghei (Italian), Sergej,
    Lawrow (German), Ioulia, Tchekhov (French) in English; Medvedev, Andrey (English) in German.
    Known people come from the gazetteer, where a first name counts only before a word of the
    same person. Other names are caught when the romanisation rules turn the spelling into one
    the target language's text uses clearly more often while the spelling itself is at home in
    the other language (word frequencies). The message names the convention.

    Why it matters: readers and search engines know the person by the target press's spelling;
    the foreign one is the plainest trace of the source language.

    Example: Russian Foreign Minister Serghei Lavrov will call Antony Blinken.

    Instead: Russian Foreign Minister Sergei Lavrov will call Antony Blinken.

    Data: data/<lang>/foreign_names.tsv and data/<lang>/conventions.tsv, built from the
    gazetteers (data/<lang>/names.tsv), data/translit/rewrites.tsv and wordfreq by
    scripts/build_names.py.
    """

    code = "NAM002"
    severity = "major"

    def check(self, doc):
        for start, end, form in transliterations(doc):
            yield self.finding(doc, start, end,
                               f"{doc.text[start:end]} follows the {LANGUAGE_NAMES[form[1]]} romanisation; "
                               f"{doc.conventions.name} writes {form[0]}", form[0])


def transliterations(doc) -> list[tuple[int, int, tuple[str, str]]]:
    """(start, end, (target spelling, source language)) of each name word in another convention."""
    if "transliterations" in doc.cache:
        return doc.cache["transliterations"]
    out = [(start, end, (form.target, form.source_lang)) for start, end, form in foreign_mentions(doc)
           if form.type == "person"]
    if doc.lang:
        covered = {(start, end) for start, end, _ in foreign_mentions(doc)}
        table, accepted = conventions(doc.lang), valid_spellings(doc.lang)
        for word in name_words(doc):
            hit = table.get(word.text.lower())
            if hit and word.text not in accepted and (word.start, word.end) not in covered:
                out.append((word.start, word.end, (capitalised(hit.target, word.text), hit.source_lang)))
    out.sort()
    doc.cache["transliterations"] = out
    return out
