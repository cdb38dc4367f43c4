"""`mtcheck batch` and `mtcheck score`: rows per article, the same whatever runs them (one
process, worker processes, a Dask cluster), corpus metrics equal to sacrebleu's command line,
no work lost to an interruption, bad files as error rows, and the HTML summary."""
from __future__ import annotations

import csv
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _synthetic():
    spec = importlib.util.spec_from_file_location("synthetic", ROOT / "scripts" / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """200 articles built from corpora/ with MT artifacts injected, each with its reference."""
    return _synthetic().make_batch(tmp_path_factory.mktemp("batch"), articles=200, words=150, seed=7)


def mtcheck(*args, check=None, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "mtcheck", *map(str, args)], capture_output=True, text=True,
                            cwd=kwargs.pop("cwd", ROOT), **kwargs)
    if check is not None:
        assert result.returncode == check, result.stderr
    return result


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory):
    hyp, ref = corpus
    out = tmp_path_factory.mktemp("serial") / "rows.jsonl"
    mtcheck("batch", hyp, "--refs", ref, "--output", out, "--exit-zero", check=0)
    return out


def test_a_row_per_article_in_input_order_then_the_summary(serial, corpus):
    hyp, _ = corpus
    lines = rows(serial)
    assert [r["file"] for r in lines[:-1]] == sorted(str(p) for p in hyp.glob("*.txt"))
    summary = lines[-1]["summary"]
    assert summary["articles"] == summary["checked"] == summary["with_reference"] == 200
    first = lines[0]
    assert first["language"] == "en" and first["words"] > 100
    assert 0 <= first["score_overall"] <= 100 and first["bleu"] is not None and first["segments"] >= 1
    assert sum(r["n_punctuation"] for r in lines[:-1]) == summary["findings"]["punctuation"]
    assert summary["passed"] + summary["failed"] == 200


def test_two_workers_give_the_same_rows(serial, corpus, tmp_path):
    hyp, ref = corpus
    out = tmp_path / "rows.jsonl"
    mtcheck("batch", hyp, "--refs", ref, "--output", out, "--jobs", 2, "--exit-zero", check=0)
    assert out.read_bytes() == serial.read_bytes()


def test_a_dask_cluster_gives_the_same_rows(serial, corpus, tmp_path):
    distributed = pytest.importorskip("distributed")
    hyp, ref = corpus
    out = tmp_path / "rows.jsonl"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        mtcheck("batch", hyp, "--refs", ref, "--output", out, "--engine", "dask", "--scheduler",
                cluster.scheduler_address, "--exit-zero", check=0)
    assert out.read_bytes() == serial.read_bytes()


def test_dask_reads_fsspec_urls_and_starts_its_own_local_cluster(tmp_path):
    pytest.importorskip("distributed")
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("it-en-101.txt", "fr-en-101.txt", "en-native-101.txt"):
        (folder / name).write_bytes((ROOT / "corpora" / name).read_bytes())
    local = mtcheck("batch", folder, "--exit-zero", check=0).stdout.splitlines()
    remote = mtcheck("batch", folder.as_uri() + "/", "--engine", "dask", "--jobs", "2", "--exit-zero",
                     check=0).stdout.splitlines()
    assert len(local) == len(remote) == 4
    for a, b in zip(local[:-1], remote[:-1]):
        a, b = json.loads(a), json.loads(b)
        assert b["file"] == "file://" + a["file"] and {**a, "file": ""} == {**b, "file": ""}
    assert local[-1] == remote[-1]


