"""A place name in a form the target language's press no longer uses (Kiev for Kyiv in English)."""
import functools

from mtcheck.names.gazetteer import place_styles
from mtcheck.rules.substitution import SubstitutionRule

# The house style applied by default: current AP and Reuters practice for English.
DEFAULT_STYLE = {"en": "ap"}


@functools.lru_cache(maxsize=None)
def _table(lang: str) -> dict[str, str]:
    styles = place_styles(lang)
    table = dict(styles.get("all", {}))
    table.update(styles.get(DEFAULT_STYLE.get(lang, ""), {}))
    return table


class StyleVariant(SubstitutionRule):
    """
    What it flags: a place name in the older form the target language's press has dropped:
    Kiev, Kharkov, Odessa, Bombay in English under AP/Reuters style (the default house style).
    German, French, Italian and Spanish keep Kiew, Kiev: only the renamings their press follows
    are listed for them.

    Why it matters: the old form (often the Russian-based transliteration) reads as dated or
    partisan, and it is the form a machine translation copies from the source language.

    Example: Boris Johnson flies to Kiev today.

    Instead: Boris Johnson flies to Kyiv today.

    Data: data/<lang>/place_styles.tsv (old, current, style, since, source).
    """

    code = "NAM003"
    severity = "minor"

    def table(self, doc):
        return _table(doc.lang)

    def message(self, doc, wrong, right):
        return f"{wrong} is now written {right} in the {doc.conventions.name} press"
