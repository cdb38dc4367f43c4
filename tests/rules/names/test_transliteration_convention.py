"""NAM002 transliteration-convention: must-flag and must-pass examples."""
from helpers import rule_tests

CODE = "NAM002"
MUST_FLAG = [
    ('de', 'Außenminister Sergej Lawrow traf Dmitry Medvedev in Moskau.', 'Medvedev', 'Medwedew'),
    ('fr', 'L’actrice Yulia Navalnaya et Dmitri Medwedew étaient présents.', 'Medwedew', None),
    ('es', 'El ministro Sergej Lawrow habló con la prensa.', 'Lawrow', None),
    ('it', 'Il ministro Sergej Lawrow ha parlato con la stampa.', 'Lawrow', None),
    ("en", "Russian Foreign Minister Serghei Lavrov will call Antony Blinken.", "Serghei", "Sergei"),
    ("en", "Sergej Lawrow said the talks were useful.", "Lawrow", "Lavrov"),
    ("en", "Dmitri Medwedew, the former president, wrote on Telegram.", "Medwedew", "Medvedev"),
    ("de", "Der frühere Präsident Dmitry Medvedev schrieb auf Telegram.", "Medvedev", "Medwedew"),
    ("en", "The actress Ioulia Vysotskaya spoke about Tchekhov.", "Ioulia", "Yulia"),
    ("en", "The actress Ioulia Vysotskaya spoke about Tchekhov.", "Tchekhov", "Chekhov"),
    ("de", "Der Trainer Andrey Petrov lobte die Mannschaft.", "Andrey", "Andrej"),
]
MUST_PASS = [
    ('fr', 'Sergueï Lavrov a rencontré Ioulia Navalnaïa.'),
    ('de', 'Sergej Lawrow und Julia Nawalnaja sprachen.'),
    ("en", "Sergei Lavrov and Dmitry Medvedev spoke; Julia Roberts and Andrea Bocelli did not."),
    ("en", "Jürgen Klopp, José Mourinho and Pedro Sánchez met Dr. Whitaker in St. Louis."),
    ("de", "Sergej Lawrow traf Dmitri Medwedew in Moskau."),
    ("fr", "Sergueï Lavrov a rencontré Dmitri Medvedev à Moscou."),
    ("it", "Serghei Lavrov ha incontrato Dmitrij Medvedev a Mosca."),
    ("es", "Serguéi Lavrov se reunió con Dmitri Medvédev en Moscú."),
    # names the target writes itself, or Romance surnames a romanisation rule would turn into words
    ("en", "Rian Johnson directed it; Henri Matisse, Toni Morrison and Mario Monti were cited."),
    ("en", "Hugo Chaves, Claudio Baroni, Sascha Lobo and Lidia Thorpe spoke after Martine Aubry."),
    ("de", "Richter Clarence Thomas, Ehemann von Ginni Thomas, stimmte dagegen."),
    ("fr", "Danni Lowinski et Jenni Rivera sont des personnages de séries."),
]


test_flags, test_passes = rule_tests(CODE, MUST_FLAG, MUST_PASS)


def test_spelling_models_judge_unlisted_names_only_on_request():
    from mtcheck import check_text

    text = "The general Pjotr Tschernyschow commanded the northern front."
    assert not [f for f in check_text(text, lang="en").findings if f.text == "Tschernyschow" and f.code == CODE]
    found = [f for f in check_text(text, lang="en", config={"spelling_models": True}).findings
             if f.text == "Tschernyschow"]
    assert found and found[0].code == CODE and found[0].suggestion == "Chernyshev" and "German" in found[0].message


def test_the_publications_own_names_are_never_foreign():
    from mtcheck import check_text

    text = "Foreign Minister Sergej Lawrow met the press. Lawrow said little."
    assert [f.text for f in check_text(text, lang="en").findings] == ["Sergej", "Lawrow", "Lawrow"]
    assert not check_text(text, lang="en", config={"names": ["Sergej Lawrow"]}).findings
