"""Organisation names and acronyms cased or abbreviated as another language writes them (Ria Novosti)."""
from mtcheck.names.gazetteer import acronyms
from mtcheck.rules.substitution import SubstitutionRule

DEFAULT_STYLES = frozenset({"all"})


class AcronymCasing(SubstitutionRule):
    """
    What it flags: an organisation's name or acronym in the casing or the abbreviation of another
    language: Ria Novosti for RIA Novosti, Onu or ONU for UN, Fbi for FBI in English; OTAN in
    German. Rows that hold only for one house style (NATO in AP style, Nato in the British press)
    apply only when that variety is configured (variety = "en-US").

    Why it matters: Italian and Spanish write acronyms as words (Nato, Onu) and use their own
    (ONU, OTAN); carried into the target they look like typos or like another organisation.

    Example: According to the Russian state news agency Ria Novosti, the talks were useful.

    Instead: According to the Russian state news agency RIA Novosti, the talks were useful.

    Data: data/<lang>/acronyms.tsv (wrong, right, requires, style, note).
    """

    code = "NAM004"
    mqm_type = "Linguistic conventions/Spelling"
    severity = "minor"

    def table(self, doc):
        text = doc.text.lower()
        styles = DEFAULT_STYLES | ({"us"} if doc.config.get("variety") == "en-US" else set())
        return {wrong: right for wrong, (right, requires, style) in acronyms(doc.lang).items()
                if style in styles and (not requires or requires.lower() in text)}

    def message(self, doc, wrong, right):
        return f"{wrong} is written {right} in {doc.conventions.name}"
