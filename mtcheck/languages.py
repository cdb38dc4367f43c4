"""Per-language conventions (read from mtcheck/data/<lang>/) and target-language detection."""
from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from importlib import resources

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

# Languages whose conventions mtcheck ships; detection also knows the neighbours it must tell apart.
SUPPORTED = ("en", "it", "fr", "de", "es", "pt", "ru")
DETECTABLE = ("en", "it", "fr", "de", "es", "pt", "ru", "pl", "nl", "ro", "sv", "da", "no", "fi",
              "cs", "sk", "hr", "sl", "hu", "tr", "el", "uk", "bg", "ca", "zh-cn", "ja", "ko", "ar")
MIN_LETTERS_TO_DETECT = 80
MIN_PROBABILITY = 0.80


class ConfigError(ValueError):
    """A language or data file that mtcheck cannot use."""


def data_path(*parts: str):
    return resources.files("mtcheck").joinpath("data", *parts)


@dataclass(frozen=True)
class QuotePair:
    open: str
    close: str
    level: int  # 0: may stand at the outermost level; 1: only inside another quotation


@dataclass(frozen=True)
class Conventions:
    """A target language's punctuation conventions, from data/<lang>/punctuation.toml."""

    lang: str
    name: str
    quote_pairs: tuple[QuotePair, ...]
    space_inside_guillemets: bool
    space_before: str
    abbreviations: frozenset[str]
    speech_verbs: frozenset[str]
    percent_space: bool
    attribution_dashes: bool
    period_after_quoted_question: bool
    spaced_hyphen_is_dash_error: bool
    ordinal_period: bool
    comma_inside_quotes: bool

    @property
    def primary_quotes(self) -> QuotePair:
        return self.quote_pairs[0]

    def pairs_with(self, mark: str) -> list[QuotePair]:
        return [p for p in self.quote_pairs if mark in (p.open, p.close)]


@functools.lru_cache(maxsize=1)
def all_abbreviations() -> frozenset[str]:
    """The abbreviations of every language mtcheck knows: a foreign one is no stray period."""
    return frozenset().union(*(conventions(lang).abbreviations for lang in SUPPORTED))


def read_lines(path) -> list[str]:
    if not path.is_file():
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


@functools.lru_cache(maxsize=None)
def conventions(lang: str | None) -> Conventions:
    """The conventions of `lang`; an unknown or undetected language gets neutral ones."""
    folder = data_path(lang or "und")
    if not lang or not folder.joinpath("punctuation.toml").is_file():
        folder = data_path("und")
    raw = tomllib.loads(folder.joinpath("punctuation.toml").read_text(encoding="utf-8"))
    quotes = raw.get("quotes", {})
    pairs = [QuotePair(o, c, 0) for o, c in quotes.get("outer", [])]
    pairs += [QuotePair(o, c, 1) for o, c in quotes.get("inner", [])]
    spacing = raw.get("spacing", {})
    return Conventions(
        lang=lang or "und",
        name=raw.get("name", lang or "unknown"),
        quote_pairs=tuple(pairs),
        space_inside_guillemets=bool(spacing.get("inside_guillemets", False)),
        space_before=spacing.get("before", ""),
        abbreviations=frozenset(read_lines(folder.joinpath("abbreviations.txt")))
        | frozenset(read_lines(data_path("und", "abbreviations.txt"))),
        speech_verbs=frozenset(read_lines(folder.joinpath("speech_verbs.txt"))),
        percent_space=bool(spacing.get("percent", False)),
        attribution_dashes=bool(raw.get("dashes", {}).get("attribution", True)),
        ordinal_period=bool(raw.get("numbers", {}).get("ordinal_period", False)),
        comma_inside_quotes=bool(quotes.get("comma_inside", True)),
        spaced_hyphen_is_dash_error=raw.get("dashes", {}).get("spaced_hyphen", "accepted") == "error",
        period_after_quoted_question=bool(quotes.get("period_after_question", False)),
    )


@dataclass(frozen=True)
class Detection:
    lang: str | None
    probability: float
    note: str | None


