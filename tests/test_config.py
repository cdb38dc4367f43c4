"""Configuration: each location, explicit file and command line precedence, bad keys and values,
select/ignore by prefix, thresholds and severity overrides."""
import json

import pytest
from click.testing import CliRunner

from mtcheck.cli import main

ARTICLE = ("Moscow said the talks would go on , officials added. Russian Foreign Minister Serghei Lavrov "
           "will speak to reporters in Geneva on Tuesday, his spokeswoman said.\n")
LOCATIONS = {
    ".mtcheck.toml": "ignore = [\"PUN\"]\n",
    "pyproject.toml": "[project]\nname = \"x\"\n\n[tool.mtcheck]\nignore = [\"PUN\"]\n",
    "setup.cfg": "[metadata]\nname = x\n\n[mtcheck]\nignore = PUN\n",
}


def report(*args):
    result = CliRunner().invoke(main, ["report", "--lang", "en", "--format", "json", *map(str, args)])
    return result, (json.loads(result.stdout) if result.stdout.strip().startswith("{") else None)


def codes(data):
    return sorted({f["code"] for f in data["findings"]})


@pytest.fixture
def article(tmp_path):
    folder = tmp_path / "desk" / "today"
    folder.mkdir(parents=True)
    path = folder / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_without_configuration_every_rule_runs(article):
    _, data = report(article)
    assert codes(data) == ["NAM002", "PUN005"]


@pytest.mark.parametrize("name", LOCATIONS)
def test_each_location_is_found_walking_up(article, tmp_path, name):
    (tmp_path / "desk" / name).write_text(LOCATIONS[name], encoding="utf-8")
    _, data = report(article)
    assert codes(data) == ["NAM002"]


def test_a_file_without_mtcheck_settings_is_passed_over(article, tmp_path):
    (tmp_path / "desk" / "today" / "setup.cfg").write_text("[metadata]\nname = x\n", encoding="utf-8")
    (tmp_path / "desk" / ".mtcheck.toml").write_text("ignore = [\"NAM\"]\n", encoding="utf-8")
    _, data = report(article)
    assert codes(data) == ["PUN005"]


def test_explicit_config_wins_and_command_line_wins_over_it(article, tmp_path):
    (tmp_path / "desk" / ".mtcheck.toml").write_text("ignore = [\"PUN\"]\n", encoding="utf-8")
    explicit = tmp_path / "house.toml"
    explicit.write_text("ignore = [\"NAM002\"]\nfail_on = \"minor\"\n", encoding="utf-8")
    result, data = report("--config", explicit, article)
    assert codes(data) == ["PUN005"] and result.exit_code == 1  # minor fails under the house style
    _, data = report("--config", explicit, "--ignore", "PUN", article)
    assert codes(data) == ["NAM002"]


@pytest.mark.parametrize("content,message", [
    ("colour = \"blue\"\n", "unknown key 'colour'"),
    ("fail_on = \"severe\"\n", "fail_on = 'severe'; allowed: minor, major, critical"),
    ("min_score = 140\n", "min_score must be a number from 0 to 100"),
    ("select = \"PUN\"\n", ""),  # a string is read as a comma-separated list: fine
    ("severity = {PUN005 = \"huge\"}\n", "severity.PUN005 = 'huge'"),
    ("lang = \"english!\"\n", "lang = 'english!'"),
    ("ignore = [\n", "not valid TOML"),
])
def test_bad_keys_and_values_are_one_line_errors(article, tmp_path, content, message):
    config = tmp_path / "desk" / ".mtcheck.toml"
    config.write_text(content, encoding="utf-8")
    result, _ = report(article)
    if not message:
        assert result.exit_code in (0, 1)
        return
    assert result.exit_code == 2
    assert str(config) in result.output and message in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_bad_setup_cfg_value_names_the_section(article, tmp_path):
    (tmp_path / "desk" / "setup.cfg").write_text("[mtcheck]\nmax_findings = many\n", encoding="utf-8")
    result, _ = report(article)
    assert result.exit_code == 2 and "setup.cfg [mtcheck]: max_findings" in result.output


@pytest.mark.parametrize("options,expected", [
    (["--select", "PUN"], ["PUN005"]),
    (["--select", "NAM,PUN005"], ["NAM002", "PUN005"]),
    (["--ignore", "PUN005"], ["NAM002"]),
    (["--select", "transliteration-convention"], ["NAM002"]),
])
def test_select_and_ignore_by_code_prefix_or_name(article, options, expected):
    _, data = report(*options, article)
    assert codes(data) == expected


@pytest.mark.parametrize("options,exit_code,reason", [
    ([], 1, "finding of severity major"),
    (["--fail-on", "critical"], 0, None),
    (["--fail-on", "critical", "--min-score", "99"], 1, "overall score"),
    (["--fail-on", "critical", "--min-names", "99"], 1, "names score"),
    (["--fail-on", "critical", "--max-findings", "1"], 1, "more than 1"),
    (["--exit-zero"], 0, "finding of severity major"),
])
def test_thresholds(article, options, exit_code, reason):
    result, data = report(*options, article)
    assert result.exit_code == exit_code
    assert (reason is None and not data["gate_failures"]) or any(reason in r for r in data["gate_failures"])


def test_severity_overrides_and_publication_lists(article, tmp_path):
    (tmp_path / "desk" / ".mtcheck.toml").write_text(
        "[severity]\nNAM002 = \"minor\"\nPUN = \"major\"\n", encoding="utf-8")
    result, data = report(article)
    assert {f["code"]: f["severity"] for f in data["findings"]} == {"NAM002": "minor", "PUN005": "major"}
    (tmp_path / "desk" / ".mtcheck.toml").write_text("names = [\"Serghei Lavrov\"]\n", encoding="utf-8")
    _, data = report(article)
    assert codes(data) == ["PUN005"]


def test_signature_names_the_settings(article):
    _, data = report("--ignore", "PUN", article)
    signature = data["signature"]
    assert signature.startswith("mtcheck:") and "|tgt:en|" in signature and "scoring:mqm2-0-1-5-25" in signature
    _, other = report(article)
    assert other["signature"].split("rules:")[1] != signature.split("rules:")[1]
