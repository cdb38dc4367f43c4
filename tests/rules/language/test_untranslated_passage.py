"""LNG001 untranslated-passage: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "LNG001"
MUST_FLAG = [
    # a whole clause or quotation
    ('en', 'He told the militants: “No son los resultados que esperábamos.” Then he left.', 'No son los resultados que esperábamos', None),
    ('de', 'Er fügte hinzu: “I love playing here, the crowd was amazing today.”', 'I love playing here', None),
    ('fr', 'Il a dit : « We will not back down, whatever they say about it. »', 'We will not back down', None),
    ('it', 'Ha aggiunto: «Nous ne reculerons pas devant les menaces de sanctions.»', 'Nous ne reculerons pas', None),
    ('es', 'Dijo: «Wir werden nicht nachgeben, egal was passiert.»', 'Wir werden nicht nachgeben', None),
    # an idiom of three to five words left inside a clause of the target
    ('fr', "Pour la réalisatrice, c'était a labour of love pour elle et son équipe.", 'labour of love', None),
    ('fr', 'Le ministre a estimé que la réforme était a matter of time avant le vote du Sénat.', 'matter of time', None),
    ('it', 'Per la regista il film è stato a labour of love durato dieci anni.', 'labour of love', None),
    ('it', 'Secondo il ministro la riforma è solo a matter of time per la maggioranza.', 'matter of time', None),
    ('de', 'Für die Regisseurin war der Film a labour of love, sagte sie dem Sender.', 'labour of love', None),
    ('de', 'Der Minister nannte die Reform a matter of time für die Koalition.', 'matter of time', None),
    ('es', 'Para la directora, la película fue a labour of love de diez años.', 'labour of love', None),
    ('es', 'El ministro dijo que la reforma era a matter of time para el Gobierno.', 'matter of time', None),
    # a French or Italian phrase left in English news
    ('en', 'Macron said the pension reform was une question de justice sociale for the French.', 'une question de justice sociale', None),
    ('en', 'Meloni called the ruling una vergogna per il paese and vowed to appeal.', 'una vergogna per il paese', None),
    ('en', 'Sánchez said the pact was un paso en la buena dirección for Spain.', 'un paso en la buena dirección', None),
    ('it', 'Il premier ha definito l’accordo a step in the right direction per l’Europa.', 'step in the right direction', None),
]
MUST_PASS = [
    ('en', 'She won the Jury Prize for “The Winter Garden” and praised the team.'),
    ('en', 'It was a déjà vu, he said, and the crowd was amazing.'),
    ('de', 'Der Bundestag stimmte zu; die Fans riefen „Olé“ und sangen.'),
    ('en', 'The Kremlin spoke of perestroika and the Bundestag of Realpolitik.'),
    # quoted titles of works, in their original language
    ('fr', "Le film « Faute d'amour » d'Andreï Zviaguintsev a reçu le prix du jury à Cannes."),
    ('en', "Zvyagintsev's film “Faute d'amour” won the jury prize in Cannes."),
    ('en', 'Jacques Demy’s “Les parapluies de Cherbourg” returns to cinemas on Friday.'),
    ('it', 'Il romanzo «The Catcher in the Rye» compie settant’anni.'),
    ('de', 'Der Song „Take me to church“ lief im Radio rauf und runter.'),
    # quoted catchphrases and the loan phrases the target's press uses
    ('fr', 'Mario Draghi avait promis de faire « whatever it takes » pour sauver l’euro.'),
    ('it', 'Draghi aveva promesso il whatever it takes per salvare l’euro.'),
    ('it', 'Il made in Italy cresce, last but not least grazie allo smart working.'),
    ('de', 'Last but not least dankte er den Fans für das Public Viewing.'),
    ('es', 'El think tank publicó su informe sobre las fake news y el Brexit.'),
    ('en', 'It was a moment of joie de vivre and la dolce vita for the team, a quid pro quo.'),
    # names and loanwords
    ('fr', 'Le Bundestag a voté, le Kremlin dément et la perestroïka est loin.'),
    ('fr', 'Il est parti en week-end avec des amis et une startup de Lyon.'),
    ('fr', 'Le groupe Rage Against the Machine a joué devant la foule du Zénith.'),
    ('de', 'Die Fans feierten das Public Viewing, ein echter Game Changer für die Stadt.'),
    ('it', 'Il presidente ha incontrato i leader di Fratelli d’Italia e della Lega.'),
    ('es', 'La fiscalía de Nueva York acusó al exasesor de Trump de fraude fiscal.'),
    ('en', 'The head of the Banca d’Italia spoke at the Banco de la Nación in Buenos Aires.'),
    ('en', 'Donations continue to pour in from across the country, up 5 per cent.'),
    ('en', 'The protesters chanted liberté, égalité, fraternité outside the Assemblée nationale.'),
    ('en', 'Italy’s Corte dei conti said the spending of the Consiglio dei ministri was out of control.'),
    ('en', 'Supporters of the Partido Popular gathered in the Plaza de la Independencia.'),
]

test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)
