"""PUN011 attribution-dashes: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN011"
MUST_FLAG = [
    ('en', '«Why Perugia? Because they believe in young players» – has declared Kovalevskij on his arrival at the airport – «and I come here to win».', '– has declared Kovalevskij', None),
    ('en', '“The EU – he added – is determined to support Ukraine.”', '– he added –', ', he added,'),
    ('en', '“The package – said the commissioner – is designed to discourage Russia.”', '– said the commissioner –', ', said the commissioner,'),
]
MUST_PASS = [
    ('en', 'Tuesday – Saturday, 10 a.m. – 5 p.m. The plan – a bold one – worked.'),
    ('it', '«L’Ue – ha aggiunto – è determinata a sostenere l’Ucraina».'),
    ('es', '«La UE – añadió – está decidida».'),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
