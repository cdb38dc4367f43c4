#!/usr/bin/env python3
"""Benchmarks (not tests): start-up plus one report, and the library's throughput.

    python3 scripts/bench.py            # both
    python3 scripts/bench.py report     # `mtcheck report` on the seed article, whole process
    python3 scripts/bench.py throughput # check_text on ~1 MB of text: punctuation rules, then all rules
    python3 scripts/bench.py names      # what the names rules add to a 1,000-word article
    python3 scripts/bench.py batch      # `mtcheck batch` on synthetic articles, --jobs 1 against --jobs 2

Times are medians over several runs; throughput is MB (of UTF-8 text) per second on one core.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_f2e9ef254daecbbd.txt"


def bench_report(runs: int) -> float:
    exe = shutil.which("mtcheck")
    argv = [exe] if exe else [sys.executable, "-m", "mtcheck"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv + ["report", str(SEED)], capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"mtcheck report on the seed article, whole process: median {median:.3f} s "
          f"over {runs} runs (min {min(times):.3f}, max {max(times):.3f})")
    return median


def sample_megabyte() -> str:
    texts = [SEED.read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").rglob("*-en-*.txt"))]
    text, i = "", 0
    while len(text.encode("utf-8")) < 1_000_000:
        text += texts[i % len(texts)] + "\n\n"
        i += 1
    return text


def bench_throughput(runs: int) -> float:
    sys.path.insert(0, str(ROOT))
    from mtcheck import check_text

    text = sample_megabyte()
    megabytes = len(text.encode("utf-8")) / 1_000_000
    check_text(text[:5000], lang="en")  # load rules and data outside the timing
    for label, config in (("punctuation checks", {"select": ["PUN"]}), ("all rules", {})):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            report = check_text(text, lang="en", config=dict(config))
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        print(f"{label} on {megabytes:.2f} MB ({report.words} words, {len(report.findings)} findings): "
              f"median {median:.3f} s over {runs} runs = {megabytes / median:.2f} MB/s on one core")
    return megabytes / median


def bench_names(runs: int) -> float:
    """Median time of the names stage (every NAM rule on a fresh document of ~1,000 words) after
    start-up, i.e. with the tables loaded once by a first article, as in a batch."""
    sys.path.insert(0, str(ROOT))
    from mtcheck.document import Document
    from mtcheck.registry import all_rules

    words = sample_megabyte().split(" ")
    articles = [" ".join(words[i * 1000:(i + 1) * 1000]) for i in range(runs + 1)]
    names = [rule for rule in all_rules() if rule.family == "names"]
    times = []
    for i, article in enumerate(articles):
        doc = Document(article, "en")
        start = time.perf_counter()
        for rule in names:
            list(rule.check(doc))
        if i:  # the first article loads the tables
            times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"names stage on a 1,000-word article after start-up: median {1000 * median:.1f} ms over {runs} articles")
    return median


def _peak_memory(argv: list[str]) -> tuple[float, int]:
    """Run a command; its wall time and the peak resident memory (VmHWM, KB) of that process
    alone, not of its workers, read from /proc while it runs."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        try:
            status = Path(f"/proc/{process.pid}/status").read_text()
            peak = max(peak, int(status.split("VmHWM:")[1].split()[0]))
        except (OSError, IndexError, ValueError):
            pass
        time.sleep(0.05)
    return time.perf_counter() - start, peak


def bench_batch(articles: int, words: int, runs: int) -> float:
    """Throughput of `mtcheck batch` with references at --jobs 1 and --jobs 2 (median of `runs`
    runs each), and the parent process's peak memory for growing batches."""
    import importlib.util
    import tempfile

    spec = importlib.util.spec_from_file_location("synthetic", ROOT / "scripts" / "synthetic.py")
    synthetic = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synthetic)
    exe = shutil.which("mtcheck")
    base = [exe] if exe else [sys.executable, "-m", "mtcheck"]
    with tempfile.TemporaryDirectory() as tmp:
        hyp, ref = synthetic.make_batch(Path(tmp), articles, words)
        total = sum(len(p.read_text(encoding="utf-8").split()) for p in hyp.glob("*.txt"))
        print(f"{articles} synthetic articles, {total / articles:.0f} words each on average")
        rates, peaks = {}, {}
        for jobs in (1, 2):
            times = []
            for _ in range(runs):
                out = Path(tmp) / f"rows-{jobs}.jsonl"
                seconds, peak = _peak_memory(base + ["batch", str(hyp), "--refs", str(ref), "--jobs", str(jobs),
                                                     "--output", str(out), "--exit-zero"])
                times.append(seconds)
            rates[jobs], peaks[jobs] = articles / statistics.median(times), peak
            print(f"--jobs {jobs}: median {statistics.median(times):.1f} s over {runs} runs = {rates[jobs]:.1f} "
                  f"articles/s; parent peak memory {peak / 1024:.0f} MB")
        print(f"--jobs 2 throughput = {rates[2] / rates[1]:.2f}x --jobs 1 (on {os.cpu_count()} cores)")
        for n in sorted({max(1, articles // 4), max(1, articles // 2)}):
            subset = Path(tmp) / f"subset-{n}"
            subset.mkdir()
            for p in sorted(hyp.glob("*.txt"))[:n]:
                (subset / p.name).symlink_to(p)
            for jobs in (1, 2):
                _, peak = _peak_memory(base + ["batch", str(subset), "--refs", str(ref), "--jobs", str(jobs),
                                               "--output", str(Path(tmp) / f"m{n}-{jobs}.jsonl"), "--exit-zero"])
                print(f"parent peak memory, --jobs {jobs}, {n} articles: {peak / 1024:.0f} MB")
        print(f"parent peak memory, --jobs 1 and 2, {articles} articles: {peaks[1] / 1024:.0f} and "
              f"{peaks[2] / 1024:.0f} MB (above)")
    return rates[2] / rates[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", nargs="?", choices=["all", "report", "throughput", "names", "batch"], default="all")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--articles", type=int, default=1000, help="batch: how many synthetic articles")
    ap.add_argument("--words", type=int, default=600, help="batch: words per synthetic article")
    args = ap.parse_args()
    if args.what in ("all", "report"):
        bench_report(args.runs)
    if args.what in ("all", "throughput"):
        bench_throughput(max(3, args.runs // 2))
    if args.what in ("all", "names"):
        bench_names(max(5, args.runs))
    if args.what == "batch":
        bench_batch(args.articles, args.words, max(1, min(args.runs, 3)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
