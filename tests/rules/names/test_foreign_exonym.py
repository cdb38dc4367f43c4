"""NAM005 foreign-exonym: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "NAM005"
MUST_FLAG = [
    ("en", "Heavy rain hit the coast between Genova and Chiavari on Sunday.", "Genova", "Genoa"),
    ("en", "The company opened an office in München last year.", "München", "Munich"),
    ("en", "The delegation flew on to Tbilissi for talks.", "Tbilissi", "Tbilisi"),
]
MUST_PASS = [
    ("en", "Genoa, Munich and Tbilisi were on the route; Rome and Naples too."),
    ("en", "He could make his Serie A debut in the opening match against Torino."),
    ("it", "La pioggia ha colpito Genova e Monaco di Baviera."),
    ("de", "Das Unternehmen eröffnete ein Büro in München."),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
