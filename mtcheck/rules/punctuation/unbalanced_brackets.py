"""Brackets opened and not closed, or closed and not opened, within a paragraph."""
import regex

from mtcheck.rules.base import Rule

BRACKET = regex.compile(r"[()\[\]{}]")
PAIRS = {")": "(", "]": "[", "}": "{"}
LIST_MARKER = regex.compile(r"(?:^|[\s(])(?:\w{1,2}|[ivx]{1,4})$")
SMILEY = regex.compile(r"[:;=]-?$")


class UnbalancedBrackets(Rule):
    """
    What it flags: a parenthesis or square bracket with no partner in the same paragraph.
    List markers such as `a)` or `2)` and emoticons are left alone.

    Why it matters: the reader does not know where the aside ends; the translation dropped one
    half of the pair while reordering.

    Example: The ministry (which had denied the report on Monday said talks would resume.

    Instead: The ministry (which had denied the report on Monday) said talks would resume.

    Data: none.
    """

    code = "PUN010"
    severity = "minor"

    def check(self, doc):
        text = doc.text
        for para in doc.paragraphs:
            stack = []
            for m in BRACKET.finditer(text, para.start, para.end):
                ch = m.group()
                if ch in "([{":
                    stack.append(m.start())
                    continue
                before = text[max(para.start, m.start() - 6):m.start()]
                if stack and text[stack[-1]] == PAIRS[ch]:
                    stack.pop()
                elif LIST_MARKER.search(before) and ch == ")" or SMILEY.search(before):
                    continue
                else:
                    yield self.finding(doc, m.start(), m.end(), f"“{ch}” closes no bracket in this paragraph")
            for start in stack:
                yield self.finding(doc, start, start + 1, f"“{text[start]}” is never closed in this paragraph")
