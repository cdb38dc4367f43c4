"""GitHub Actions workflow commands: an annotation per finding on the file's line."""
from mtcheck.model import LineIndex

LEVELS = {"minor": "notice", "major": "warning", "critical": "error"}


def _escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def render(results: list, many: bool) -> str:
    out = []
    for r in results:
        if isinstance(r, dict):
            out.append(f"::error file={r['file']}::{_escape(r['error'])}")
            continue
        lines = LineIndex(r.text)
        for f in r.findings:
            line, column = lines.position(f.start)
            end_line, end_column = lines.position(max(f.start, f.end - 1))
            suggestion = f" Suggestion: {f.suggestion}" if f.suggestion else ""
            out.append(f"::{LEVELS[f.severity]} file={r.file},line={line},col={column},endLine={end_line},"
                       f"endColumn={end_column + 1},title={f.code} {f.rule}::{_escape(f.message + suggestion)}")
    return "\n".join(out)