def test_corpus_metrics_equal_the_sacrebleu_command_line(serial, corpus, tmp_path):
    hyp, ref = corpus
    for folder, name in ((hyp, "hyp.txt"), (ref, "ref.txt")):
        lines = [line for p in sorted(folder.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
        (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "sacrebleu", str(tmp_path / "ref.txt"), "-i", str(tmp_path / "hyp.txt"),
                             "-m", "bleu", "chrf", "ter", "--chrf-word-order", "2", "-w", "4", "-f", "json"],
                            capture_output=True, text=True, check=True)
    theirs = {m["name"]: m for m in json.loads(result.stdout)}
    summary = rows(serial)[-1]["summary"]
    assert summary["bleu"] == pytest.approx(theirs["BLEU"]["score"], abs=1e-4)
    assert summary["chrf"] == pytest.approx(theirs["chrF2++"]["score"], abs=1e-4)
    assert summary["ter"] == pytest.approx(theirs["TER"]["score"], abs=1e-4)
    assert summary["signatures"]["bleu"] == theirs["BLEU"]["signature"]
    assert summary["signatures"]["chrf"] == theirs["chrF2++"]["signature"]
    assert summary["signatures"]["ter"] == theirs["TER"]["signature"]


@pytest.mark.parametrize("sig, jobs", [(signal.SIGINT, 2), (signal.SIGKILL, 2), (signal.SIGKILL, 1)],
                         ids=["SIGINT-jobs2", "SIGKILL-jobs2", "SIGKILL-jobs1"])
def test_an_interrupted_batch_resumes_to_the_same_output(serial, corpus, tmp_path, sig, jobs):
    hyp, ref = corpus
    out = tmp_path / "rows.jsonl"
    argv = [sys.executable, "-m", "mtcheck", "batch", str(hyp), "--refs", str(ref), "--output", str(out),
            "--jobs", str(jobs), "--exit-zero"]
    process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.read_text(encoding="utf-8").count("\n") < 40):
        time.sleep(0.02)
    os.killpg(process.pid, sig)  # the whole job, as Ctrl-C in a terminal or a killed container
    process.wait(timeout=30)
    written = out.read_text(encoding="utf-8").count("\n")
    assert 40 <= written < 200, "the batch was not cut half-way"
    if sig == signal.SIGINT:
        assert process.returncode == 130
        assert "--resume" in process.stderr.read().decode()
    mtcheck("batch", hyp, "--refs", ref, "--output", out, "--jobs", jobs, "--exit-zero", "--resume", check=0)
    assert out.read_bytes() == serial.read_bytes()


def test_resume_drops_a_row_cut_off_by_a_kill(serial, tmp_path, corpus):
    hyp, ref = corpus
    out = tmp_path / "rows.jsonl"
    content = serial.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(content[:10]) + content[10][:25], encoding="utf-8")
    mtcheck("batch", hyp, "--refs", ref, "--output", out, "--exit-zero", "--resume", check=0)
    assert out.read_bytes() == serial.read_bytes()


def test_csv_rows_and_their_summary_resume_too(corpus, tmp_path):
    hyp, ref = corpus
    full, cut = tmp_path / "full.csv", tmp_path / "cut.csv"
    mtcheck("batch", hyp, "--refs", ref, "--output", full, "--format", "csv", "--exit-zero", check=0)
    table = list(csv.DictReader(full.open(encoding="utf-8")))
    assert len(table) == 200 and table[0]["bleu"] and table[0]["passed"] in ("True", "False")
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    cut.write_text("".join(lines[:51]), encoding="utf-8")
    mtcheck("batch", hyp, "--refs", ref, "--output", cut, "--format", "csv", "--exit-zero", "--resume", check=0)
    assert cut.read_bytes() == full.read_bytes()
    assert json.loads((tmp_path / "cut.csv.summary.json").read_text()) == json.loads(
        (tmp_path / "full.csv.summary.json").read_text())


