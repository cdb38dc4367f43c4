"""NAM005 foreign-exonym: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "NAM005"
MUST_FLAG = [
    ('fr', 'Le président a rencontré à Genova son homologue.', 'Genova', 'Gênes'),
    ('it', 'Il presidente ha incontrato a Munich il cancelliere.', 'Munich', 'Monaco di Baviera'),
    ('es', 'El presidente se reunió en München con el canciller.', 'München', 'Múnich'),
    ('en', 'The Italians beat Bayern Monaco in the quarter-final.', 'Bayern Monaco', 'Bayern Munich'),
    ("en", "Heavy rain hit the coast between Genova and Chiavari on Sunday.", "Genova", "Genoa"),
    ("en", "The company opened an office in München last year.", "München", "Munich"),
    ("en", "The delegation flew on to Tbilissi for talks.", "Tbilissi", "Tbilisi"),
]
MUST_PASS = [
    ('fr', 'Le président a rencontré à Gênes son homologue.'),
    ('es', 'El presidente se reunió en Múnich con el canciller.'),
    ('en', 'Bayern Munich and Dynamo Kyiv drew.'),
    # inside an institution's name in its own language
    ('de', 'So lauten die Zahlen der Datenagentur Statistics Norway (SSB).'),
    ('en', 'She studied at the Università di Genova in the 1990s.'),
    ("en", "Genoa, Munich and Tbilisi were on the route; Rome and Naples too."),
    ("en", "He could make his Serie A debut in the opening match against Torino."),
    ("it", "La pioggia ha colpito Genova e Monaco di Baviera."),
    ("de", "Das Unternehmen eröffnete ein Büro in München."),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
