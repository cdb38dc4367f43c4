"""PUN006 missing-space-after: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN006"
MUST_FLAG = [
    ('en', 'Russia continues to mass troops.Around Ukraine the mood is tense.', 'troops.Around', 'troops. Around'),
    ('es', 'El apagón afectó a la red de ESB.Los técnicos trabajan.', 'ESB.Los', 'ESB. Los'),
    ('fr', 'Elle est arrivée en 2019.Elle travaille à Lyon.', '2019.Elle', '2019. Elle'),
    ('en', 'The package includes personal sanctions,economic measures and more.', 'sanctions,economic', 'sanctions, economic'),
    ('de', 'Die Gespräche gehen weiter.Morgen folgt die nächste Runde.', 'weiter.Morgen', 'weiter. Morgen'),
    ('fr', 'Les discussions continuent.Demain aura lieu la prochaine réunion.', 'continuent.Demain', 'continuent. Demain'),
]
MUST_PASS = [
    ('en', 'See Amazon.com and bbc.co.uk, or node.js. The U.S.Army is not a typo we flag.'),
    ('en', 'Write to press@Example.org or visit https://example.org/News.Today for more.'),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
