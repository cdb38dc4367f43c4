"""A Spanish question or exclamation without its opening ¿ or ¡ (“Es increíble!”)."""
import regex

from mtcheck.rules.base import Rule

CLOSING = regex.compile(r"[?!]+")
CLAUSE_BREAK = set(".!?¿¡…:;\n()“”«»\"—")


class MissingInvertedMark(Rule):
    """
    What it flags: in Spanish, a question or exclamation that ends with ? or ! but does not
    open with ¿ or ¡ since the start of its clause (a new sentence, a colon, a quote mark).

    Why it matters: Spanish marks both ends of a question or exclamation; translations from
    languages that mark only the end leave the opening mark out.

    Example: Preguntó: “Qué hacer si se corta la luz?”

    Instead: Preguntó: “¿Qué hacer si se corta la luz?”

    Data: none.
    """

    code = "PUN018"
    severity = "minor"
    languages = frozenset({"es"})

    def check(self, doc):
        text = doc.text
        for m in CLOSING.finditer(text):
            start = m.start()
            while start > 0 and text[start - 1] not in CLAUSE_BREAK and m.start() - start < 300:
                start -= 1
            clause = text[start:m.start()]
            opener = "¿" if m.group()[0] == "?" else "¡"
            opened = start > 0 and text[start - 1] in "¿¡"
            if opened or not clause.strip() or doc.in_link(m.start()):
                continue
            lead = len(clause) - len(clause.lstrip())
            begin = start + lead
            yield self.finding(doc, begin, m.end(), f"{m.group()[0]} without its opening {opener} in Spanish",
                               opener + text[begin:m.end()])
