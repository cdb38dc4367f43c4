"""A name in another language's romanisation (Serghei, Sergej, Sergueï for Sergei in English)."""
import unicodedata

from mtcheck.names.gazetteer import GAZETTEER_LANGS, LANGUAGE_NAMES, accepted_spellings, conventions
from mtcheck.names.mentions import foreign_mentions, name_words
from mtcheck.names.orthography import ROMANISED, names_model, spelling_score
from mtcheck.names.translit import capitalised, pairs, rewrite
from mtcheck.rules.base import Rule

# Spelling-model evidence for names no word list knows (log-probability per character), used
# only when the configuration asks for it ("spelling_models": true): the word must look more like
# a romanised Russian or Ukrainian name than like an ordinary word of the target language, and
# the other convention's rules must turn it into a spelling that looks clearly more like the
# target convention's romanised names. On the rows of data/translit/examples.tsv that no
# gazetteer holds (models trained without them; scripts/eval_spelling_models.py), these margins
# flag 101 of 1,582 foreign spellings and 4 of 488 correct ones, and name the right convention
# for only 40: too little to run by default.
ROMANISED_MARGIN = 0.9
TARGET_GAIN = 0.9
MIN_LENGTH = 5


class TransliterationConvention(Rule):
    """
    What it flags: a name spelled as another language romanises it: Serghei (Italian), Sergej,
    Lawrow (German), Ioulia, Tchekhov (French) in English; Medvedev, Andrey (English) in German.
    Known people come from the gazetteer, where a first name counts only before a word of the
    same person. Other names are caught when the romanisation rules turn the spelling into one
    the target language's text uses clearly more often while the spelling itself is at home in
    the other language (word frequencies). On request (configuration "spelling_models"), spellings
    no word list knows are judged by SentencePiece spelling models too. The message names the
    convention.

    Why it matters: readers and search engines know the person by the target press's spelling;
    the foreign one is the plainest trace of the source language.

    Example: Russian Foreign Minister Serghei Lavrov will call Antony Blinken.

    Instead: Russian Foreign Minister Sergei Lavrov will call Antony Blinken.

    Data: data/<lang>/foreign_names.tsv and data/<lang>/conventions.tsv, built from the
    gazetteers (data/<lang>/names.tsv), data/translit/rewrites.tsv and wordfreq, and
    data/<lang>/orthography.model, all by scripts/build_names.py.
    """

    code = "NAM002"
    severity = "major"

    def check(self, doc):
        for start, end, form in transliterations(doc):
            yield self.finding(doc, start, end,
                               f"{doc.text[start:end]} follows the {LANGUAGE_NAMES[form[1]]} romanisation; "
                               f"{doc.conventions.name} writes {form[0]}", form[0], source_hint=(form[1],))


def transliterations(doc) -> list[tuple[int, int, tuple[str, str]]]:
    """(start, end, (target spelling, source language)) of each name word in another convention."""
    if "transliterations" in doc.cache:
        return doc.cache["transliterations"]
    accepted = accepted_spellings(doc)
    out = [(start, end, (form.target, form.source_lang)) for start, end, form in foreign_mentions(doc)
           if form.type == "person" and doc.text[start:end] not in accepted]
    if doc.lang:
        covered = {(start, end) for start, end, _ in foreign_mentions(doc)}
        table = conventions(doc.lang)
        for word in name_words(doc):
            if word.text in accepted or (word.start, word.end) in covered:
                continue
            hit = table.get(word.text.lower())
            if hit and looks_romanised(word.text, doc.lang):
                out.append((word.start, word.end, (capitalised(hit.target, word.text), hit.source_lang)))
                continue
            judged = judge_spelling(word.text, doc.lang) if doc.config.get("spelling_models") else None
            if judged:
                out.append((word.start, word.end, (capitalised(judged[0], word.text), judged[1])))
    out.sort()
    doc.cache["transliterations"] = out
    return out


def looks_romanised(word: str, lang: str) -> bool:
    """Whether the spelling is likelier as a romanised Russian or Ukrainian name than as a word of
    the target language (the spelling models): a table's rewrite of Chaves or Baroni, Romance
    surnames, would be Shaves or Barony, no name at all."""
    own, romanised = spelling_score(word, lang), spelling_score(word, ROMANISED)
    return own is None or romanised is None or romanised > own


def judge_spelling(word: str, lang: str) -> tuple[str, str] | None:
    """(target spelling, source language) when the spelling models say `word` is a romanised
    name in another convention than the target's; None when they do not, or cannot tell."""
    if len(word) < MIN_LENGTH or word.isupper():
        return None
    own, romanised = spelling_score(word, lang), spelling_score(word, ROMANISED)
    if own is None or romanised is None or romanised - own < ROMANISED_MARGIN:
        return None
    here = spelling_score(word, names_model(lang))
    options = []
    for source in GAZETTEER_LANGS:
        if source == lang or (source, lang) not in pairs():
            continue
        rewritten = rewrite(word, source, lang)[:1]  # the certain rules only: no optional ones
        if not rewritten or same_letters(rewritten[0], word):
            continue
        gain = spelling_score(rewritten[0], names_model(lang)) - here
        if gain >= TARGET_GAIN:
            options.append((gain, source, rewritten[0]))
    if not options:
        return None
    source = max(options, key=lambda o: spelling_score(word, names_model(o[1])))[1]
    return max(options)[2], source


def same_letters(a: str, b: str) -> bool:
    """Córdoba/Cordoba: a language's own accents are house style, not a romanisation."""
    def bare(word):
        return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))
    return bare(a) == bare(b)
