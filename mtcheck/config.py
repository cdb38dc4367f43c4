"""Configuration: [mtcheck] in setup.cfg, .mtcheck.toml, or [tool.mtcheck] in pyproject.toml,
found by walking up from the article; an explicit file wins, and command-line options win over
files. Every key is checked: a bad key or value is a ConfigError naming file, key and what is allowed.
"""
from __future__ import annotations

import configparser
from pathlib import Path

from mtcheck.languages import ConfigError, normalise_lang, tomllib
from mtcheck.model import FAMILIES, SEVERITIES

FILES = (".mtcheck.toml", "pyproject.toml", "setup.cfg")


def _list(value, key, where):
    if isinstance(value, str):
        value = [v.strip() for v in value.replace("\n", ",").split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be a list of strings, got {value!r}")
    return value


def _number(value, key, where, low=0, high=100):
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{where}: {key} must be a number from {low} to {high}, got {value!r}") from None
    if not low <= number <= high:
        raise ConfigError(f"{where}: {key} must be a number from {low} to {high}, got {value!r}")
    return number


def _choice(options):
    def check(value, key, where):
        if value not in options:
            raise ConfigError(f"{where}: {key} = {value!r}; allowed: {', '.join(options)}")
        return value
    return check


def _bool(value, key, where):
    if isinstance(value, bool):
        return value
    if str(value).lower() in ("true", "yes", "1", "on"):
        return True
    if str(value).lower() in ("false", "no", "0", "off"):
        return False
    raise ConfigError(f"{where}: {key} must be true or false, got {value!r}")


def _lang(value, key, where):
    try:
        return normalise_lang(str(value))
    except ConfigError:
        raise ConfigError(f"{where}: {key} = {value!r}; allowed: a language code such as en, it, fr, de, es") from None


def _severities(value, key, where):
    if isinstance(value, str):  # setup.cfg: "PUN005 = major, NAM003 = major"
        pairs = [p.split("=", 1) for p in value.replace("\n", ",").split(",") if p.strip()]
        value = {k.strip(): v.strip() for k, v in (p if len(p) == 2 else (p[0], "") for p in pairs)}
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: {key} must map rule codes to severities, got {value!r}")
    for code, severity in value.items():
        if severity not in SEVERITIES:
            raise ConfigError(f"{where}: {key}.{code} = {severity!r}; allowed: {', '.join(SEVERITIES)}")
    return {code.upper(): severity for code, severity in value.items()}


KEYS = {
    "lang": _lang,
    "source_lang": _lang,
    "place_style": lambda v, k, w: _list(v, k, w),
    "variety": _choice(("en-US", "en-GB")),
    "select": _list,
    "ignore": _list,
    "extend_select": _list,
    "severity": _severities,
    "fail_on": _choice(SEVERITIES),
    "min_score": _number,
    "max_findings": lambda v, k, w: int(_number(v, k, w, 0, 10**9)),
    "names": _list,
    "terms": _list,
    "spelling_models": _bool,
    "baseline": lambda v, k, w: str(v),
    **{f"min_{family}": _number for family in FAMILIES},
}


def validate(raw: dict, where: str) -> dict:
    out = {}
    for key, value in raw.items():
        name = key.replace("-", "_")
        if name not in KEYS:
            raise ConfigError(f"{where}: unknown key {key!r}; allowed: {', '.join(sorted(KEYS))}")
        out[name] = KEYS[name](value, key, where)
    return out


def read_file(path: Path) -> dict | None:
    """The [mtcheck] settings of one file, or None when it holds none."""
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where}: cannot be read ({exc})") from None
    if path.suffix == ".toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{where}: not valid TOML ({exc})") from None
        if path.name == "pyproject.toml":
            section = data.get("tool", {}).get("mtcheck")
            return validate(section, f"{where} [tool.mtcheck]") if section is not None else None
        return validate(data.get("mtcheck", data), where)
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text, source=where)
    except configparser.Error as exc:
        raise ConfigError(f"{where}: not a valid setup.cfg ({exc.message.splitlines()[0]})") from None
    if not parser.has_section("mtcheck"):
        return None
    return validate(dict(parser.items("mtcheck")), f"{where} [mtcheck]")


def find(start: str) -> tuple[str | None, dict]:
    """The first configuration found walking up from `start` (a folder): (file, settings)."""
    folder = Path(start).resolve()
    for directory in (folder, *folder.parents):
        for name in FILES:
            path = directory / name
            if path.is_file():
                settings = read_file(path)
                if settings is not None:
                    return str(path), settings
    return None, {}


def load(article: str | None = None, explicit: str | None = None, overrides: dict | None = None) -> dict:
    """Settings for one article: the explicit file or the one found from the article's folder,
    then the command line's overrides (those that were given)."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{explicit}: no such configuration file")
        settings = read_file(path)
        if settings is None:
            raise ConfigError(f"{explicit}: holds no mtcheck settings ([mtcheck], [tool.mtcheck] or a .mtcheck.toml)")
    else:
        _, settings = find(str(Path(article).parent if article and article != "-" else Path.cwd()))
    merged = dict(settings)
    merged.update({k: v for k, v in (overrides or {}).items() if v is not None})
    return merged
