"""A place name in a form the target language's press no longer uses (Kiev for Kyiv in English)."""
import functools

import regex

from mtcheck.names.gazetteer import place_exceptions, place_styles
from mtcheck.rules.substitution import SubstitutionRule

# The house styles applied by default: current AP and Reuters practice for English, the
# agencies' and the press's for the other languages; "all" rows (official renamings) always apply.
DEFAULT_STYLES = {"en": ("ap", "reuters"), "de": ("presse",), "fr": ("presse",), "es": ("fundeu", "efe")}


@functools.lru_cache(maxsize=None)
def _table(lang: str, styles: tuple[str, ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for style in ("all", *styles):
        table.update(place_styles(lang).get(style, {}))
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

    Data: data/<lang>/place_styles.tsv (old, current, style, since, source, except_near); the
    house style is chosen with the configuration's place_style (ap, reuters, bbc...).
    """

    code = "NAM003"
    mqm_type = "Style/Organizational style"
    severity = "minor"

    def table(self, doc):
        styles = doc.config.get("place_style") or DEFAULT_STYLES.get(doc.lang, ())
        return _table(doc.lang, (styles,) if isinstance(styles, str) else tuple(styles))

    def keep(self, doc, match):
        keep = place_exceptions(doc.lang).get(match.group(), frozenset())
        before = regex.search(r"(\w+)\W*$", doc.text[max(0, match.start() - 30):match.start()])
        after = regex.match(r"\W*(\w+)", doc.text[match.end():match.end() + 30])
        return any(m and m.group(1) in keep for m in (before, after))

    def message(self, doc, wrong, right):
        return f"{wrong} is now written {right} in the {doc.conventions.name} press"
