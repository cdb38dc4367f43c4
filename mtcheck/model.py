"""The results mtcheck returns: findings and the per-article report (the JSON contract)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

SCHEMA_VERSION = 1
FAMILIES = ("names", "punctuation", "phrasing", "language", "locale")
SEVERITIES = ("minor", "major", "critical")


@dataclass(frozen=True)
class Finding:
    """One artifact: where it is (code-point offsets into the text as read), what and what instead."""

    code: str
    rule: str
    family: str
    severity: str
    start: int
    end: int
    text: str
    message: str
    suggestion: str | None = None
    # languages this artifact points to as the source (Serghei: it); evidence for the inference
    source_hint: tuple[str, ...] = ()

    def as_dict(self, lines: "LineIndex | None" = None) -> dict:
        out = {"code": self.code, "rule": self.rule, "family": self.family, "severity": self.severity,
               "start": self.start, "end": self.end}
        if lines is not None:
            out["line"], out["column"] = lines.position(self.start)
        out.update(text=self.text, message=self.message, suggestion=self.suggestion)
        return out


class LineIndex:
    """Turns code-point offsets into 1-based line and column numbers."""

    def __init__(self, text: str):
        self.starts = [0]
        self.starts += [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else None
        return start, end


@dataclass
class Report:
    """Everything mtcheck found in one article, with its scores and gate verdict."""

    text: str
    language: str | None
    source_language: str | None
    words: int
    findings: list[Finding]
    scores: dict[str, float]
    passed: bool
    file: str | None = None
    notes: list[str] = field(default_factory=list)
    language_detected: bool = False
    source_evidence: dict | None = None
    gate_failures: list[str] = field(default_factory=list)
    signature: str = ""
    name_mentions: int = 0  # for the names score when suppressions change the findings

    def as_dict(self) -> dict:
        lines = LineIndex(self.text)
        return {
            "schema_version": SCHEMA_VERSION,
            "file": self.file,
            "language": self.language,
            "language_detected": self.language_detected,
            "source_language": self.source_language,
            "source_evidence": self.source_evidence,
            "words": self.words,
            "scores": self.scores,
            "signature": self.signature,
            "passed": self.passed,
            "gate_failures": self.gate_failures,
            "notes": self.notes,
            "findings": [f.as_dict(lines) for f in self.findings],
        }
