"""A hyphen or double hyphen standing between words as a dash (talks - not war)."""
import regex

from mtcheck.rules.base import Rule

SPACED_HYPHEN = regex.compile(r"(?<=[\p{L}\p{N}.,!?”\"»)’'])[ \u00a0](-{1,2})[ \u00a0](?=[\p{L}„“\"«(‘])|(?<=\p{L})(--)(?=\p{L})")


class HyphenAsDash(Rule):
    """
    What it flags: a hyphen with spaces around it, or a double hyphen, used between words as a
    dash, in languages whose press never sets it so (German). Score lines (2 - 1) and list
    bullets are left alone; English and Italian wire copy use " - " in datelines, so they are exempt.

    Why it matters: news typography sets a dash there (– or —); a hyphen is a sign of text typed
    or converted without editing, and MQM raters mark it as a punctuation error.

    Example: Die Behörden bitten darum, sie zu kontaktieren - nicht den Bären zu wecken.

    Instead: Die Behörden bitten darum, sie zu kontaktieren – nicht den Bären zu wecken.

    Data: `[dashes] spaced_hyphen = "error"` in data/<lang>/punctuation.toml.
    """

    code = "PUN014"
    severity = "minor"

    def check(self, doc):
        if not doc.conventions.spaced_hyphen_is_dash_error:
            return
        dash = "–"
        for m in SPACED_HYPHEN.finditer(doc.text):
            group = 1 if m.group(1) else 2
            yield self.finding(doc, m.start(group), m.end(group), "hyphen used as a dash", dash)
