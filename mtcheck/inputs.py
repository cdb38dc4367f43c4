"""Articles as .txt, .md or .html: the text to check with its markup stripped, and for each of its
characters the offset in the file as read, so findings point into the original file."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

MARKER = re.compile(r"mtcheck:\s*(ignore-file|ignore)\s+([A-Za-z0-9_,\s-]+?)\s*$")
BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
              "article", "header", "footer", "tr", "table", "figure", "figcaption", "pre", "hr", "main", "aside"}
SKIPPED_TAGS = {"script", "style", "head", "template", "noscript", "svg"}


@dataclass
class Suppression:
    codes: tuple[str, ...]
    start: int          # offsets in the original file that the marker covers
    end: int
    line: int
    used: bool = False

    def covers(self, code: str, offset: int) -> bool:
        return self.start <= offset < self.end and any(code == c or code.startswith(c) or c == "ALL"
                                                       for c in self.codes)


@dataclass
class Source:
    original: str
    text: str
    offsets: list[int]                       # offsets[i]: where text[i] stands in original
    suppressions: list[Suppression] = field(default_factory=list)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the checked text as a span of the original file."""
        if not self.offsets:
            return start, end
        if end <= start:
            point = self.offsets[min(start, len(self.offsets) - 1)] if start < len(self.offsets) else len(self.original)
            return point, point
        return self.offsets[start], self.offsets[end - 1] + 1


MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES)  # what a folder of articles holds


def kind_of(path: str) -> str:
    lowered = path.lower()
    if lowered.endswith(MARKDOWN_SUFFIXES):
        return "md"
    if lowered.endswith(HTML_SUFFIXES):
        return "html"
    return "txt"


def extract(original: str, kind: str) -> Source:
    if kind == "html":
        return _html(original)
    if kind == "md":
        return _markdown(original)
    return Source(original, original, list(range(len(original))))


class _Builder:
    def __init__(self):
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def add(self, text: str, start: int, mapped: bool = True):
        for i, ch in enumerate(text):
            self.chars.append(ch)
            self.offsets.append(start + i if mapped else start)

    def paragraph(self, at: int):
        tail = "".join(self.chars[-2:])
        if self.chars and tail != "\n\n":
            self.add("\n\n"[len(tail) - len(tail.rstrip("\n")):] if tail.endswith("\n") else "\n\n", at, mapped=False)


def _markers(comment: str, start: int, end: int, original: str) -> list[Suppression]:
    m = MARKER.search(comment.strip())
    if not m:
        return []
    codes = tuple(c.strip().upper() for c in re.split(r"[,\s]+", m.group(2)) if c.strip())
    line = original.count("\n", 0, start) + 1
    if m.group(1) == "ignore-file":
        return [Suppression(codes, 0, len(original), line)]
    following = re.search(r"\S.*?(?:\n[ \t]*\n|\Z)", original[end:], re.S)  # the next block
    stop = end + (following.end() if following else 0)
    return [Suppression(codes, end, stop, line)]


class _HTMLText(HTMLParser):
    def __init__(self, original: str):
        super().__init__(convert_charrefs=False)
        self.original = original
        self.line_starts = [0] + [i + 1 for i, ch in enumerate(original) if ch == "\n"]
        self.out = _Builder()
        self.skipping = 0
        self.suppressions: list[Suppression] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.out.paragraph(self._offset())

    def handle_endtag(self, tag):
        if tag in SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.out.paragraph(self._offset())

    def handle_data(self, data):
        if not self.skipping:
            start = self._offset()
            # white space of the markup's layout collapses as a browser shows it
            for m in re.finditer(r"[^\s]+|\s+", data):
                if m.group().isspace():
                    if self.out.chars and not self.out.chars[-1].isspace():
                        self.out.add(" ", start + m.start())
                else:
                    self.out.add(m.group(), start + m.start())

    def _reference(self, text, length):
        if not self.skipping:
            self.out.add(text, self._offset(), mapped=False)
            self.out.offsets[-1] = self._offset()

    def handle_entityref(self, name):
        from html import unescape
        self._reference(unescape(f"&{name};"), len(name) + 2)

    def handle_charref(self, name):
        from html import unescape
        self._reference(unescape(f"&#{name};"), len(name) + 3)

    def handle_comment(self, data):
        start = self._offset()
        self.suppressions += _markers(data, start, start + len(data) + 7, self.original)


def _html(original: str) -> Source:
    parser = _HTMLText(original)
    parser.feed(original)
    parser.close()
    text = "".join(parser.out.chars)
    return Source(original, text, parser.out.offsets, parser.suppressions)


MD_DROP = re.compile(r"""
    <!--(?P<comment>.*?)-->
  | ^[ \t]{0,3}\#{1,6}[ \t]+            # heading marks
  | ^[ \t]{0,3}>[ \t]?                  # block quotes
  | ^[ \t]*(?:[-*+]|\d+[.)])[ \t]+      # list items
  | !?\[(?=[^\]]*\]\()                  # a link's or image's opening bracket
  | \]\([^)]*\)                         # its target
  | \*\*|__|`
  | (?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])
  | <[^>\n]+>                           # inline HTML
""", re.X | re.M | re.S)


def _markdown(original: str) -> Source:
    out = _Builder()
    suppressions = []
    position = 0
    for m in MD_DROP.finditer(original):
        out.add(original[position:m.start()], position)
        if m.group("comment") is not None:
            suppressions += _markers(m.group("comment"), m.start(), m.end(), original)
        position = m.end()
    out.add(original[position:], position)
    return Source(original, "".join(out.chars), out.offsets, suppressions)
