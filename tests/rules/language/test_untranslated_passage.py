"""LNG001 untranslated-passage: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "LNG001"
MUST_FLAG = [
    ('en', 'He told the militants: “No son los resultados que esperábamos.” Then he left.', 'No son los resultados que esperábamos', None),
    ('de', 'Er fügte hinzu: “I love playing here, the crowd was amazing today.”', 'I love playing here', None),
    ('fr', 'Il a dit : « We will not back down, whatever they say about it. »', 'We will not back down', None),
    ('it', 'Ha aggiunto: «Nous ne reculerons pas devant les menaces de sanctions.»', 'Nous ne reculerons pas', None),
    ('es', 'Dijo: «Wir werden nicht nachgeben, egal was passiert.»', 'Wir werden nicht nachgeben', None),
]
MUST_PASS = [
    ('en', 'She won the Jury Prize for “The Winter Garden” and praised the team.'),
    ('en', 'It was a déjà vu, he said, and the crowd was amazing.'),
    ('de', 'Der Bundestag stimmte zu; die Fans riefen „Olé“ und sangen.'),
    ('en', 'The Kremlin spoke of perestroika and the Bundestag of Realpolitik.'),
]

test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
