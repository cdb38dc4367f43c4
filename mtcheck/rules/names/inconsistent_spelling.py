"""One name spelled several ways in one article (Serghei, then Serghiei; Alexey, then Alexei)."""
from collections import defaultdict

from mtcheck.lexicons import known_words
from mtcheck.names.gazetteer import accepted_spellings
from mtcheck.names.mentions import name_words
from mtcheck.names.spelling import spelling_key
from mtcheck.rules.base import Rule
from mtcheck.rules.names.transliteration_convention import transliterations

# Endings that make another word of a name (Russia/Russian, Lawrow/Lawrows, Putin/Putins).
ENDINGS = ("s", "n", "e", "es", "en", "er", "em", "ns", "an", "ian", "’s", "'s")


class InconsistentSpelling(Rule):
    """
    What it flags: every minority spelling of a name the article also spells another way, where
    the spellings differ as romanisations do (gh/g, ei/ey/ej/eï, y/i/j, w/v, sch/sh, tsch/tch/ch,
    ou/u, kh/h, doubled letters, -sky/-ski/-skij, diacritics). The suggestion is the target press's
    spelling when the gazetteer knows the name, else the article's most frequent one. Two
    spellings next to different first names or surnames (two Johnsons, a Jonson) are two people;
    a spelling that only adds an ending (Russia, Russian; Lawrow, Lawrows) is another word, and
    so are spellings that are all words of the target's list, each alone and none a name the
    gazetteer knows (German Neurologe, Neurologie).

    Why it matters: the reader cannot tell whether two spellings are one person; an unedited
    translation spells a name as each source sentence happened to come out.

    Example: Serghei Lavrov ... after the call, Serghiei Lavrov will comment.

    Instead: Sergei Lavrov ... after the call, Sergei Lavrov will comment.

    Data: data/translit/equivalences.tsv (the spelling key); data/<lang>/names.tsv.
    """

    code = "NAM001"
    mqm_type = "Terminology/Inconsistent use of terminology"
    severity = "major"

    def check(self, doc):
        words = name_words(doc)
        groups = defaultdict(list)
        for word in words:
            if len(word.text) >= 4:
                groups[spelling_key(word.text)].append(word)
        foreign = {doc.text[start:end]: form[0] for start, end, form in transliterations(doc)}
        flagged = {(start, end) for start, end, _ in transliterations(doc)}
        accepted = accepted_spellings(doc)
        for group in groups.values():
            spellings = {w.text for w in group}
            if len(spellings) < 2 or self._other_words(spellings) or self._different_people(group):
                continue
            if self._common_words(group, doc.lang, accepted):
                continue
            counts = {s: sum(w.text == s for w in group) for s in spellings}
            # the right spelling: the target press's (the first used, if it accepts several), else
            # the one a convention rule gives for a foreign spelling in the group, else the most frequent
            known = [s for s in spellings if s in accepted]
            right = max(known, key=lambda s: (counts[s], -self._first(group, s))) if known \
                else next((foreign[s] for s in sorted(spellings, key=lambda s: -counts[s]) if s in foreign), None) \
                or max(spellings, key=lambda s: (counts[s], -self._first(group, s)))
            for word in group:
                if word.text == right or (word.start, word.end) in flagged:
                    continue
                other = max((s for s in spellings if s != word.text), key=lambda s: counts[s])
                yield self.finding(doc, word.start, word.end,
                                   f"{word.text} is also spelled {other} in this article ({counts[other]}×)", right)

    @staticmethod
    def _first(group, spelling) -> int:
        return min(w.start for w in group if w.text == spelling)

    @staticmethod
    def _other_words(spellings) -> bool:
        """Russia/Russian, Lawrow/Lawrows: one spelling is the other with an ending added."""
        ordered = sorted(spellings, key=len)
        return any(longer.startswith(shorter) and longer[len(shorter):] in ENDINGS
                   for i, shorter in enumerate(ordered) for longer in ordered[i + 1:])

    @staticmethod
    def _common_words(group, lang, accepted) -> bool:
        """German nouns (Neurologe, Neurologie): every spelling is a word of the target's list, none
        is a name the gazetteer knows, and none stands beside another name word."""
        known = known_words(lang) if lang else frozenset()
        return bool(known) and all(w.text.lower() in known and w.text not in accepted and not w.before
                                   and not w.after for w in group)

    @staticmethod
    def _different_people(group) -> bool:
        """The spellings stand beside first names or surnames that are not one another's variants."""
        def neighbours(spelling):
            return {spelling_key(n) for w in group if w.text == spelling for n in (w.before, w.after) if n}
        sides = [neighbours(s) for s in {w.text for w in group}]
        return all(sides) and not set.intersection(*sides)
