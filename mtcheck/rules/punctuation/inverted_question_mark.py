"""Spanish inverted marks ¿ ¡ left in a language that does not use them."""
import regex

from mtcheck.rules.base import Rule

INVERTED = regex.compile(r"[¿¡]\s?")


class InvertedQuestionMark(Rule):
    """
    What it flags: an inverted question or exclamation mark (¿ ¡) in a target language other
    than Spanish (or Galician, Catalan in some styles).

    Why it matters: it is Spanish punctuation carried through by the translation.

    Example: He ended with another question: “¿Who would abandon this city now?”

    Instead: He ended with another question: “Who would abandon this city now?”

    Data: none.
    """

    code = "PUN013"
    severity = "minor"
    languages = frozenset({"en", "it", "fr", "de", "pt", "ru"})

    def check(self, doc):
        for m in INVERTED.finditer(doc.text):
            yield self.finding(doc, m.start(), m.start() + 1,
                               f"Spanish inverted mark “{m.group()[0]}” in {doc.conventions.name}", "",
                               source_hint=("es",))
