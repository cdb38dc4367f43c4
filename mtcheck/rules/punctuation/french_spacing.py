"""French typography: the missing non-breaking space before ; : ! ? and inside « »."""
import regex

from mtcheck.rules.base import Rule

NO_SPACE_BEFORE = regex.compile(r"(?<=[\w»)\]”’])([;:!?])")
GUILLEMET_OPEN = regex.compile(r"«(?=[^\s\u00a0\u202f])")
GUILLEMET_CLOSE = regex.compile(r"(?<=[^\s\u00a0\u202f])»")
NBSP = "\u00a0"


class FrenchSpacing(Rule):
    """
    What it flags: in French, a semicolon, colon, exclamation or question mark glued to the word
    before it, and guillemets with no space inside them. Times (10:30), scores, URLs and e-mail
    addresses are left alone.

    Why it matters: French typography puts a (narrow) non-breaking space before the high marks
    and inside « »; text without it reads as translated from English.

    Example: il a expliqué: «Tout le monde croit connaître la pièce»

    Instead: il a expliqué : « Tout le monde croit connaître la pièce »

    Data: `[spacing]` in data/fr/punctuation.toml.
    """

    code = "PUN007"
    severity = "minor"
    languages = frozenset({"fr"})

    def check(self, doc):
        text = doc.text
        for m in NO_SPACE_BEFORE.finditer(text):
            mark = m.group(1)
            if mark == ":" and text[m.end():m.end() + 1].isdigit() and text[m.start() - 1].isdigit():
                continue
            if doc.in_link(m.start()):
                continue
            start = m.start() - 1
            yield self.finding(doc, start, m.end(), f"no space before “{mark}” in French",
                               text[start] + NBSP + mark)
        if doc.conventions.space_inside_guillemets:
            for m in GUILLEMET_OPEN.finditer(text):
                yield self.finding(doc, m.start(), m.end() + 1, "no space after « in French",
                                   "«" + NBSP + text[m.end()])
            for m in GUILLEMET_CLOSE.finditer(text):
                yield self.finding(doc, m.start() - 1, m.end(), "no space before » in French",
                                   text[m.start() - 1] + NBSP + "»")
