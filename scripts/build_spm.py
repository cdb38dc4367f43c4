#!/usr/bin/env python3
"""Build the multilingual SentencePiece model behind `--tokenize spm` (BLEU for targets written
without spaces, such as Chinese and Japanese, offline: sacrebleu's own spm and flores tokenizers
download their model at run time).

    python3 -m pip install '.[build]' && python3 scripts/build_spm.py

Trained on wordfreq's most frequent words of each language below, as `word<TAB>count` input;
written to mtcheck/data/spm/multilingual.model.
"""
import sys
import tempfile
from pathlib import Path

import sentencepiece as spm
from wordfreq import get_frequency_dict

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("en", "it", "fr", "de", "es", "pt", "ru", "pl", "nl", "zh", "ja", "ko", "ar")
WORDS_PER_LANGUAGE = 15000
VOCAB = 16000


def main() -> int:
    rows = []
    for lang in LANGS:
        for i, (word, freq) in enumerate(get_frequency_dict(lang, "best").items()):
            if i >= WORDS_PER_LANGUAGE:
                break
            if word.strip() and "\t" not in word:
                rows.append(f"{word}\t{max(1, int(freq * 1e8))}\n")
    folder = ROOT / "mtcheck" / "data" / "spm"
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", encoding="utf-8", delete=False) as fh:
        fh.writelines(rows)
    spm.SentencePieceTrainer.train(input=fh.name, input_format="tsv", model_prefix=str(folder / "multilingual"),
                                   vocab_size=VOCAB, model_type="unigram", character_coverage=0.9995,
                                   hard_vocab_limit=False, minloglevel=2, num_threads=2)
    Path(fh.name).unlink()
    (folder / "multilingual.vocab").unlink()
    model = folder / "multilingual.model"
    print(f"{model.relative_to(ROOT)}: {model.stat().st_size // 1024} KB from {len(rows)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
