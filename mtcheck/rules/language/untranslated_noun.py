"""An English noun left in German, written in lower case after an article (eine profit warning)."""
import functools

import regex

from mtcheck.languages import data_path, read_lines
from mtcheck.lexicons import function_words, zipf
from mtcheck.rules.base import Rule
from mtcheck.rules.language.untranslated_passage import passages

WORD = regex.compile(r"[\p{L}-]+")
INFLECTED = regex.compile(r"(?:e|en|er|es|em)$")  # a German adjective after an article
MIN_ENGLISH_ZIPF = 3.5   # a common English word
MAX_TARGET_ZIPF = 4.0    # and its first word not one the target writes in lower case often (in, also, all)
MAX_WORDS = 3


class UntranslatedNoun(Rule):
    """
    What it flags: in a language that capitalises its nouns (German), one to three lower-case
    words right after an article or determiner that are common English words, more frequent in
    English than in the target, and no inflected adjective (-e, -en, -er, -es, -em): an English
    noun phrase the translation left as it was (eine profit warning, den head coach).

    Why it matters: after "eine" a German reader expects a capitalised noun; an English term in
    lower case is both untranslated and misspelt German.

    Example: Harwick’s hatte bereits im Frühjahr eine profit warning herausgegeben.

    Instead: Harwick’s hatte bereits im Frühjahr eine Gewinnwarnung herausgegeben.

    Data: data/<lang>/determiners.txt (only the languages that capitalise nouns have one);
    data/en/word_zipf.tsv and data/<lang>/word_zipf.tsv, function_words.txt.
    """

    code = "LNG005"
    severity = "minor"
    languages = frozenset(path.parent.name for path in data_path().glob("*/determiners.txt"))

    def check(self, doc):
        pattern = _pattern(doc.lang)
        inside = [(start, end) for start, end, _ in passages(doc)]
        for m in pattern.finditer(doc.text):
            words = list(WORD.finditer(doc.text, m.end(), min(len(doc.text), m.end() + 80)))
            run = []
            for w in words[:MAX_WORDS]:
                gap = doc.text[(run[-1].end() if run else m.end()):w.start()]
                if gap.strip(" \u00a0") or not _english(w.group(), doc.lang, first=not run):
                    break
                run.append(w)
            if not run:
                continue
            start, end = run[0].start(), run[-1].end()
            if any(s < end and start < e for s, e in inside):
                continue  # inside a passage LNG001 reports whole
            yield self.finding(doc, start, end, f"“{doc.text[start:end]}” is English, in lower case where "
                               f"{doc.conventions.name} writes a noun: translate it", None, source_hint=("en",))



def _english(word: str, lang: str, first: bool) -> bool:
    """A common English word, more frequent in English than in the target; the first of the
    phrase also rare in the target (its own lower-case words: in, also, all)."""
    if not word[0].islower() or INFLECTED.search(word) or word in function_words(lang):
        return False
    english, target = zipf("en", word), zipf(lang, word, bound=True)
    return english >= MIN_ENGLISH_ZIPF and english > target and (target < MAX_TARGET_ZIPF or not first)


@functools.lru_cache(maxsize=None)
def _pattern(lang: str) -> "regex.Pattern":
    words = "|".join(sorted(read_lines(data_path(lang, "determiners.txt")), key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}-])(?i:{words})[ \u00a0]+(?=\p{{Ll}})")
