"""PUN017 comma-inside-quotes: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN017"
MUST_FLAG = [
    ("de", "„Ich hatte meine Chancen,“ sagte der Spieler.", ",“", "“,"),
    ("es", "«Es necesario,» dijo el alcalde.", ",»", "»,"),
    ("it", "«Siamo pronti,» ha detto il ministro.", ",»", "»,"),
    ("fr", "« Nous sommes prêts, » a dit le ministre.", ", »", " »,"),
]
MUST_PASS = [
    ("en", "“We are ready,” the minister said."),
    ("de", "„Ich hatte meine Chancen“, sagte der Spieler, „aber er war besser.“"),
    ("fr", "Il a dit, « oui », puis il est parti."),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
