"""LNG002 untranslated-word: must-flag and must-pass examples (the source language is given)."""
import pytest

from mtcheck import check_text

MUST_FLAG = [
    ("en", "fr", "The intersyndicale has already announced further strikes.", "intersyndicale"),
    ("en", "fr", "He presented his new long-métrage at the festival.", "long-métrage"),
    ("en", "it", "The fans greeted the new allenatore at the airport.", "allenatore"),
]
MUST_PASS = [
    ("en", "fr", "The émigrés met at a café; the unions announced further strikes."),
    ("en", "it", "Prosecutors in Perugia questioned dell’Umbria officials."),
    ("en", None, "The intersyndicale has already announced further strikes."),  # no source: no guess
    ("en", "fr", "The minister told franceinfo on Sunday that the reform would go ahead."),  # a broadcaster
    ("en", "de", "The chancellor gave an interview to tagesschau on Monday evening."),
]


@pytest.mark.parametrize("lang,source,text,flagged", MUST_FLAG)
def test_flags(lang, source, text, flagged):
    found = [f for f in check_text(text, lang=lang, source_lang=source).findings if f.code == "LNG002"]
    assert [f.text for f in found] == [flagged]


@pytest.mark.parametrize("lang,source,text", MUST_PASS)
def test_passes(lang, source, text):
    assert not [f for f in check_text(text, lang=lang, source_lang=source).findings if f.code == "LNG002"]
