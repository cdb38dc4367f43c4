"""The command line: formats, exit statuses, bad input, help texts."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck.cli import main

SEED = Path(__file__).parent.parent / "seeds" / "000_f2e9ef254daecbbd.txt"
CLEAN = "The talks resumed on Monday in Geneva, officials said, and will go on until Friday at the latest.\n"


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)))


@pytest.fixture
def clean(tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    return path


def test_seed_fails_the_gate_with_a_text_report():
    result = run("report", SEED)
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert "FAILED" in first and "overall" in first and "punctuation" in first
    assert f"{SEED}:11:516 PUN008 major stray period" in result.output
    assert "suggestion: troops around" in result.output
    assert "\x1b[" not in result.output  # colour only on a terminal


def test_json_contract():
    result = run("report", "--format", "json", SEED)
    report = json.loads(result.output)
    for key in ("schema_version", "file", "language", "source_language", "words", "scores", "passed", "findings"):
        assert key in report
    assert report["language"] == "en" and report["passed"] is False
    assert {"overall", "names", "punctuation"} <= set(report["scores"])
    text = SEED.read_text(encoding="utf-8")
    starts = [f["start"] for f in report["findings"]]
    assert starts == sorted(starts)
    for f in report["findings"]:
        assert text[f["start"]:f["end"]] == f["text"]
        assert f["severity"] in ("minor", "major", "critical")
        assert f["family"] in ("names", "punctuation", "phrasing", "language", "locale")
        line = text.count("\n", 0, f["start"]) + 1
        assert (f["line"], f["column"]) == (line, f["start"] - (text.rfind("\n", 0, f["start"]) + 1) + 1)


def test_clean_article_passes(clean):
    result = run("report", "--lang", "en", clean)
    assert result.exit_code == 0, result.output
    assert "PASSED" in result.output


def test_several_files_give_a_json_array_and_keep_results_past_a_bad_file(clean, tmp_path):
    result = run("report", "--format", "json", clean, tmp_path / "missing.txt", SEED)
    assert result.exit_code == 2
    reports = json.loads(result.stdout)
    assert [r.get("error", "ok")[:2] for r in reports] == ["ok", reports[1]["error"][:2], "ok"]
    assert "no such file" in reports[1]["error"]
    assert reports[2]["passed"] is False


@pytest.mark.parametrize("content,problem", [
    (None, "no such file"),
    ("DIR", "is a directory"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("Caff\xe8 e citt\xe0".encode("latin-1"), "not UTF-8"),
    (b"", "empty"),
    (b"  \n\n ", "empty"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, content, problem):
    path = tmp_path / "article.txt"
    if content == "DIR":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    result = run("report", path)
    assert result.exit_code == 2
    assert problem in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_bad_language_is_a_usage_error(clean):
    result = run("report", "--lang", "english!", clean)
    assert result.exit_code == 2 and "not a language code" in result.output


def test_fail_on_minor(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The talks resumed on Monday , officials said, and will go on until Friday.\n", encoding="utf-8")
    assert run("report", "--lang", "en", path).exit_code == 0
    assert run("report", "--lang", "en", "--fail-on", "minor", path).exit_code == 1


def test_rules_lists_and_documents():
    listing = run("rules")
    assert listing.exit_code == 0 and "PUN002" in listing.output and "misoriented-quote" in listing.output
    one = run("rules", "pun002")
    assert one.exit_code == 0 and "What it flags:" in one.output
    assert run("rules", "XYZ999").exit_code == 2


@pytest.mark.parametrize("command", [None, "report", "rules"])
def test_help_ends_with_an_example(command):
    result = run(*([command] if command else []), "--help")
    assert result.exit_code == 0
    assert "Example: mtcheck" in result.output
