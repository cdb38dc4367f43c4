"""PUN007 french-spacing: must-flag and must-pass examples."""
import pytest

from helpers import assert_flags, assert_quiet, native_cases

CODE = "PUN007"
MUST_FLAG = [
    ('fr', 'Lors de sa conférence de presse, il a expliqué: il n’y a rien.', 'expliqué:', 'é\xa0:'),
    ('fr', 'Mais qui l’a vraiment écouté? Personne.', 'écouté?', 'é\xa0?'),
    ('fr', 'Il a dit «non» sans attendre.', '«n', '«\xa0n'),
    ('fr', 'Il a dit «non» sans attendre.', 'n»', 'n\xa0»'),
]
MUST_PASS = [
    ('fr', 'Rendez-vous à 10:30 sur https://www.lemonde.fr/international, score 2:1.'),
    ('en', 'He explained: nothing. Really? Yes!'),
]


@pytest.mark.parametrize("lang,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, text, flagged, suggestion):
    assert_flags(CODE, lang, text, flagged, suggestion)


@pytest.mark.parametrize("lang,text", MUST_PASS + native_cases())
def test_passes(lang, text):
    assert_quiet(CODE, lang, text)
