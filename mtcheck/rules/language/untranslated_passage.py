"""A sentence, clause or phrase left in another language (“No son los resultados que esperábamos.”)."""
import functools

import regex

from mtcheck.lexicons import LANGS, function_words, known_words, loan_words, more_frequent, word_kind
from mtcheck.rules.base import Rule

SEGMENT = regex.compile(r"[^.!?;:“”«»„\"()\[\]\n]+")
WORD = regex.compile(r"[\p{L}’']+")
MIN_WORDS = 3
MIN_FOREIGN = 2
MIN_LETTERS_TO_DETECT = 15
MIN_PROBABILITY = 0.8
AGREEING_PROBABILITY = 0.5
# a phrase inside a clause of the target ("c'était a labour of love pour elle")
MIN_RUN_FOREIGN = 3   # words of the other language in the phrase
TARGET_AROUND = 2     # words of the target outside the phrases: the clause is the target's
MAX_QUOTED_TITLE = 6  # words of a quoted title or catchphrase («Faute d'amour», «whatever it takes»)
QUOTES = "“”«»„\""  # the marks SEGMENT ends a clause at
OPENING = "“«»„\""


class UntranslatedPassage(Rule):
    """
    What it flags: a clause or sentence written in another language than the target: it holds
    two or more words of that language (its own function words: the, was; los, pero; und,
    nicht; or words the target's word list lacks and its list has) and twice as many as the
    target's function words, and langdetect, run on that clause only, agrees (unless three
    different function words of it and none of the target's leave no doubt). Also a phrase of
    three or more such words inside a clause of the target (c'était a labour of love pour elle):
    each at least ten times more frequent in that language than in the target, one of them a
    function word of it (of, the; della, une), with no word of the target between them. Names
    (capitalised words), titles of works and short catchphrases in quotation marks («Faute
    d'amour», «whatever it takes»: LNG004 reports those in the source language) and the loan
    phrases the target's press uses (joie de vivre, made in Italy) are left alone.

    Why it matters: the reader of the target language cannot read it; the translation skipped a
    quotation or a sentence it could not parse.

    Example: he told a few dozen militants: “No son los resultados que esperábamos.”

    Instead: he told a few dozen militants: “These are not the results we hoped for.”

    Data: data/<lang>/function_words.txt, words.txt and word_zipf.tsv (built by
    scripts/build_lexicons.py from wordfreq); data/<lang>/loan_phrases.txt; langdetect's profiles.
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
        detector.n_trial = CONFIRM_TRIALS
        detector.append(text)
        try:
            best = detector.get_probabilities()[0]
        except Exception:
            return False
        found = best.lang.split("-")[0]
        # agreeing with the word evidence needs less certainty than naming another language
        return found != target and (best.prob >= MIN_PROBABILITY or (found == lang and best.prob >= AGREEING_PROBABILITY))


# three different function words of one language, and none of the target's, need no confirmation
SURE_FUNCTION_WORDS = 3
# langdetect averages 7 random trials by default; a clause already singled out by its words needs
# fewer to be confirmed (same verdicts on every test and annotated article; LNG001 1.6x faster)
CONFIRM_TRIALS = 3


def passages(doc) -> list[tuple[int, int, str]]:
    """(start, end, language) of each clause or phrase left in another language (cached on the document)."""
    if "untranslated" in doc.cache:
        return doc.cache["untranslated"]
    out = []
    if doc.lang in LANGS:
        own, known, others = function_words(doc.lang), known_words(doc.lang), _function_index(doc.lang)
        for m in SEGMENT.finditer(doc.text):
            words = WORD.findall(m.group())
            if len(words) < MIN_WORDS:
                continue
            lowered = {w.lower() for w in words}
            if lowered <= known and others.keys().isdisjoint(lowered):
                continue  # most clauses: every word the target's, none another language's function word
            if UntranslatedPassage._title(words) or _quoted_title(doc.text, m, words):
                continue
            counts, unknown, strong = _clause_evidence(words, doc.lang)
            clause: list[tuple[int, int, str]] = []
            _clause_left(doc, m, words, own, clause, counts, unknown)
            phrases = _phrases_left(doc, m, strong) if strong else []
            # a phrase inside a clause of the target is reported alone, not the clause around it
            out.extend(phrases if phrases and _target_around(doc, m, phrases) else clause or phrases)
    doc.cache["untranslated"] = out
    return out


def _clause_left(doc, m, words, own, out, counts, unknown) -> bool:
    """Whether the whole clause is in another language (then appended to `out`)."""
    if max(counts.values()) + len(unknown) < MIN_FOREIGN:
        return False  # most clauses: no other language's word lists need loading
    loans = loan_words([w.lower() for w in words], range(len(words)), doc.lang)
    if loans:  # made in Italy, last but not least: the target's own
        words = [w for i, w in enumerate(words) if i not in loans]
        counts, unknown, _ = _clause_evidence(words, doc.lang)
        if not words or max(counts.values()) + len(unknown) < MIN_FOREIGN:
            return False
    lowered = [w.lower() for w in words]
    if unknown:  # load the lists of the languages whose function words are there, or all
        candidates = [lang for lang, n in counts.items() if n] or list(counts)
        counts = {lang: n + (sum(w in known_words(lang) for w in unknown) if lang in candidates else 0)
                  for lang, n in counts.items()}
    lang, count = max(counts.items(), key=lambda kv: kv[1])
    if count < MIN_FOREIGN or count < 2 * sum(w in own for w in lowered):
        return False
    if not _sure(lowered, lang, doc.lang) and not UntranslatedPassage._confirmed(m.group(), lang, doc.lang):
        return False
    start = m.start() + len(m.group()) - len(m.group().lstrip(" ,\u00a0–—-"))
    end = m.end() - (len(m.group()) - len(m.group().rstrip(" ,\u00a0–—-")))
    out.append((start, end, lang))
    return True


def _clause_evidence(words, target: str) -> tuple[dict[str, int], list[str], set[str]]:
    """Each other language's function words in the clause, its words the target does not know, and
    the languages one of whose function words (not the target's too) it holds."""
    known, index, own = known_words(target), _function_index(target), function_words(target)
    counts = dict.fromkeys((lang for lang in LANGS if lang != target), 0)
    unknown, strong = [], set()
    for i, word in enumerate(words):
        lowered = word.lower()
        for lang in index.get(lowered, ()):
            counts[lang] += 1
            if lowered not in own:
                strong.add(lang)
        # names (capitalised inside the clause) are unknown to every list and prove nothing
        if lowered not in known and (i == 0 or not word[0].isupper()):
            unknown.append(lowered)
    return counts, unknown, strong


@functools.cache
def _function_index(target: str) -> dict[str, tuple[str, ...]]:
    """Each function word of the languages other than the target, with those languages."""
    index: dict[str, list[str]] = {}
    for lang in LANGS:
        if lang != target:
            for word in function_words(lang):
                index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


def _target_around(doc, m, phrases) -> bool:
    """Whether the clause holds TARGET_AROUND words of the target outside the phrases: its function
    words, or words ten times more frequent in it than in the phrases' language."""
    own, langs = function_words(doc.lang), {lang for _, _, lang in phrases}
    outside = 0
    for w in WORD.finditer(m.group()):
        if any(start <= m.start() + w.start() < end for start, end, _ in phrases):
            continue
        word = w.group().lower()
        if word in own or all(more_frequent(word, doc.lang, lang) for lang in langs):
            outside += 1
    return outside >= TARGET_AROUND


def _quoted_title(text: str, m, words) -> bool:
    """A title of a work or a catchphrase quoted whole: «Faute d'amour», «whatever it takes».

    Short, with no sentence punctuation inside the marks and not introduced by a colon; a quoted
    sentence (: «We will not back down.») is not one."""
    before = text[max(0, m.start() - 20):m.start()].rstrip()  # a window: slicing to the start copies the text
    after = text[m.end():m.end() + 20].lstrip()
    if not before or before[-1] not in OPENING or not after or after[0] not in QUOTES:
        return False
    return len(words) <= MAX_QUOTED_TITLE and not before[:-1].rstrip().endswith(":")


def _phrases_left(doc, m, candidates) -> list[tuple[int, int, str]]:
    """Phrases of another language inside a clause of the target: c'était [a labour of love] pour elle."""
    target = doc.lang
    tokens = list(WORD.finditer(m.group()))
    lowered = [t.group().lower() for t in tokens]
    # the clause holds a function word of a `candidates` language (of, the; della, une); a phrase
    # needs three words that are not the target's
    own = function_words(target)
    if sum(w not in own for w in lowered) < MIN_RUN_FOREIGN:
        return []
    # and, around that function word, three adjacent lower-case words none of which is the target's
    free = [w not in own and (i == 0 or not tokens[i].group()[0].isupper()) for i, w in enumerate(lowered)]
    chains, chain = [], [0] if free and free[0] else []
    for i in range(1, len(tokens)):
        if free[i] and chain and _adjacent(m.group(), tokens[i - 1], tokens[i]) and free[i - 1]:
            chain.append(i)
        else:
            chains.append(chain)
            chain = [i] if free[i] else []
    chains.append(chain)
    words = {lowered[i] for c in chains if len(c) >= MIN_RUN_FOREIGN for i in c}
    candidates = [lang for lang in sorted(candidates) if not _strong_words(target)[lang].isdisjoint(words)]
    out = []
    for lang in candidates:
        run: list[int] = []  # indices of the phrase's words
        for i, token in enumerate(tokens + [None]):
            kind = "break" if token is None else _word_kind(m.group(), tokens, i, target, lang)
            if kind != "break" and run and not _adjacent(m.group(), tokens[run[-1]], token):
                kind = "restart"
            if kind in ("foreign", "join"):
                run.append(i)
                continue
            found = _judge_run(doc, m, tokens, lowered, run, target, lang)
            if found:
                out.append(found)
            run = [i] if kind == "restart" else []
    return out


def _adjacent(clause: str, left, right) -> bool:
    """Only spaces (or a hyphen) between two words: a comma, a digit or a dash ends a phrase."""
    return not clause[left.end():right.start()].strip(" \u00a0-")


def _word_kind(clause: str, tokens, i: int, target: str, lang: str) -> str:
    """The token's word_kind, and break for a name (a capitalised word after the first)."""
    word = tokens[i].group()
    if word[0].isupper() and i > 0:
        return "break"  # a name, or a German noun
    return word_kind(word.lower(), lang, target)


def _judge_run(doc, m, tokens, lowered, run, target, lang):
    """(start, end, lang) of the run when it is a phrase left in `lang`, else None."""
    if not run:
        return None
    loans = loan_words(lowered, run, target)
    foreign = [i for i in run if i not in loans and _word_kind(m.group(), tokens, i, target, lang) == "foreign"]
    if len(foreign) < MIN_RUN_FOREIGN:
        return None
    if not any(lowered[i] in function_words(lang) for i in foreign):
        return None  # of, the; della, une: strong evidence the phrase is a language's, not loanwords
    first, last = foreign[0], foreign[-1]
    if 2 * len(foreign) < last - first + 1:
        return None
    start, end = m.start() + tokens[first].start(), m.start() + tokens[last].end()
    if not _sure(lowered[first:last + 1], lang, target) and not UntranslatedPassage._confirmed(
            doc.text[start:end], lang, target):
        return None
    return start, end, lang


def _sure(lowered, lang: str, target: str) -> bool:
    """Whether the words hold SURE_FUNCTION_WORDS different function words of `lang` that the
    target does not share, and none of the target's: no need to ask langdetect (les, dans, le)."""
    if not function_words(target).isdisjoint(lowered):
        return False
    return len(_strong_words(target)[lang].intersection(lowered)) >= SURE_FUNCTION_WORDS


@functools.cache
def _strong_words(target: str) -> dict[str, frozenset[str]]:
    """Each other language's function words that the target does not share."""
    return {lang: function_words(lang) - function_words(target) for lang in LANGS if lang != target}


def _name(lang: str) -> str:
    from mtcheck.names.gazetteer import LANGUAGE_NAMES

    return LANGUAGE_NAMES.get(lang, lang)
