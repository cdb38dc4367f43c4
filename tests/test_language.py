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


CATALAN = ("El Govern de la Generalitat ha aprovat aquest dimarts el projecte de pressupostos per a l'any vinent, "
           "que inclou un augment de la despesa en sanitat i educació. Segons el conseller d'Economia, els comptes "
           "permetran reduir les llistes d'espera i contractar més professionals als centres educatius. L'oposició, "
           "però, ha criticat que les inversions en infraestructures siguin insuficients.")
DUTCH = ("De regering heeft dinsdag de begroting voor volgend jaar goedgekeurd, met meer uitgaven voor "
         "gezondheidszorg en onderwijs. Volgens de minister van Financiën kunnen de wachtlijsten daardoor korter "
         "worden en kunnen scholen meer personeel aannemen. De oppositie vindt echter dat de investeringen in "
         "infrastructuur onvoldoende zijn en kondigde amendementen aan.")


def test_function_words_decide_quickly_only_when_one_language_dominates():
    from pathlib import Path

    from mtcheck.languages import _by_function_words

    seed = (Path(__file__).parent.parent / "seeds" / "000_f2e9ef254daecbbd.txt").read_text(encoding="utf-8")
    assert _by_function_words(seed).lang == "en"
    # languages without such a list, close to Spanish or German, are left to langdetect
    assert _by_function_words(CATALAN) is None and detect_language(CATALAN).lang == "ca"
    assert _by_function_words(DUTCH) is None and detect_language(DUTCH).lang == "nl"
    corpora = Path(__file__).parent.parent / "corpora"
    for lang in ("it", "fr", "de", "es"):
        assert _by_function_words((corpora / f"{lang}-native-101.txt").read_text(encoding="utf-8")).lang == lang
