"""Recall and precision floors over the annotated articles in corpora/, so a rule that starts
to over-fire (or stops firing) fails CI. Same matching as ../shared/eval/score.py: a finding
matches an annotation of its family whose span it overlaps."""
import json
from pathlib import Path

import pytest

from mtcheck import check_file

CORPORA = Path(__file__).parent.parent / "corpora"
# Families whose rules exist, with their floors. A family joins when its rules land.
FLOORS = {"punctuation": {"recall": 0.85, "precision": 0.90}, "names": {"recall": 0.85, "precision": 0.90},
          "phrasing": {"recall": 0.55, "precision": 0.90}, "language": {"recall": 0.65, "precision": 0.90},
          "locale": {"recall": 0.90, "precision": 0.90}}
MAX_NATIVE_ALARMS_PER_1000_WORDS = 0.5


def articles():
    return sorted(CORPORA.rglob("*.gold.json"))


@pytest.fixture(scope="module")
def results():
    out = []
    for gold_path in articles():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        report = check_file(text_path, lang=gold["target_lang"])
        out.append((gold, report))
    return out


def test_there_are_articles_of_each_kind():
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in articles()]
    assert sum(g["origin"] == "native" for g in golds) >= 3
    assert sum(g["origin"] == "mt" for g in golds) >= 10


@pytest.mark.parametrize("family", FLOORS)
def test_family_floors(results, family):
    hit = total = right = found = 0
    for gold, report in results:
        anns = [a for a in gold["annotations"] if a["family"] == family]
        finds = [f for f in report.findings if f.family == family]
        total += len(anns)
        hit += sum(any(f.start < a["end"] and a["start"] < f.end for f in finds) for a in anns)
        found += len(finds)
        right += sum(any(f.start < a["end"] and a["start"] < f.end for a in anns) for f in finds)
    recall, precision = hit / total, right / max(found, 1)
    assert recall >= FLOORS[family]["recall"], f"{family} recall {hit}/{total}"
    assert precision >= FLOORS[family]["precision"], f"{family} precision {right}/{found}"


def test_native_articles_stay_quiet(results):
    alarms = words = 0
    for gold, report in results:
        if gold["origin"] == "native":
            alarms += sum(f.family in FLOORS for f in report.findings)
            words += len(report.text.split())
    assert 1000 * alarms / words <= MAX_NATIVE_ALARMS_PER_1000_WORDS, f"{alarms} alarms in {words} words"
