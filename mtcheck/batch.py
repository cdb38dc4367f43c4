"""Scoring batches of translated articles: one row per article, written as it finishes, in input
order whatever the number of workers; reference-based BLEU, chrF++ and TER from sacrebleu where a
reference exists; resumable; on local worker processes or a Dask cluster."""
from __future__ import annotations

import csv
import glob
import io
import json
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from mtcheck.inputs import ARTICLE_SUFFIXES
from mtcheck.model import FAMILIES, SEVERITIES

SCORE_COLUMNS = ["score_overall"] + [f"score_{f}" for f in FAMILIES]
COUNT_COLUMNS = [f"n_{f}" for f in FAMILIES] + [f"n_{s}" for s in SEVERITIES]
METRIC_COLUMNS = ["bleu", "chrf", "ter", "bleu_sentence", "chrf_sentence", "ter_sentence", "segments"]
COLUMNS = ["file", "language", "source_language", "words", *SCORE_COLUMNS, *COUNT_COLUMNS, "rules", "passed",
           *METRIC_COLUMNS, "error"]


@dataclass
class BatchOptions:
    """Everything a worker needs to turn one path into one row (picklable)."""

    options: dict = field(default_factory=dict)   # the command line's settings (mtcheck.runner)
    refs: str | None = None
    sources: str | None = None
    tokenize: str = "13a"


def expand(inputs: list[str]) -> list[tuple[str, str]]:
    """(path, path relative to the input it came from) for files, folders and globs, sorted and
    unique; fsspec URLs (memory://, s3://...) are listed through fsspec."""
    found: dict[str, str] = {}
    for item in inputs:
        if "://" in item:
            found.update(_expand_url(item))
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES:
                    found.setdefault(str(child), str(child.relative_to(path)))
        elif any(ch in item for ch in "*?["):
            for match in sorted(glob.glob(item, recursive=True)):
                found.setdefault(match, Path(match).name)
        else:
            found.setdefault(item, path.name)  # missing files become error rows
    return sorted(found.items())


def _expand_url(url: str) -> dict[str, str]:
    """Articles under an fsspec URL (a folder or a glob), as full URLs with their relative paths."""
    import fsspec

    fs, _, paths = fsspec.get_fs_token_paths(url)
    out = {}
    for root in paths:
        found = fs.find(root) if fs.isdir(root) else [root]
        base = root.rstrip("/") + "/" if fs.isdir(root) else root.rsplit("/", 1)[0] + "/"
        for p in found:
            if p.lower().endswith(ARTICLE_SUFFIXES):
                out[fs.unstrip_protocol(p)] = p[len(base):] if p.startswith(base) else Path(p).name
    return out


def _read(path: str) -> bytes:
    if "://" in path:
        import fsspec

        with fsspec.open(path, "rb") as fh:
            return fh.read()
    with open(path, "rb") as fh:
        return fh.read()


