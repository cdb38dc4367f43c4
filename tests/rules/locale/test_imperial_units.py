"""LOC008 imperial-units: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "LOC008"
MUST_FLAG = [
    ('it', 'Raffiche fino a 80 mph hanno colpito la costa.', '80 mph', '129 km/h'),
    ('de', 'Die Roboter sind 12 ft. lang.', '12 ft', '3,7 m'),
    ('it', 'Il pesce pesava 12 lbs secondo il pescatore.', '12 lbs', '5,4 kg'),
    ('es', 'El viento alcanzó 80 mph en la costa.', '80 mph', '129 km/h'),
    ('de', 'Der Sturm zog 15 Meilen weiter.', '15 Meilen', '24 km'),
    ('fr', 'La tempête a avancé de 15 milles.', '15 milles', '24 km'),
]
MUST_PASS = [
    ('it', 'Raffiche fino a 130 km/h.'),
    ('en', 'Gusts of 80 mph hit the coast.'),
]

test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
