"""PUN001 unbalanced-quotes: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN001"
MUST_FLAG = [
    ('en', '“We will not back down, the embassy wrote. Talks go on.\n\nNext paragraph.', '“', None),
    ('en', 'The embassy wrote that tension is rising,” adding nothing more.', '”', None),
    ('de', 'Er sagte: „Wir kommen. Dann ging er.\n\nEin neuer Absatz.', '„', None),
    ('fr', 'Il a dit : « Nous viendrons. Puis il est parti.\n\nUn autre paragraphe.', '«', None),
    ('it', 'Ha detto: «Verremo. Poi se n’è andato.\n\nUn altro paragrafo.', '«', None),
    ('es', 'Dijo: «Vendremos. Luego se fue.\n\nOtro párrafo.', '«', None),
    ('de', '„Wir bleiben. „Die Bank appelliert an alle“, sagte er.', '„', None),
]
MUST_PASS = [
    ('en', '“The first paragraph of a long quotation runs on.\n\n“And the second one closes it,” he said.'),
    ('it', '«Primo paragrafo di una lunga citazione.\n\n«E il secondo la chiude», ha detto.'),
    ('en', 'The players’ union and the Joneses’ lawyers said the ’90s were over.'),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
