"""Scores 0-100 from findings, after the MQM scoring model (themqm.org, MQM 2.0 scoring models).

Each finding weighs its severity (minor 1, major 5, critical 25); the absolute penalty total is
normalised per 1,000 words and scaled: score = max(0, 100 - SCALE * penalty per 1,000 words).
The names score is the name-consistency score instead: the share of the article's name mentions
written in the target press's one spelling, a flagged mention counting NAME_WEIGHTS of its severity.
"""
from __future__ import annotations

from mtcheck.model import FAMILIES, Finding

SEVERITY_WEIGHTS = {"neutral": 0, "minor": 1, "major": 5, "critical": 25}
SCALE = 0.5
SMALL_SAMPLE_WORDS = 500  # MQM assumes samples of at least this many words
# How much of one name mention a names finding takes away: a casing slip (minor) a quarter, a
# foreign or inconsistent spelling (major) the whole mention, a critical one two.
NAME_WEIGHTS = {"neutral": 0.0, "minor": 0.25, "major": 1.0, "critical": 2.0}


def penalty_score(findings: list[Finding], words: int) -> float:
    penalty = sum(SEVERITY_WEIGHTS[f.severity] for f in findings)
    per_thousand = 1000 * penalty / max(words, 1)
    return round(max(0.0, 100.0 - SCALE * per_thousand), 1)


def name_consistency(findings: list[Finding], mentions: int) -> float:
    """100 x (1 - weighted flagged mentions / name mentions); 100 for an article without names."""
    wrong = sum(NAME_WEIGHTS[f.severity] for f in findings if f.family == "names")
    return round(max(0.0, 100.0 * (1 - wrong / max(mentions, 1))), 1) if wrong else 100.0


def scores(findings: list[Finding], words: int, name_mentions: int = 0) -> dict[str, float]:
    out = {"overall": penalty_score(findings, words)}
    for family in FAMILIES:
        out[family] = penalty_score([f for f in findings if f.family == family], words)
    out["names"] = name_consistency(findings, name_mentions)
    return out
