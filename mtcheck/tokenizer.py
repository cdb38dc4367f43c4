"""`--tokenize spm`: BLEU tokens from the multilingual SentencePiece model mtcheck ships
(data/spm/multilingual.model, built by scripts/build_spm.py), for targets without spaces."""
from __future__ import annotations

import functools
import hashlib

from mtcheck.languages import data_path


@functools.lru_cache(maxsize=1)
def _model():
    import sentencepiece

    return sentencepiece.SentencePieceProcessor(model_file=str(data_path("spm", "multilingual.model")))


@functools.lru_cache(maxsize=1)
def model_name() -> str:
    """The tokenizer's name in signatures: the model's own hash, so scores name what made them."""
    digest = hashlib.sha1(data_path("spm", "multilingual.model").read_bytes()).hexdigest()[:8]
    return f"mtcheck-spm-{digest}"


def spm_tokenize(line: str) -> str:
    return " ".join(_model().encode(line, out_type=str))
