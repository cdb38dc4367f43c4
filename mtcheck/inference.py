"""Which language an article was translated from, from the artifacts it carries.

Each finding may point to source languages (source_hint: a name in the Italian romanisation, «»
quotes, an attribution between dashes...), and each phrasing lexicon's hits point to its source.
The evidence is weighed per language; the best one is reported only when it has enough weight
and clearly beats the next, so an article without evidence keeps source_language null.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from mtcheck.model import Finding

# How much one piece of evidence weighs, by family: a name's romanisation names one language; a
# quote style or a number format several, and is shared among them. A calque found by one
# lexicon weighs less, so that a lone match cannot choose the lexicon that then reports it.
FAMILY_WEIGHTS = {"names": 2.0, "phrasing": 1.0, "language": 3.0, "punctuation": 1.0, "locale": 1.0}
# A `~` entry's hit (a false friend native text uses too: pretend, constipation) weighs less:
# three of one lexicon, and nothing else, name its language.
BARE_WEIGHT = 2 / 3
MIN_WEIGHT = 2.0   # total weight the best language needs
MIN_LEAD = 1.5     # and how many times the runner-up's weight
MAX_LISTED = 12    # pieces of evidence listed in the report


@dataclass
class SourceEvidence:
    language: str | None
    confidence: float
    weights: dict[str, float]
    evidence: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"language": self.language, "confidence": self.confidence,
                "weights": {k: round(v, 2) for k, v in sorted(self.weights.items(), key=lambda kv: -kv[1])},
                "evidence": self.evidence}


def infer_source(findings: list[Finding], phrasing_hits: dict[str, list[tuple[int, int, str, bool]]],
                 target: str | None) -> SourceEvidence:
    """Weigh the findings' source hints and the phrasing lexicons' hits per language."""
    weights: dict[str, float] = defaultdict(float)
    pieces = []
    seen_texts = set()
    for f in findings:
        languages = [lang for lang in f.source_hint if lang != target]
        if not languages:
            continue
        # the same spelling or mark counted once: ten «» pairs are one piece of evidence
        key = (f.code, f.text.strip().lower())
        if key in seen_texts:
            continue
        seen_texts.add(key)
        share = FAMILY_WEIGHTS[f.family] / len(languages)
        for lang in languages:
            weights[lang] += share
        pieces.append({"code": f.code, "rule": f.rule, "text": f.text, "start": f.start,
                       "languages": languages, "weight": round(share * len(languages), 2)})
    for lang, hits in phrasing_hits.items():
        for start, end, text, bare in hits:
            if ("phrasing", lang, text.lower()) in seen_texts:
                continue
            seen_texts.add(("phrasing", lang, text.lower()))
            weight = FAMILY_WEIGHTS["phrasing"] * (BARE_WEIGHT if bare else 1.0)
            weights[lang] += weight
            pieces.append({"code": "phrasing-lexicon", "rule": f"{lang}-{target}", "text": text, "start": start,
                           "languages": [lang], "weight": round(weight, 2)})
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    best = ranked[0] if ranked else (None, 0.0)
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    total = sum(weights.values())
    sure = best[1] >= MIN_WEIGHT and best[1] >= MIN_LEAD * runner_up
    language = best[0] if sure else None
    pieces.sort(key=lambda p: (language not in p["languages"], -p["weight"], p["start"]))
    return SourceEvidence(language, round(best[1] / total, 2) if total and sure else 0.0, dict(weights),
                          pieces[:MAX_LISTED])
