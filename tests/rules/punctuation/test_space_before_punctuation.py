"""PUN005 space-before-punctuation: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN005"
MUST_FLAG = [
    ('en', 'The package includes personal sanctions , economic, financial and commercial.', ' ,', ','),
    ('en', 'SNCF strike : one TGV in three on Thursday.', ' :', ':'),
    ('en', 'The government must withdraw its plan\xa0!', '\xa0!', '!'),
    ('en', 'Can anyone talk about power ?” he asked.', ' ?', '?'),
    ('de', 'Die Sanktionen , so die EU, treffen alle.', ' ,', ','),
    ('it', 'Le sanzioni , ha detto, colpiscono tutti .', ' ,', ','),
    ('fr', 'Les sanctions , a-t-il dit, touchent tout le monde.', ' ,', ','),
]
MUST_PASS = [
    ('en', 'He paused ... then went on. A .45 caliber pistol and the .NET framework.'),
    ('fr', 'Qui l’a écouté ? Personne : c’est ainsi ; voilà !'),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
