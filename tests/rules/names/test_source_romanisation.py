"""NAM006 source-romanisation: must-flag and must-pass examples (the source language is given)."""
import pytest

from mtcheck import check_text

MUST_FLAG = [
    ("de", "en", "Der Konzern hatte den Manager Igor Kozlov im Frühjahr entlassen.", "Kozlov", "Koslow"),
    ("fr", "en", "La Russe Maria Zhuravleva a remporté samedi son premier titre.", "Zhuravleva", "Jouravleva"),
    ("en", "it", "Perugia signed the setter Dmitrij Kovalevskij on Tuesday.", "Kovalevskij", "Kovalevsky"),
    ("en", "fr", "“It is not linear,” says the glaciologist Evgeny Tcherkassov.", "Tcherkassov", "Cherkasov"),
    ("en", "es", "The businessman Sergei Vólkov paid 200,000 euros.", "Vólkov", "Volkov"),
    ("en", "de", "The Russian Koslowa won the final in Rome.", "Koslowa", "Koslova"),
]
MUST_PASS = [
    ("en", None, "The setter Kovalevskij joined Perugia on Tuesday."),  # no source known or inferred
    ("en", "de", "The Polish striker Robert Kowalski scored twice."),  # Polish, not romanised
    ("en", "de", "The economist Anna Kuznetsova said prices would rise."),  # already English
    ("de", "en", "Alexander Zverev gewann das Finale in Hamburg."),  # the German press's own spelling
    ("de", "en", "Im Fernsehinterview sprach er über die Show."),  # German nouns
    ("fr", "en", "Maria Jouravleva a remporté samedi son premier titre."),
    ("en", "fr", "The Ukrainian poet Taras Shevchenko was born in 1814."),
]


@pytest.mark.parametrize("lang,source,text,flagged,suggestion", MUST_FLAG)
def test_flags(lang, source, text, flagged, suggestion):
    found = [f for f in check_text(text, lang=lang, source_lang=source).findings if f.code == "NAM006"]
    assert [(f.text, f.suggestion) for f in found] == [(flagged, suggestion)]


@pytest.mark.parametrize("lang,source,text", MUST_PASS)
def test_passes(lang, source, text):
    assert not [f for f in check_text(text, lang=lang, source_lang=source).findings if f.code == "NAM006"]
