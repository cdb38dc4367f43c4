"""The library's entry points: check a text or a file and get a Report."""
from __future__ import annotations

import os
from pathlib import Path

from mtcheck.document import Document
from mtcheck.languages import detect_language, normalise_lang
from mtcheck.model import SEVERITIES, Report
from mtcheck.inference import infer_source
from mtcheck.names.mentions import name_mentions
from mtcheck.phrasing.lexicon import phrasing_hits
from mtcheck.registry import all_rules
from mtcheck.scoring import SMALL_SAMPLE_WORDS, scores

MAX_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """An article mtcheck cannot read; the message names the file and the problem."""


def _selected(rule, config: dict) -> bool:
    def matches(patterns):
        return any(p == "ALL" or rule.code.startswith(p) or rule.name == p for p in patterns)
    select = config.get("select") or ["ALL"]
    return matches(select) and not matches(config.get("ignore") or [])


def check_text(text: str, *, lang: str | None = None, source_lang: str | None = None,
               config: dict | None = None) -> Report:
    """Check one article. `lang` is the target language (detected when None)."""
    config = config or {}
    notes = []
    lang = normalise_lang(lang)
    detected = False
    if lang is None:
        detection = detect_language(text)
        lang, detected = detection.lang, detection.lang is not None
        if detection.note:
            notes.append(detection.note)
    doc = Document(text, lang, config)
    rules = [r for r in all_rules() if r.applies_to(lang) and _selected(r, config)]
    findings = _one_per_span(sorted((f for rule in rules if not rule.needs_source for f in rule.check(doc)),
                                    key=lambda f: (f.start, f.end, f.code)))
    source = normalise_lang(source_lang)
    # the lexicons' hits are evidence only when a phrasing rule will use the chosen lexicon
    hits = phrasing_hits(doc) if any(r.needs_source and r.family == "phrasing" for r in rules) else {}
    evidence = infer_source(findings, hits, lang) if lang else None
    if source is None and evidence is not None:
        source = evidence.language
    doc.source_lang = source
    findings += [f for rule in rules if rule.needs_source for f in rule.check(doc)]
    findings.sort(key=lambda f: (f.start, f.end, f.code))
    findings = _one_per_span(findings)
    if doc.words < SMALL_SAMPLE_WORDS:
        notes.append(f"small sample: {doc.words} words (MQM scores assume at least {SMALL_SAMPLE_WORDS})")
    fail_on = config.get("fail_on", "major")
    failing = SEVERITIES[SEVERITIES.index(fail_on):]
    if evidence is not None:
        evidence_dict = evidence.as_dict()
        evidence_dict["given"] = normalise_lang(source_lang)
    else:
        evidence_dict = None
    return Report(text=text, language=lang, source_language=source, source_evidence=evidence_dict,
                  words=doc.words, findings=findings,
                  scores=scores(findings, doc.words,
                                name_mentions(doc) if any(f.family == "names" for f in findings) else 0),
                  passed=not any(f.severity in failing for f in findings), notes=notes,
                  language_detected=detected)


def _one_per_span(findings: list) -> list:
    """One finding per span and family (the lowest code): Ria Novosti is one casing problem, not
    also a foreign name, and is penalised once."""
    seen, out = set(), []
    for f in findings:
        if (f.start, f.end, f.family) not in seen:
            seen.add((f.start, f.end, f.family))
            out.append(f)
    return out


def read_article(path: str | os.PathLike) -> str:
    """The file's text as decoded from UTF-8, or InputError naming what is wrong with it."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not an article")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p}: too large ({size / 1048576:.0f} MB; mtcheck reads articles up to "
                             f"{MAX_BYTES // 1048576} MB)")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    return decode_article(data, str(p))


def decode_article(data: bytes, name: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                         "convert it to UTF-8") from None
    if not text.strip():
        raise InputError(f"{name}: empty article")
    return text


def check_file(path: str | os.PathLike, *, lang: str | None = None, source_lang: str | None = None,
               config: dict | None = None) -> Report:
    """Check one article file (UTF-8 text)."""
    report = check_text(read_article(path), lang=lang, source_lang=source_lang, config=config)
    report.file = str(path)
    return report
