"""Doubled or clashing punctuation marks (,, .. ,. ?.), but not an ellipsis (...)."""
import regex

from mtcheck.rules.base import Rule

DOUBLED = regex.compile(r"([,;:])\1+|(?<![.])\.\.(?![.])|[,;:][.]|[.][,;:]|[,;][,;]|[?!][.,](?![.])")


class DoubledPunctuation(Rule):
    """
    What it flags: a punctuation mark typed twice (`,,` `;;` `..`) or two marks that clash
    (`,.` `.,` `?.`). Three or more periods are an ellipsis; a comma after an abbreviation's
    period (U.S., etc.,) and ranges like 1..10 are left alone.

    Why it matters: a doubled mark is the seam where the translation joined two segments or
    kept both the source's mark and its own.

    Example: The talks,, which began on Monday, resumed today..

    Instead: The talks, which began on Monday, resumed today.

    Data: data/<lang>/abbreviations.txt (a period that belongs to an abbreviation).
    """

    code = "PUN009"
    severity = "minor"

    def check(self, doc):
        text = doc.text
        for m in DOUBLED.finditer(text):
            found = m.group()
            if found[0] == "." and (doc.is_abbreviation(doc.word_before(m.start()) + ".")
                                    or text[m.start() - 1:m.start()].isdigit()):
                continue
            if doc.in_link(m.start()):
                continue
            keep = found[0] if found[0] in "?!" or found[0] == found[-1] else found[-1]
            if found in (",.", ";.", ":."):
                keep = "."
            yield self.finding(doc, m.start(), m.end(), f"doubled punctuation “{found}”", keep)
