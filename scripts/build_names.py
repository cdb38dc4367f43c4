#!/usr/bin/env python3
"""Build the names tables mtcheck ships, from the gazetteers, the romanisation rules and wordfreq.

    python3 -m pip install '.[build]' && python3 scripts/build_names.py

- data/<lang>/foreign_names.tsv: other languages' spellings of the gazetteer's entities that a
  text in <lang> should not contain. A form is kept only where it is rare in the target language
  and clearly more frequent in its own (wordfreq Zipf frequencies), so names a target press also
  uses (Roma, Napoli, Julia, USA) never become findings.
- data/<lang>/conventions.tsv: words of any language's word list that data/translit/rewrites.tsv
  turns into a spelling the target's text uses clearly more often (Ioulia -> Yulia, Tchekhov ->
  Chekhov): the attested romanisations of another convention, with the evidence.

- data/<lang>/orthography.model: a SentencePiece unigram model of the language's spelling,
  trained on its 40,000 most frequent words (wordfreq, as `word<TAB>count`) and the gazetteer's
  names in that language, to judge spellings no word list knows.
- data/translit/romanised.model and names-<lang>.model: SentencePiece models of romanised
  Russian and Ukrainian names, all conventions together and each convention alone (the
  gazetteer's people spelled three or more ways, and data/translit/examples.tsv).

The tables are small; mtcheck reads them and the models without wordfreq at run time.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wordfreq import get_frequency_dict, zipf_frequency  # noqa: E402

from mtcheck.names.gazetteer import GAZETTEER_LANGS, entities, read_tsv, valid_spellings  # noqa: E402
from mtcheck.names.translit import pairs, rewrite  # noqa: E402

MAX_TARGET_ZIPF = 3.25  # rarer than this in the target language's text
MIN_MARGIN = 0.7        # and at least this much more frequent in the language it comes from,
UNSEEN_ZIPF = 1.5       # unless the target's text hardly ever has it
HEADER = "form\ttarget\tsource_lang\tentity\ttype\tposition"
CONVENTIONS_HEADER = "form\ttarget\tsource_lang\tzipf_form_target\tzipf_form_source\tzipf_target"
MIN_SOURCE_ZIPF = 1.5     # the form is attested in its own language
MIN_SUGGESTION_ZIPF = 2.0  # the target spelling is attested in the target language,
MIN_SUGGESTION_ZIPF_UNSEEN = 1.2  # or, for a form the target never uses, at least known there
GAIN = 0.25               # the target spelling is more frequent in the target than the form
# a form the target's own text uses this often is a name or word of its own (Henri, Toni, Monti,
# Rian in English), however much more frequent the rewritten spelling is (Henry, Tony, Monty, Ryan)
ACCEPTED_IN_TARGET = 2.4
LETTERS = re.compile(r"[^\W\d_]{4,}")


def forms_for(lang: str):
    target = entities(lang)
    accepted = valid_spellings(lang)
    seen = set()
    for other in GAZETTEER_LANGS:
        if other == lang:
            continue
        for entity_id, foreign in entities(other).items():
            mine = target.get(entity_id)
            if mine is None or foreign.name in mine.spellings:
                continue
            if foreign.type == "person":
                theirs, ours = foreign.name.split(), mine.name.split()
                if len(theirs) != len(ours):
                    continue
                pairs = [(w, r, "last" if i == len(ours) - 1 else "first")
                         for i, (w, r) in enumerate(zip(theirs, ours))]
            else:
                pairs = [(foreign.name, mine.name, "whole")]
            for word, right, position in pairs:
                if word == right or word in accepted or len(word) < 4 or word.isupper() or word in seen:
                    continue
                if not word[0].isupper():
                    continue
                # a name of several words is matched whole (Bayern Monaco), and wordfreq's estimate
                # for a phrase says nothing about the phrase, so only single words are filtered
                in_target, in_source = zipf_frequency(word, lang), zipf_frequency(word, other)
                if " " not in word and (in_target >= MAX_TARGET_ZIPF
                                        or (in_target >= UNSEEN_ZIPF and in_source - in_target < MIN_MARGIN)):
                    continue
                seen.add(word)
                yield word, right, other, entity_id, foreign.type, position


def accents_only(word: str, other: str) -> bool:
    """Sánchez/Sanchez: a language's own accents are house style, not a romanisation; only the
    French diaeresis of transliterations (Andreï, Sergueï) counts."""
    def strip(w):
        return "".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch) or ch == "\u0308")
    return strip(word) == strip(other)


def conventions_for(lang: str):
    """(form, target spelling, source language, evidence) for every attested form another
    convention writes and the rules turn into a clearly more frequent target spelling."""
    accepted = {w.lower() for w in valid_spellings(lang)}
    best: dict[str, tuple] = {}
    for source, target in sorted(pairs()):
        if target != lang:
            continue
        for word, freq in get_frequency_dict(source, "best").items():
            if not LETTERS.fullmatch(word) or word in accepted:
                continue
            in_source = zipf_frequency(word, source)
            if in_source < MIN_SOURCE_ZIPF:
                break  # the dictionary is sorted by frequency
            rewritten = rewrite(word, source, lang)
            # the certain rules leave it as the target writes it: the optional ones alone (English
            # Ginni -> Ginny in German, Danni -> Danny in French) turn names into other names
            if not rewritten or rewritten[0] == word:
                continue
            candidates = [c for c in rewritten if c != word]
            in_target = zipf_frequency(word, lang)
            if in_source < in_target:
                continue
            candidates = [c for c in candidates if not accents_only(word, c)]
            if not candidates:
                continue
            scored = max((zipf_frequency(c, lang), c) for c in candidates)
            floor = MIN_SUGGESTION_ZIPF if in_target > 0 else MIN_SUGGESTION_ZIPF_UNSEEN
            if scored[0] < floor or scored[0] < in_target + GAIN:
                continue
            if in_target >= ACCEPTED_IN_TARGET:
                continue
            row = (word, scored[1], source, f"{in_target:.2f}", f"{in_source:.2f}", f"{scored[0]:.2f}")
            if word not in best or float(best[word][4]) < in_source:
                best[word] = row
    return sorted(best.values())


ORTHOGRAPHY_WORDS = 40000
ORTHOGRAPHY_VOCAB = 4000
NAME_WEIGHT = 2000  # count given to each word of the gazetteer's names: the press's spelling of names


def train_orthography(lang: str) -> Path:
    import tempfile

    import sentencepiece as spm

    rows = []
    for word, freq in get_frequency_dict(lang, "best").items():
        if LETTERS.fullmatch(word) or (len(word) >= 2 and word.isalpha()):
            rows.append((word, max(1, int(freq * 1e8))))
        if len(rows) >= ORTHOGRAPHY_WORDS:
            break
    for entity in entities(lang).values():
        rows += [(w, NAME_WEIGHT) for spelling in entity.spellings for w in spelling.lower().split() if w.isalpha()]
    prefix = ROOT / "mtcheck" / "data" / lang / "orthography"
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", encoding="utf-8", delete=False) as fh:
        fh.writelines(f"{w}\t{c}\n" for w, c in rows)
    spm.SentencePieceTrainer.train(input=fh.name, input_format="tsv", model_prefix=str(prefix),
                                   vocab_size=ORTHOGRAPHY_VOCAB, model_type="unigram", character_coverage=1.0,
                                   hard_vocab_limit=False, minloglevel=2, num_threads=2)
    Path(fh.name).unlink()
    prefix.with_suffix(".vocab").unlink()  # the model file holds the pieces and their scores
    return prefix.with_suffix(".model")


ROMANISED_VOCAB = 400
CONVENTION_VOCAB = 200


def romanised_names(include_examples: bool = True) -> dict[str, dict[str, int]]:
    """Words of romanised Russian and Ukrainian names in each convention: the gazetteer's people
    spelled three or more ways across the five languages, and data/translit/examples.tsv."""
    words: dict[str, dict[str, int]] = {lang: {} for lang in GAZETTEER_LANGS}
    people = [e for e in entities("en").values() if e.type == "person"]
    for person in people:
        spellings = {lang: entities(lang)[person.id].name for lang in GAZETTEER_LANGS if person.id in entities(lang)}
        if len({v.lower() for v in spellings.values()}) < 3:
            continue  # spelled alike everywhere: not a romanisation
        for lang, spelling in spellings.items():
            for word in spelling.lower().split():
                if word.isalpha():
                    words[lang][word] = words[lang].get(word, 0) + 1
    if include_examples:
        for row in read_tsv("translit", "examples.tsv"):
            for lang in GAZETTEER_LANGS:
                for word in row[lang].split("|")[0].lower().split():
                    if word.isalpha():
                        words[lang][word] = words[lang].get(word, 0) + 1
    return words


def train_names_models(include_examples: bool = True, folder: Path | None = None) -> list[Path]:
    """data/translit/romanised.model (every convention together) and names-<lang>.model (one each)."""
    folder = folder or ROOT / "mtcheck" / "data" / "translit"
    words = romanised_names(include_examples)
    union: dict[str, int] = {}
    for table in words.values():
        for word, count in table.items():
            union[word] = union.get(word, 0) + count
    out = [_train(union, folder / "romanised", ROMANISED_VOCAB)]
    out += [_train(words[lang], folder / f"names-{lang}", CONVENTION_VOCAB) for lang in GAZETTEER_LANGS]
    return out


def _train(counts: dict[str, int], prefix: Path, vocab: int) -> Path:
    import tempfile

    import sentencepiece as spm

    with tempfile.NamedTemporaryFile("w", suffix=".tsv", encoding="utf-8", delete=False) as fh:
        fh.writelines(f"{w}\t{c}\n" for w, c in sorted(counts.items()))
    spm.SentencePieceTrainer.train(input=fh.name, input_format="tsv", model_prefix=str(prefix), vocab_size=vocab,
                                   model_type="unigram", character_coverage=1.0, hard_vocab_limit=False,
                                   minloglevel=2, num_threads=1)
    Path(fh.name).unlink()
    prefix.with_suffix(".vocab").unlink()
    return prefix.with_suffix(".model")


def main() -> int:
    for lang in GAZETTEER_LANGS:
        rows = sorted(forms_for(lang))
        path = ROOT / "mtcheck" / "data" / lang / "foreign_names.tsv"
        lines = ["# Built by scripts/build_names.py from the names.tsv files and wordfreq; do not edit.",
                 f"# Other languages' spellings of the gazetteer's entities, rare in {lang} (Zipf < {MAX_TARGET_ZIPF}) and "
                 f"at least {MIN_MARGIN} more frequent in their own language (or Zipf < {UNSEEN_ZIPF} in {lang}).", HEADER]
        lines += ["\t".join(row) for row in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {len(rows)} forms")
        rows = conventions_for(lang)
        path = ROOT / "mtcheck" / "data" / lang / "conventions.tsv"
        lines = ["# Built by scripts/build_names.py from data/translit/rewrites.tsv and wordfreq; do not edit.",
                 f"# Words attested in another language (Zipf >= {MIN_SOURCE_ZIPF}) that the certain rules change and the rules turn into a spelling "
                 f"at least {GAIN} more frequent in {lang} (Zipf >= {MIN_SUGGESTION_ZIPF}, or {MIN_SUGGESTION_ZIPF_UNSEEN} "
                 f"for a form {lang} never uses), never a form {lang} itself uses at Zipf >= {ACCEPTED_IN_TARGET}.",
                 CONVENTIONS_HEADER]
        lines += ["\t".join(row) for row in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {len(rows)} forms")
        model = train_orthography(lang)
        print(f"{model.relative_to(ROOT)}: {model.stat().st_size // 1024} KB")
    for model in train_names_models():
        print(f"{model.relative_to(ROOT)}: {model.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
