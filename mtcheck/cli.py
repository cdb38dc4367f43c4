"""The command line: parse options, read files, call the library, print, exit."""
from __future__ import annotations

import importlib
import sys

import click

from mtcheck import __version__
from mtcheck.model import FAMILIES, SEVERITIES

FORMATS = ("text", "json", "jsonl", "line", "sarif", "github", "junit", "html")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mtcheck")
def main():
    """Find the artifacts unedited machine translation leaves in news articles.

    Example: mtcheck report article.txt
    """


def _codes(ctx, param, value):
    return [c.strip() for v in value for c in v.split(",") if c.strip()] or None


def gate_options(command):
    """The gate's options, shared by every command that checks articles."""
    for family in reversed(FAMILIES):
        command = click.option(f"--min-{family}", type=click.FloatRange(0, 100),
                               help=f"Fail when the {family} score is below this.")(command)
    options = [
        click.option("--exit-zero", is_flag=True, help="Exit 0 even when articles fail the gate (bad input still exits 2)."),
        click.option("--max-findings", type=click.IntRange(0), help="Fail when an article has more findings."),
        click.option("--min-score", type=click.FloatRange(0, 100), help="Fail when the overall score is below this."),
        click.option("--fail-on", type=click.Choice(SEVERITIES), help="Fail on a finding of this severity or worse [default: major]."),
        click.option("--ignore", multiple=True, callback=_codes, help="Rule codes, prefixes or names to leave out (comma-separated)."),
        click.option("--select", multiple=True, callback=_codes, help="Rule codes, prefixes or names to run (ALL by default)."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False),
                     help="Configuration file (else [mtcheck] in setup.cfg, .mtcheck.toml or pyproject.toml, found upwards)."),
        click.option("--source-lang", help="Language the articles were translated from, if known (else inferred)."),
        click.option("--lang", help="Target language of the articles (en, it, fr, de, es...); detected if omitted."),
    ]
    for option in options:
        command = option(command)
    return command


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@gate_options
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Accept the findings recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record every finding as accepted in this file.")
def report(files, fmt, baseline, write_baseline, **options):
    """Check articles (.txt, .md, .html, or - for standard input) and print a report; exit 0 if
    all passed, 1 if any failed the gate, 2 on bad input or configuration.

    Example: mtcheck report --lang en --format json article.txt
    """
    from mtcheck.runner import check_paths, exit_status

    results = check_paths(files, options, baseline)
    if len(results) == 1 and isinstance(results[0], dict):
        sys.exit(2)  # the one-line error is said; there is no report
    if write_baseline:
        from mtcheck.suppressions import write_baseline as write

        count = write(write_baseline, [r for r in results if not isinstance(r, dict)])
        click.echo(f"mtcheck: {count} findings recorded in {write_baseline}", err=True)
    click.echo(importlib.import_module(f"mtcheck.formats.{fmt}").render(results, many=len(files) > 1))
    sys.exit(exit_status(results, options["exit_zero"]))


@main.command()
@click.argument("code", required=False)
def rules(code):
    """List the rules, or print one rule's documentation.

    Example: mtcheck rules PUN002
    """
    import inspect

    from mtcheck.registry import all_rules, rule_by_code

    if code:
        rule = rule_by_code(code)
        if rule is None:
            raise click.UsageError(f"no rule {code!r}; `mtcheck rules` lists them")
        click.echo(f"{rule.code} {rule.name} ({rule.family}, {rule.severity}; MQM: {rule.mqm})\n")
        click.echo(inspect.cleandoc(type(rule).__doc__))
        return
    for rule in all_rules():
        langs = ",".join(sorted(rule.languages)) if rule.languages else "all"
        summary = sys.modules[type(rule).__module__].__doc__.strip().splitlines()[0]
        click.echo(f"{rule.code}  {rule.name:<28} {rule.family:<12} {rule.severity:<9} {rule.mqm:<44} {langs:<18} {summary}")


def _settings_or_exit(options: dict) -> None:
    """A bad --config stops a batch before any article: one line, exit status 2."""
    from mtcheck import config as configuration
    from mtcheck.languages import ConfigError
    from mtcheck.runner import overrides

    try:
        if options.get("config_file"):
            configuration.load(None, options["config_file"], overrides(options))
    except ConfigError as exc:
        click.echo(f"mtcheck: {exc}", err=True)
        sys.exit(2)


