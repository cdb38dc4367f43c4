"""A sentence or clause left in another language (“No son los resultados que esperábamos.”)."""
import regex

from mtcheck.lexicons import LANGS, function_words, known_words
from mtcheck.rules.base import Rule

SEGMENT = regex.compile(r"[^.!?;:“”«»„\"()\[\]\n]+")
WORD = regex.compile(r"[\p{L}’']+")
MIN_WORDS = 3
MIN_FOREIGN = 2
MIN_LETTERS_TO_DETECT = 15
MIN_PROBABILITY = 0.8
AGREEING_PROBABILITY = 0.5


class UntranslatedPassage(Rule):
    """
    What it flags: a clause or sentence written in another language than the target: it holds
    two or more words of that language (its own function words: the, was; los, pero; und,
    nicht; or words the target's word list lacks and its list has) and twice as many as the
    target's function words, and langdetect, run on that clause only, agrees. Names and
    title-cased quotations (titles of works) are left alone.

    Why it matters: the reader of the target language cannot read it; the translation skipped a
    quotation or a sentence it could not parse.

    Example: he told a few dozen militants: “No son los resultados que esperábamos.”

    Instead: he told a few dozen militants: “These are not the results we hoped for.”

    Data: data/<lang>/function_words.txt and words.txt (built by scripts/build_lexicons.py);
    langdetect's profiles.
    """

    code = "LNG001"
    severity = "major"

    def check(self, doc):
        for start, end, lang in passages(doc):
            yield self.finding(doc, start, end, f"left in {_name(lang)}: translate it", None, source_hint=(lang,))

    @staticmethod
    def _title(words) -> bool:
        """Title-cased words (Faute d’amour is not; The Winter Garden is): a title of a work."""
        return sum(w[0].isupper() for w in words) >= max(2, len(words) - 1)

    @staticmethod
    def _confirmed(text: str, lang: str, target: str) -> bool:
        from mtcheck.languages import _detector_factory

        if sum(ch.isalpha() for ch in text) < MIN_LETTERS_TO_DETECT:
            return True  # too short for langdetect: the function words are the evidence
        detector = _detector_factory().create()
        detector.append(text)
        try:
            best = detector.get_probabilities()[0]
        except Exception:
            return False
        found = best.lang.split("-")[0]
        # agreeing with the word evidence needs less certainty than naming another language
        return found != target and (best.prob >= MIN_PROBABILITY or (found == lang and best.prob >= AGREEING_PROBABILITY))


def passages(doc) -> list[tuple[int, int, str]]:
    """(start, end, language) of each clause left in another language (cached on the document)."""
    if "untranslated" in doc.cache:
        return doc.cache["untranslated"]
    out = []
    if doc.lang in LANGS:
        own = function_words(doc.lang)
        for m in SEGMENT.finditer(doc.text):
            words = WORD.findall(m.group())
            if len(words) < MIN_WORDS or UntranslatedPassage._title(words):
                continue
            lowered = [w.lower() for w in words]
            # names (capitalised inside the clause) are unknown to every list and prove nothing
            unknown = [w.lower() for i, w in enumerate(words)
                       if (i == 0 or not w[0].isupper()) and w.lower() not in known_words(doc.lang)]
            counts = {lang: sum(w in function_words(lang) for w in lowered) for lang in LANGS if lang != doc.lang}
            if max(counts.values()) + len(unknown) < MIN_FOREIGN:
                continue  # most clauses: no other language's word lists need loading
            if unknown:  # load the lists of the languages whose function words are there, or all
                candidates = [lang for lang, n in counts.items() if n] or list(counts)
                counts = {lang: n + (sum(w in known_words(lang) for w in unknown) if lang in candidates else 0)
                          for lang, n in counts.items()}
            lang, count = max(counts.items(), key=lambda kv: kv[1])
            if count < MIN_FOREIGN or count < 2 * sum(w in own for w in lowered):
                continue
            if not UntranslatedPassage._confirmed(m.group(), lang, doc.lang):
                continue
            start = m.start() + len(m.group()) - len(m.group().lstrip(" ,\u00a0–—-"))
            end = m.end() - (len(m.group()) - len(m.group().rstrip(" ,\u00a0–—-")))
            out.append((start, end, lang))
    doc.cache["untranslated"] = out
    return out


def _name(lang: str) -> str:
    from mtcheck.names.gazetteer import LANGUAGE_NAMES

    return LANGUAGE_NAMES.get(lang, lang)
