"""SARIF 2.1.0 (the OASIS static-analysis results format), for code-scanning dashboards."""
import json

from mtcheck import __version__
from mtcheck.model import LineIndex
from mtcheck.registry import all_rules

LEVELS = {"minor": "note", "major": "warning", "critical": "error"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def render(results: list, many: bool) -> str:
    rules = list(all_rules())
    index = {r.code: i for i, r in enumerate(rules)}
    descriptors = [{"id": r.code, "name": r.name,
                    "shortDescription": {"text": (type(r).__doc__ or r.name).strip().splitlines()[0]},
                    "properties": {"family": r.family, "mqm": r.mqm, "severity": r.severity}} for r in rules]
    out_results, artifacts, notifications = [], [], []
    for r in results:
        if isinstance(r, dict):
            notifications.append({"level": "error", "message": {"text": r["error"]}})
            continue
        artifacts.append({"location": {"uri": r.file or "-"}})
        lines = LineIndex(r.text)
        for f in r.findings:
            line, column = lines.position(f.start)
            end_line, end_column = lines.position(f.end)
            result = {"ruleId": f.code, "ruleIndex": index[f.code], "level": LEVELS[f.severity],
                      "message": {"text": f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "")},
                      "locations": [{"physicalLocation": {
                          "artifactLocation": {"uri": r.file or "-"},
                          "region": {"startLine": line, "startColumn": column, "endLine": end_line,
                                     "endColumn": end_column, "charOffset": f.start, "charLength": f.end - f.start,
                                     "snippet": {"text": f.text}}}}]}
            if f.suggestion is not None:
                result["fixes"] = [{"description": {"text": f"write {f.suggestion!r}"}, "artifactChanges": [{
                    "artifactLocation": {"uri": r.file or "-"},
                    "replacements": [{"deletedRegion": {"charOffset": f.start, "charLength": f.end - f.start},
                                      "insertedContent": {"text": f.suggestion}}]}]}]
            out_results.append(result)
    run = {"tool": {"driver": {"name": "mtcheck", "version": __version__, "rules": descriptors}},
           "artifacts": artifacts, "results": out_results,
           "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}]}
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=1)