@functools.lru_cache(maxsize=1)
def _detector_factory():
    # Loading only the profiles we tell apart takes a third of the time of all 55 (start-up counts).
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.utils.lang_profile import LangProfile

    factory = DetectorFactory()
    factory.seed = 0  # langdetect samples at random; a fixed seed makes it deterministic
    for index, lang in enumerate(DETECTABLE):
        with open(os.path.join(PROFILES_DIRECTORY, lang), encoding="utf-8") as fh:
            factory.add_profile(LangProfile(**json.load(fh)), index, len(DETECTABLE))
    # 50,000 n-grams, each with a list of 28 probabilities that langdetect only reads: as tuples
    # of floats the garbage collector stops walking them in every full collection (6% of a check)
    factory.word_lang_prob_map = {ngram: tuple(probs) for ngram, probs in factory.word_lang_prob_map.items()}
    return factory


def detect_language(text: str) -> Detection:
    """The text's language, or None with the reason when the text can't tell: by the words only
    one language uses often (the, was; los, pero) when one such language clearly dominates, else by
    langdetect (whose 28 profiles take a third of a report's start-up to load)."""
    letters = sum(ch.isalpha() for ch in text[:5000])
    if letters < MIN_LETTERS_TO_DETECT:
        return Detection(None, 0.0, f"text too short to tell its language ({letters} letters); "
                                    "give it with --lang")
    quick = _by_function_words(text[:5000])
    if quick:
        return quick
    detector = _detector_factory().create()
    detector.append(text[:5000])
    try:
        best = detector.get_probabilities()[0]
    except Exception:  # langdetect raises on text without features (only digits, symbols)
        return Detection(None, 0.0, "no language could be detected; give it with --lang")
    lang = best.lang.split("-")[0]
    if best.prob < MIN_PROBABILITY:
        return Detection(None, best.prob, f"language unclear (best guess {lang}, p={best.prob:.2f}); "
                                          "give it with --lang")
    note = None if lang in SUPPORTED else f"detected language {lang} has no conventions in mtcheck"
    return Detection(lang, best.prob, note)


FUNCTION_WORD_LANGS = ("en", "it", "fr", "de", "es", "pt")
MIN_WORDS_TO_COUNT = 40     # words the quick test needs
MIN_OWN_SHARE = 0.08        # of them the dominant language's own function words (about 15% in news)
MIN_OWN_LEAD = 5            # times the runner-up's


def _by_function_words(text: str) -> Detection | None:
    """The language whose own function words dominate the text, if one clearly does; None leaves
    the decision to langdetect (other languages, mixed or short texts)."""
    import regex

    from mtcheck.lexicons import function_words

    words = [w.lower() for w in regex.findall(r"\p{L}+", text)]
    if len(words) < MIN_WORDS_TO_COUNT:
        return None
    counts = sorted(((sum(w in function_words(lang) for w in words), lang) for lang in FUNCTION_WORD_LANGS),
                    reverse=True)
    (best, lang), (runner_up, _) = counts[0], counts[1]
    if best >= MIN_OWN_SHARE * len(words) and best >= MIN_OWN_LEAD * max(runner_up, 1):
        return Detection(lang, round(best / (best + runner_up), 2), None)
    return None


def normalise_lang(value: str | None) -> str | None:
    """'EN', 'en-GB', 'en_US' -> 'en'; raises ConfigError for what isn't a language code."""
    if value is None:
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    if not (2 <= len(code) <= 3 and code.isalpha()):
        raise ConfigError(f"not a language code: {value!r} (use e.g. en, it, fr, de, es)")
    return code


@dataclass(frozen=True)
class LocaleConventions:
    """How a language writes numbers, times and dates (data/<lang>/locale.toml)."""

    lang: str
    name: str
    decimal: str
    thousands: tuple[str, ...]
    scale_words: tuple[str, ...]
    units: tuple[str, ...]
    clock: str
    time_format: str
    abbreviations: dict
    score_separator: str
    currency: str = "either"  # where a currency symbol stands: before or after the amount, or either
    date_format: str = "{d}/{m}/{y}"  # a numeric date


@functools.lru_cache(maxsize=None)
def locale_conventions(lang: str | None) -> LocaleConventions | None:
    if not lang or not data_path(lang, "locale.toml").is_file():
        return None
    raw = tomllib.loads(data_path(lang, "locale.toml").read_text(encoding="utf-8"))
    return LocaleConventions(lang, raw.get("name", lang), raw["decimal"], tuple(raw.get("thousands", [])),
                             tuple(raw.get("scale_words", [])), tuple(raw.get("units", [])),
                             raw.get("clock", "24h"), raw.get("time_format", "{h}:{m}"),
                             dict(raw.get("abbreviations", {})), raw.get("score_separator", ""),
                             raw.get("currency", "either"), raw.get("date_format", "{d}/{m}/{y}"))
