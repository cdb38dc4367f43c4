"""PUN012 speech-dash: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN012"
MUST_FLAG = [
    ('en', '«We waited ten years», — told journalists the curator. — Many works are new.', '— Many', '“Many'),
    ('en', '“This is only the fifth find of its kind,” — said the head of the excavation.', ',” —', ',”'),
    ('de', '„Das ist erst der fünfte Fund“, — sagte der Leiter.', ', —', ','),
]
MUST_PASS = [
    ('en', 'He left. — That was all, wrote the critic.'.replace('—', '-')),
    ('fr', '« Tu viens ? » demanda-t-il. — Non, répondit-elle.'),
    ('ru', '«Это лишь пятая находка», — сказал руководитель раскопок.'),
    ('en', 'The plan – a bold one – worked, and nobody – not even he – objected.'),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
