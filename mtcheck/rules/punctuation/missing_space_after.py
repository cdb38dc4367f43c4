"""No space after a sentence mark or a comma between two words (troops.Around, sanctions,economic)."""
import regex

from mtcheck.rules.base import Rule

MISSING_AFTER = regex.compile(r"(?<=[\p{L}\p{N}]{2})([.!?])(?=\p{Lu}\p{Ll})|(?<=\p{L}\p{L})([,;])(?=\p{L}\p{L})")
WORD_AFTER = regex.compile(r"[\w’'-]*")


class MissingSpaceAfter(Rule):
    """
    What it flags: a period, exclamation or question mark glued to the capitalised word of the
    next sentence, and a comma or semicolon glued between two words. URLs, e-mail addresses,
    domain names, abbreviations like U.S. and numbers like 3.5 or 1,200 are left alone.

    Why it matters: two sentences run together are hard to read and defeat search and
    hyphenation; it happens where the translation joined segments.

    Example: Russia continues to mass troops.Around Ukraine the mood is tense.

    Instead: Russia continues to mass troops. Around Ukraine the mood is tense.

    Data: none.
    """

    code = "PUN006"
    severity = "minor"

    def check(self, doc):
        for m in MISSING_AFTER.finditer(doc.text):
            if doc.in_link(m.start()):
                continue
            mark = m.group()
            before = doc.word_before(m.start()).rsplit(".", 1)[-1]
            after = WORD_AFTER.match(doc.text, m.end()).group()
            yield self.finding(doc, m.start() - len(before), m.end() + len(after), f"no space after “{mark}”",
                               f"{before}{mark} {after}")
