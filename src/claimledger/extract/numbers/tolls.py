"""A toll stated by its verb: "The death toll from Sunday's bombing has risen to 17", "the
dead exceed 20" (the parse's reading of a count whose toll word is its verb's subject)."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.numbers.casualty_words import casualty, is_person
from claimledger.extract.numbers.lexicon import TOLL_WORDS

__all__ = ["TOLL_VERBS", "lost_by_form", "restated_count", "toll_subject"]

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
        "number",
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
    if (losses := _losses(num) or _numbered_by(num)) is not None:
        return losses  # ("the dead numbered six" read as "numbered six": ``_numbered_by``)
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


def lost_by_form(victim: Token) -> bool:
    """A side's people by the noun's form ("servicemen", "guardsmen", "personnel"): lost as
    its dead only when a side lost them ("the enemy lost up to 45 servicemen"; ``link``)."""
    low = victim.lower_
    return low == "personnel" or (
        low.endswith(("men", "man")) and len(low) > 5 and victim.pos_ == "NOUN"
    )


# A later source's revision of a toll told before: "the ministry put the number at six".
_REVISE_VERBS = frozenset({"put", "place", "set", "give", "estimate", "revise", "fix"})
_NUMBER_NOUNS = frozenset({"number", "figure", "count", "total", "tally"})
_BACK = 60  # tokens the toll told before may stand from the revising verb


def restated_count(num: Token) -> tuple[Token, str, None, float] | None:
    """A number a verb of estimating gives to "the number" or "the figure" ("the ministry
    put the number at six", "gave the figure as 11"): the count of the toll named before it
    in the paragraph (its nearest dead or hurt), or None. A toll that verb puts at the
    number, with words between ("put the death toll from the strike on the mill at 23",
    "estimated the number of dead in the town at 40"), is its own figure."""
    if num.dep_ == "nummod" and (num.head.lower_ == "dead" or is_person(num.head)):
        num = num.head  # "put the death toll ... at 19 people", "at 19 civilians"
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ not in ("at", "as", "to"):
        return None
    verb = prep.head
    if verb.lemma_.lower() not in _REVISE_VERBS:
        return _toll_inside(prep)
    if (own := _put_toll(verb)) is not None:
        return own
    if not any(_bare_number_noun(c) for c in verb.children):
        return None
    doc = num.doc
    for k in range(verb.i - 1, max(verb.i - _BACK, 0) - 1, -1):
        if "\n\n" in doc[k].text_with_ws:
            return None
        fig = casualty(doc[k])
        if fig in ("killed", "injured", "shoot"):
            return doc[k], "injured" if fig == "shoot" else fig, None, 0.6
    return None


def _put_toll(verb: Token) -> tuple[Token, str, None, float] | None:
    """The toll a verb of estimating takes as its object: "the (death) toll" (injured when
    a word of wounds modifies it), or "the number of" people of a casualty word ("the number
    of dead", "the number of people killed")."""
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if obj.lower_ in TOLL_WORDS:
            injured = any(x.lower_ in _WOUND_WORDS for x in obj.lefts)
            return obj, "injured" if injured else "killed", None, 0.7
        if obj.lower_ in _NUMBER_NOUNS:
            for of in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
                for x in of.subtree:
                    fig = casualty(x)
                    if fig in ("killed", "injured", "shoot"):
                        return x, "injured" if fig == "shoot" else fig, None, 0.7
    return None


def _toll_inside(prep: Token) -> tuple[Token, str, None, float] | None:
    """ "put the number of people killed in the strike at 40": the parse hung "at" inside
    the toll's own phrase; the verb of estimating above it takes that toll."""
    for up in list(prep.ancestors)[:6]:
        if up.dep_ == "dobj" and up.head.lemma_.lower() in _REVISE_VERBS:
            return _put_toll(up.head)
    return None


_WOUND_WORDS = frozenset({"injury", "wounded", "injured", "casualty", "wounds", "injuries"})


def _bare_number_noun(c: Token) -> bool:
    """ "the number", "the figure" as an object, of nothing named ("the number of
    displaced" counts others)."""
    return (
        c.dep_ == "dobj" and c.lower_ in _NUMBER_NOUNS and all(d.dep_ == "det" for d in c.children)
    )


def _numbered_by(num: Token) -> tuple[Token, str] | None:
    """ "the dead numbered six" parsed as an adjective "numbered" on the number, "dead" on
    it: the dead it counts."""
    for verb in num.children:
        if verb.dep_ != "amod" or verb.lower_ != "numbered":
            continue
        for dead in (d for d in verb.children if d.lower_ in _TOLL_PEOPLE):
            fig = casualty(dead)
            return dead, fig if fig in ("killed", "injured") else "killed"
    return None
