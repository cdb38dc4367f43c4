"""Synthetic batches for the batch benchmark and tests: N articles of about W words, built from
the English-target articles in corpora/ with machine-translation artifacts injected, each with a
reference (the same text before the artifacts) under the same relative path.

    python3 scripts/synthetic.py OUT_DIR [--articles 200] [--words 600]

writes OUT_DIR/hyp/NNNNN.txt and OUT_DIR/ref/NNNNN.txt. Deterministic for a given seed."""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What unedited MT leaves, as (pattern, replacement) pairs applied to a few random places.
ARTIFACTS = [
    (re.compile(r"(\w), (\w)"), r"\1 , \2"),            # space before a comma
    (re.compile(r"(\w)” "), r"\1“ "),                   # closing quote written as an opening one
    (re.compile(r"(\d)\.(\d)"), r"\1,\2"),              # decimal comma in English
    (re.compile(r"\b(\w{4,}) (\w{4,})\b"), r"\1. \2"),  # stray period inside a sentence
    (re.compile(r"\bKyiv\b"), "Kiev"),
    (re.compile(r"\bsaid\b"), "made it known"),
    (re.compile(r"\bthe government\b"), "the executive"),
    # wording an editor would change: differences for BLEU, chrF++ and TER to measure
    (re.compile(r"\bthe\b "), ""),
    (re.compile(r"\b(\w+) (\w+) (\w+)\b"), r"\2 \1 \3"),
    (re.compile(r"\bhowever\b"), "nevertheless"),
    (re.compile(r"\babout\b"), "around"),
    (re.compile(r"\bwill\b"), "is going to"),
    (re.compile(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"), r"\1"),
]


def paragraphs() -> list[str]:
    found = []
    for path in sorted((ROOT / "corpora").glob("*.txt")):
        if re.match(r"(\w\w-en|en-native)-", path.name):
            found += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.split()) > 20]
    return found


def noisy(text: str, rng: random.Random, edits: int) -> str:
    for _ in range(edits):
        pattern, replacement = rng.choice(ARTIFACTS)
        matches = list(pattern.finditer(text))
        if matches:
            m = rng.choice(matches)
            text = text[:m.start()] + m.expand(replacement) + text[m.end():]
    return text


def make_batch(out: Path, articles: int = 200, words: int = 600, seed: int = 0) -> tuple[Path, Path]:
    """Write the batch; return (hypotheses folder, references folder)."""
    rng = random.Random(seed)
    pool = paragraphs()
    hyp, ref = out / "hyp", out / "ref"
    hyp.mkdir(parents=True, exist_ok=True)
    ref.mkdir(parents=True, exist_ok=True)
    for i in range(articles):
        chosen, count = [], 0
        while count < words:
            paragraph = rng.choice(pool)
            chosen.append(paragraph)
            count += len(paragraph.split())
        reference = "\n\n".join(chosen) + "\n"
        name = f"{i:05d}.txt"
        (ref / name).write_text(reference, encoding="utf-8")
        (hyp / name).write_text("\n\n".join(noisy(p, rng, rng.randint(0, 8)) for p in chosen) + "\n",
                                encoding="utf-8")
    return hyp, ref


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    hyp, ref = make_batch(args.out, args.articles, args.words, args.seed)
    print(f"{args.articles} articles in {hyp}, references in {ref}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
