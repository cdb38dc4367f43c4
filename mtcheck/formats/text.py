"""The report for a person: verdict and scores, then each finding with its line underlined."""
from __future__ import annotations

import click

from mtcheck.model import FAMILIES, LineIndex, Report

SEVERITY_COLOURS = {"minor": "yellow", "major": "red", "critical": "magenta"}
CONTEXT = 50  # characters of the line shown on each side of a finding


def _excerpt(text: str, lines: LineIndex, start: int, end: int) -> tuple[str, str]:
    line, column = lines.position(start)
    line_start, line_end = lines.line_span(line)
    line_text = text[line_start:line_end]
    col, width = column - 1, max(1, min(end, line_start + len(line_text)) - start)
    left = max(0, col - CONTEXT)
    right = min(len(line_text), col + width + CONTEXT)
    prefix = "…" if left else ""
    shown = prefix + line_text[left:right] + ("…" if right < len(line_text) else "")
    marker = " " * (len(prefix) + col - left) + "^" * width
    return shown.replace("\t", " "), marker


def render_report(report: Report) -> str:
    name = report.file or "<text>"
    verdict = click.style("PASSED", fg="green", bold=True) if report.passed else click.style("FAILED", fg="red", bold=True)
    scores = "  ".join(f"{fam} {report.scores[fam]:g}" for fam in ("overall", *FAMILIES) if fam in report.scores)
    lang = report.language or "unknown"
    how = "detected" if report.language_detected else "given"
    out = [f"{click.style(name, bold=True)}: {verdict}  {scores}",
           f"  {report.words} words, language {lang} ({how}), source language {report.source_language or 'unknown'}, "
           f"{len(report.findings)} finding{'s' * (len(report.findings) != 1)}"]
    out += [f"  note: {note}" for note in report.notes]
    lines = LineIndex(report.text)
    for f in report.findings:
        line, column = lines.position(f.start)
        severity = click.style(f.severity, fg=SEVERITY_COLOURS[f.severity])
        out.append("")
        out.append(f"{name}:{line}:{column} {click.style(f.code, bold=True)} {severity} {f.message} [{f.rule}]")
        shown, marker = _excerpt(report.text, lines, f.start, f.end)
        out.append(f"    {shown}")
        out.append(f"    {click.style(marker, fg=SEVERITY_COLOURS[f.severity])}")
        if f.suggestion is not None:
            out.append(f"    suggestion: {f.suggestion!r}" if f.suggestion.strip() != f.suggestion or not f.suggestion
                       else f"    suggestion: {f.suggestion}")
    return "\n".join(out)


def render(results: list, many: bool) -> str:
    parts = [render_report(r) if isinstance(r, Report) else f"{r['file']}: error: {r['error']}" for r in results]
    return "\n\n".join(parts)
