"""Output formats: the line format's golden file, SARIF against its schema, JSONL, GitHub, JUnit, HTML."""
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck.cli import main

ROOT = Path(__file__).parent.parent
SEED = "seeds/000_f2e9ef254daecbbd.txt"


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)))


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_line_format_is_the_golden_contract():
    """Regenerate after a deliberate change: mtcheck report --format line SEED > tests/golden/seed.line"""
    result = run("report", "--format", "line", SEED)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == (ROOT / "tests/golden/seed.line").read_text(encoding="utf-8").splitlines()
    assert result.stdout.splitlines() == sorted(result.stdout.splitlines(), key=lambda l: (l.split(":")[0], int(l.split(":")[1]), int(l.split(":")[2])))


def test_sarif_validates_against_the_oasis_schema(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    sarif = json.loads(run("report", "--format", "sarif", SEED, bad).stdout)
    schema = json.loads((ROOT / "tests/data/sarif-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(sarif, schema)
    run_ = sarif["runs"][0]
    assert len(run_["results"]) == len(json.loads(run("report", "--format", "json", SEED).stdout)["findings"])
    assert run_["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"].endswith("empty article")
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} >= {"PUN002", "NAM002"}


def test_jsonl_one_object_per_line_with_error_rows(tmp_path):
    missing = tmp_path / "missing.txt"
    lines = run("report", "--format", "jsonl", SEED, missing).stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert rows[0]["file"] == SEED and rows[0]["findings"]
    assert rows[1]["error"].endswith("no such file")


def test_github_annotations():
    lines = run("report", "--format", "github", SEED).stdout.splitlines()
    assert lines and all(line.startswith(("::notice ", "::warning ", "::error ")) for line in lines)
    assert any("title=PUN008 stray-period::stray period" in line for line in lines)


def test_junit_parses_and_counts_failures():
    root = ET.fromstring(run("report", "--format", "junit", SEED).stdout)
    suite = root.find("testsuite")
    assert suite.get("name") == SEED and int(suite.get("failures")) > 0
    assert any(case.find("failure") is not None for case in suite.iter("testcase"))


def test_html_report_is_standalone_and_escaped(tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text("The talks resumed , officials said. <script>document.title='pwned'</script> "
                       "<img src=x onerror=alert(1)> More text , here.\n", encoding="utf-8")
    page = run("report", "--lang", "en", "--format", "html", article).stdout
    assert "<script" not in page and "onerror=alert" not in page.replace("onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;" in page
    assert page.count("<mark ") == 2
    assert "http" not in page.split("<body>")[0].replace("http-equiv", "")  # no external assets
