"""Compiles the phrasing lexicons' pattern language into regular expressions and matches them.

Tokens: a literal word, alternatives (a|an), an English lemma in any inflection (<fly>), an
optional token or group of tokens ((the), (a|the), (to {place})), an entity slot ({person}
{place} {org} {name}) filled by a capitalised name the names analysis accepts for that slot, a
{number} slot, * for one word or number, and !at|of for "the next word is none of these".
No slot, * or word runs across a sentence end (PHRASING.md).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from mtcheck.languages import data_path
from mtcheck.names.gazetteer import GAZETTEER_LANGS, entities, read_tsv

# A capitalised word of a name. A dot stays inside a name only between letters (U.S) or after an
# initial followed by more of the name (J. R. R. Tolkien): never at a sentence end ("Moscow. According").
NAME_WORD = r"\p{Lu}(?:[\p{L}\p{M}’']|\.(?=\p{L}))*"
INITIALS = r"(?:\p{Lu}\.)+[ \u00a0]+(?=\p{Lu})"
PARTICLE = r"(?:bin|al|von|van|de|di|da|der|del)[ \u00a0-]+"
SLOT = rf"(?:{INITIALS})*{NAME_WORD}(?:[ \u00a0]+(?:{PARTICLE})?(?:{INITIALS})*{NAME_WORD})*"
GAP = r"[ \u00a0]+"
NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
                "thousand million billion dozen dozens hundreds thousands millions billions").split()
# 60, 2027, 1,000, 3.5, 100%, €5; whole, never the 3 of 3,000 (a guard after it would let it through)
NUMERAL = r"[$€£]?\p{N}+(?:[.,]\p{N}+)*(?![.,]?\p{N})%?"
NUMBER = rf"(?:{NUMERAL}|(?i:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})(?![\p{{L}}\p{{N}}]))"
ANY_WORD = rf"(?:{NUMERAL}(?![\p{{L}}\p{{N}}’'-])|[\p{{L}}\p{{N}}’'-]+)"
EDGE_BEFORE, EDGE_AFTER = r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])"
VOWELS = "aeiou"


@dataclass(frozen=True)
class Token:
    """One token of a pattern (or of a suggestion): see PHRASING.md, pattern language."""
    kind: str  # word | lemma | slot | pair | any | number | comma | group | not | ellipsis | text
    text: str  # the token as written
    words: frozenset[str] = frozenset()  # lower-case forms a word, lemma or not token accepts
    lemma: str = ""
    slots: tuple[str, ...] = ()  # slot names, in order ({person}-{person} has two)
    optional: bool = False
    parts: tuple["Token", ...] = ()  # a group's tokens


def _split_groups(text: str) -> list[str]:
    """Space-separated tokens, with a parenthesised group of several tokens kept as one item."""
    out: list[str] = []
    for token in text.split():
        if out and out[-1].startswith("(") and out[-1].count("(") > out[-1].count(")"):
            out[-1] += " " + token
        else:
            out.append(token)
    return out


def parse_token(token: str, pattern: str = "") -> Token:
    optional = token.startswith("(") and token.endswith(")") and token.count("(") == 1
    core = token[1:-1] if optional else token
    if optional and " " in core:
        parts = tuple(parse_token(t, pattern) for t in _split_groups(core))
        return Token("group", token, optional=True, parts=parts, slots=tuple(s for p in parts for s in p.slots))
    if core.startswith("{") and "}-{" in core:  # {person}-{person}: a hyphenated pair of names
        return Token("pair", token, slots=tuple(p[1:-1] for p in core.split("-")), optional=optional)
    if core == "{number}":
        return Token("number", token, slots=("number",), optional=optional)
    if core.startswith("{") and core.endswith("}"):
        return Token("slot", token, slots=(core[1:-1],), optional=optional)
    if core == ",":
        return Token("comma", token, optional=optional)
    if core == "*":
        if optional:
            raise ValueError(f"phrasing pattern {pattern!r}: * is never optional")
        return Token("any", token)
    if core.startswith("!") and len(core) > 1:
        return Token("not", token, words=frozenset(_folded(w) for w in core[1:].split("|")))
    if core.startswith("<") and core.endswith(">"):
        return Token("lemma", token, words=frozenset(inflections(core[1:-1].lower())), lemma=core[1:-1].lower(),
                     optional=optional)
    return Token("word", token, words=frozenset(_folded(w) for w in core.split("|")), optional=optional)


def _folded(word: str) -> str:
    """Lower case, with the typographic apostrophe as the straight one (l’histoire, l'histoire)."""
    return word.lower().replace("’", "'")


def _literal(word: str) -> str:
    """A word's regex: either apostrophe where it has one."""
    return "".join("['’]" if ch == "'" else regex.escape(ch) for ch in word)


@functools.lru_cache(maxsize=None)
def parse_pattern(pattern: str) -> tuple[Token, ...]:
    tokens = tuple(parse_token(t, pattern) for t in _split_groups(pattern))
    if not any(not t.optional and t.kind != "not" for t in tokens):
        raise ValueError(f"phrasing pattern {pattern!r} needs at least one required token")
    if tokens[0].kind == "not":
        raise ValueError(f"phrasing pattern {pattern!r}: a !word token cannot come first")
    return tokens


@dataclass(frozen=True)
class Entry:
    pattern: str
    type: str
    severity: str
    suggestion: str
    why: str
    source: str
    # every required word token: one of its forms must be in the text (most specific first, a
    # cheap test before compiling)
    needs: tuple[frozenset[str], ...] = ()
    # `~word`: a false friend too common in native text to be evidence of a source language; used
    # only once other evidence (or --source-lang) has chosen this lexicon
    bare: bool = False

    @property
    def compiled(self) -> tuple["regex.Pattern", tuple[str, ...]]:
        return compile_pattern(self.pattern)

    @property
    def tokens(self) -> tuple[Token, ...]:
        return parse_pattern(self.pattern)


@functools.lru_cache(maxsize=None)
def _irregular() -> dict[str, tuple[str, ...]]:
    return {row["lemma"]: tuple(row["forms"].split("|")) for row in read_tsv("en", "irregular_verbs.tsv")}


@functools.lru_cache(maxsize=None)
def inflections(lemma: str) -> tuple[str, ...]:
    """English forms of a lemma: the irregular table's, else regular -s, -ed, -ing."""
    if lemma in _irregular():
        return (lemma, *_irregular()[lemma])
    if lemma.endswith("e"):
        forms = [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    elif lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        forms = [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    elif lemma.endswith(("s", "x", "z", "ch", "sh")):
        forms = [lemma + "es", lemma + "ed", lemma + "ing"]
    else:
        forms = [lemma + "s", lemma + "ed", lemma + "ing"]
        if len(lemma) <= 4 and lemma[-1] not in VOWELS + "wxy" and lemma[-2] in VOWELS and lemma[-3] not in VOWELS:
            forms += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]  # stop, stopped
    return (lemma, *forms)


BE_ROLES = {"be": "base", "am": "1sg", "is": "3sg", "are": "pl", "was": "past", "were": "pastpl", "been": "pp",
            "being": "ing"}


@functools.lru_cache(maxsize=None)
def verb_roles(lemma: str) -> dict[str, str]:
    """role -> form: base, 3sg, past, pp, ing (and be's 1sg, pl, pastpl)."""
    if lemma == "be":
        return {role: form for form, role in BE_ROLES.items()}
    forms = inflections(lemma)
    if lemma in _irregular():
        table = _irregular()[lemma]
        third, middle, ing = table[0], table[1:-1], table[-1]
        past = middle[0] if middle else lemma
        pp = middle[1] if len(middle) > 1 else past
        return {"base": lemma, "3sg": third, "past": past, "pp": pp, "ing": ing}
    past = forms[-2] if len(forms) > 4 else forms[2]  # stop -> stopped
    ing = forms[-1] if len(forms) > 4 else forms[3]
    return {"base": lemma, "3sg": forms[1], "past": past, "pp": past, "ing": ing}


def _role(lemma: str, form: str) -> str:
    form = form.lower()
    if lemma == "be":
        return BE_ROLES.get(form, "base")
    roles = verb_roles(lemma)
    for role in ("base", "3sg", "ing", "past", "pp"):
        if roles[role] == form:
            return role
    if form.endswith("ing"):
        return "ing"
    return "past" if form.endswith("ed") else "base"


MODALS = frozenset("to will would can could may might must should shall not".split())


def inflect_like(lemma: str, pattern_lemma: str, form: str, previous: str = "") -> str:
    """`lemma` in the form that `form` has as an inflection of `pattern_lemma` (disposes -> has)."""
    role = _role(pattern_lemma, form)
    previous = previous.lower()
    if lemma != "be":
        role = {"1sg": "base", "pl": "base", "pastpl": "past"}.get(role, role)
    elif pattern_lemma != "be" and role == "base":
        role = "base" if previous in MODALS else "pl"  # they dispose -> they are; to dispose -> to be
    if role == "past" and previous in inflections("have") + inflections("be"):
        role = "pp"
    out = verb_roles(lemma).get(role, lemma)
    return out[:1].upper() + out[1:] if form[:1].isupper() else out


def _body(token: Token, slots: list[str]) -> str:
    if token.kind == "group":
        return _sequence(token.parts, slots)
    if token.kind == "pair":
        parts = []
        for name in token.slots:
            slots.append(name)
            parts.append(f"(?P<s{len(slots) - 1}>{NAME_WORD})")
        return "-".join(parts)
    if token.kind == "slot":
        slots.append(token.slots[0])
        return f"(?P<s{len(slots) - 1}>{SLOT})"
    if token.kind == "number":
        return NUMBER
    if token.kind == "any":
        return ANY_WORD
    if token.kind == "comma":
        return ","
    return "(?i:" + "|".join(_literal(w) for w in sorted(token.words, key=len, reverse=True)) + ")"


def _sequence(tokens: tuple[Token, ...], slots: list[str], top: bool = False) -> str:
    """Tokens joined by spaces: optional tokens before the last required one carry their space after
    them, those after it carry it before them; a !word token is a lookahead on the token before it."""
    required = [i for i, t in enumerate(tokens) if not t.optional and t.kind != "not"]
    last = required[-1] if required else len(tokens) - 1
    out = []
    for i, token in enumerate(tokens):
        if token.kind == "not":  # !of|'s: the next word is none of these ('s and ’s attach to the word before)
            spaced = "|".join(_literal(w) for w in sorted(token.words, key=len, reverse=True) if w[0] != "'")
            attached = "|".join(_literal(w) for w in sorted(token.words, key=len, reverse=True) if w[0] == "'")
            options = ([rf"{GAP}(?i:{spaced}){EDGE_AFTER}"] if spaced else []) + (
                [rf"(?i:{attached}){EDGE_AFTER}"] if attached else [])
            out.append(rf"(?!{'|'.join(options)})")
            continue
        body = _body(token, slots)
        if top:
            body = f"(?P<t{i}>{body})"
        # a comma sticks to the word before it: no space between them, the word's space after it
        after = "" if i + 1 < len(tokens) and tokens[i + 1].kind == "comma" else GAP
        if token.kind == "comma":
            body = f"(?:{body})?" if token.optional else body
            out.append(body + GAP if i < last else body)
        elif i < last:
            out.append(f"(?:{body}{after})?" if token.optional else f"{body}{after}")
        elif i == last:
            out.append(f"(?:{body})?" if token.optional else body)
        else:
            out.append(f"(?:{GAP}{body})?" if token.optional else f"{GAP}{body}")
    return "".join(out)


@functools.lru_cache(maxsize=None)
def compile_pattern(pattern: str) -> tuple["regex.Pattern", tuple[str, ...]]:
    slots: list[str] = []
    body = _sequence(parse_pattern(pattern), slots, top=True)
    return regex.compile(rf"{EDGE_BEFORE}(?:{body}){EDGE_AFTER}"), tuple(slots)


def _required_words(tokens: tuple[Token, ...]) -> tuple[frozenset[str], ...]:
    """The forms of each required word token, most specific (longest shortest form) first; a token
    with a numeral (in 2023) is left out: the text's word set holds no numerals."""
    needs = [t.words for t in tokens if t.kind in ("word", "lemma") and not t.optional
             and all(WORDS.fullmatch(f) for f in t.words)]
    return tuple(sorted(needs, key=lambda forms: -min(len(f) for f in forms)))


@functools.lru_cache(maxsize=None)
def lexicon(source: str, target: str) -> tuple[Entry, ...]:
    """The entries of data/<source>-<target>/phrasing.tsv (compiled on first use)."""
    out = []
    for row in read_tsv(f"{source}-{target}", "phrasing.tsv"):
        pattern = row["pattern"]
        bare = pattern.startswith("~")
        pattern = pattern.lstrip("~")
        try:
            tokens = parse_pattern(pattern)
        except ValueError as error:
            raise ValueError(f"data/{source}-{target}/phrasing.tsv: {error}; see PHRASING.md, pattern language") from None
        out.append(Entry(pattern, row["type"], row["severity"], row["suggestion"], row["why"], row["source"],
                         _required_words(tokens), bare))
    return tuple(out)


@functools.lru_cache(maxsize=None)
def lexicon_pairs() -> frozenset[tuple[str, str]]:
    folder = data_path()
    return frozenset(tuple(p.name.split("-")) for p in folder.iterdir()
                     if p.is_dir() and "-" in p.name and p.joinpath("phrasing.tsv").is_file())


@functools.lru_cache(maxsize=1)
def _entity_types() -> dict[str, str]:
    """Every spelling of every gazetteer entity, in every language, with its type."""
    out: dict[str, str] = {}
    for lang in GAZETTEER_LANGS:
        for entity in entities(lang).values():
            for spelling in entity.spellings:
                out.setdefault(spelling, entity.type)
                out.setdefault(spelling.split()[-1], entity.type)
    return out


def slot_fits(slot: str, text: str) -> bool:
    """A {person} is no known place or organisation, a {place} no known person or organisation."""
    known = _entity_types().get(text) or _entity_types().get(text.split()[-1])
    if slot == "name":
        return True
    if known is None:
        return slot == "person"  # an unknown name may be a person; a place or organisation must be known
    return known == slot


@dataclass(frozen=True)
class Match:
    entry: Entry
    start: int
    end: int
    found: "regex.Match" = field(repr=False, compare=False)
    slots: tuple[str, ...] = ()

    @functools.cached_property
    def suggestion(self) -> str:
        """Filled only when a finding needs it: most matches are evidence for the source language."""
        return suggest(self.entry, self.found, self.slots)


WORDS = regex.compile(r"[\p{L}’']+")


class TextIndex:
    """The lines of a text and, for each lower-case word, the lines it occurs on. No pattern token
    matches a line break, so an entry is tried only on the lines that hold all its required words."""

    def __init__(self, text: str, wanted: "frozenset[str] | None" = None):
        """`wanted`: the only words worth indexing (those some entry requires), or None for all."""
        self.text = text
        self.lines: list[tuple[int, int]] = []
        self.where: dict[str, list[int]] = {}
        start = 0
        # one apostrophe for both (length-preserving, unlike lower-casing, done a line at a time)
        for n, line in enumerate(text.replace("’", "'").split("\n")):
            self.lines.append((start, start + len(line)))
            start += len(line) + 1
            words = set(WORDS.findall(line.lower()))
            for word in words if wanted is None else words & wanted:
                self.where.setdefault(word, []).append(n)
        self.words = frozenset(self.where)
        self.found: dict[str, list] = {}  # a pattern's matches, shared by the lexicons that list it

    def candidate_lines(self, needs: tuple[frozenset[str], ...]) -> set[int] | None:
        """The lines holding a form of every required word; None when the pattern has none."""
        lines = None
        for forms in sorted(needs, key=lambda f: sum(len(self.where.get(w, ())) for w in f)):
            found = {n for w in forms for n in self.where.get(w, ())}
            lines = found if lines is None else lines & found
            if not lines:
                break
        return lines


def matches(text: str, source: str, target: str, words: "frozenset[str] | TextIndex | None" = None) -> list[Match]:
    index = words if isinstance(words, TextIndex) else None
    if index is None and words is None:
        index = TextIndex(text)
    words = index.words if index is not None else words
    out = []
    for entry in lexicon(source, target):
        if any(forms.isdisjoint(words) for forms in entry.needs):
            continue
        pattern, slots = entry.compiled
        if index is not None and entry.pattern in index.found:
            out.extend(Match(entry, m.start(), m.end(), m, slots) for m in index.found[entry.pattern])
            continue
        lines = index.candidate_lines(entry.needs) if index is not None and entry.needs else None
        if lines is None or len(lines) * 4 > len(index.lines):
            found = pattern.finditer(text)
        else:
            found = (m for n in sorted(lines) for m in pattern.finditer(text, *index.lines[n]))
        kept = [m for m in found
                if all(m.group(f"s{i}") is None or slot_fits(slot, m.group(f"s{i}")) for i, slot in enumerate(slots))]
        if index is not None:
            index.found[entry.pattern] = kept
        out.extend(Match(entry, m.start(), m.end(), m, slots) for m in kept)
    return out


def text_index(doc) -> TextIndex:
    """The document's index, of the words the lexicons into its language require."""
    if "phrasing_index" not in doc.cache:
        doc.cache["phrasing_index"] = TextIndex(doc.text, required_words(doc.lang))
    return doc.cache["phrasing_index"]


@functools.lru_cache(maxsize=None)
def required_words(target: str | None) -> frozenset[str]:
    """Every form of every required word of the lexicons into `target`."""
    return frozenset(form for source, tgt in lexicon_pairs() if tgt == target
                     for entry in lexicon(source, tgt) for forms in entry.needs for form in forms)


# --- suggestions -----------------------------------------------------------------------------------

SLOT_REF = regex.compile(r"\{(\w+)\}")


def _aligns(token: Token, target: Token) -> bool:
    """Does a suggestion word or alternatives token stand for this pattern token?"""
    return token.kind == "word" and target.kind in ("word", "lemma") and not token.words.isdisjoint(target.words)


ARTICLES = frozenset({"a", "an"})


def _glue(token: Token, leading: bool = False) -> bool:
    """A required single word at the edge of a `...` (of, with, on the way): the construction itself, not
    its content. Any single word is, after the editor's own words (they replaced it: "un numero di" ->
    "alcuni"); elsewhere only a short one ("disposes of a majority" -> "has a majority")."""
    return (token.kind == "word" and not token.optional and len(token.words) == 1
            and (leading or len(next(iter(token.words))) <= 4))


def suggest(entry: Entry, m, slots: tuple[str, ...]) -> str:
    """The entry's suggestion with its slots, lemmas, optional tokens and `...` filled from the match.

    Each suggestion token that stands for a pattern token (a slot by name, the n-th <lemma> for the
    n-th lemma of the pattern, a word or alternatives sharing a word with a pattern token) takes the
    matched text of that token; `...` stands for the matched tokens between its neighbours that stand
    for pattern tokens (or up to the end, when it is the last token)."""
    pattern = entry.tokens
    text = m.string
    slot_values: dict[str, list[str | None]] = {}
    for i, name in enumerate(slots):
        slot_values.setdefault(name, []).append(m.group(f"s{i}"))
    slot_used: dict[str, int] = {}
    lemma_tokens = [i for i, t in enumerate(pattern) if t.kind == "lemma"]
    lemma_used = 0

    def group(i: int) -> str | None:
        return None if pattern[i].kind == "not" else m.group(f"t{i}")

    def fill_slots(raw: str) -> str | None:
        missing = False

        def one(ref):
            nonlocal missing
            name = ref.group(1)
            values = slot_values.get(name)
            if name == "number":
                values = [group(i) for i, t in enumerate(pattern) if t.kind == "number"]
            if not values:
                return ref.group(0)
            n = slot_used.get(name, 0)
            slot_used[name] = n + 1
            value = values[min(n, len(values) - 1)]
            if value is None:
                missing = True
                return ""
            return value
        filled = SLOT_REF.sub(one, raw)
        return None if missing else filled

    rendered: list[tuple[str, int | None, bool]] = []  # (text, aligned pattern index, is ellipsis)
    pointer = 0
    for raw in _split_groups(entry.suggestion):
        if raw == "...":
            rendered.append(("", None, True))
            continue
        if SLOT_REF.search(raw):
            optional = raw.startswith("(") and raw.endswith(")")
            filled = fill_slots(raw[1:-1] if optional else raw)
            if filled is None:
                rendered.append(("", None, False))  # an optional group whose slot did not match
            else:
                index = next((i for i, t in enumerate(pattern) if set(t.slots) & set(SLOT_REF.findall(raw))), None)
                rendered.append((filled, index if not optional else None, False))
            continue
        token = parse_token(raw) if not (raw.startswith("(") and " " in raw) else Token("text", raw)
        if token.kind == "lemma" and not token.optional:
            index = lemma_tokens[lemma_used] if lemma_used < len(lemma_tokens) else None
            lemma_used += 1
            if index is None or group(index) is None:
                rendered.append((token.lemma, None, False))
                continue
            form = group(index)
            if pattern[index].lemma == token.lemma:
                rendered.append((form, index, False))
            else:
                before = text[:m.start(f"t{index}")].split()[-1:]
                rendered.append((inflect_like(token.lemma, pattern[index].lemma, form, "".join(before)), index, False))
            pointer = max(pointer, index + 1)
            continue
        if token.kind == "word":
            index = next((i for i in range(pointer, len(pattern)) if _aligns(token, pattern[i])), None)
            if index is not None:
                pointer = index + 1
                value = group(index)
                if value is None and (token.optional or "|" in raw):  # an optional pattern token that did not match
                    rendered.append(("", index, False))
                elif value is None:
                    rendered.append((raw, index, False))
                elif "|" in raw or token.optional or pattern[index].words <= ARTICLES or (raw.isdigit() and len(raw) == 4):
                    rendered.append((value, index, False))  # alternatives: the one the text has
                else:
                    rendered.append((raw, index, False))  # a single word: the editor's choice, as written
                continue
            options = [w for w in (raw[1:-1] if token.optional else raw).split("|")]
            if len(options) > 1:  # alternatives standing for no pattern token: the matched one, else the first
                matched = [w.lower() for w in m.group().split()]
                rendered.append((next((w for w in options if w.lower() in matched), options[0]), None, False))
                continue
        rendered.append((raw, None, False))

    def editor_words(items) -> bool:
        return any(not ellipsis and index is None and value for value, index, ellipsis in items)

    out: list[str] = []
    for n, (value, index, ellipsis) in enumerate(rendered):
        if not ellipsis:
            if value:
                out.append(value)
            continue
        before = next((k for k in range(n - 1, -1, -1) if rendered[k][1] is not None), None)
        after = next((k for k in range(n + 1, len(rendered)) if rendered[k][1] is not None), None)
        # the editor's own words between an aligned token and `...` replace the pattern token there
        replaced = editor_words(rendered[(before if before is not None else -1) + 1:n])
        start = (rendered[before][1] + 1 if before is not None else 0) + replaced
        if after is None:  # editor's words after `...` replace the pattern's last token ("... coach")
            end = len(pattern) - editor_words(rendered[n + 1:])
        else:
            end = rendered[after][1] - editor_words(rendered[n + 1:after])
        kept = [i for i in range(start, end) if group(i) is not None]
        while kept and _glue(pattern[kept[0]], leading=replaced):  # "dispose of ten days" -> "have ten days"
            kept.pop(0)
        while kept and _glue(pattern[kept[-1]]):
            kept.pop()
        spans = [m.span(f"t{i}") for i in kept]
        if spans:
            out.append(text[spans[0][0]:spans[-1][1]])
    return " ".join(out)


def phrasing_hits(doc) -> dict[str, list[tuple[int, int, str, bool]]]:
    """Every lexicon into the document's language, run on it: {source: [(start, end, text, bare)]},
    the evidence of the source language; `bare` marks a `~` entry's hit, weak evidence."""
    if "phrasing_hits" in doc.cache:
        return doc.cache["phrasing_hits"]
    out = {}
    if doc.lang:
        index = text_index(doc)
        for source, target in sorted(lexicon_pairs()):
            if target == doc.lang:
                found = matches(doc.text, source, target, index)
                doc.cache[("phrasing", source)] = found
                if found:
                    out[source] = [(m.start, m.end, doc.text[m.start:m.end], m.entry.bare) for m in found]
    doc.cache["phrasing_hits"] = out
    return out


def outermost(found: list[Match]) -> list[Match]:
    """The matches no other match contains: 'ha eventualmente confermato' is one finding, not
    also 'eventualmente' inside it (the longer entry says more)."""
    out: list[Match] = []
    for m in sorted(found, key=lambda m: (m.start, -m.end)):
        if not any(k.start <= m.start and m.end <= k.end for k in out):
            out.append(m)
    return out


def document_matches(doc, source: str) -> list[Match]:
    """The matches of the lexicon source -> the document's language (computed once)."""
    if ("phrasing", source) not in doc.cache:
        doc.cache[("phrasing", source)] = (matches(doc.text, source, doc.lang, text_index(doc))
                                           if (source, doc.lang) in lexicon_pairs() else [])
    return doc.cache[("phrasing", source)]
