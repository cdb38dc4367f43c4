"""A thousands separator of the source locale (1.200 in English; 10,000 in German)."""
import regex

from mtcheck.languages import locale_conventions
from mtcheck.rules.base import Rule

POINT_GROUPS = regex.compile(r"(?<![\d.,:/])\d{1,3}(?:\.\d{3})+(?!\d|[.,]\d)")
COMMA_GROUPS = regex.compile(r"(?<![\d.,:/])\d{1,3}(?:,\d{3})+(?!\d|[.,]\d)")
SPACE_GROUPS = regex.compile(r"(?<![\d.,:/][ \u00a0\u202f]?)(?<!\d[ \u00a0\u202f])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)")


class ThousandsSeparator(Rule):
    """
    What it flags: digits grouped by thousands with the separator of another locale: a point or a
    space in English (1.200 evacuated, 3 500 people), a comma in German, Italian, Spanish,
    Portuguese or French (Vor 10,000 Zuschauern). Dates (15.04.2022), times and version numbers
    are not groups of three.

    Why it matters: in the target language the mark reads as a decimal separator, so 1.200
    evacuated looks like one person and a fifth.

    Example: Water bomb on Genoa: 1.200 evacuated.

    Instead: Water bomb on Genoa: 1,200 evacuated.

    Data: data/<lang>/locale.toml (thousands).
    """

    code = "LOC002"
    severity = "major"

    def check(self, doc):
        conv = locale_conventions(doc.lang)
        if conv is None:
            return
        separator = conv.thousands[0] if conv.thousands else ","
        if "." in conv.thousands:  # the target groups with points: a comma group is foreign
            pattern, foreign, hint = COMMA_GROUPS, ",", ("en",)
        elif "," in conv.thousands:
            pattern, foreign, hint = POINT_GROUPS, ".", ("it", "de", "es", "pt")
        else:  # French, Russian: spaces; a comma group is English
            pattern, foreign, hint = COMMA_GROUPS, ",", ("en",)
        found = [(m, foreign, hint) for m in pattern.finditer(doc.text)]
        if conv.thousands == (",",):  # English groups with commas only: 3 500 is French or Russian
            found += [(m, " ", ("fr", "ru")) for m in SPACE_GROUPS.finditer(doc.text)]
        for m, mark, why in found:
            if self._version(doc.text, m):
                continue
            grouped = regex.sub(r"[ \u00a0\u202f]" if mark == " " else regex.escape(mark),
                                separator if separator != " " else "\u202f", m.group())
            yield self.finding(doc, m.start(), m.end(),
                               f"thousands separator of another locale: {conv.name} writes {grouped}", grouped,
                               source_hint=why)

    @staticmethod
    def _version(text, m) -> bool:
        before = text[max(0, m.start() - 8):m.start()].lower().rstrip()
        return before.endswith(("v", "version", "ver."))
