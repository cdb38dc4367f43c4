"""How typical a spelling is: SentencePiece unigram models, loaded on first use.

- a language's spelling (data/<lang>/orthography.model, trained on wordfreq's word list);
- romanised Russian and Ukrainian names, all conventions together (data/translit/romanised.model)
  or one convention's (data/translit/names-<lang>.model).
All are trained by scripts/build_names.py.
"""
from __future__ import annotations

import functools

from mtcheck.languages import data_path

ROMANISED = "romanised"


def names_model(lang: str) -> str:
    return f"names-{lang}"


@functools.lru_cache(maxsize=None)
def _model(name: str):
    path = data_path("translit", f"{name}.model") if name == ROMANISED or name.startswith("names-") \
        else data_path(name, "orthography.model")
    if not path.is_file():
        return None
    import sentencepiece  # heavy: imported only when a name needs judging

    return sentencepiece.SentencePieceProcessor(model_file=str(path))


@functools.lru_cache(maxsize=8192)
def spelling_score(word: str, model: str) -> float | None:
    """Log-probability per character of `word` under a model: a language code, ROMANISED or
    names_model(lang). Higher is more typical; None when the model is not shipped."""
    processor = _model(model)
    if processor is None:
        return None
    word = word.lower()
    return sum(processor.get_score(piece) for piece in processor.encode(word)) / (len(word) + 1)
