"""PUN005 space-before-punctuation: must-flag and must-pass examples."""
import pytest

from helpers import assert_flags, assert_quiet, native_cases

CODE = "PUN005"
MUST_FLAG = [
    ('en', 'The package includes personal sanctions , economic, financial and commercial.', ' ,', ','),
    ('en', 'SNCF strike : one TGV in three on Thursday.', ' :', ':'),
    ('en', 'The government must withdraw its plan\xa0!', '\xa0!', '!'),
    ('en', 'Can anyone talk about power ?” he asked.', ' ?', '?'),
    ('de', 'Die Sanktionen , so die EU, treffen alle.', ' ,', ','),
    ('it', 'Le sanzioni , ha detto, colpiscono tutti .', ' ,', ','),
    ('fr', 'Les sanctions , a-t-il dit, touchent tout le monde.', ' ,', ','),
]
MUST_PASS = [
    ('en', 'He paused ... then went on. A .45 caliber pistol and the .NET framework.'),
    ('fr', 'Qui l’a écouté ? Personne : c’est ainsi ; voilà !'),
]


@pytest.mark.parametrize("lang,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, text, flagged, suggestion):
    assert_flags(CODE, lang, text, flagged, suggestion)


@pytest.mark.parametrize("lang,text", MUST_PASS + native_cases())
def test_passes(lang, text):
    assert_quiet(CODE, lang, text)
