"""PUN010 unbalanced-brackets: must-flag and must-pass examples."""
import pytest

from helpers import assert_flags, assert_quiet, native_cases

CODE = "PUN010"
MUST_FLAG = [
    ('en', 'The ministry (which had denied the report on Monday said talks would resume.', '(', None),
    ('en', 'The ministry which had denied the report) said talks would resume.', ')', None),
    ('de', 'Das Ministerium (das den Bericht dementiert hatte sagte, die Gespräche gingen weiter.', '(', None),
]
MUST_PASS = [
    ('en', 'The options are a) talk, b) wait or c) leave. Nice :) (really) [sic].'),
    ('it', 'Le opzioni sono 1) trattare e 2) aspettare (forse).'),
]


@pytest.mark.parametrize("lang,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, text, flagged, suggestion):
    assert_flags(CODE, lang, text, flagged, suggestion)


@pytest.mark.parametrize("lang,text", MUST_PASS + native_cases())
def test_passes(lang, text):
    assert_quiet(CODE, lang, text)
