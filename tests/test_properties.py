"""For any text: check_text never raises, spans lie inside the text and match, findings are sorted."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtcheck import check_text

PUNCTUATION_HEAVY = st.lists(st.sampled_from(list("aZé .,;:!?“”„«»\"'’‘()[]–—-\n\u00a0¿%1") + ["U.S.", "Mr.", " a.m."]),
                             max_size=120).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=300), PUNCTUATION_HEAVY),
       lang=st.sampled_from(["en", "it", "fr", "de", "es", "pt", "ru", None]))
def test_findings_are_well_formed(text, lang):
    report = check_text(text, lang=lang)
    starts = [(f.start, f.end) for f in report.findings]
    assert starts == sorted(starts)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start:f.end] == f.text
    assert all(0 <= v <= 100 for v in report.scores.values())
    report.as_dict()
