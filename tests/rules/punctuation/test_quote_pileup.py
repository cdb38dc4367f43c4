"""PUN003 quote-pileup: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN003"
MUST_FLAG = [
    ('en', 'The package is designed to discourage Russia from further aggressive actions “.” The EU is ready.', ' “.”', '.”'),
    ('en', 'He ended with a question: “Who would abandon this city now?”.', '?”.', '?”'),
    ('de', 'Das Paket soll Russland abschrecken “.” Die EU ist bereit.', '“.”', None),
    ('fr', 'Le paquet doit dissuader la Russie «.» L’UE est prête.', '«.»', None),
]
MUST_PASS = [
    ('en', 'He said it was “final”. Then he left.'),
    ('it', '«Vieni?». «Sì», rispose.'),
    ('es', '«¿Vienes?». «Sí», respondió.'),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
