"""The batch summary page (`mtcheck batch --format html`): what a localisation lead compares MT
engines on. Score distributions as histograms per family, BLEU and chrF++ against mtcheck's
overall score where references exist, the worst articles linked to their own HTML reports, the
most frequent rules, a breakdown per source language, and the rows that could not be read. One
self-contained file: inline SVG, no script, every text from an article escaped."""
from __future__ import annotations

from html import escape
from pathlib import Path

from mtcheck.formats.html import COLOURS, STYLE
from mtcheck.model import FAMILIES

WORST = 20
PAGE_STYLE = STYLE + """
.wrap{max-width:1200px;margin:0 auto;padding:20px;display:grid;gap:20px}
section.card{background:var(--paper);border:1px solid var(--line);border-radius:12px;padding:12px 16px}
.plots{display:flex;flex-wrap:wrap;gap:16px}.plots figure{margin:0}figcaption{font-size:.85rem;color:var(--muted)}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line)}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.sig{font:.75rem ui-monospace,monospace;color:var(--muted)}
svg text{font:10px system-ui,sans-serif;fill:#6e6e73}
"""


def _histogram(values: list[float], colour: str, label: str, bins: int = 10) -> str:
    """Counts of scores in ten bands of ten points, as bars."""
    counts = [0] * bins
    for v in values:
        counts[min(int(v // (100 / bins)), bins - 1)] += 1
    top = max(counts) or 1
    width, height, bar = 220, 110, 20
    bars = []
    for i, c in enumerate(counts):
        h = round(90 * c / top)
        bars.append(f'<rect x="{10 + i * bar}" y="{95 - h}" width="{bar - 2}" height="{h}" fill="{colour}">'
                    f"<title>{i * 10}–{(i + 1) * 10}: {c} articles</title></rect>")
    axis = f'<text x="10" y="107">0</text><text x="{10 + bins * bar - 16}" y="107">100</text>'
    return (f'<figure><svg role="img" aria-label="{escape(label)} histogram" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}">{"".join(bars)}{axis}</svg><figcaption>{escape(label)} '
            f"({len(values)} articles)</figcaption></figure>")


def _scatter(points: list[tuple[float, float, str]], xlabel: str) -> str:
    """One dot per article: a reference metric (x) against mtcheck's overall score (y)."""
    size, pad = 240, 24
    dots = []
    for x, y, name in points:
        cx = pad + (size - 2 * pad) * max(0.0, min(x, 100.0)) / 100
        cy = size - pad - (size - 2 * pad) * max(0.0, min(y, 100.0)) / 100
        dots.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="3" fill="#1c7ed6" fill-opacity=".55">'
                    f"<title>{escape(name)}: {xlabel} {x:g}, overall {y:g}</title></circle>")
    frame = (f'<line x1="{pad}" y1="{size - pad}" x2="{size - pad}" y2="{size - pad}" stroke="#ccc"/>'
             f'<line x1="{pad}" y1="{pad}" x2="{pad}" y2="{size - pad}" stroke="#ccc"/>'
             f'<text x="{size / 2 - 20}" y="{size - 6}">{escape(xlabel)}</text>'
             f'<text x="2" y="{pad - 8}">overall</text>')
    return (f'<figure><svg role="img" aria-label="{escape(xlabel)} against overall score" width="{size}" '
            f'height="{size}" viewBox="0 0 {size} {size}">{frame}{"".join(dots)}</svg>'
            f"<figcaption>{escape(xlabel)} (x) against mtcheck overall (y)</figcaption></figure>")


def _report_links(rows: list[dict], batch, output: str | None) -> dict[str, str]:
    """Write the worst articles' own HTML reports beside the summary; their relative links."""
    if not output:
        return {}
    from mtcheck.batch import check_article
    from mtcheck.check import InputError
    from mtcheck.formats.html import render
    from mtcheck.languages import ConfigError

    folder = Path(output).with_name(Path(output).name + ".reports")
    folder.mkdir(parents=True, exist_ok=True)
    links = {}
    for i, row in enumerate(rows):
        path = row["file"]
        try:
            report = check_article(path, batch, row.get("source_language"))
        except (InputError, ConfigError, OSError):
            continue
        target = folder / f"{i + 1:03d}-{Path(path).stem}.html"
        target.write_text(render([report], many=False), encoding="utf-8")
        links[path] = f"{folder.name}/{target.name}"
    return links


def _number(value) -> str:
    return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def render_batch(rows: list[dict], totals: dict, batch, output: str | None) -> str:
    checked = [r for r in rows if not r.get("error")]
    errors = [r for r in rows if r.get("error")]
    head = (f"{totals['articles']} articles · {totals['passed']} passed · {totals['failed']} failed · "
            f"{totals['errors']} unreadable")
    metrics = ""
    if "bleu" in totals:
        sigs = totals["signatures"]
        metrics = (f"<p>Corpus BLEU <b>{totals['bleu']:g}</b> · chrF++ <b>{totals['chrf']:g}</b> · "
                   f"TER <b>{totals['ter']:g}</b> over {totals['with_reference']} articles with a reference "
                   f"({totals['segments']} segments)</p><p class=\"sig\">BLEU {escape(sigs['bleu'])}<br>"
                   f"chrF++ {escape(sigs['chrf'])}<br>TER {escape(sigs['ter'])}</p>")
    histograms = _histogram([r["score_overall"] for r in checked], "#343a40", "overall") + "".join(
        _histogram([r[f"score_{f}"] for r in checked], COLOURS[f], f) for f in FAMILIES)
    with_ref = [r for r in checked if r.get("bleu") is not None]
    scatters = ""
    if with_ref:
        scatters = ('<section class="card"><h2>Reference metrics against mtcheck</h2><div class="plots">'
                    + _scatter([(r["bleu"], r["score_overall"], r["file"]) for r in with_ref], "BLEU")
                    + _scatter([(r["chrf"], r["score_overall"], r["file"]) for r in with_ref], "chrF++")
                    + "</div></section>")
    worst = sorted(checked, key=lambda r: (r["score_overall"], r["file"]))[:WORST]
    links = _report_links(worst, batch, output)
    worst_rows = "".join(_worst_row(r, links.get(r["file"])) for r in worst)
    rule_rows = "".join(f"<tr><td>{escape(code)}</td><td>{escape(_rule_name(code))}</td><td class=\"n\">{n}</td></tr>"
                        for code, n in list(totals["rules"].items())[:15])
    source_rows = "".join(
        f"<tr><td>{escape(lang)}</td><td class=\"n\">{_articles(rows, lang)}</td>"
        f"<td class=\"n\">{_number(g['mean_scores']['overall'])}</td>"
        f"<td class=\"n\">{_number(g.get('bleu'))}</td><td class=\"n\">{_number(g.get('chrf'))}</td>"
        f"<td class=\"n\">{_number(g.get('ter'))}</td></tr>" for lang, g in totals["by_source_language"].items())
    error_rows = "".join(f"<tr><td>{escape(r['file'])}</td><td>{escape(r['error'])}</td></tr>" for r in errors)
    body = f"""<header><h1>mtcheck batch summary</h1><div class="meta">{head}</div>
<p class="sig">{escape(totals['signature'])}</p>{metrics}</header>
<div class="wrap">
<section class="card"><h2>Score distributions</h2><div class="plots">{histograms}</div></section>
{scatters}
<section class="card"><h2>Worst articles</h2><table><tr><th>article</th><th class="n">overall</th><th>source</th>
<th class="n">BLEU</th><th>rules</th></tr>{worst_rows}</table></section>
<section class="card"><h2>Most frequent rules</h2><table><tr><th>rule</th><th>name</th><th class="n">findings</th></tr>
{rule_rows}</table></section>
<section class="card"><h2>By source language</h2><table><tr><th>source</th><th class="n">articles</th>
<th class="n">mean overall</th><th class="n">BLEU</th><th class="n">chrF++</th><th class="n">TER</th></tr>{source_rows}</table></section>
{f'<section class="card"><h2>Could not be read</h2><table>{error_rows}</table></section>' if errors else ""}
</div>"""
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>mtcheck batch summary</title><style>{PAGE_STYLE}</style></head><body>\n{body}\n</body></html>\n")


def _worst_row(row: dict, link: str | None) -> str:
    name = escape(row["file"])
    if link:
        name = f'<a href="{escape(link)}">{name}</a>'
    return (f'<tr><td>{name}</td><td class="n">{row["score_overall"]:g}</td>'
            f'<td>{escape(row.get("source_language") or "")}</td><td class="n">{_number(row.get("bleu"))}</td>'
            f'<td>{escape(row.get("rules") or "")}</td></tr>')


def _articles(rows: list[dict], lang: str) -> int:
    return sum(1 for r in rows if not r.get("error") and (r.get("source_language") or "unknown") == lang)


def _rule_name(code: str) -> str:
    from mtcheck.registry import rule_by_code

    rule = rule_by_code(code)
    return rule.name if rule else ""
