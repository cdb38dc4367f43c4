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
