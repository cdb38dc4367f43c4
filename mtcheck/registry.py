"""Finds the rules: every Rule subclass in mtcheck/rules/<family>/<rule_name>.py."""
from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil

from mtcheck.model import FAMILIES
from mtcheck.rules.base import Rule


@functools.lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """One instance of every rule, sorted by code."""
    rules = []
    for family in FAMILIES:
        package = importlib.import_module(f"mtcheck.rules.{family}")
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for obj in vars(module).values():
                if inspect.isclass(obj) and issubclass(obj, Rule) and obj.__module__ == module.__name__:
                    rule = obj()
                    rule.name = info.name.replace("_", "-")
                    rule.family = family
                    rules.append(rule)
    return tuple(sorted(rules, key=lambda r: r.code))


def rule_by_code(code: str) -> Rule | None:
    code = code.upper()
    return next((r for r in all_rules() if r.code == code or r.name == code.lower()), None)
