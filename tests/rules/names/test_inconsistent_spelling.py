"""NAM001 inconsistent-spelling: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "NAM001"
MUST_FLAG = [
    ('de', 'Der Schachspieler Dmitrij Schukow gewann. Später sagte Dmitri Schukow, er sei müde. Dmitri Schukow lachte.', 'Dmitrij', 'Dmitri'),
    ('es', 'El ministro Serguéi Lavrov habló. Luego Serguei Lavrov añadió algo. Serguéi Lavrov se fue.', 'Serguei', 'Serguéi'),
    ("en", "Serghei Lavrov will call. Later, Serghei Lavrov spoke. After the call, Serghiei Lavrov will comment.",
     "Serghiei", "Sergei"),
    ("en", "The geologist Alexey Voronin led the dig. In May, Alexei Voronin found the tooth.", "Alexei", "Alexey"),
    ("en", "The film by Ivan Zviaguintsev won. Critics praised Zviaguintsiev for it.", "Zviaguintsiev", None),
    ("fr", "Le ministre Oleg Kovaltchouk a parlé. Selon Oleg Kovaltchouk, puis Oleg Kovaltchuk, tout va bien.",
     "Kovaltchuk", "Kovaltchouk"),
    ("it", "Il palleggiatore Dmitrij Kovalevskij è arrivato. Kovalevskij e Kovalevski sono la stessa persona.",
     "Kovalevski", "Kovalevskij"),
    # a sentence's first word is a name when a name inside a sentence is another spelling of it
    ("en", "Perugia signed the setter Dmitry Kovalevskij on Tuesday. Kovalevski will arrive in August.",
     "Kovalevski", "Kovalevskij"),
]
MUST_PASS = [
    ('es', 'José Sánchez y Pedro Sánchez no son la misma persona; Juan Pérez tampoco.'),
    ("en", "Boris Johnson met Ben Jonson’s biographer; Russia and the Russian envoy agreed."),
    ("en", "Alexey Voronin and Alexei Navalny were both named."),
    ("de", "Die Spieler und die Spiele; Lawrow sagte, Lawrows Sprecherin widersprach."),
    ("en", "Most voters stayed home. Moscow said the vote was fair, and Mosca, the mayor, agreed."),
    ("de", "Er ist Neurologe und arbeitet an der Abteilung für Neurologie des Klinikums Köln."),
]

test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
