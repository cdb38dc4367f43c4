"""PUN014 hyphen-as-dash: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN014"
MUST_FLAG = [
    ('de', 'Die Behörden bitten darum, sie zu kontaktieren - nicht den Bären zu wecken.', '-', '–'),
    ('de', 'Ihre Nachricht -- also negative Zahlen -- dreht sich.', '--', '–'),
]
MUST_PASS = [
    ('de', 'Die Nord-Süd-Verbindung endete 2 - 1 für Bayern; Stichpunkte:\n- erstens'),
    ('en', 'LONDON, Feb 2 (Reuters) - Oil prices rose on Thursday.'),
    ('it', 'ROMA, 12 FEB - Il governo ha approvato il decreto.'),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
