"""PUN001 unbalanced-quotes: must-flag and must-pass examples."""
import pytest

from helpers import assert_flags, assert_quiet, native_cases

CODE = "PUN001"
MUST_FLAG = [
    ('en', '“We will not back down, the embassy wrote. Talks go on.\n\nNext paragraph.', '“', None),
    ('en', 'The embassy wrote that tension is rising,” adding nothing more.', '”', None),
    ('de', 'Er sagte: „Wir kommen. Dann ging er.\n\nEin neuer Absatz.', '„', None),
    ('fr', 'Il a dit : « Nous viendrons. Puis il est parti.\n\nUn autre paragraphe.', '«', None),
    ('it', 'Ha detto: «Verremo. Poi se n’è andato.\n\nUn altro paragrafo.', '«', None),
    ('es', 'Dijo: «Vendremos. Luego se fue.\n\nOtro párrafo.', '«', None),
    ('de', '„Wir bleiben. „Die Bank appelliert an alle“, sagte er.', '„', None),
]
MUST_PASS = [
    ('en', '“The first paragraph of a long quotation runs on.\n\n“And the second one closes it,” he said.'),
    ('it', '«Primo paragrafo di una lunga citazione.\n\n«E il secondo la chiude», ha detto.'),
    ('en', 'The players’ union and the Joneses’ lawyers said the ’90s were over.'),
]


@pytest.mark.parametrize("lang,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, text, flagged, suggestion):
    assert_flags(CODE, lang, text, flagged, suggestion)


@pytest.mark.parametrize("lang,text", MUST_PASS + native_cases())
def test_passes(lang, text):
    assert_quiet(CODE, lang, text)
