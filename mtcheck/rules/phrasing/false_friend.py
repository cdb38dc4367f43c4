"""A word that looks like the source's but means something else (telephone interview for a call)."""
from mtcheck.rules.phrasing.calque import Calque


class FalseFriend(Calque):
    """
    What it flags: wording listed in the phrasing lexicon of the article's source language as a
    false friend: Italian "colloquio" as "interview" for talks between leaders, "esponente" as
    "executive" for an official, French "actuellement" as "actually", German "eventuell" as
    "eventually"; in translations out of English, "eventualmente" or "actuellement" for
    "actually".

    Why it matters: the reader takes the target word's meaning, which is not what the source said.

    Example: the Lavrov-Blinken telephone interview is expected for today.

    Instead: the Lavrov-Blinken phone call is expected for today.

    Data: data/<src>-<tgt>/phrasing.tsv, entries of type false-friend (PHRASING.md).
    """

    code = "PHR002"
    mqm_type = "Accuracy/Mistranslation"
    types = ("false-friend",)