def metric_options(command):
    command = click.option("--tokenize", type=click.Choice(("13a", "intl", "char", "zh", "none", "spm")),
                           default="13a", show_default=True,
                           help="BLEU tokenizer; spm is the multilingual SentencePiece model mtcheck ships "
                                "(for zh, ja and other targets written without spaces; works offline).")(command)
    return command


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@gate_options
@click.option("--refs", type=click.Path(exists=True, file_okay=False),
              help="Folder of reference translations, matched to articles by relative path.")
@click.option("--sources", type=click.Path(exists=True, file_okay=False),
              help="Folder of source articles, matched by relative path; their language is the source language.")
@click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True,
              help="Worker processes (each loads the rules once); output is the same for any number.")
@click.option("--output", "-o", type=click.Path(dir_okay=False),
              help="Write rows here as they finish (else standard output).")
@click.option("--format", "fmt", type=click.Choice(("jsonl", "csv", "html")), default="jsonl", show_default=True,
              help="jsonl: a row per line, then {\"summary\": ...}; csv: rows, the summary in FILE.summary.json; "
                   "html: a summary page, the rows in FILE.jsonl.")
@click.option("--resume", is_flag=True, help="Skip the articles already in --output (after an interruption).")
@click.option("--engine", type=click.Choice(("local", "dask")), default="local", show_default=True,
              help="local worker processes, or a Dask distributed cluster.")
@click.option("--scheduler", help="Dask scheduler address (tcp://host:8786); without it, a LocalCluster of --jobs workers.")
@metric_options
def batch(inputs, refs, sources, jobs, output, fmt, resume, engine, scheduler, tokenize, **options):
    """Score many articles (files, folders, globs or fsspec URLs): a row per article with its
    scores, finding counts and verdict, BLEU/chrF++/TER where --refs has a reference, and a
    corpus-level summary with sacrebleu's signatures. Exit 0 if all passed, 1 if some failed the
    gate, 2 if some could not be read (an error row each; the others are kept), 130 when
    interrupted (the rows written are kept: rerun with --resume).

    Example: mtcheck batch out/ --refs ref/ --jobs 4 --output scores.jsonl
    """
    from mtcheck.batch import BatchError, BatchOptions, Interrupted, run_batch

    if resume and not output:
        raise click.UsageError("--resume needs --output (the file to resume)")
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if engine == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise click.UsageError("--engine dask needs the distributed package: pip install 'mtcheck[dask]'") from None
    _settings_or_exit(options)
    settings = BatchOptions(options=options, refs=refs, sources=sources, tokenize=tokenize)
    try:
        status, _ = run_batch(inputs, settings, output, fmt, jobs, resume, engine, scheduler)
    except Interrupted as exc:
        click.echo(f"mtcheck: {exc}", err=True)
        sys.exit(130)
    except BatchError as exc:
        click.echo(f"mtcheck: {exc}", err=True)
        sys.exit(2)
    sys.exit(status)


@main.command()
@click.argument("hypothesis", type=click.Path())
@click.option("--ref", "reference", required=True, type=click.Path(), help="The reference translation.")
@gate_options
@metric_options
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True)
def score(hypothesis, reference, tokenize, fmt, **options):
    """Score one translated article against its reference: mtcheck's scores and verdict beside
    sacrebleu's BLEU, chrF++ and TER (document and mean sentence level) with their signatures.

    Example: mtcheck score article.txt --ref reference.txt
    """
    import json

    from mtcheck.batch import BatchOptions, article_row, signatures
    from mtcheck.check import InputError, read_article

    try:
        read_article(reference)
    except InputError as exc:
        click.echo(f"mtcheck: {exc}", err=True)
        sys.exit(2)
    _settings_or_exit(options)
    row = article_row((hypothesis, "reference"), BatchOptions(options=options, tokenize=tokenize,
                                                              refs=None), reference=reference)
    if row["error"]:
        click.echo(f"mtcheck: {row['error']}", err=True)
        sys.exit(2)
    row.pop("_stats", None)
    row = {k: v for k, v in row.items() if v is not None}
    row["signatures"] = signatures(tokenize)
    if fmt == "json":
        click.echo(json.dumps(row, ensure_ascii=False, indent=1))
    else:
        width = max(len(k) for k in row)
        for key, value in row.items():
            if key == "signatures":
                for name, sig in value.items():
                    click.echo(f"{'signature ' + name:<{width}}  {sig}")
            else:
                click.echo(f"{key:<{width}}  {value}")
    sys.exit(0 if row["passed"] or options["exit_zero"] else 1)
