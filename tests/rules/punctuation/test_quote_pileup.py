"""PUN003 quote-pileup: must-flag and must-pass examples."""
import pytest

from helpers import assert_flags, assert_quiet, native_cases

CODE = "PUN003"
MUST_FLAG = [
    ('en', 'The package is designed to discourage Russia from further aggressive actions “.” The EU is ready.', ' “.”', '.”'),
    ('en', 'He ended with a question: “Who would abandon this city now?”.', '?”.', '?”'),
    ('de', 'Das Paket soll Russland abschrecken “.” Die EU ist bereit.', '“.”', None),
    ('fr', 'Le paquet doit dissuader la Russie «.» L’UE est prête.', '«.»', None),
]
MUST_PASS = [
    ('en', 'He said it was “final”. Then he left.'),
    ('it', '«Vieni?». «Sì», rispose.'),
    ('es', '«¿Vienes?». «Sí», respondió.'),
]


@pytest.mark.parametrize("lang,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, text, flagged, suggestion):
    assert_flags(CODE, lang, text, flagged, suggestion)


@pytest.mark.parametrize("lang,text", MUST_PASS + native_cases())
def test_passes(lang, text):
    assert_quiet(CODE, lang, text)
