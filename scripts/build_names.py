#!/usr/bin/env python3
"""Build data/<lang>/foreign_names.tsv: other languages' spellings of the gazetteer's entities
that a text in <lang> should not contain, with the target spelling and the language they come from.

    python3 scripts/build_foreign_names.py      # needs wordfreq (a build-time dependency only)

A form is kept only where it is rare in the target language and clearly more frequent in its own
(wordfreq Zipf frequencies), so that names a target press also uses (Roma, Napoli, Julia, USA)
never become findings. The table is small; mtcheck reads it without wordfreq at run time.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wordfreq import zipf_frequency  # noqa: E402

from mtcheck.names.gazetteer import GAZETTEER_LANGS, entities, valid_spellings  # noqa: E402

MAX_TARGET_ZIPF = 3.25  # rarer than this in the target language's text
MIN_MARGIN = 0.7        # and at least this much more frequent in the language it comes from,
UNSEEN_ZIPF = 1.5       # unless the target's text hardly ever has it
HEADER = "form\ttarget\tsource_lang\tentity\ttype\tposition"


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
                in_target, in_source = zipf_frequency(word, lang), zipf_frequency(word, other)
                if in_target >= MAX_TARGET_ZIPF or (in_target >= UNSEEN_ZIPF and in_source - in_target < MIN_MARGIN):
                    continue
                seen.add(word)
                yield word, right, other, entity_id, foreign.type, position


def main() -> int:
    for lang in GAZETTEER_LANGS:
        rows = sorted(forms_for(lang))
        path = ROOT / "mtcheck" / "data" / lang / "foreign_names.tsv"
        lines = ["# Built by scripts/build_foreign_names.py from the names.tsv files and wordfreq; do not edit.",
                 f"# Other languages' spellings of the gazetteer's entities, rare in {lang} (Zipf < {MAX_TARGET_ZIPF}) and "
                 f"at least {MIN_MARGIN} more frequent in their own language (or Zipf < {UNSEEN_ZIPF} in {lang}).", HEADER]
        lines += ["\t".join(row) for row in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {len(rows)} forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
