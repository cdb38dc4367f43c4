"""An attribution whose speaker comes after the listener (“…,” explains to AFP the glaciologist)."""
import functools
import tomllib

import regex

from mtcheck.languages import conventions, data_path
from mtcheck.rules.base import Rule

GAP = r"[ \u00a0]+"
NAME = r"\p{Lu}[\p{L}’'&-]*"
DETERMINERS = ("the", "a", "an", "his", "her", "its", "their", "our")
# the speaker: a determiner and what follows up to the end of the clause, or a capitalised name
REST = rf"(?:{GAP}[^\s,.;:!?”\"»]+){{0,10}}"
DETERMINED = rf"(?:{'|'.join(DETERMINERS)}){GAP}[^\s,.;:!?”\"»]+{REST}"
SPEAKER = rf"(?:{DETERMINED}|{NAME}{REST})"
MAX_SPEAKER_WORDS = 8


class InvertedAttribution(Rule):
    """
    What it flags: an attribution after a quotation (or after the dash that opens one, as Russian
    sets it) that names whom the speaker talked to before the speaker: “…,” explains to AFP the
    glaciologist; «…, — told journalists the curator of the project. The verb comes first (a verb
    of saying), then its listener (to AFP, to Le Monde, journalists), then the speaker (a
    determiner or a capitalised name). English writes the speaker first there, or right after the
    verb (“…,” said the minister, which is not flagged).

    Why it matters: French, Italian, Spanish, Portuguese and Russian put the speaker last (« … »,
    a expliqué à l'AFP le glaciologue); MT keeps that order, and the English reader takes the
    listener for the subject until the sentence turns.

    Example: “The glacier has lost a third of its mass,” explains to AFP the glaciologist Evgueni Cherkasov.

    Instead: “The glacier has lost a third of its mass,” the glaciologist Evgueni Cherkasov told AFP.

    Data: data/<lang>/attribution.toml (verbs that take their listener without "to", and listeners
    named without a capital) and data/<lang>/speech_verbs.txt.
    """

    code = "PHR003"
    severity = "minor"
    mqm_type = "Linguistic conventions/Word order"
    languages = frozenset(path.parent.name for path in data_path().glob("*/attribution.toml"))

    def check(self, doc):
        pattern = _pattern(doc.lang)
        if pattern is None:
            return
        for m in pattern.finditer(doc.text):
            speaker = " ".join(m.group("speaker").split()[:MAX_SPEAKER_WORDS])
            verb, listener = m.group("verb"), m.group("listener")
            determined = speaker.split()[0].lower() in DETERMINERS
            # to Le Monde Jean Dupont: where the listener's name ends and the speaker's begins is a guess
            suggestion = f"{speaker} {verb} {listener}" if determined or not listener.split()[-1][0].isupper() else None
            yield self.finding(doc, m.start("verb"), m.start("speaker") + len(speaker), "the speaker comes after "
                               "the listener, in the source language's order: name the speaker first", suggestion)


@functools.lru_cache(maxsize=None)
def _pattern(lang: str | None) -> "regex.Pattern | None":
    path = data_path(lang or "und", "attribution.toml")
    if not lang or not path.is_file():
        return None
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    verbs = conventions(lang).speech_verbs | set(data["listener_verbs"])
    said, bare, listeners = _alternation(verbs), _alternation(data["listener_verbs"]), _alternation(data["listeners"])
    # to AFP, to journalists, to the newspaper Le Monde
    after_to = _alternation(w.removeprefix("the ") for w in data["listeners"])
    to = rf"to{GAP}(?:the{GAP})?(?:(?:{after_to})(?:{GAP}{NAME}){{0,3}}|{NAME}(?:{GAP}{NAME}){{0,3}})"
    # a listener named without "to" (told Reuters) is followed by a determined speaker only: in
    # “…,” warned Fabien Vasseur, the name is the speaker's own
    named = rf"(?<=(?:{bare}){GAP}){NAME}(?:{GAP}{NAME}){{0,2}}"
    listener = rf"(?:(?P<listener>{to}|(?<=(?:{bare}){GAP})(?:{listeners})){GAP}(?P<speaker>{SPEAKER})" \
               rf"|(?P<listener>{named}){GAP}(?P<speaker>{DETERMINED}))"
    # after a closing quote (“…,” told), or after a dash that opens an attribution inside or after
    # a quotation, as Russian sets it («…, — told journalists the curator. — …»)
    opening = r"(?:[”\"»][ \u00a0]*,?|,?[ \u00a0]*[—–])"
    return regex.compile(rf"{opening}{GAP}(?P<verb>(?:{said})){GAP}{listener}")


def _alternation(phrases) -> str:
    """Any of the phrases, longest first, a space in one matching any run of spaces."""
    return "|".join(regex.escape(p).replace(r"\ ", GAP) for p in sorted(phrases, key=len, reverse=True))
