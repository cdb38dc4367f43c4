"""A standalone HTML page an editor would rather look at than read: the article with every finding
highlighted in its family's colour (message and suggestion on hover and in a side list), the
scores as gauges, the source language and its evidence. No script, no external assets; the
article's text is escaped, so a hostile article cannot run anything."""
from __future__ import annotations

from html import escape

from mtcheck.model import FAMILIES, Report

COLOURS = {"names": "#7b4fd6", "punctuation": "#d9480f", "phrasing": "#1c7ed6", "language": "#2f9e44",
           "locale": "#c2255c"}
STYLE = """
:root{--ink:#1d1d1f;--muted:#6e6e73;--paper:#fff;--line:#e5e5ea}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--ink);background:#f5f5f7}
header{background:var(--paper);border-bottom:1px solid var(--line);padding:16px 20px}
h1{font-size:1.15rem;margin:0 0 4px;word-break:break-all}.meta{color:var(--muted);font-size:.9rem}
.verdict{display:inline-block;padding:2px 10px;border-radius:999px;font-weight:700;color:#fff;margin-right:8px}
.passed{background:#2f9e44}.failed{background:#e03131}
.gauges{display:flex;flex-wrap:wrap;gap:14px;margin-top:12px}
.gauge{width:86px;text-align:center;font-size:.78rem;color:var(--muted)}
.dial{width:64px;height:64px;margin:0 auto 4px;border-radius:50%;display:grid;place-items:center;
 background:conic-gradient(var(--c) calc(var(--v)*1%),var(--line) 0)}
.dial b{width:48px;height:48px;border-radius:50%;background:var(--paper);display:grid;place-items:center;color:var(--ink);font-size:.95rem}
main{display:grid;grid-template-columns:minmax(0,2fr) minmax(260px,1fr);gap:20px;padding:20px;max-width:1200px;margin:0 auto}
@media (max-width:800px){main{grid-template-columns:1fr;padding:12px}}
article{background:var(--paper);border:1px solid var(--line);border-radius:12px;padding:20px;white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:color-mix(in srgb,var(--c) 18%,transparent);border-bottom:2px solid var(--c);color:inherit;border-radius:2px;cursor:help}
mark:target{outline:2px solid var(--c)}
aside{background:var(--paper);border:1px solid var(--line);border-radius:12px;padding:12px 16px;align-self:start}
aside h2,section h2{font-size:1rem;margin:8px 0}aside ol{padding-left:1.2em;margin:0}aside li{margin:0 0 10px}
aside a{color:inherit;text-decoration:none}.code{font:600 .8rem ui-monospace,monospace;color:var(--c)}
.sug{display:block;color:var(--muted);font-size:.9rem}.evidence{font-size:.9rem;color:var(--muted)}
.legend span{display:inline-block;margin-right:10px;font-size:.8rem}.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;background:var(--c);margin-right:4px}
"""


def _gauge(label: str, value: float, colour: str) -> str:
    return (f'<div class="gauge"><div class="dial" style="--v:{value:g};--c:{colour}"><b>{value:g}</b></div>'
            f"{escape(label)}</div>")


def _marked(text: str, findings: list) -> str:
    """The text with one <mark> per finding; a finding that runs past the end of one it starts in
    is clipped to nest inside it, so the marks stay well formed and still number one per finding."""
    order = sorted(range(len(findings)), key=lambda i: (findings[i].start, -findings[i].end))
    ends: dict[int, int] = {}
    stack: list[int] = []
    for i in order:
        start = findings[i].start
        while stack and ends[stack[-1]] <= start:
            stack.pop()
        ends[i] = max(start, min(findings[i].end, ends[stack[-1]]) if stack else findings[i].end)
        stack.append(i)
    rank = {i: r for r, i in enumerate(order)}
    events = sorted([(findings[i].start, 1, rank[i], i) for i in order] +
                    [(ends[i], 0, -rank[i], i) for i in order if ends[i] > findings[i].start])
    out, position = [], 0
    for point, kind, _, i in events:
        out.append(escape(text[position:point]))
        position = point
        if kind == 0:
            out.append("</mark>")
            continue
        f = findings[i]
        tip = f"{f.code} {f.severity}: {f.message}" + (f" — write: {f.suggestion}" if f.suggestion is not None else "")
        out.append(f'<mark id="f{i}" class="{f.family} {f.severity}" style="--c:{COLOURS[f.family]}" '
                   f'title="{escape(tip)}">' + ("</mark>" if ends[i] == f.start else ""))
    out.append(escape(text[position:]))
    return "".join(out)


def _report(r: Report, index: int) -> str:
    verdict = '<span class="verdict passed">PASSED</span>' if r.passed else '<span class="verdict failed">FAILED</span>'
    gauges = _gauge("overall", r.scores["overall"], "#343a40") + "".join(
        _gauge(f, r.scores[f], COLOURS[f]) for f in FAMILIES if f in r.scores)
    items = []
    for i, f in enumerate(r.findings):
        suggestion = f'<span class="sug">write: {escape(f.suggestion)}</span>' if f.suggestion else ""
        items.append(f'<li style="--c:{COLOURS[f.family]}"><a href="#f{i}"><span class="code">{f.code}</span> '
                     f"{escape(f.message)} <q>{escape(f.text)}</q>{suggestion}</a></li>")
    evidence = ""
    if r.source_evidence and r.source_language:
        pieces = ", ".join(f"{escape(e['text'])} ({escape(e['rule'])})" for e in r.source_evidence.get("evidence", [])[:8])
        evidence = (f'<p class="evidence">Source language: <b>{escape(r.source_language)}</b> '
                    f"(confidence {r.source_evidence.get('confidence', 0):g}; evidence: {pieces})</p>")
    legend = "".join(f'<span style="--c:{c}"><i></i>{f}</span>' for f, c in COLOURS.items())
    failures = "".join(f"<li>{escape(x)}</li>" for x in r.gate_failures)
    return f"""<section id="report{index}">
<header><h1>{verdict}{escape(r.file or "article")}</h1>
<div class="meta">{r.words} words · language {escape(r.language or "unknown")} · {len(r.findings)} findings · {escape(r.signature)}</div>
{f'<ul class="meta">{failures}</ul>' if failures else ""}{evidence}
<div class="gauges">{gauges}</div><div class="legend">{legend}</div></header>
<main><article lang="{escape(r.language or "")}">{_marked(r.text, r.findings)}</article>
<aside><h2>Findings</h2><ol>{"".join(items) or "<li>None.</li>"}</ol></aside></main>
</section>"""


def render(results: list, many: bool) -> str:
    parts = [_report(r, i) if isinstance(r, Report) else f'<section><header><h1>{escape(r["file"])}</h1>'
             f'<p class="meta">error: {escape(r["error"])}</p></header></section>' for i, r in enumerate(results)]
    title = escape((results[0].file if len(results) == 1 and isinstance(results[0], Report) else None) or "mtcheck report")
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>mtcheck: {title}</title><style>{STYLE}</style></head><body>\n" + "\n".join(parts) + "\n</body></html>\n")
