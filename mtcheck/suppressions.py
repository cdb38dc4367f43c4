"""Accepted findings: a baseline file (rule + text + context, so it survives edits elsewhere in
the article) and inline markers in Markdown and HTML (<!-- mtcheck: ignore NAM002 -->)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from mtcheck.languages import ConfigError

CONTEXT = 24
SCHEMA = "mtcheck-baseline/1"


def _context(text: str, start: int, end: int) -> str:
    """The words around a finding on its own line: edits elsewhere leave it unchanged."""
    before = text[max(0, start - CONTEXT):start].rsplit("\n", 1)[-1]
    after = text[end:end + CONTEXT].split("\n", 1)[0]
    return re.sub(r"\s+", " ", before + "\u2038" + after).strip()


def entry(finding, text: str) -> dict:
    return {"code": finding.code, "text": finding.text, "context": _context(text, finding.start, finding.end)}


def write_baseline(path: str, reports: list) -> int:
    entries = [dict(entry(f, r.text), file=r.file) for r in reports for f in r.findings]
    Path(path).write_text(json.dumps({"schema": SCHEMA, "entries": entries}, ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
    return len(entries)


def read_baseline(path: str) -> list[dict]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such baseline file (write one with --write-baseline)") from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: not a baseline file ({exc})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("entries"), list):
        raise ConfigError(f"{path}: not a baseline file (expected schema {SCHEMA!r})")
    return data["entries"]


def apply(report, inline: list, baseline: list[dict] | None) -> None:
    """Drop the accepted findings from the report; note the suppressions nothing matched."""
    kept = []
    used = set()
    for f in report.findings:
        marker = next((s for s in inline if s.covers(f.code, f.start)), None)
        if marker:
            marker.used = True
            continue
        key = (f.code, f.text, _context(report.text, f.start, f.end))
        match = next((i for i, e in enumerate(baseline or ()) if (e.get("code"), e.get("text"), e.get("context")) == key
                      and e.get("file") in (None, report.file)), None)
        if match is not None:
            used.add(match)
            continue
        kept.append(f)
    report.findings = kept
    for s in inline:
        if not s.used:
            report.notes.append(f"unused suppression on line {s.line}: mtcheck: ignore {' '.join(s.codes)}")
    for i, e in enumerate(baseline or ()):
        if i not in used and e.get("file") in (None, report.file):
            report.notes.append(f"unused baseline entry: {e.get('code')} {e.get('text')!r}")
