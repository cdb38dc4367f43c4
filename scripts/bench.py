#!/usr/bin/env python3
"""Benchmarks (not tests): start-up plus one report, and the library's throughput.

    python3 scripts/bench.py            # both
    python3 scripts/bench.py report     # `mtcheck report` on the seed article, whole process
    python3 scripts/bench.py throughput # check_text on ~1 MB of text, punctuation rules only
    python3 scripts/bench.py names      # what the names rules add to a 1,000-word article

Times are medians over several runs; throughput is MB (of UTF-8 text) per second on one core.
"""
from __future__ import annotations

import argparse
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
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        report = check_text(text, lang="en", config={"select": ["PUN"]})
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"punctuation checks on {megabytes:.2f} MB ({report.words} words, {len(report.findings)} findings): "
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", nargs="?", choices=["all", "report", "throughput", "names"], default="all")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    if args.what in ("all", "report"):
        bench_report(args.runs)
    if args.what in ("all", "throughput"):
        bench_throughput(max(3, args.runs // 2))
    if args.what in ("all", "names"):
        bench_names(max(5, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
