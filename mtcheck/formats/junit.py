"""JUnit XML: one test suite per article, one test case per rule that found something, failing."""
from collections import defaultdict
from xml.sax.saxutils import escape, quoteattr

from mtcheck.model import LineIndex


def render(results: list, many: bool) -> str:
    suites = []
    for r in results:
        if isinstance(r, dict):
            suites.append(f'  <testsuite name={quoteattr(r["file"])} tests="1" failures="0" errors="1">\n'
                          f'    <testcase name="read" classname="mtcheck"><error message={quoteattr(r["error"])}/></testcase>\n'
                          f"  </testsuite>")
            continue
        by_rule = defaultdict(list)
        for f in r.findings:
            by_rule[(f.code, f.rule)].append(f)
        lines = LineIndex(r.text)
        cases = []
        for (code, rule), found in sorted(by_rule.items()):
            body = "\n".join(f"{r.file}:{lines.position(f.start)[0]}:{lines.position(f.start)[1]} {f.severity} "
                             f"{f.message} {f.text!r}" for f in found)
            cases.append(f'    <testcase name="{code} {rule}" classname={quoteattr(r.file or "-")}>'
                         f'<failure message="{len(found)} finding(s)">{escape(body)}</failure></testcase>')
        if r.passed and not cases:
            cases.append(f'    <testcase name="gate" classname={quoteattr(r.file or "-")}/>')
        suites.append(f'  <testsuite name={quoteattr(r.file or "-")} tests="{max(1, len(cases))}" '
                      f'failures="{len(by_rule)}" errors="0">\n' + "\n".join(cases) + "\n  </testsuite>")
    return '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mtcheck">\n' + "\n".join(suites) + "\n</testsuites>"
