"""NAM005 foreign-exonym: must-flag and must-pass examples."""
import pytest

from helpers import assert_flags, assert_quiet, native_cases

CODE = "NAM005"
MUST_FLAG = [
    ("en", "Heavy rain hit the coast between Genova and Chiavari on Sunday.", "Genova", "Genoa"),
    ("en", "The company opened an office in München last year.", "München", "Munich"),
    ("en", "The delegation flew on to Tbilissi for talks.", "Tbilissi", "Tbilisi"),
]
MUST_PASS = [
    ("en", "Genoa, Munich and Tbilisi were on the route; Rome and Naples too."),
    ("en", "He could make his Serie A debut in the opening match against Torino."),
    ("it", "La pioggia ha colpito Genova e Monaco di Baviera."),
    ("de", "Das Unternehmen eröffnete ein Büro in München."),
]


@pytest.mark.parametrize("lang,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, text, flagged, suggestion):
    assert_flags(CODE, lang, text, flagged, suggestion)


@pytest.mark.parametrize("lang,text", MUST_PASS + native_cases())
def test_passes(lang, text):
    assert_quiet(CODE, lang, text)
