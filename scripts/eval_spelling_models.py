#!/usr/bin/env python3
"""How well the SentencePiece spelling models judge names no word list knows.

    python3 scripts/eval_spelling_models.py

Trains the names models again without data/translit/examples.tsv (in a temporary folder), then
asks mtcheck's judge (NAM002's spelling-model evidence) about every spelling of the example rows
that no gazetteer holds: each convention's spelling inside another convention's text (should be
flagged, with that convention and the target's spelling) and each target spelling in its own
language's text (should not). Prints the figures for a grid of margins.
"""
import itertools
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import build_names  # noqa: E402

import mtcheck.names.orthography as orthography  # noqa: E402
import mtcheck.rules.names.transliteration_convention as rule  # noqa: E402
from mtcheck.names.gazetteer import GAZETTEER_LANGS, entities, read_tsv  # noqa: E402


def main() -> int:
    held_out = Path(tempfile.mkdtemp())
    build_names.train_names_models(include_examples=False, folder=held_out)
    shipped = orthography.data_path
    orthography.data_path = lambda *parts: held_out / parts[1] if parts[0] == "translit" else shipped(*parts)
    known = {w.lower() for lang in GAZETTEER_LANGS for e in entities(lang).values()
             for spelling in e.spellings for w in spelling.split()}
    foreign, correct = [], set()
    for row in read_tsv("translit", "examples.tsv"):
        words = {lang: row[lang].split("|")[0].split() for lang in GAZETTEER_LANGS}
        for target in GAZETTEER_LANGS:
            correct.update((w, target) for w in words[target] if w.lower() not in known)
            for source in GAZETTEER_LANGS:
                if source == target or len(words[source]) != len(words[target]):
                    continue
                foreign += [(x, source, y, target) for x, y in zip(words[source], words[target])
                            if x.lower() != y.lower() and x.lower() not in known]
    for romanised, gain in itertools.product([0.5, 0.9, 1.3], [0.6, 0.9]):
        rule.ROMANISED_MARGIN, rule.TARGET_GAIN = romanised, gain
        judged = [(rule.judge_spelling(x, target), source, y) for x, source, y, target in foreign]
        flagged = sum(1 for j, _, _ in judged if j)
        convention = sum(1 for j, source, _ in judged if j and j[1] == source)
        exact = sum(1 for j, _, y in judged if j and j[0] == y.lower())
        wrong = sum(1 for w, target in correct if rule.judge_spelling(w, target))
        print(f"romanised >= {romanised}, gain >= {gain}: flagged {flagged}/{len(foreign)} foreign spellings "
              f"(right convention {convention}, exact suggestion {exact}); correct spellings flagged {wrong}/{len(correct)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
