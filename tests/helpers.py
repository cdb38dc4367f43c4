"""Shared test helpers: run one rule over examples."""
from __future__ import annotations

import pytest

from mtcheck import check_text

# Native text of each language, full of the traps a checker must not flag.
NATIVE_TRAPS = {
    "en": [
        "The U.S. Army said Mr. Smith, a retired Dr. of the St. Louis clinic, arrived at 10:30 a.m. on Sept. 14.",
        "Russia’s economy grew 3.5% to $1.2 trillion in the ’90s, e.g. in 1996, and rock ’n’ roll sales rose.",
        "“I am told that ‘hobbit’ is now a word people use,” he said, quoting J. R. R. Tolkien.",
        "Read more at www.example.org/news or write to press@example.org. The U.N. did not reply.",
        "Sergei Lavrov met Volodymyr Zelensky’s envoy in Kyiv... Nothing was agreed (yet).",
        "“We will not back down,” the embassy wrote.\n\n“We are ready,” it added. “Whatever happens.”",
        "LONDON, Feb 2 (Reuters) - Oil prices rose on Thursday, traders said.",
        "He won 6-4, 7-5 in the final; it was his No. 10 title, worth 1,200 points.",
    ],
    "it": [
        "Il ministro ha detto: «Non faremo un passo indietro». Lo riporta l’agenzia Ansa, ecc. e così via.",
        "In italiano si scrive Serghei Lavrov, ha spiegato il dott. Rossi alle ore 10.30.",
        "«Vieni?». «Sì», rispose. L’Italia – ha aggiunto – è pronta a “fare la sua parte”.",
        "Il Pil è cresciuto del 3,5% nel 2023, secondo l’Istat (dati provvisori).",
    ],
    "fr": [
        "Le ministre a déclaré : « Nous ne reculerons pas ». M. Dupont l’a confirmé aujourd’hui à 10 h 30.",
        "Qui l’a vraiment écouté ? Personne ! Le taux est de 3,5 %, selon l’Insee (chiffres provisoires).",
        "« Il m’a dit : “Je reviendrai” », raconte-t-elle. Voir www.lemonde.fr/politique ; etc.",
        "Sergueï Lavrov a rencontré Mme Martin – la ministre – à Paris, c’est-à-dire au Quai d’Orsay.",
    ],
    "de": [
        "Der Minister sagte: „Wir werden nicht nachgeben.“ Das ist z. B. am 15. April geschehen, d. h. vor Ostern.",
        "Sergej Lawrow traf Wolodymyr Selenskyj um 10.30 Uhr in Kiew; die Inflation lag bei 3,5 %.",
        "»Ich komme«, sagte er. „Er sagte ‚nie wieder‘“, berichtete sie – und ging (ohne Gruß).",
        "Die Firma erzielte 2,4 Mio. Euro Umsatz, usw. Mehr unter www.example.de oder info@example.de.",
    ],
    "es": [
        "El ministro dijo: «No daremos marcha atrás». Lo confirmó el Sr. García a las 10.30 en EE. UU.",
        "¿Quién abandonaría esta ciudad ahora? ¡Nadie! El PIB creció un 3,5 % (datos provisionales).",
        "«¿Vienes?». «Sí», respondió. Serguéi Lavrov dijo que “no hay prisa”, etc.",
        "La reunión – según fuentes oficiales – duró dos horas, aprox. hasta las 12.",
    ],
}


def findings_of(code: str, text: str, lang: str):
    return [f for f in check_text(text, lang=lang).findings if f.code == code]


def assert_flags(code: str, lang: str, text: str, flagged: str, suggestion: str | None = None):
    """`code` flags `flagged` in `text`; with a `suggestion`, one of its findings there suggests it."""
    found = findings_of(code, text, lang)
    assert found, f"{code} did not flag {flagged!r} in {text!r}"
    match = [f for f in found if flagged in text[f.start:f.end] or text[f.start:f.end] in flagged]
    assert match, f"{code} flagged {[f.text for f in found]}, not {flagged!r}"
    for f in match:
        assert text[f.start:f.end] == f.text
    if suggestion is not None:
        assert suggestion in [f.suggestion for f in match], [f.suggestion for f in match]


def assert_quiet(code: str, lang: str, text: str):
    found = findings_of(code, text, lang)
    assert not found, f"{code} flagged {[f.text for f in found]} in native {lang} text {text!r}"


def native_cases():
    return [(lang, text) for lang, texts in NATIVE_TRAPS.items() for text in texts]


def rule_tests(code: str, must_flag: list, must_pass: list):
    """The two tests of a rule's test module: every MUST_FLAG example is flagged (with its
    suggestion), every MUST_PASS example and every native trap stays quiet."""
    @pytest.mark.parametrize("lang,text,flagged,suggestion", must_flag)
    def test_flags(lang, text, flagged, suggestion):
        assert_flags(code, lang, text, flagged, suggestion)

    @pytest.mark.parametrize("lang,text", must_pass + native_cases())
    def test_passes(lang, text):
        assert_quiet(code, lang, text)

    return test_flags, test_passes
