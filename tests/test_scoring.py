"""Scores: MQM-style penalties per 1,000 words, and the name-consistency score."""
from mtcheck import check_text
from mtcheck.model import Finding
from mtcheck.scoring import name_consistency, penalty_score


def finding(family, severity):
    return Finding("X000", "x", family, severity, 0, 1, "x", "m")


def test_penalty_score_follows_mqm_weights():
    assert penalty_score([], 300) == 100
    assert penalty_score([finding("punctuation", "minor")], 1000) == 99.5
    assert penalty_score([finding("punctuation", "major")], 1000) == 97.5
    assert penalty_score([finding("punctuation", "critical")] * 10, 100) == 0


def test_name_consistency_is_the_share_of_mentions_written_right():
    assert name_consistency([], 0) == 100
    assert name_consistency([finding("names", "major")], 10) == 90
    assert name_consistency([finding("names", "minor")] * 2, 10) == 95
    assert name_consistency([finding("punctuation", "major")], 10) == 100


def test_names_score_of_a_real_article():
    clean = "Sergei Lavrov met Antony Blinken in Geneva. Lavrov said the talks with Blinken were useful."
    assert check_text(clean, lang="en").scores["names"] == 100
    messy = "Serghei Lavrov met Antony Blinken in Geneva. Serghiei Lavrov said the talks with Blinken were useful."
    assert check_text(messy, lang="en").scores["names"] < 100
