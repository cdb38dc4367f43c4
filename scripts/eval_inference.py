#!/usr/bin/env python3
"""How often mtcheck infers the right source language, over a folder of annotated articles named
`<src>-<tgt>-NNN.txt` (the devset's convention; `<lang>-native-NNN.txt` must stay null).

    python3 scripts/eval_inference.py ../shared/devset

Prints each article's expected and inferred source language with the confidence, then the share
right on machine-translated articles and the native articles wrongly given a source.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from mtcheck import check_file

    right = translated = native_wrong = natives = 0
    for path in sorted(args.folder.glob("*.txt")):
        m = re.match(r"(?:seed-)?([a-z]{2})-([a-z]{2}|native)-", path.name)
        if not m:
            continue
        source, target = m.groups()
        expected = None if target == "native" else source
        report = check_file(path)
        got = report.source_language
        confidence = (report.source_evidence or {}).get("confidence", 0)
        if expected is None:
            natives += 1
            native_wrong += got is not None
        else:
            translated += 1
            right += got == expected
        mark = "" if got == expected else "   <- wrong"
        print(f"{path.name:<24} expected {expected or 'null':<5} inferred {got or 'null':<5} ({confidence:g}){mark}")
    print(f"right on {right}/{translated} translated articles ({100 * right / max(translated, 1):.0f}%); "
          f"{native_wrong}/{natives} native articles given a source")
    return 0


if __name__ == "__main__":
    sys.exit(main())
