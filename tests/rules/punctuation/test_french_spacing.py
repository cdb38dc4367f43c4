"""PUN007 french-spacing: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN007"
MUST_FLAG = [
    ('fr', 'Lors de sa conférence de presse, il a expliqué: il n’y a rien.', 'expliqué:', 'é\xa0:'),
    ('fr', 'Mais qui l’a vraiment écouté? Personne.', 'écouté?', 'é\xa0?'),
    ('fr', 'Il a dit «non» sans attendre.', '«n', '«\xa0n'),
    ('fr', 'Il a dit «non» sans attendre.', 'n»', 'n\xa0»'),
]
MUST_PASS = [
    ('fr', 'Rendez-vous à 10:30 sur https://www.lemonde.fr/international, score 2:1.'),
    ('en', 'He explained: nothing. Really? Yes!'),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
