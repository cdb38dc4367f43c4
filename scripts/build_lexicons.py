#!/usr/bin/env python3
"""Build the word lists the language rules read, from wordfreq (a build-time dependency only).

    python3 -m pip install '.[build]' && python3 scripts/build_lexicons.py

- data/<lang>/words.txt: the language's 100,000 most frequent words, most frequent first: a word
  absent from it is unknown to the language's text (intersyndicale in English).
- data/<lang>/function_words.txt: frequent words that are the language's own: among its 400 most
  frequent words, those at least ten times (one Zipf unit) more frequent in it than in any other
  language mtcheck knows (the, was / los, pero / und, nicht). A clause full of another
  language's function words was left untranslated.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("en", "it", "fr", "de", "es", "pt")
KNOWN_WORDS = 100000
FUNCTION_TOP = 400
MARGIN = 1.0
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def main() -> int:
    tops = {lang: [w for w in top_n_list(lang, KNOWN_WORDS * 2) if WORD.fullmatch(w)][:KNOWN_WORDS] for lang in LANGS}
    for lang in LANGS:
        folder = ROOT / "mtcheck" / "data" / lang
        (folder / "words.txt").write_text(
            f"# Built by scripts/build_lexicons.py from wordfreq: the {KNOWN_WORDS} most frequent words, most frequent first.\n"
            + "\n".join(tops[lang]) + "\n", encoding="utf-8")
        own = [w for w in tops[lang][:FUNCTION_TOP] if len(w) > 1 and zipf_frequency(w, lang) - MARGIN >=
               max(zipf_frequency(w, other) for other in LANGS if other != lang)]
        (folder / "function_words.txt").write_text(
            f"# Built by scripts/build_lexicons.py from wordfreq: among the {FUNCTION_TOP} most frequent words, those\n"
            f"# at least {MARGIN} Zipf more frequent than in any of {', '.join(o for o in LANGS if o != lang)}.\n"
            + "\n".join(own) + "\n", encoding="utf-8")
        bands = zipf_bands(tops[lang], lang)
        (folder / "word_zipf.tsv").write_text(
            "# Built by scripts/build_lexicons.py from wordfreq: words.txt's words from line `rank` on (0 = the\n"
            "# first word after the comment) have Zipf frequency `zipf` (log10 of uses per billion words) or less.\n"
            "rank\tzipf\n" + "".join(f"{rank}\t{zipf:.1f}\n" for rank, zipf in bands), encoding="utf-8")
        print(f"{lang}: {len(tops[lang])} words, {len(own)} function words, {len(bands)} Zipf bands")
    return 0


def zipf_bands(words: list[str], lang: str) -> list[tuple[int, float]]:
    """(first rank, Zipf rounded to 0.1) each time the rounded Zipf of the ranked words drops."""
    bands: list[tuple[int, float]] = []
    for rank, word in enumerate(words):
        zipf = round(zipf_frequency(word, lang), 1)
        if not bands or zipf < bands[-1][1]:
            bands.append((rank, zipf))
    return bands


if __name__ == "__main__":
    sys.exit(main())
