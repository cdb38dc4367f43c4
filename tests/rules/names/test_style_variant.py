"""NAM003 style-variant: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "NAM003"
MUST_FLAG = [
    ('fr', 'Kharkov a été bombardée dans la nuit.', 'Kharkov', 'Kharkiv'),
    ('de', 'Charkow wurde in der Nacht beschossen.', 'Charkow', 'Charkiw'),
    ('es', 'Kharkov fue bombardeada por la noche.', 'Kharkov', 'Járkov'),
    ('it', 'Il volo per Bombay è stato cancellato.', 'Bombay', 'Mumbai'),
    ("en", "Boris Johnson spoke to Vladimir Putin and today flies to Kiev.", "Kiev", "Kyiv"),
    ("en", "Shelling continued in Kharkov overnight, officials said.", "Kharkov", "Kharkiv"),
]
MUST_PASS = [
    ('en', 'North Macedonia joined NATO; Peking duck and Peking University survive, as does chicken Kiev.'),
    ('es', 'Macedonia del Norte entró en la OTAN.'),
    ('fr', 'Kharkiv et Lviv ont été touchées.'),
    ("en", "Kyiv and Kharkiv were shelled; the Kievan Rus chronicles were moved."),
    ("de", "Der Kanzler reiste nach Kiew, wo er Selenskyj traf."),
    ("it", "Il premier è volato a Kiev per incontrare Zelensky."),
    ("fr", "Le président est arrivé à Kiev mardi."),
    ("es", "El presidente llegó a Kiev el martes."),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
