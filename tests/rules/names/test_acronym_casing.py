"""NAM004 acronym-casing: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "NAM004"
MUST_FLAG = [
    ('fr', 'Selon l’Onu, la trêve tient.', 'Onu', 'ONU'),
    ('de', 'Die OTAN hat getagt.', 'OTAN', 'Nato'),
    ('es', 'Según la Nato, la tregua se mantiene.', 'Nato', 'OTAN'),
    ('it', 'Secondo la OTAN, la tregua regge.', 'OTAN', 'Nato'),
    ("en", "According to the Russian state news agency Ria Novosti, the talks were useful.", "Ria Novosti", "RIA Novosti"),
    ("en", "Ria Novosti reported it first. According to Ria, the minister agreed.", "Ria", "RIA"),
    ("en", "The Onu Security Council met on Monday.", "Onu", "UN"),
    ("en", "The Fbi opened an inquiry.", "Fbi", "FBI"),
]
MUST_PASS = [
    ('fr', 'Selon l’ONU et l’OTAN, la trêve tient.'),
    ('es', 'Según la ONU y la OTAN, todo sigue igual.'),
    ("en", "RIA Novosti and the FBI said the UN and NATO agreed; Nato allies in London agreed too."),
    ("en", "Ria Wilson, a nurse from Leeds, said the shift was long."),
    ("it", "Secondo la Nato e l’Onu, l’agenzia Ria Novosti ha sbagliato."),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
