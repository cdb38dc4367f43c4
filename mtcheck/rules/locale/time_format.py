"""A time written the source locale's way (at 18.30, 19 h 30, 20 h in English; 7:30 p.m. in German)."""
import regex

from mtcheck.languages import locale_conventions
from mtcheck.rules.base import Rule

TIME_WORDS = r"(?i:at|from|until|till|by|before|after|around|about|since|between|and|to)"
POINT_TIME = regex.compile(rf"(?<=\b{TIME_WORDS}[ \u00a0])([01]?\d|2[0-3])\.([0-5]\d)(?!\d|[.,]\d|[ \u00a0]?(?i:a\.?m|p\.?m|%))")
H_TIME = regex.compile(r"(?<![\w.,])([01]?\d|2[0-3])[ \u00a0\u202f]?h(?:[ \u00a0\u202f]?([0-5]\d))?\b(?!\w)")
TWELVE_HOUR = regex.compile(r"(?<![\w.:])(1[0-2]|0?[1-9])(?::([0-5]\d))?[ \u00a0]?(?i:(a)\.?m\.?|(p)\.?m\.?)(?![\w])")


class TimeFormat(Rule):
    """
    What it flags: in English, a clock time written with a point after a time word (at 18.30)
    or with an h (at 20 h, 19 h 30), as Italian, German and French write them; in languages with
    a 24-hour clock, a time with a.m. or p.m. (7:30 p.m.). British 10.30am, with am or pm, is
    left alone.

    Why it matters: 18.30 reads as a decimal number in American English, 20 h as an abbreviation;
    a.m. and p.m. are English and leave a German or French reader converting.

    Example: The match is scheduled for Wednesday at 18.30 at San Siro.

    Instead: The match is scheduled for Wednesday at 6:30 p.m. at San Siro.

    Data: data/<lang>/locale.toml (clock, time_format).
    """

    code = "LOC003"
    mqm_type = "Locale conventions/Time format"
    severity = "minor"

    def check(self, doc):
        conv = locale_conventions(doc.lang)
        if conv is None:
            return
        if conv.clock == "12h":
            for m in POINT_TIME.finditer(doc.text):
                yield self._english(doc, m, int(m.group(1)), m.group(2), ("it", "de"))
            for m in H_TIME.finditer(doc.text):
                yield self._english(doc, m, int(m.group(1)), m.group(2) or "00", ("fr",))
        else:
            for m in TWELVE_HOUR.finditer(doc.text):
                hour = int(m.group(1)) % 12 + (12 if m.group(4) else 0)
                written = conv.time_format.format(h=hour, m=m.group(2) or "00")
                yield self.finding(doc, m.start(), m.end(), f"12-hour time: {conv.name} writes {written}", written,
                                   source_hint=("en",))

    def _english(self, doc, m, hour, minutes, hint):
        suffix = "a.m." if hour < 12 else "p.m."
        twelve = hour % 12 or 12
        written = f"{twelve}:{minutes} {suffix}" if minutes != "00" else f"{twelve} {suffix}"
        return self.finding(doc, m.start(), m.end(), f"time in another locale's format: English writes {written}",
                            written, source_hint=hint)
