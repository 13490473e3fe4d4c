"""Blasts and fires, read from the parse for the contested detector (``grade_dispute.py``):
a thing that went off ("the depot exploded", "stored rebel rockets, which detonated"), a
blast's store ("blasts of rebel ammunition", "an explosion at a Brigades workshop": its
owner's doing), what caught fire when the victims died, and a blast with no attack: a store,
tank or cylinder of no party that went off by itself, said as a verb ("a gas tank had
ignited") or as a noun ("an explosion in an illegal fuel store")."""

from __future__ import annotations

from claimledger.reconcile.grade_parties import party_of
from claimledger.reconcile.grade_tokens import Tok, pobjs
from claimledger.reconcile.grade_words import HARMED, STORED, WEAPON

_OFF_LEMMAS = frozenset({"explode", "detonate", "blow", "go"})


def went_off(verb: Tok) -> bool:
    """A thing that blew up by itself: "the workshop had blown up", "the depot exploded"."""
    lemma = verb.lemma_.lower()
    if lemma not in _OFF_LEMMAS:  # (cheap first: every word of a kept sentence comes here)
        return False
    particle = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    off = lemma in ("explode", "detonate") or (
        (lemma == "blow" and "up" in particle) or (lemma == "go" and "off" in particle)
    )
    return off and verb.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in verb.children)


def went_off_subjects(verb: Tok, deps: tuple[str, ...] = ("nsubj", "nsubjpass")) -> list[Tok]:
    """What went off: the verb's subject, a relative pronoun's noun ("stored rebel rockets,
    which detonated")."""
    subj = [c for c in verb.children if c.dep_ in deps]
    relative = verb.dep_ == "relcl" and verb.head.pos_ == "NOUN"
    return [verb.head if relative and s.lower_ in ("which", "that") else s for s in subj]


BLASTS = frozenset({"blast", "explosion", "detonation", "fire", "blaze", "fireball"})


# Places that store arms, whose blast is their owner's doing ("an explosion at a Brigades
# weapons workshop").
STORES = frozenset(
    {"workshop", "depot", "cache", "store", "storehouse", "warehouse", "stockpile", "arsenal",
     "magazine", "dump"}
)  # fmt: skip


def blast_of(noun: Tok) -> Tok:
    """A blast's or fire's store, when the text says ("blasts of rebel ammunition", "an
    explosion at a Brigades weapons workshop")."""
    if noun.lemma_.lower() not in BLASTS:
        return noun
    of = [o for c in noun.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    at = [
        o
        for c in noun.children
        if c.lower_ in ("at", "in", "inside")
        for o in c.children
        if o.dep_ == "pobj" and o.lemma_.lower() in STORES
    ]
    return (of + at)[0] if of + at else noun


def caught_fire(verb: Tok) -> list[Tok]:
    """What caught fire or burned when the victims died ("the victims died when militia fuel
    stocks caught fire"): a clause of time on a verb of dying or killing."""
    if verb.lemma_.lower() not in HARMED | {"die"} or verb.pos_ != "VERB":
        return []
    out = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in ("catch", "burn", "ignite"):
            continue
        if clause.lemma_.lower() == "catch" and not any(
            c.lemma_.lower() == "fire" for c in clause.children
        ):
            continue
        out += [c for c in clause.children if c.dep_ == "nsubj"]
    return out


# Things that may go off by themselves: stores of arms, fuel and gas.
GOES_OFF = (
    STORES
    | STORED
    | frozenset(
        {"tank", "cylinder", "canister", "generator", "tanker", "boiler", "pipeline", "gas", "fuel"}
    )
)


_TOO_SOON = frozenset({"accidentally", "prematurely", "inadvertently"})


def by_itself(verb: Tok) -> bool:
    """A blast with no attack: a store, tank or cylinder of no party named that went off ("a
    weapons store in the garage had exploded", "a gas tank had ignited"), or one that went off
    by accident or too early ("exploded accidentally", "exploded prematurely")."""
    lemma = verb.lemma_.lower()
    fire = lemma == "catch" and any(c.lemma_.lower() == "fire" for c in verb.children)
    if not (went_off(verb) or (lemma == "ignite" or fire) and verb.pos_ == "VERB"):
        return False
    # by accident or too early ("their own bomb exploded prematurely")
    if any(c.dep_ == "advmod" and c.lower_ in _TOO_SOON for c in verb.children):
        return True
    subj = went_off_subjects(verb)
    return any(
        s.lemma_.lower() in GOES_OFF and s.lemma_.lower() not in WEAPON and party_of(s) is None
        for s in subj
    )


def blast_in_store(noun: Tok) -> bool:
    """A blast or fire in a store, tank or cylinder of no party named, said as a noun ("an
    explosion in an illegal fuel store", "a fire at a gas depot"): like ``by_itself``."""
    if noun.lemma_.lower() not in BLASTS or noun.pos_ != "NOUN" or party_of(noun) is not None:
        return False
    where = [
        o
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "inside", "of")
        for o in pobjs(c)
    ]
    return any(
        o.lemma_.lower() in GOES_OFF and o.lemma_.lower() not in WEAPON and party_of(o) is None
        for o in where
    )
