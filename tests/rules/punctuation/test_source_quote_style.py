"""PUN004 source-quote-style: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN004"
MUST_FLAG = [
    ('en', 'Priority to the Rossoneri: «I only want Milan», he would have said.', '«', '“'),
    ('en', 'Priority to the Rossoneri: «I only want Milan», he would have said.', '»', '”'),
    ('en', '„I have never taken a single bribe”, the mayor said.', '„', '“'),
    ('en', '„We want to show that Europe can build its own foundation models“, the chief said.', '“', '”'),
    ('de', 'Er sagte: “Ich hatte meine Chancen, aber er war einfach der bessere Spieler”, sagte er.', '“', '„'),
    ('de', 'Er sagte: "Ich hatte meine Chancen", sagte er.', '"', '„'),
    ('de', "'Yellowstone'-Schauspielerin gewinnt vor Gericht.", "'", None),
    ('fr', 'Il a expliqué : “Tout le monde croit connaître la pièce.”', '“', '«\xa0'),
    ('it', 'Ha detto: „Non cederemo“.', '„', '«'),
]
MUST_PASS = [
    ('en', 'He said "no" and left; she said \'yes\'.'),
    ('it', 'Ha detto: "Non cederemo", e “basta”.'),
    ('es', 'Dijo: “No cederemos”, y se fue.'),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
