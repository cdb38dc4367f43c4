"""The HTML report in headless Chromium: it loads without console errors, shows one highlight per
finding, runs nothing from a hostile article, and renders (a screenshot is written)."""
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck import check_file
from mtcheck.cli import main

ROOT = Path(__file__).parent.parent
CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine (CI installs Debian's chromium)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium(tmp_path, *args):
    profile = tmp_path / "profile"
    done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", *args],
                          capture_output=True, text=True, timeout=120)
    return done


def render(tmp_path, article: Path, *options) -> Path:
    page = tmp_path / (article.stem + ".html")
    result = CliRunner().invoke(main, ["report", "--format", "html", *options, str(article)])
    page.write_text(result.stdout, encoding="utf-8")
    return page


def test_seed_report_loads_cleanly_with_one_highlight_per_finding(tmp_path):
    seed = ROOT / "seeds/000_f2e9ef254daecbbd.txt"
    page = render(tmp_path, seed)
    done = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-500:]
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert not console, console
    assert done.stdout.count("<mark ") == len(check_file(seed).findings)
    shot = tmp_path / "seed.png"
    chromium(tmp_path, "--window-size=1280,1600", f"--screenshot={shot}", page.as_uri())
    assert shot.is_file() and shot.stat().st_size > 10_000


def test_hostile_article_runs_nothing(tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text("Talks resumed , officials said.\n\n<script>document.title='pwned';"
                       "document.body.setAttribute('data-pwned','1')</script><img src=x onerror=\"document.title='pwned'\">\n",
                       encoding="utf-8")
    page = render(tmp_path, article, "--lang", "en")
    dom = chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    assert "pwned" not in re.sub(r"&lt;.*?&gt;", "", dom.split("<article")[0])
    assert "data-pwned" not in dom.split("<article")[0] and "<title>mtcheck:" in dom
    assert "<script" not in dom


def test_batch_summary_renders_with_its_plots_and_links(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in sorted((ROOT / "corpora").glob("*.txt")):
        (folder / article.name).write_bytes(article.read_bytes())
    (folder / "<img src=x onerror=alert(1)>.txt").write_text("<script>document.title='pwned'</script> Talks resumed , he said.\n",
                                               encoding="utf-8")
    page = tmp_path / "summary.html"
    result = CliRunner().invoke(main, ["batch", str(folder), "--format", "html", "--output", str(page), "--exit-zero"])
    assert result.exit_code == 0, result.output
    done = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert done.returncode == 0
    assert not [line for line in done.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    dom = done.stdout
    assert dom.count("<svg") == 6 and dom.count("<rect") == 60  # a histogram of ten bands per score
    assert "<script" not in dom and "<img" not in dom and "pwned" not in dom.split("<body")[0]
    report = tmp_path / re.search(r'href="([^"]+)"', dom).group(1)
    assert "<mark " in report.read_text(encoding="utf-8")
    shot = tmp_path / "summary.png"
    chromium(tmp_path, "--window-size=1280,1600", f"--screenshot={shot}", page.as_uri())
    assert shot.is_file() and shot.stat().st_size > 10_000
