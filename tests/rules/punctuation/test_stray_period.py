"""PUN008 stray-period: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "PUN008"
MUST_FLAG = [
    ('en', 'The scientist, who arrived in France in 2009. warns that glaciers shrink.', '2009. warns', '2009 warns'),
    ('en', 'But with Russia continuing to increase its troops. around Ukraine we are ready.', 'troops. around', 'troops around'),
    ('en', 'The ministers met in Brussels. on Monday to discuss sanctions.', 'Brussels. on', 'Brussels on'),
    ('it', 'Il governo ha approvato il decreto. per le imprese in difficoltà.', 'decreto. per', 'decreto per'),
    ('fr', 'Le gouvernement a adopté le décret. pour les entreprises.', 'décret. pour', 'décret pour'),
    ('es', 'El gobierno aprobó el decreto. para las empresas.', 'decreto. para', 'decreto para'),
]
MUST_PASS = [
    ('de', 'Die Sitzungen am 15. und 16. Juni fanden statt.'),
    ('en', 'Sino-U.S. relations improved, vs. last year, approx. two points; Inc. said so, etc. and more.'),
    ('de', 'Die Firma erzielte 2,4 Mio. euro, z. B. in Berlin, ca. drei Prozent, usw. und so fort.'),
    ('it', 'Mele, pere ecc. e altra frutta; il sig. rossi e il dott. bianchi.'),
    ('fr', 'M. le président et MM. les ministres, etc. et ainsi de suite.'),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
