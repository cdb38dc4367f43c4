"""Target-language detection: deterministic, and honest about texts too short to tell."""
from mtcheck import check_text
from mtcheck.languages import detect_language

ITALIAN = ("Il governo ha approvato ieri sera il decreto sulle imprese in difficoltà, dopo una lunga "
           "riunione del consiglio dei ministri che si è protratta fino a tarda notte.")


def test_detects_and_is_deterministic():
    assert {detect_language(ITALIAN).lang for _ in range(5)} == {"it"}


def test_too_short_says_so():
    detection = detect_language("Kiev")
    assert detection.lang is None and "too short" in detection.note
    report = check_text("Hello , world")
    assert report.language is None and any("too short" in n for n in report.notes)
    assert [f.code for f in report.findings] == ["PUN005"]  # language-independent rules still run


def test_given_language_wins():
    report = check_text(ITALIAN, lang="EN-gb")
    assert report.language == "en" and not report.language_detected
