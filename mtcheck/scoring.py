"""Scores 0-100 from findings, after the MQM scoring model (themqm.org, MQM 2.0 scoring models).

Each finding weighs its severity (minor 1, major 5, critical 25); the absolute penalty total is
normalised per 1,000 words and scaled: score = max(0, 100 - SCALE * penalty per 1,000 words).
"""
from __future__ import annotations

from mtcheck.model import FAMILIES, Finding

SEVERITY_WEIGHTS = {"neutral": 0, "minor": 1, "major": 5, "critical": 25}
SCALE = 0.5
SMALL_SAMPLE_WORDS = 500  # MQM assumes samples of at least this many words


def penalty_score(findings: list[Finding], words: int) -> float:
    penalty = sum(SEVERITY_WEIGHTS[f.severity] for f in findings)
    per_thousand = 1000 * penalty / max(words, 1)
    return round(max(0.0, 100.0 - SCALE * per_thousand), 1)


def scores(findings: list[Finding], words: int) -> dict[str, float]:
    out = {"overall": penalty_score(findings, words)}
    for family in FAMILIES:
        out[family] = penalty_score([f for f in findings if f.family == family], words)
    return out
