"""The rules and data folders stay consistent: unique codes, complete docs, a test per rule."""
import re
from pathlib import Path

import pytest

from mtcheck.languages import SUPPORTED, conventions, data_path
from mtcheck.model import FAMILIES, SEVERITIES
from mtcheck.registry import all_rules
from mtcheck.rules.base import DOC_HEADINGS

RULES = all_rules()
TESTS = Path(__file__).parent / "rules"


def test_codes_are_unique_and_well_formed():
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    prefixes = {"names": "NAM", "punctuation": "PUN", "phrasing": "PHR", "language": "LNG", "locale": "LOC"}
    for rule in RULES:
        assert re.fullmatch(r"[A-Z]{3}\d{3}", rule.code)
        assert rule.code.startswith(prefixes[rule.family]), rule.code
        assert rule.family in FAMILIES and rule.severity in SEVERITIES
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_docstring_has_every_heading(rule):
    doc = type(rule).__doc__ or ""
    for heading in DOC_HEADINGS:
        assert f"{heading}:" in doc, f"{rule.code} docstring lacks '{heading}:'"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_rule_has_a_test_file(rule):
    path = TESTS / rule.family / f"test_{rule.name.replace('-', '_')}.py"
    assert path.is_file(), f"{rule.code} has no {path}"


def test_no_orphan_rule_tests():
    names = {(r.family, r.name.replace("-", "_")) for r in RULES}
    for path in TESTS.glob("*/test_*.py"):
        assert (path.parent.name, path.stem[5:]) in names, f"{path} tests no rule"


@pytest.mark.parametrize("lang", SUPPORTED + ("und",))
def test_language_data_parses(lang):
    conv = conventions(None if lang == "und" else lang)
    assert conv.quote_pairs and all(len(p.open) == 1 == len(p.close) for p in conv.quote_pairs)
    assert all("." in a for a in conv.abbreviations), "abbreviations keep their periods"


def test_every_data_file_is_documented():
    readme = data_path("README.md").read_text(encoding="utf-8")
    for path in Path(str(data_path())).glob("*/*"):
        if path.suffix in (".toml", ".txt", ".tsv"):
            folder = "<src>-<tgt>" if "-" in path.parent.name else "<lang>"
            assert f"{folder}/{path.name}" in readme or f"{path.parent.name}/{path.name}" in readme, path


def test_gazetteer_files_agree():
    from mtcheck.names.gazetteer import GAZETTEER_LANGS, acronyms, entities, place_styles

    ids = {lang: set(entities(lang)) for lang in GAZETTEER_LANGS}
    assert len(ids["en"]) >= 300
    assert all(ids[lang] == ids["en"] for lang in GAZETTEER_LANGS), "names.tsv files list different entities"
    for lang in GAZETTEER_LANGS:
        assert all(e.type in ("person", "place", "org") and e.name for e in entities(lang).values())
        assert all(style for style in place_styles(lang))
        assert all(right for right, _, _ in acronyms(lang).values())


@pytest.mark.parametrize("path", sorted(Path(str(data_path())).glob("*/*.tsv")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_tsv_rows_have_the_header_fields(path):
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    width = len(rows[0].split("\t"))
    assert all(len(row.split("\t")) == width for row in rows), path


def test_phrasing_md_counts_the_entries():
    from mtcheck.phrasing.lexicon import lexicon, lexicon_pairs

    table = data_path("PHRASING.md").read_text(encoding="utf-8")
    for source, target in lexicon_pairs():
        entries = lexicon(source, target)
        bare = sum(e.bare for e in entries)
        assert f"| {source}-{target} | {len(entries)} ({bare} source-only) |" in table, f"{source}-{target}"
