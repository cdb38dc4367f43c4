"""A dash standing for "is" between a sentence's subject and its definition (Denisovans — a group)."""
import regex

from mtcheck.rules.base import Rule

COPULA_DASH = regex.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(\p{Lu}[\w’'-]*(?:\s[\w’'-]+){0,2})\s[—–]\s(?=(?:a|an|the|one)\s)[^—–\n]*?[.!?](?=\s|$)")


class CopulaDash(Rule):
    """
    What it flags: a sentence that opens with a short subject, a dash and a noun phrase and has
    no second dash: the Russian and Ukrainian dash that replaces the verb "to be"
    (Денисовцы — сестринская группа неандертальцев).

    Why it matters: English needs the verb; the dash alone reads as a fragment or an unfinished
    aside.

    Example: Denisovans — a sister group of the Neanderthals.

    Instead: Denisovans are a sister group of the Neanderthals.

    Data: none.
    """

    code = "PUN016"
    severity = "major"
    languages = frozenset({"en"})

    def check(self, doc):
        for m in COPULA_DASH.finditer(doc.text):
            yield self.finding(doc, m.start(1), m.end(1) + 2,
                               "dash used for the verb “to be” between subject and definition: write is or are",
                               source_hint=("ru",))
