"""One line per finding, sorted: path:line:col:CODE:severity:message (the golden-test contract)."""
from mtcheck.model import LineIndex


def render(results: list, many: bool) -> str:
    rows = []
    for r in results:
        if isinstance(r, dict):
            rows.append((r["file"], 0, 0, f"{r['file']}:0:0:ERROR:error:{r['error']}"))
            continue
        lines = LineIndex(r.text)
        for f in r.findings:
            line, column = lines.position(f.start)
            rows.append((r.file or "-", line, column, f"{r.file or '-'}:{line}:{column}:{f.code}:{f.severity}:{f.message}"))
    return "\n".join(row[-1] for row in sorted(rows))
