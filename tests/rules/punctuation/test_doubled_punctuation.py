"""PUN009 doubled-punctuation: must-flag and must-pass examples."""
import pytest

from helpers import assert_flags, assert_quiet, native_cases

CODE = "PUN009"
MUST_FLAG = [
    ('en', 'The talks,, which began on Monday, resumed.', ',,', ','),
    ('en', 'The talks resumed today.. Nobody was surprised.', '..', '.'),
    ('en', 'Who would abandon this city?. Nobody.', '?.', '?'),
    ('de', 'Die Gespräche,, die am Montag begannen, gehen weiter.', ',,', ','),
    ('it', 'Il vertice,. che è iniziato lunedì, continua.', ',.', '.'),
]
MUST_PASS = [
    ('en', 'He paused... then went on. The U.S., Japan and others agreed, etc., on Monday.'),
    ('en', 'Pages 1..10 of the report are missing.'),
]


@pytest.mark.parametrize("lang,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, text, flagged, suggestion):
    assert_flags(CODE, lang, text, flagged, suggestion)


@pytest.mark.parametrize("lang,text", MUST_PASS + native_cases())
def test_passes(lang, text):
    assert_quiet(CODE, lang, text)
