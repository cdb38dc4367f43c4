"""Checks a list of paths with their configuration, turning unreadable inputs into error rows."""
from __future__ import annotations

import sys

import click

from mtcheck.check import InputError, check_file
from mtcheck.languages import ConfigError

OPTION_KEYS = ("lang", "source_lang", "select", "ignore", "fail_on", "min_score", "max_findings")


def overrides(options: dict) -> dict:
    """The command line's settings (those given), in the configuration's keys."""
    out = {key: options.get(key) for key in OPTION_KEYS}
    out.update({key: value for key, value in options.items() if key.startswith("min_") and value is not None})
    return {k: v for k, v in out.items() if v is not None}


def check_paths(paths, options: dict, baseline_file: str | None = None) -> list:
    """A Report per path, or {"file", "error"} for a path that cannot be checked. A bad
    configuration or baseline stops everything: one line, exit status 2."""
    from mtcheck import config as configuration
    from mtcheck.suppressions import read_baseline

    results = []
    try:
        baseline = read_baseline(baseline_file) if baseline_file else None
        for path in paths:
            settings = configuration.load(path, options.get("config_file"), overrides(options))
            if baseline is None and settings.get("baseline"):
                baseline = read_baseline(settings["baseline"])
            try:
                data = sys.stdin.buffer.read() if path == "-" else None
                results.append(check_file(path if path != "-" else "<stdin>", config=settings, baseline=baseline,
                                          data=data))
            except InputError as exc:
                click.echo(f"mtcheck: {exc}", err=True)
                results.append({"file": path, "error": str(exc)})
    except ConfigError as exc:
        click.echo(f"mtcheck: {exc}", err=True)
        sys.exit(2)
    return results


def exit_status(results: list, exit_zero: bool = False) -> int:
    if any(isinstance(r, dict) for r in results):
        return 2
    if exit_zero:
        return 0
    return 1 if any(not r.passed for r in results) else 0
