"""The library's entry points: check a text or a file and get a Report."""
from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path

from mtcheck import __version__

from mtcheck.document import Document
from mtcheck.inputs import extract, kind_of
from mtcheck.suppressions import apply as apply_suppressions
from mtcheck.languages import detect_language, normalise_lang
from mtcheck.model import FAMILIES, SEVERITIES, Report
from mtcheck.inference import infer_source
from mtcheck.names.mentions import name_mentions
from mtcheck.phrasing.lexicon import phrasing_hits
from mtcheck.registry import all_rules
from mtcheck.scoring import SCALE, SEVERITY_WEIGHTS, SMALL_SAMPLE_WORDS, scores

MAX_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """An article mtcheck cannot read; the message names the file and the problem."""


def check_text(text: str, *, lang: str | None = None, source_lang: str | None = None,
               config: dict | None = None) -> Report:
    """Check one article. `lang` is the target language (detected when None); `config` holds the
    settings of mtcheck.config (select, ignore, severity, thresholds, names, terms...)."""
    config = config or {}
    notes = []
    lang = normalise_lang(lang or config.get("lang"))
    detected = False
    if lang is None:
        detection = detect_language(text)
        lang, detected = detection.lang, detection.lang is not None
        if detection.note:
            notes.append(detection.note)
    doc = Document(text, lang, config)
    rules = [r for r in all_rules() if r.applies_to(lang) and r.selected(config)]
    findings = _one_per_span(sorted((f for rule in rules if not rule.needs_source for f in rule.check(doc)),
                                    key=lambda f: (f.start, f.end, f.code)))
    given = normalise_lang(source_lang or config.get("source_lang"))
    # the lexicons' hits are evidence only when a phrasing rule will use the chosen lexicon
    hits = phrasing_hits(doc) if any(r.needs_source and r.family == "phrasing" for r in rules) else {}
    evidence = infer_source(findings, hits, lang) if lang else None
    source = given or (evidence.language if evidence else None)
    doc.source_lang = source
    findings += [f for rule in rules if rule.needs_source for f in rule.check(doc)]
    findings = _one_per_span(sorted(_configured(findings, config), key=lambda f: (f.start, f.end, f.code)))
    if doc.words < SMALL_SAMPLE_WORDS:
        notes.append(f"small sample: {doc.words} words (MQM scores assume at least {SMALL_SAMPLE_WORDS})")
    mentions = name_mentions(doc) if any(f.family == "names" for f in findings) else 0
    report_scores = scores(findings, doc.words, mentions)
    failures = gate(findings, report_scores, config)
    evidence_dict = None
    if evidence is not None:
        evidence_dict = evidence.as_dict()
        evidence_dict["given"] = given
    return Report(text=text, language=lang, source_language=source, source_evidence=evidence_dict,
                  words=doc.words, findings=findings, scores=report_scores, passed=not failures,
                  gate_failures=failures, notes=notes, language_detected=detected,
                  signature=signature(lang, source, rules, config), name_mentions=mentions)


def _configured(findings: list, config: dict) -> list:
    """Severity overrides, and the publication's accepted terms (never reported)."""
    overrides = config.get("severity") or {}
    terms = {t.lower() for t in config.get("terms") or ()}
    out = []
    for f in findings:
        if terms and f.text.strip().lower() in terms:
            continue
        severity = overrides.get(f.code) or overrides.get(f.code[:3])
        out.append(replace(f, severity=severity) if severity else f)
    return out


def gate(findings: list, report_scores: dict, config: dict) -> list[str]:
    """Why the article fails the pre-publish gate; empty when it passes. Defaults: any finding of
    severity major or worse fails it (chosen on the devset's publishable verdicts, see README)."""
    failures = []
    fail_on = config.get("fail_on", "major")
    failing = [f for f in findings if SEVERITIES.index(f.severity) >= SEVERITIES.index(fail_on)]
    if failing:
        failures.append(f"{len(failing)} finding{'s' * (len(failing) != 1)} of severity {fail_on} or worse")
    if "min_score" in config and report_scores["overall"] < config["min_score"]:
        failures.append(f"overall score {report_scores['overall']:g} below {config['min_score']:g}")
    for family in FAMILIES:
        minimum = config.get(f"min_{family}")
        if minimum is not None and report_scores[family] < minimum:
            failures.append(f"{family} score {report_scores[family]:g} below {minimum:g}")
    if "max_findings" in config and len(findings) > config["max_findings"]:
        failures.append(f"{len(findings)} findings, more than {config['max_findings']}")
    return failures


def signature_for_batch(options: dict) -> str:
    """The signature of a batch's settings: the rules selected with their severities."""
    from mtcheck.runner import overrides

    config = overrides(options)
    rules = [r for r in all_rules() if r.selected(config)]
    return signature(config.get("lang") or "detected", config.get("source_lang") or "inferred", rules, config)


def signature(lang, source, rules, config) -> str:
    """What produced the scores, so that scores of different runs can be compared honestly."""
    overrides = config.get("severity") or {}
    chosen = ",".join(f"{r.code}:{overrides.get(r.code, r.severity)}" for r in rules)
    digest = hashlib.sha1(chosen.encode()).hexdigest()[:8]
    style = "+".join(config.get("place_style") or ()) or "default"
    weights = "-".join(str(SEVERITY_WEIGHTS[s]) for s in ("neutral", *SEVERITIES))
    return (f"mtcheck:{__version__}|tgt:{lang or 'und'}|src:{source or 'und'}|style:{style}|"
            f"scoring:mqm2-{weights}|scale:{SCALE}|rules:{digest}")


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
               config: dict | None = None, baseline: list[dict] | None = None, data: bytes | None = None) -> Report:
    """Check one article file: .txt, or .md and .html with their markup stripped (offsets, lines
    and columns still point into the file). `data` gives the bytes when they do not come from
    `path` (standard input)."""
    original = decode_article(data, str(path)) if data is not None else read_article(path)
    config = config or {}
    source = extract(original, kind_of(str(path)))
    report = check_text(source.text, lang=lang, source_lang=source_lang, config=config)
    if source.text is not original:
        report.findings = [_mapped(f, source) for f in report.findings]
        report.text = original
    report.file = str(path)
    before = len(report.findings)
    apply_suppressions(report, source.suppressions, baseline)
    if len(report.findings) != before:
        _rescore(report, config or {})
    return report


def _mapped(finding, source):
    start, end = source.span(finding.start, finding.end)
    return replace(finding, start=start, end=end, text=source.original[start:end])


def _rescore(report: Report, config: dict) -> None:
    """Scores and verdict again after suppressions removed findings."""
    report.scores = scores(report.findings, report.words, report.name_mentions)
    report.gate_failures = gate(report.findings, report.scores, config)
    report.passed = not report.gate_failures