def test_bad_files_become_error_rows_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text((ROOT / "corpora" / "en-native-101.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Il a été élu à Montréal.".encode("latin-1"))
    result = mtcheck("batch", tmp_path, tmp_path / "missing.txt", check=2)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    errors = {Path(r["file"]).name: r["error"] for r in lines[:-1] if r["error"]}
    assert set(errors) == {"binary.txt", "empty.txt", "latin1.txt", "missing.txt"}
    assert "binary" in errors["binary.txt"] and "empty" in errors["empty.txt"]
    assert "UTF-8" in errors["latin1.txt"] and "no such file" in errors["missing.txt"]
    ok = [r for r in lines[:-1] if not r["error"]]
    assert len(ok) == 1 and ok[0]["passed"] is True
    assert lines[-1]["summary"]["errors"] == 4 and "Traceback" not in result.stderr


def test_exit_status_says_whether_every_article_passed(tmp_path):
    native = tmp_path / "native.txt"
    native.write_text((ROOT / "corpora" / "en-native-101.txt").read_text(encoding="utf-8"), encoding="utf-8")
    mtcheck("batch", native, check=0)
    mtcheck("batch", native, ROOT / "seeds" / "000_f2e9ef254daecbbd.txt", check=1)
    mtcheck("batch", native, ROOT / "seeds" / "000_f2e9ef254daecbbd.txt", "--exit-zero", check=0)


def test_a_bad_configuration_stops_the_batch_in_one_line(tmp_path):
    config = tmp_path / "bad.toml"
    config.write_text("fail_on = 'sometimes'\n", encoding="utf-8")
    result = mtcheck("batch", ROOT / "seeds", "--config", config, check=2)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_globs_and_fsspec_urls(tmp_path):
    from mtcheck.batch import BatchOptions, run_rows, expand

    fsspec = pytest.importorskip("fsspec")
    text = (ROOT / "seeds" / "000_f2e9ef254daecbbd.txt").read_bytes()
    fs = fsspec.filesystem("memory")
    fs.pipe("/articles/a/seed.txt", text)
    local = tmp_path / "seed.txt"
    local.write_bytes(text)
    items = expand(["memory://articles/"])
    assert [relative for _, relative in items] == ["a/seed.txt"]
    remote_row = next(run_rows(items, BatchOptions()))
    local_row = next(run_rows(expand([str(tmp_path / "*.txt")]), BatchOptions()))
    assert remote_row["file"].startswith("memory://") and remote_row["file"].endswith("/articles/a/seed.txt")
    assert {k: v for k, v in remote_row.items() if k != "file"} == {k: v for k, v in local_row.items() if k != "file"}


def test_html_summary_plots_and_links_the_worst_articles(corpus, tmp_path):
    hyp, ref = corpus
    out = tmp_path / "summary.html"
    mtcheck("batch", hyp, "--refs", ref, "--output", out, "--format", "html", "--exit-zero", check=0)
    page = out.read_text(encoding="utf-8")
    assert page.count('aria-label="') >= 8 and "histogram" in page and "BLEU against overall score" in page
    links = [line.split('href="')[1].split('"')[0] for line in page.split("<tr>") if 'href="' in line]
    assert len(links) == 20 and all((tmp_path / link).is_file() for link in links)
    assert "Most frequent rules" in page and "By source language" in page
    assert len(rows(Path(str(out) + ".jsonl"))) == 201  # the rows, kept as they finished


def test_score_one_document_against_its_reference(corpus, tmp_path):
    from sacrebleu.metrics import BLEU, CHRF, TER

    hyp, ref = corpus
    result = mtcheck("score", hyp / "00003.txt", "--ref", ref / "00003.txt", "--format", "json", "--exit-zero")
    row = json.loads(result.stdout)
    h = [line for line in (hyp / "00003.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    r = [line for line in (ref / "00003.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert row["bleu"] == pytest.approx(BLEU().corpus_score(h, [r]).score, abs=1e-4)
    assert row["chrf"] == pytest.approx(CHRF(word_order=2).corpus_score(h, [r]).score, abs=1e-4)
    assert row["ter"] == pytest.approx(TER().corpus_score(h, [r]).score, abs=1e-4)
    assert row["signatures"]["bleu"].startswith("nrefs:1|case:mixed|eff:no|tok:13a")
    missing = mtcheck("score", hyp / "00003.txt", "--ref", tmp_path / "nope.txt", check=2)
    assert missing.stderr.startswith("mtcheck: ") and missing.stderr.count("\n") == 1


def test_spm_tokenizer_scores_text_without_spaces_offline(tmp_path):
    hyp, ref = tmp_path / "hyp.txt", tmp_path / "ref.txt"
    hyp.write_text("俄罗斯外交部长拉夫罗夫今天与美国国务卿布林肯通电话。\n", encoding="utf-8")
    ref.write_text("俄罗斯外长拉夫罗夫今天与美国国务卿布林肯通了电话。\n", encoding="utf-8")
    spm = json.loads(mtcheck("score", hyp, "--ref", ref, "--lang", "zh", "--tokenize", "spm", "--format", "json",
                             "--exit-zero", check=0).stdout)
    none = json.loads(mtcheck("score", hyp, "--ref", ref, "--lang", "zh", "--tokenize", "none", "--format", "json",
                              "--exit-zero", check=0).stdout)
    assert none["bleu"] == 0.0 < spm["bleu"] < 100.0  # one "word" per sentence without a tokenizer
    assert "tok:mtcheck-spm-" in spm["signatures"]["bleu"]


def test_progress_is_quiet_when_standard_error_is_not_a_terminal(tmp_path):
    result = mtcheck("batch", ROOT / "seeds", "--exit-zero", check=0)
    assert result.stderr == ""


def test_progress_on_a_terminal_gives_count_rate_and_time_left(tmp_path):
    import pty

    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    result = subprocess.run([sys.executable, "-m", "mtcheck", "batch", str(ROOT / "seeds"), str(ROOT / "corpora"),
                             "--exit-zero", "--output", str(tmp_path / "rows.jsonl")],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=follower, env=env, timeout=120)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert result.returncode == 0
    import re

    updates = [u.strip() for u in seen.decode().split("\r") if u.strip()]
    total = sum(1 for _ in open(tmp_path / "rows.jsonl", encoding="utf-8")) - 1
    assert len(updates) == total and re.fullmatch(rf"{total}/{total} articles, [\d.]+/s, 0 s left", updates[-1])
    assert re.fullmatch(rf"1/{total} articles, [\d.]+/s, \d+ s left", updates[0])


def test_a_batch_that_cannot_start_says_why_in_one_line(tmp_path):
    foreign = tmp_path / "other.jsonl"
    foreign.write_text('{"id": 1}\n', encoding="utf-8")
    cases = [
        ("batch", str(tmp_path / "none-*.txt")),                                    # a glob matching nothing
        ("batch", ROOT / "seeds", "--output", tmp_path / "missing" / "rows.jsonl"),  # an output that can't be written
        ("batch", ROOT / "seeds", "--output", foreign, "--resume"),                # not a batch's rows
    ]
    for args in cases:
        result = mtcheck(*args, check=2)
        assert result.stderr.startswith("mtcheck: ") and result.stderr.count("\n") == 1, result.stderr
    assert foreign.read_text(encoding="utf-8") == '{"id": 1}\n'  # left as it was
    usage = mtcheck("batch", ROOT / "seeds", "--resume", check=2)  # nothing to resume: click's usage error
    assert "Error: --resume needs --output" in usage.stderr and "Traceback" not in usage.stderr


def test_sources_name_the_source_language(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "src").mkdir()
    native = (ROOT / "corpora" / "en-native-101.txt").read_text(encoding="utf-8")
    (tmp_path / "out" / "a.txt").write_text(native, encoding="utf-8")
    (tmp_path / "src" / "a.txt").write_text((ROOT / "corpora" / "fr-native-101.txt").read_text(encoding="utf-8"),
                                            encoding="utf-8")
    without = json.loads(mtcheck("batch", tmp_path / "out", "--exit-zero", check=0).stdout.splitlines()[0])
    given = json.loads(mtcheck("batch", tmp_path / "out", "--sources", tmp_path / "src", "--exit-zero",
                               check=0).stdout.splitlines()[0])
    assert without["source_language"] is None and given["source_language"] == "fr"
