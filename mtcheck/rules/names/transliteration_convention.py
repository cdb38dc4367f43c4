"""A person's name in another language's romanisation (Serghei, Sergej, Sergueï for Sergei in English)."""
from mtcheck.names.gazetteer import LANGUAGE_NAMES
from mtcheck.names.mentions import foreign_mentions
from mtcheck.rules.base import Rule


class TransliterationConvention(Rule):
    """
    What it flags: a word of a known person's name spelled as another language romanises it:
    Serghei Lavrov (Italian), Sergej Lawrow (German), Ioulia (French) in English; Medvedev
    (English) in German. A first name counts only when the next word belongs to the same person.
    The message names the convention the spelling follows.

    Why it matters: readers and search engines know the person by the target press's spelling;
    the foreign one is the plainest trace of the source language.

    Example: Russian Foreign Minister Serghei Lavrov will call Antony Blinken.

    Instead: Russian Foreign Minister Sergei Lavrov will call Antony Blinken.

    Data: data/<lang>/foreign_names.tsv, built from the gazetteers (data/<lang>/names.tsv) and
    wordfreq by scripts/build_foreign_names.py.
    """

    code = "NAM002"
    severity = "major"

    def check(self, doc):
        for start, end, form in foreign_mentions(doc):
            if form.type != "person":
                continue
            yield self.finding(doc, start, end,
                               f"{form.form} is the {LANGUAGE_NAMES[form.source_lang]} spelling; "
                               f"{doc.conventions.name} writes {form.target}", form.target)
