"""Quote-mark analysis shared by the quote rules: each mark's role, pairing and problems.

Conventions per language come from data/<lang>/punctuation.toml; the table below says how each
glyph is used around the world, so that a mark foreign to the target can be named and replaced.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from mtcheck.document import SPACE, Document

DOUBLE = "\"“”„‟«»"
SINGLE = "'‘’‚‛‹›"
QUOTE = regex.compile("[" + regex.escape(DOUBLE + SINGLE) + "]")
# Where each glyph serves as an opening or a closing mark, and in which convention.
GLYPH_STYLES = {
    "“": {"open": "English-style", "close": "German-style"},
    "”": {"close": "English-style"},
    "„": {"open": "German-style"},
    "‟": {"open": "reversed"},
    "«": {"open": "guillemet", "close": "German-style reversed guillemet"},
    "»": {"close": "guillemet", "open": "German-style reversed guillemet"},
    '"': {"open": "straight", "close": "straight"},
    "‘": {"open": "English-style", "close": "German-style"},
    "’": {"close": "English-style"},
    "‚": {"open": "German-style"},
    "‛": {"open": "reversed"},
    "‹": {"open": "guillemet", "close": "German-style reversed guillemet"},
    "›": {"close": "guillemet", "open": "German-style reversed guillemet"},
    "'": {"open": "straight", "close": "straight"},
}
STYLE_NAMES = {
    "English-style": "English-style quotes (“ ”)",
    "German-style": "German-style quotes („ “)",
    "guillemet": "guillemets (« »)",
    "German-style reversed guillemet": "reversed guillemets (» «)",
    "straight": "straight quotes",
    "reversed": "reversed quotes (‟)",
}
# The languages whose press writes each style: evidence for the source of a translation.
STYLE_LANGUAGES = {
    "English-style": ("en",),
    "German-style": ("de", "pl"),
    "guillemet": ("fr", "it", "es", "ru", "pt"),
    "German-style reversed guillemet": ("de",),
    "straight": ("en",),
}
OPEN_BEFORE = set(SPACE) | set("\n([{—–-/") | set(DOUBLE + SINGLE)
CLOSE_AFTER = set(".,;:!?)]}…-") | set(DOUBLE + SINGLE)  # „Yellowstone“-Schauspielerin
STRAIGHT_SINGLE = regex.compile("'")
PILEUP = regex.compile(r"([ \u00a0]?)([“”\"«»„])[ \u00a0]?([.,;:])([“”\"«»])(?=\s|$|[.,;:])")


@dataclass
class Mark:
    start: int
    char: str
    level: int            # 0 double, 1 single
    position: str         # open | close | close-spaced | free | glued
    role: str = ""        # open | close | apostrophe | ignored
    pair_style: str = ""  # style of the quotation the mark belongs to


@dataclass
class QuoteIssue:
    kind: str             # foreign | misoriented | pileup | unmatched-open | unmatched-close
    start: int
    end: int
    message: str
    suggestion: str | None = None
    style: str = ""       # for a foreign mark: the convention it follows


@dataclass
class QuoteAnalysis:
    marks: list[Mark] = field(default_factory=list)
    issues: list[QuoteIssue] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[QuoteIssue]:
        return [i for i in self.issues if i.kind == kind]


def position(text: str, i: int) -> str:
    left = text[i - 1] if i > 0 else "\n"
    right = text[i + 1] if i + 1 < len(text) else "\n"
    left_open = left in OPEN_BEFORE
    right_closed = right.isspace() or right in CLOSE_AFTER
    if left_open and not right_closed:
        return "open"
    if not left_open and right_closed:
        return "close"
    if left_open:  # spaces or punctuation on both sides
        return "free" if right.isspace() or right in DOUBLE + SINGLE else "close-spaced"
    return "glued"


def analyse(doc: Document) -> QuoteAnalysis:
    """Quote marks of the whole document, paragraph by paragraph (cached on the document)."""
    if "quotes" not in doc.cache:
        doc.cache["quotes"] = _Analyser(doc).run()
    return doc.cache["quotes"]


class _Analyser:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.conv = doc.conventions
        self.result = QuoteAnalysis()
        self.target_roles: dict[str, set[str]] = {}
        for pair in self.conv.quote_pairs:
            self.target_roles.setdefault(pair.open, set()).add("open")
            self.target_roles.setdefault(pair.close, set()).add("close")
        self.outer_marks = {m for p in self.conv.quote_pairs if p.level == 0 for m in (p.open, p.close)}

    def issue(self, kind, start, end, message, suggestion=None, style=""):
        self.result.issues.append(QuoteIssue(kind, start, end, message, suggestion, style))

    def run(self) -> QuoteAnalysis:
        text = self.text
        handled: set[int] = set()
        for m in PILEUP.finditer(text):
            start = m.start(2) if m.group(1) == "" else m.start(1)
            closing = self._target_mark("close", 0)
            self.issue("pileup", start, m.end(),
                       f"quote marks piled up around “{m.group(3)}”: one quotation closes here",
                       f"{m.group(3)}{closing}" if m.group(3) in ".," and self.conv.lang == "en"
                       else f"{closing}{m.group(3)}")
            handled.update((m.start(2), m.start(4)))
        paragraphs = self.doc.paragraphs
        marks_by_para: list[list[Mark]] = [[] for _ in paragraphs]
        for m in QUOTE.finditer(text):
            i = m.start()
            mark = Mark(i, m.group(), 0 if m.group() in DOUBLE else 1, position(text, i))
            self.result.marks.append(mark)
            if paragraphs:
                marks_by_para[self.doc.paragraph_at(i)].append(mark)
        for index, marks in enumerate(marks_by_para):
            self._paragraph(marks, handled, marks_by_para[index + 1] if index + 1 < len(marks_by_para) else [])
        self.result.issues.sort(key=lambda q: q.start)
        return self.result

    def _target_mark(self, role: str, level: int) -> str:
        pairs = [p for p in self.conv.quote_pairs if p.level == level] or list(self.conv.quote_pairs)
        pairs = [p for p in pairs if p.open != p.close] or pairs  # prefer typographic marks
        return pairs[0].open if role == "open" else pairs[0].close

    def _suggest_foreign(self, mark: Mark, role: str, depth: int) -> tuple[int, int, str]:
        """The span to replace (with a space inside the foreign mark where the target has none)."""
        start, end = mark.start, mark.start + 1
        level = 1 if depth > 0 or mark.level == 1 else 0
        glyph = self._target_mark(role, level)
        if self.conv.space_inside_guillemets and glyph in "«»":
            glyph = glyph + "\u00a0" if role == "open" else "\u00a0" + glyph
            if role == "open" and end < len(self.text) and self.text[end] in SPACE:
                end += 1
            if role == "close" and start > 0 and self.text[start - 1] in SPACE:
                start -= 1
        elif mark.char in "«»‹›":
            if role == "open" and end < len(self.text) and self.text[end] in SPACE:
                end += 1
            if role == "close" and start > 0 and self.text[start - 1] in SPACE:
                start -= 1
        return start, end, glyph

    def _paragraph(self, marks: list[Mark], handled: set[int], next_marks: list[Mark]) -> None:
        text = self.text
        stack: list[Mark] = []
        straight_single: list[Mark] = []
        for mark in marks:
            if mark.start in handled:
                mark.role = "ignored"
                if stack and self.text[mark.start + 1:mark.start + 2] in ".,;: \u00a0":
                    stack.pop()  # the first mark of a pile-up closes the quotation
                continue
            if mark.level == 1 and not self._single_is_quote(mark, stack, straight_single):
                mark.role = "apostrophe"
                continue
            roles = self.target_roles.get(mark.char, set())
            styles = GLYPH_STYLES.get(mark.char, {})
            pos = mark.position
            same_level_open = [m for m in stack if m.level == mark.level]
            if not roles:
                role = self._role_from_position(mark, same_level_open, styles)
                self._foreign(mark, role, styles.get(role) or next(iter(styles.values()), "foreign"),
                              len(stack) - (role == "close"))
            elif roles == {"open", "close"}:
                role = self._role_from_position(mark, same_level_open, styles)
            else:
                role = next(iter(roles))
                if pos in ("open", "close") and pos != role:
                    if self._foreign_use(mark, pos, styles, same_level_open):
                        self._foreign(mark, pos, styles[pos], len(stack) - (pos == "close"))
                    else:
                        self._misoriented(mark, pos)
                    role = pos
                elif pos == "close-spaced" and role == "open":
                    self._misoriented(mark, "close")
                    role = "close"
                elif role == "open" and pos == "open" and same_level_open and \
                        same_level_open[-1].char == mark.char and self._ends_clause_before(mark):
                    if "close" in styles:  # the glyph closes in some convention: written the wrong way
                        self._misoriented(mark, "close")
                        role = "close"
                    else:  # „ never closes: the previous quotation was left open
                        unclosed = same_level_open[-1]
                        unclosed.pair_style = "reported"
                        stack.remove(unclosed)
                        self.issue("unmatched-open", unclosed.start, unclosed.start + 1,
                                   "quotation not closed before the next one opens")
            mark.role = role
            if role == "open":
                if mark.level == 0 and not stack and roles and mark.char not in self.outer_marks:
                    self._nested_only(mark)
                stack.append(mark)
            else:
                opener = next((m for m in reversed(stack) if m.level == mark.level), None)
                if opener is not None:
                    while stack and stack[-1] is not opener:
                        stack.pop()
                    stack.pop()
                    if opener.pair_style not in ("", "misoriented") and not mark.pair_style \
                            and not (opener.level == 0 and mark.char in self.outer_marks):
                        self._foreign(mark, "close", opener.pair_style, len(stack))
                elif mark.level == 0 and not mark.pair_style:
                    self.issue("unmatched-close", mark.start, mark.start + 1,
                               "closing quote mark with no opening one in this paragraph")
        continued = next((m for m in next_marks), None)
        for opener in stack:
            if opener.level != 0 or opener.pair_style:
                continue
            # newswire: a quotation running on reopens the next paragraph without closing this one
            if continued is not None and continued.position == "open" and \
                    not text[self.doc.paragraphs[self.doc.paragraph_at(continued.start)].start:continued.start].strip():
                continue
            self.issue("unmatched-open", opener.start, opener.start + 1,
                       "opening quote mark never closed in this paragraph")

    def _role_from_position(self, mark: Mark, same_level_open: list[Mark], styles: dict) -> str:
        if mark.position == "open":
            return "open"
        if mark.position in ("close", "close-spaced"):
            return "close"
        if len(styles) == 1:
            return next(iter(styles))
        return "close" if same_level_open else "open"

    def _single_is_quote(self, mark: Mark, stack: list[Mark], straight: list[Mark]) -> bool:
        """’ and ' are mostly apostrophes (Russia’s, ’90s, rock ’n’ roll, l’Italia)."""
        nxt = self.text[mark.start + 1: mark.start + 2]
        if mark.position == "glued" or nxt.isdigit():
            return False
        if mark.char in "’'":
            if mark.position == "open":
                if mark.char == "'" and self._has_straight_close(mark):
                    straight.append(mark)
                    return True
                return False
            return any(m.level == 1 for m in stack)
        return mark.position in ("open", "close", "close-spaced") or mark.char in "‹›"

    def _has_straight_close(self, mark: Mark) -> bool:
        para = self.doc.paragraphs[self.doc.paragraph_at(mark.start)]
        for m in STRAIGHT_SINGLE.finditer(self.text, mark.start + 1, para.end):
            pos = position(self.text, m.start())
            if pos == "open":
                return False
            if pos in ("close", "close-spaced"):
                return True
        return False

    def _foreign_use(self, mark: Mark, pos: str, styles: dict, open_marks: list[Mark]) -> bool:
        """A target glyph in the role another convention gives it (German “ closing „), not a slip."""
        if pos not in styles:
            return False
        if pos == "open":
            return True
        opener = open_marks[-1] if open_marks else None
        return not self._space_before(mark) and opener is not None and \
            GLYPH_STYLES.get(opener.char, {}).get("open") == styles["close"]

    def _space_before(self, mark: Mark) -> bool:
        return mark.start > 0 and self.text[mark.start - 1] in SPACE

    def _ends_clause_before(self, mark: Mark) -> bool:
        before = self.text[max(0, mark.start - 3):mark.start].rstrip(SPACE)
        return bool(before) and before[-1] in ",.!?;:"

    def _foreign(self, mark: Mark, role: str, style: str, depth: int) -> None:
        mark.pair_style = style
        start, end, glyph = self._suggest_foreign(mark, role, depth)
        name = STYLE_NAMES.get(style, style)
        self.issue("foreign", start, end,
                   f"{name} are not {self.conv.name} style; {self.conv.name} quotes with "
                   f"{self._target_mark('open', 0)}…{self._target_mark('close', 0)}"
                   if self.conv.lang != "und" else f"{name} mixed with another style", glyph, style)

    def _nested_only(self, mark: Mark) -> None:
        mark.pair_style = "English-style"
        start, end, glyph = self._suggest_foreign(mark, "open", 0)
        self.issue("foreign", start, end,
                   f"{mark.char}…{self._closing_of(mark.char)} stand only inside another quotation in "
                   f"{self.conv.name}; the outer quotation takes {self._target_mark('open', 0)}…"
                   f"{self._target_mark('close', 0)}", glyph, "English-style")

    def _closing_of(self, opening: str) -> str:
        return next((p.close for p in self.conv.quote_pairs if p.open == opening), opening)

    def _misoriented(self, mark: Mark, role: str) -> None:
        text = self.text
        mark.pair_style = "misoriented"  # reported once, as misoriented, not also as unbalanced
        glyph = self._target_mark(role, mark.level)
        if role == "close" and self._space_before(mark):
            start = mark.start - 1
            nxt = text[mark.start + 1: mark.start + 2]
            suggestion = glyph + (" " if nxt and nxt.isalnum() else "")
            self.issue("misoriented", start, mark.start + 1,
                       f"closing quote written as an opening one ({mark.char}), with the space on the wrong side",
                       suggestion)
        elif role == "close":
            self.issue("misoriented", mark.start, mark.start + 1,
                       f"opening quote mark {mark.char} used to close a quotation", glyph)
        else:
            self.issue("misoriented", mark.start, mark.start + 1,
                       f"closing quote mark {mark.char} used to open a quotation", glyph)
