"""The command line: parse options, read files, call the library, print, exit."""
from __future__ import annotations

import importlib
import sys

import click

from mtcheck import __version__
from mtcheck.model import SEVERITIES

FORMATS = ("text", "json")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mtcheck")
def main():
    """Find the artifacts unedited machine translation leaves in news articles.

    Example: mtcheck report article.txt
    """


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, allow_dash=False))
@click.option("--lang", help="Target language of the articles (en, it, fr, de, es...); detected if omitted.")
@click.option("--source-lang", help="Language the articles were translated from, if known.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default="major", show_default=True,
              help="Fail the gate on a finding of this severity or worse.")
def report(files, lang, source_lang, fmt, fail_on):
    """Check articles and print a report; exit 0 if all passed, 1 if any failed, 2 on bad input.

    Example: mtcheck report --lang en --format json article.txt
    """
    from mtcheck.check import InputError, check_file
    from mtcheck.languages import ConfigError

    results, errors, failed = [], 0, 0
    for path in files:
        try:
            result = check_file(path, lang=lang, source_lang=source_lang, config={"fail_on": fail_on})
            failed += not result.passed
        except (InputError, ConfigError) as exc:
            if len(files) == 1:
                raise click.UsageError(str(exc)) if isinstance(exc, ConfigError) else _input_error(exc)
            click.echo(f"mtcheck: {exc}", err=True)
            result, errors = {"file": path, "error": str(exc)}, errors + 1
        results.append(result)
    click.echo(importlib.import_module(f"mtcheck.formats.{fmt}").render(results, many=len(files) > 1))
    sys.exit(2 if errors else 1 if failed else 0)


def _input_error(exc: Exception):
    click.echo(f"mtcheck: {exc}", err=True)
    sys.exit(2)


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
        click.echo(f"{rule.code} {rule.name} ({rule.family}, {rule.severity})\n")
        click.echo(inspect.cleandoc(type(rule).__doc__))
        return
    for rule in all_rules():
        langs = ",".join(sorted(rule.languages)) if rule.languages else "all"
        summary = sys.modules[type(rule).__module__].__doc__.strip().splitlines()[0]
        click.echo(f"{rule.code}  {rule.name:<26} {rule.family:<12} {rule.severity:<6} {langs:<20} {summary}")
