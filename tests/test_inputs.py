"""Markdown and HTML articles (offsets into the original file), standard input, and suppressions:
inline markers and a baseline that survives edits elsewhere."""
import json

from click.testing import CliRunner

from mtcheck.cli import main

TEXT = "Foreign Minister Serghei Lavrov met the press , officials said, and left for Geneva.\n"


def report(*args, stdin=None):
    result = CliRunner().invoke(main, ["report", "--lang", "en", "--format", "json", *map(str, args)], input=stdin)
    return result, (json.loads(result.stdout) if result.stdout.strip().startswith(("{", "[")) else None)


def test_markdown_offsets_point_into_the_file(tmp_path):
    path = tmp_path / "story.md"
    original = "# Talks in **Geneva**\n\nForeign Minister *Serghei* Lavrov met the [press](https://x.org) , officials said.\n"
    path.write_text(original, encoding="utf-8")
    _, data = report(path)
    for f in data["findings"]:
        assert original[f["start"]:f["end"]] == f["text"]
    assert {f["text"] for f in data["findings"]} >= {"Serghei", " ,"}
    assert data["findings"][0]["line"] == 3


def test_html_offsets_and_entities(tmp_path):
    path = tmp_path / "story.html"
    original = ("<html><head><title>Serghei</title><style>p{color:red}</style></head><body>\n"
                "<h1>Talks &amp; more</h1>\n<p>Foreign Minister Serghei Lavrov met the <b>press</b> , officials said.</p>\n"
                "</body></html>\n")
    path.write_text(original, encoding="utf-8")
    _, data = report(path)
    assert [f["text"] for f in data["findings"]] == ["Serghei", " ,"]
    for f in data["findings"]:
        assert original[f["start"]:f["end"]] == f["text"]
    assert data["findings"][0]["line"] == 3


def test_standard_input():
    result, data = report("-", stdin=TEXT)
    assert data["file"] == "<stdin>" and {f["code"] for f in data["findings"]} == {"NAM002", "PUN005"}


def test_inline_markers_suppress_and_unused_ones_are_reported(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("<!-- mtcheck: ignore NAM002 -->\n" + TEXT + "\n<!-- mtcheck: ignore LOC -->\nNothing to see here.\n",
                    encoding="utf-8")
    _, data = report(path)
    assert [f["code"] for f in data["findings"]] == ["PUN005"]
    assert any("unused suppression on line 4" in note for note in data["notes"])
    html = tmp_path / "story.html"
    html.write_text("<!-- mtcheck: ignore-file PUN -->\n<p>" + TEXT + "</p>\n", encoding="utf-8")
    _, data = report(html)
    assert [f["code"] for f in data["findings"]] == ["NAM002"]


def test_baseline_accepts_known_findings_and_survives_edits(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    result, _ = report("--write-baseline", baseline, path)
    assert "2 findings recorded" in result.output
    result, data = report("--baseline", baseline, path)
    assert data["findings"] == [] and result.exit_code == 0
    path.write_text("A new first paragraph was added by the editor.\n\n" + TEXT + "\nAnd Serghiei Lavrov again.\n",
                    encoding="utf-8")
    _, data = report("--baseline", baseline, path)
    assert [f["text"] for f in data["findings"]] == ["Serghiei"]  # new, not in the baseline


def test_bad_baseline_is_one_line(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    bad = tmp_path / "baseline.json"
    bad.write_text("{}", encoding="utf-8")
    result, _ = report("--baseline", bad, path)
    assert result.exit_code == 2 and "not a baseline file" in result.output
