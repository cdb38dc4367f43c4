"""LOC009 currency-position: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "LOC009"
MUST_FLAG = [
    ("en", "The fine was 300 € per day of delay.", "300 €", "€300"),
    ("en", "Tickets cost 12€ each.", "12€", "€12"),
    ("de", "Das Ticket kostet €12 im Vorverkauf.", "€12", "12\u00a0€"),
    ("fr", "Le billet coûte $15 à New York.", "$15", "15\u00a0$"),
    ("es", "La entrada cuesta €20 en taquilla.", "€20", "20\u00a0€"),
]
MUST_PASS = [
    ("en", "The fine was €300, or EUR 300, per day; he earned $5 million and £1,200."),
    ("de", "Das Ticket kostet 12 € oder 12 Euro; der Konzern zahlte US$ 5 Millionen."),
    ("it", "Il biglietto costa € 12, ovvero 12 €."),  # Italian writes both
    ("fr", "Le billet coûte 12 € et la place 15 euros."),
]

test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
