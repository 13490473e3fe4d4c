"""A toll stated by its verb: "The death toll from Sunday's bombing has risen to 17", "the
dead exceed 20" (the parse's reading of a count whose toll word is its verb's subject)."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.numbers.casualty_words import casualty, is_person
from claimledger.extract.numbers.lexicon import TOLL_WORDS

__all__ = ["TOLL_VERBS", "toll_subject"]

# Verbs a toll moves or stands with: "the toll ... has risen to 17", "... reached 40".
TOLL_VERBS = frozenset(
    {
        "rise",
        "climb",
        "reach",
        "increase",
        "jump",
        "hit",
        "stand",
        "mount",
        "exceed",
        "surpass",
        "top",
    }
)
# Verbs that move a toll, their object, to a number: "raising the toll ... to 11".
_TOLL_MOVERS = frozenset({"raise", "push", "bring", "take", "lift", "increase"})
# Nouns for the dead or hurt themselves as a toll's subject ("the dead exceed 20").
_TOLL_PEOPLE = frozenset({"dead", "deaths", "fatalities", "wounded", "injured", "injuries"})


def toll_subject(num: Token) -> tuple[Token, str] | None:
    """The parse's reading of a toll sentence with words between "toll" and its verb.

    "The death toll from Sunday's bombing has risen to 17": the number is the
    object of "to" (or of "reached") under a toll verb whose subject is "toll".
    """
    if (losses := _losses(num)) is not None:
        return losses
    verb = num.head
    if (
        num.dep_ == "nummod"
        and verb.dep_ in ("dobj", "pobj")
        and verb.lower_ in ("people", "persons")
    ):
        verb = verb.head  # "... reached twelve people"
    if verb.lower_ in ("to", "at") and verb.dep_ == "prep":
        verb = verb.head
    if (moved := _moved_toll(verb)) is not None:
        return moved
    if verb.lemma_ not in TOLL_VERBS and verb.lower_.removesuffix("s") not in TOLL_VERBS:
        return (
            None  # "climbs" read as a noun after a label: "BREAKING: death toll ... climbs to 12"
        )
    for subj in verb.children:
        if subj.dep_ in ("nsubj", "nsubjpass") and subj.lower_ in TOLL_WORDS:
            injured = any(x.lower_ in ("injury", "wounded", "injured") for x in subj.lefts)
            return subj, "injured" if injured else "killed"
        if subj.dep_ == "nsubj" and subj.lower_ in _TOLL_PEOPLE and num.dep_ == "dobj":
            # "the dead exceed 20", "the wounded have topped 30"
            fig = casualty(subj)
            return subj, fig if fig in ("killed", "injured") else "killed"
        if subj.dep_ == "nsubj" and subj.lower_ == "number":
            # "the number of the victims killed in the attack reached twelve"
            for x in subj.subtree:
                fig = casualty(x) if x.i > subj.i else None
                if fig in ("killed", "injured"):
                    return x, fig
    # "BREAKING: death toll in X climbs to 12": the toll in apposition to a label
    for subj in verb.children:
        for toll in subj.children if subj.dep_ == "nsubj" and subj.is_upper else ():
            if toll.dep_ == "appos" and toll.lower_ in TOLL_WORDS:
                injured = any(x.lower_ in ("injury", "wounded", "injured") for x in toll.lefts)
                return toll, "injured" if injured else "killed"
    return None


def _moved_toll(verb: Token) -> tuple[Token, str] | None:
    """ "..., raising the toll of Saturday's strike to 11", "pushing the death toll to 30":
    the toll as the object of a verb that moves it to the number."""
    if verb.lemma_ not in _TOLL_MOVERS:
        return None
    for toll in verb.children:
        if toll.dep_ == "dobj" and toll.lower_ in TOLL_WORDS:
            injured = any(x.lower_ in ("injury", "wounded", "injured") for x in toll.lefts)
            return toll, "injured" if injured else "killed"
    return None


# Verbs a side's losses come to: "enemy losses amounted to up to 35 personnel".
_AMOUNT = frozenset({"amount", "total", "reach", "stand", "exceed", "number"})


def _losses(num: Token) -> tuple[Token, str] | None:
    """A side's losses told as an amount of people: "enemy losses in the Kemar direction
    amounted to up to 35 personnel" (killed, as "inflicting losses of up to 45 servicemen";
    not "losses amounted to 40 million dollars")."""
    noun = num.head
    if num.dep_ != "nummod" or not (is_person(noun) or noun.lower_ == "personnel"):
        return None
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
    if noun.dep_ not in ("pobj", "dobj") or verb.lemma_.lower() not in _AMOUNT:
        return None
    for subj in verb.children:
        if subj.dep_ == "nsubj" and subj.lower_ in ("losses", "loss"):
            return subj, "killed"
    return None
