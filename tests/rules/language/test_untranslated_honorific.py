"""LNG003 untranslated-honorific: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "LNG003"
MUST_FLAG = [
    ("en", "M. Macron said on Tuesday that the reform would go ahead.", "M.", "Mr"),
    ("en", "The talks failed, M. Barnier told reporters.", "M.", "Mr"),
    ("en", "Mme Le Pen called the plan a mistake.", "Mme", "Mrs"),
    ("en", "Herr Scholz met the delegation in Berlin.", "Herr", "Mr"),
    ("en", "The prosecutor questioned Sig. Rossi for three hours.", "Sig.", "Mr"),
    ("en", "The case against Sra. García was dropped.", "Sra.", "Mrs"),
    ("fr", "Mr Johnson a déclaré mardi que la réforme continuerait.", "Mr", "M."),
    ("it", "Secondo Mrs May, l’accordo è ancora possibile.", "Mrs", "Sig.ra"),
    ("de", "Mr. Johnson sagte am Dienstag, die Reform komme.", "Mr.", "Herr"),
    ("es", "Según M. Macron, la reforma seguirá adelante.", "M.", "Sr."),
]
MUST_PASS = [
    ("en", "M. Night Shyamalan and J. M. Coetzee met Anna M. Smith in Paris."),
    ("en", "John Smith Sr. Then the court rose."),
    ("en", "Mr. Smith and Ms Jones met Dr. Brown."),
    ("fr", "M. Dupont et Mme Martin ont assisté à l’élection de Miss France."),
    ("it", "Il sig. Rossi e la sig.ra Bianchi sono arrivati."),
    ("de", "Herr Müller und Frau Schmidt kamen um 10 Uhr."),
    ("es", "El Sr. García y la Sra. López llegaron tarde."),
    ("en", "The herr of the story is a Frau."),  # not before a name
]

test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