def _segments(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _metric_objects(tokenize: str):
    from sacrebleu.metrics import BLEU, CHRF, TER

    return BLEU(tokenize=_sacrebleu_tok(tokenize)), CHRF(word_order=2), TER()


def _aligned(hypothesis: str, reference: str) -> tuple[list[str], list[str]]:
    hyp, ref = _segments(hypothesis), _segments(reference)
    if len(hyp) != len(ref) or not hyp:
        hyp, ref = [" ".join(hyp)], [" ".join(ref)]
    return hyp, ref


def metrics(hypothesis: str, reference: str, tokenize: str = "13a") -> tuple[dict, dict]:
    """Document- and sentence-level BLEU, chrF++ and TER of one article against its reference,
    segment by segment (non-empty lines) when both have as many, else as one segment; and the
    metrics' sufficient statistics, which add up to corpus-level scores (the sums sacrebleu's
    corpus_score makes over the same segments)."""
    from sacrebleu.metrics import BLEU

    hyp, ref = _aligned(hypothesis, reference)
    bleu_hyp, bleu_ref = tokenized(hyp, tokenize), tokenized(ref, tokenize)
    bleu, chrf, ter = _metric_objects(tokenize)
    sentence_bleu = BLEU(tokenize=_sacrebleu_tok(tokenize), effective_order=True)
    n = len(hyp)
    stats = {"bleu": _summed(bleu._extract_corpus_statistics(bleu_hyp, [bleu_ref])),
             "chrf": _summed(chrf._extract_corpus_statistics(hyp, [ref])),
             "ter": _summed(ter._extract_corpus_statistics(hyp, [ref]))}
    values = {
        "bleu": round(bleu._compute_score_from_stats(stats["bleu"]).score, 4),
        "chrf": round(chrf._compute_score_from_stats(stats["chrf"]).score, 4),
        "ter": round(ter._compute_score_from_stats(stats["ter"]).score, 4),
        "bleu_sentence": round(sum(sentence_bleu.sentence_score(h, [r]).score for h, r in zip(bleu_hyp, bleu_ref)) / n, 4),
        "chrf_sentence": round(sum(chrf.sentence_score(h, [r]).score for h, r in zip(hyp, ref)) / n, 4),
        "ter_sentence": round(sum(ter.sentence_score(h, [r]).score for h, r in zip(hyp, ref)) / n, 4),
        "segments": n,
    }
    _forget_tokenised(bleu, ter, sentence_bleu)
    return values, stats


def _forget_tokenised(*metrics) -> None:
    """sacrebleu's tokenizers keep the last 65,536 lines they tokenised (class-wide caches); in a
    batch the lines of one article never come back, so the cache only grows a worker's memory
    (to about 100 MB). Emptied after each article, the memory stays flat."""
    for metric in metrics:
        tokenizer = getattr(metric, "tokenizer", None)
        # a tokenizer may hand its output to another (13a -> the regexp tokenizer), each cached
        for part in (tokenizer, *vars(tokenizer).values()) if hasattr(tokenizer, "__dict__") else (tokenizer,):
            call = getattr(type(part), "__call__", None)
            if hasattr(call, "cache_clear"):
                call.cache_clear()


def _summed(per_segment) -> list:
    return [sum(column) for column in zip(*per_segment)]


def _sacrebleu_tok(tokenize: str) -> str:
    return "none" if tokenize == "spm" else tokenize


def tokenized(lines: list[str], tokenize: str) -> list[str]:
    if tokenize != "spm":
        return lines
    from mtcheck.tokenizer import spm_tokenize

    return [spm_tokenize(line) for line in lines]


def beside(relative: str, folder: str | None) -> str | None:
    """The file with the same relative path in `folder` (a reference or a source), if any."""
    if not folder:
        return None
    candidate = Path(folder) / relative
    return str(candidate) if candidate.is_file() else None


def source_language_of(path: str) -> str | None:
    """The language of a source article, detected from its text (the source decides; no guess
    from the translation is needed)."""
    from mtcheck.check import read_article
    from mtcheck.languages import detect_language

    try:
        return detect_language(read_article(path)).lang
    except Exception:  # an unreadable source only loses the hint
        return None


def check_article(path: str, batch: BatchOptions, source_lang: str | None = None):
    """The Report of one article by path or fsspec URL, with the batch's settings and the given
    source language (unless the settings name one). Raises InputError, ConfigError or OSError."""
    from mtcheck import config as configuration
    from mtcheck.check import MAX_BYTES, InputError, check_file
    from mtcheck.runner import overrides

    settings = configuration.load(path if "://" not in path else None, batch.options.get("config_file"),
                                  overrides(batch.options))
    if source_lang and not settings.get("source_lang"):
        settings["source_lang"] = source_lang
    data = _read(path) if "://" in path else None
    if data is not None and len(data) > MAX_BYTES:
        raise InputError(f"{path}: too large ({len(data) / 1048576:.0f} MB)")
    return check_file(path, config=settings, data=data)


def article_row(item: tuple[str, str], batch: BatchOptions, reference: str | None = None) -> dict:
    """One article's row: scores, counts, verdict, and metrics against its reference if any.
    Whatever goes wrong with this article becomes the row's error; the batch goes on."""
    from mtcheck.check import InputError, read_article
    from mtcheck.languages import ConfigError

    path, relative = item
    row = dict.fromkeys(COLUMNS)
    row["file"] = path
    try:
        source = None if batch.options.get("source_lang") else beside(relative, batch.sources)
        report = check_article(path, batch, source_language_of(source) if source else None)
        reference = reference or beside(relative, batch.refs)
        if reference:
            values, stats = metrics(extract_text(report), read_article(reference), batch.tokenize)
    except FileNotFoundError:
        row["error"] = f"{path}: no such file"
        return row
    except (InputError, ConfigError, OSError) as exc:
        row["error"] = str(exc) if isinstance(exc, (InputError, ConfigError)) else f"{path}: cannot be read ({exc})"
        return row
    row.update(language=report.language, source_language=report.source_language, words=report.words,
               passed=report.passed)
    row.update({f"score_{k}": v for k, v in report.scores.items()})
    for family in FAMILIES:
        row[f"n_{family}"] = sum(f.family == family for f in report.findings)
    for severity in SEVERITIES:
        row[f"n_{severity}"] = sum(f.severity == severity for f in report.findings)
    row["rules"] = rule_counts([f.code for f in report.findings])
    if reference:
        row.update(values)
        row["_stats"] = stats  # for the corpus-level scores; never written
    return row


def rule_counts(codes: list[str]) -> str:
    """"PUN002:2 NAM001:1": how often each rule fired, most frequent first (ties by code)."""
    return " ".join(f"{c}:{n}" for c, n in _most_first(Counter(codes)))


def _most_first(counts: Counter) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def parse_rule_counts(cell: str) -> dict[str, int]:
    return {code: int(n) for code, _, n in (part.partition(":") for part in (cell or "").split())}


def extract_text(report) -> str:
    """The article's text as checked (markup stripped), the hypothesis for the metrics."""
    from mtcheck.inputs import extract, kind_of

    return extract(report.text, kind_of(report.file or "")).text


# ---- output: rows appended as they finish; --resume reads what an interrupted run left ----

def read_done(output: str, fmt: str) -> list[dict]:
    """The complete rows an earlier run wrote (a row cut off by a kill is dropped, and so is a
    summary line); the file is rewritten to hold exactly those rows."""
    path = Path(output)
    if not path.is_file():
        return []
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BatchError(f"{output}: cannot be resumed ({exc})") from None
    if raw and not raw.endswith("\n"):
        raw = raw[: raw.rfind("\n") + 1]
    rows = []
    if fmt == "csv":
        reader = csv.DictReader(io.StringIO(raw))
        if raw and reader.fieldnames != COLUMNS:
            raise BatchError(f"{output}: not the CSV rows of an mtcheck batch of this version; cannot resume it")
        rows = [_typed(r) for r in reader]
        body = raw
    else:
        kept = []
        for line in raw.splitlines(keepends=True):
            try:
                row = json.loads(line)
            except ValueError:
                break
            if "summary" in row:
                break
            if not isinstance(row, dict) or "file" not in row:
                raise BatchError(f"{output}: not the JSONL rows of an mtcheck batch; cannot resume it")
            rows.append(row)
            kept.append(line)
        body = "".join(kept)
    path.write_text(body, encoding="utf-8")
    return rows


def _typed(row: dict) -> dict:
    """CSV cells back to the types JSON rows hold."""
    out = {}
    for key, value in row.items():
        if value in ("", None):
            out[key] = None
        elif key == "passed":
            out[key] = value == "True"
        elif key in ("words", "segments") or key.startswith("n_"):
            out[key] = int(value)
        elif key.startswith("score_") or key in METRIC_COLUMNS:
            out[key] = float(value)
        else:
            out[key] = value
    return out


class RowWriter:
    def __init__(self, output: str | None, fmt: str, append: bool):
        self.fmt, self.synced = fmt, 0.0
        self.handle = open(output, "a" if append else "w", encoding="utf-8", newline="") if output else sys.stdout
        self.csv = csv.DictWriter(self.handle, fieldnames=COLUMNS, lineterminator="\n") if fmt == "csv" else None
        if self.csv and not (append and output and Path(output).stat().st_size):
            self.csv.writeheader()

    def write(self, row: dict) -> None:
        if self.csv:
            self.csv.writerow(row)
        else:
            self.handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.handle.flush()  # a killed batch loses at most the row being written
        now = time.monotonic()
        if self.handle is not sys.stdout and now - self.synced > 1.0:
            os.fsync(self.handle.fileno())  # and a crashed machine at most a second of rows
            self.synced = now

    def summary(self, summary: dict) -> None:
        if not self.csv:
            self.handle.write(json.dumps({"summary": summary}, ensure_ascii=False) + "\n")
            self.handle.flush()

    def close(self):
        if self.handle is not sys.stdout and not self.handle.closed:
            self.handle.close()


class Summary:
    """Running totals of the rows, so that a batch of millions keeps no rows in memory: counts,
    mean scores, how often each rule fired, metric statistics overall and per source language."""

    def __init__(self, batch: BatchOptions):
        self.batch = batch
        self.articles = self.errors = self.passed = self.failed = 0
        self.findings = dict.fromkeys((c[2:] for c in COUNT_COLUMNS), 0)
        self.rules: Counter[str] = Counter()
        self.overall = _Group()
        self.groups: dict[str, _Group] = {}

    def add(self, row: dict, stats: dict | None) -> None:
        self.articles += 1
        if row.get("error"):
            self.errors += 1
            return
        self.passed += row.get("passed") is True
        self.failed += row.get("passed") is False
        for column in COUNT_COLUMNS:
            self.findings[column[2:]] += int(row.get(column) or 0)
        self.rules.update(parse_rule_counts(row.get("rules", "")))
        self.overall.add(row, stats)
        self.groups.setdefault(row.get("source_language") or "unknown", _Group()).add(row, stats)

    def as_dict(self) -> dict:
        from mtcheck.check import signature_for_batch

        out = {"articles": self.articles, "checked": self.articles - self.errors, "errors": self.errors,
               "passed": self.passed, "failed": self.failed, "findings": self.findings,
               "rules": dict(_most_first(self.rules)),
               "signature": signature_for_batch(self.batch.options)}
        out.update(self.overall.as_dict(self.batch.tokenize))
        if self.overall.stats:
            out["signatures"] = signatures(self.batch.tokenize)
        out["by_source_language"] = {lang: group.as_dict(self.batch.tokenize)
                                     for lang, group in sorted(self.groups.items())}
        return out


class _Group:
    def __init__(self):
        self.articles = self.passed = self.with_reference = self.segments = 0
        self.score_sums = dict.fromkeys((c[6:] for c in SCORE_COLUMNS), 0.0)
        self.stats: dict[str, list] = {}

    def add(self, row: dict, stats: dict | None) -> None:
        self.articles += 1
        self.passed += row.get("passed") is True
        for column in SCORE_COLUMNS:
            self.score_sums[column[6:]] += float(row.get(column) or 0)
        if stats:
            self.with_reference += 1
            self.segments += int(row.get("segments") or 0)
            for name, values in stats.items():
                old = self.stats.get(name)
                self.stats[name] = [a + b for a, b in zip(old, values)] if old else list(values)

    def as_dict(self, tokenize: str) -> dict:
        n = self.articles
        out = {"mean_scores": {k: round(v / n, 2) if n else None for k, v in self.score_sums.items()},
               "with_reference": self.with_reference}
        if self.stats:
            for name, metric in zip(("bleu", "chrf", "ter"), _metric_objects(tokenize)):
                out[name] = round(metric._compute_score_from_stats(self.stats[name]).score, 4)
            out["segments"] = self.segments
        return out


def signatures(tokenize: str) -> dict[str, str]:
    """sacrebleu's own signatures of the three metrics as configured, with the shipped
    SentencePiece model named when it tokenised."""
    out = {}
    for name, metric in zip(("bleu", "chrf", "ter"), _metric_objects(tokenize)):
        metric.corpus_score(["x"], [["x"]])  # one reference stream: lets the metric sign
        out[name] = str(metric.get_signature())
    if tokenize == "spm":
        from mtcheck.tokenizer import model_name

        out["bleu"] = out["bleu"].replace("tok:none", f"tok:{model_name()}")
    return out


def stats_again(row: dict, items: dict, batch: BatchOptions) -> dict | None:
    """The sufficient statistics of a row an earlier, interrupted run wrote (for --resume)."""
    reference = beside(items.get(row["file"], Path(row["file"]).name), batch.refs)
    if row.get("error") or not reference or row.get("bleu") is None:
        return None
    from mtcheck.check import decode_article, read_article
    from mtcheck.inputs import extract, kind_of

    text = extract(decode_article(_read(row["file"]), row["file"]), kind_of(row["file"])).text
    return metrics(text, read_article(reference), batch.tokenize)[1]


class Progress:
    """Count, rate and time left on standard error when it is a terminal; silent otherwise."""

    def __init__(self, total: int, already: int):
        self.total, self.done, self.start = total, already, time.monotonic()
        self.first = already
        self.active = sys.stderr.isatty() and not os.environ.get("CI")

    def tick(self):
        self.done += 1
        if not self.active:
            return
        elapsed = max(time.monotonic() - self.start, 1e-6)
        rate = (self.done - self.first) / elapsed
        left = (self.total - self.done) / rate if rate else 0
        sys.stderr.write(f"\r{self.done}/{self.total} articles, {rate:.1f}/s, {left:.0f} s left ")
        sys.stderr.flush()

    def close(self):
        if self.active:
            sys.stderr.write("\n")


def _init_worker():
    import signal

    from mtcheck.registry import all_rules

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    all_rules()  # load the rules (and their modules) once per worker


def run_rows(items: list[tuple[str, str]], batch: BatchOptions, jobs: int = 1, engine: str = "local",
             scheduler: str | None = None):
    """Rows in input order, each yielded as soon as it and all before it are done."""
    if engine == "dask":
        yield from _dask_rows(items, batch, jobs, scheduler)
        return
    if jobs <= 1 or len(items) <= 1:
        for item in items:
            yield article_row(item, batch)
        return
    import functools
    import multiprocessing

    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with context.Pool(jobs, initializer=_init_worker) as pool:
        yield from pool.imap(functools.partial(article_row, batch=batch), items, chunksize=2)


def _dask_rows(items, batch: BatchOptions, jobs: int, scheduler: str | None):
    """The same rows from a Dask cluster (a LocalCluster of `jobs` processes without
    --scheduler), a bounded window of articles in flight so that memory stays flat."""
    import collections
    import itertools

    from distributed import Client, LocalCluster

    cluster = None if scheduler else LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    with Client(scheduler or cluster) as client:
        window = max(8, 4 * sum(client.nthreads().values()))
        queue, pending = iter(items), collections.deque()
        for item in itertools.islice(queue, window):
            pending.append(client.submit(article_row, item, batch, pure=False))
        while pending:
            future = pending.popleft()
            row = future.result()
            future.release()
            item = next(queue, None)
            if item is not None:
                pending.append(client.submit(article_row, item, batch, pure=False))
            yield row
    if cluster is not None:
        cluster.close()


class BatchError(Exception):
    """The batch cannot start (no articles, an output that cannot be written or resumed): one line."""


class Interrupted(Exception):
    """The batch stopped on Ctrl-C; the rows written so far are kept for --resume."""


def run_batch(inputs, batch: BatchOptions, output: str | None, fmt: str, jobs: int = 1, resume: bool = False,
              engine: str = "local", scheduler: str | None = None) -> tuple[int, dict]:
    """Write the rows as they finish, then the summary; the exit status (2 if some article could
    not be read, 1 if some failed the gate, else 0) and the summary."""
    items = expand(inputs)
    if not items:
        raise BatchError(f"no articles ({', '.join(ARTICLE_SUFFIXES)}) in {' '.join(inputs)}")
    rows_file = output + ".jsonl" if fmt == "html" and output else output
    row_format = "csv" if fmt == "csv" else "jsonl"
    done = read_done(rows_file, row_format) if resume and rows_file else []
    done_files = {r["file"] for r in done}
    remaining = [item for item in items if item[0] not in done_files]
    try:
        writer = RowWriter(rows_file or (os.devnull if fmt == "html" else None), row_format, append=bool(done))
    except OSError as exc:
        raise BatchError(f"{rows_file}: cannot be written ({exc.strerror or exc})") from None
    progress = Progress(len(items), len(done))
    summary = Summary(batch)
    lookup = dict(items)
    for row in done:
        summary.add(row, stats_again(row, lookup, batch))
    kept = list(done) if fmt == "html" else None  # the HTML summary plots every row
    try:
        for row in run_rows(remaining, batch, jobs, engine, scheduler):
            stats = row.pop("_stats", None)
            writer.write(row)
            summary.add(row, stats)
            if kept is not None:
                kept.append(row)
            progress.tick()
    except KeyboardInterrupt:
        writer.close()
        raise Interrupted(f"interrupted after {progress.done} of {len(items)} articles"
                          + (f"; rerun with --resume to finish {rows_file}" if rows_file else "")) from None
    finally:
        progress.close()
    totals = summary.as_dict()
    if fmt == "csv":
        if output:
            Path(output + ".summary.json").write_text(json.dumps(totals, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")
        else:
            sys.stderr.write(json.dumps({"summary": totals}, ensure_ascii=False) + "\n")
    else:
        writer.summary(totals)
    writer.close()
    if fmt == "html":
        from mtcheck.formats.batch_html import render_batch

        page = render_batch(kept, totals, batch, output)
        if output:
            Path(output).write_text(page, encoding="utf-8")
        else:
            sys.stdout.write(page)
    status = 2 if summary.errors else 1 if summary.failed and not batch.options.get("exit_zero") else 0
    return status, totals
