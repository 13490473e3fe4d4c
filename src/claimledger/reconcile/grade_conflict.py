"""Accounts of who did it said to conflict, read from the parse (``grade_dispute.py`` calls
them): "conflicting accounts of the cause", "responsibility remains disputed", "two versions of
events", "contrary to the residents' account", "no consensus on who was behind it", and blame
traded ("accused each other", "each claimed the other had fired").

Each reader takes one word of a parsed sentence (``grade_tokens.Tok``) and says whether it
starts such a finding; the words are the classes of ``grade_words.py``.
"""

from __future__ import annotations

from claimledger.reconcile.grade_parties import (
    attack_verb,
    negated,
    party_of,
    subject_of,
    weapon_party,
)
from claimledger.reconcile.grade_tokens import Tok
from claimledger.reconcile.grade_words import (
    ACCOUNT,
    AGAINST,
    BLAME,
    BLAME_ALONE,
    BLAME_WITH,
    CONFLICTING,
    DENIED_THING,
    DENY,
    FIGURES,
    HARMED,
    REPORT,
    RIVAL,
    WEAPON,
    WHO,
)


def accounts_conflict(tok: Tok) -> bool:
    """Accounts of who did it said to conflict, to differ or to be two, or no consensus."""
    return _accounts_conflict(tok) or _rival_accounts(tok) or _no_consensus(tok)


def _no_consensus(tok: Tok) -> bool:
    """ "There is no consensus on who was behind the attack": no agreement on who did it."""
    if tok.lemma_.lower() not in ("consensus", "agreement") or tok.pos_ != "NOUN":
        return False
    denied = any(c.lower_ in ("no", "little") for c in tok.children)
    return denied and any(t.lemma_.lower() in WHO for t in tok.subtree)


def _rival_accounts(tok: Tok) -> bool:
    """Accounts that differ by their number or kind ("two versions of events emerged", "rival
    accounts"), or an account said against another ("contrary to the residents' account")."""
    lemma = tok.lemma_.lower()
    if lemma in ("version", "account", "narrative", "story") and tok.pos_ == "NOUN":
        # "rival versions": the tagger may make "rival" a noun
        mods = {c.lower_ for c in tok.children if c.dep_ in ("nummod", "amod", "compound")}
        if lemma == "account":  # "two accounts" may be two social-media accounts
            mods.discard("two")
        return bool(mods & RIVAL) and not any(t.lemma_.lower() in FIGURES for t in tok.subtree)
    if tok.lower_ == "contrary":
        to = [o for c in tok.children if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
        return any(o.lemma_.lower() in ACCOUNT for o in to)
    return False


def _accounts_conflict(tok: Tok) -> bool:
    """The text says the accounts of who did it conflict: an adjective or verb of conflict on
    an account noun ("conflicting accounts", "accounts ... remain conflicting", "responsibility
    is disputed"), not on accounts of the figures ("conflicting reports of the toll")."""
    if tok.lemma_.lower() not in CONFLICTING and tok.lower_ not in CONFLICTING:
        return False
    if tok.dep_ in ("amod", "compound"):
        noun: Tok | None = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "in":  # "the cause remains in dispute"
        noun = subject_of(tok.head.head)
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ == "matter":
        noun = subject_of(tok.head.head.head)  # "whether ... remains a matter of dispute"
    else:
        verb = tok.head if tok.dep_ in ("acomp", "oprd", "xcomp", "attr") else tok
        noun = subject_of(verb)
        if tok.pos_ == "VERB" and tok.lemma_.lower() in AGAINST:  # "contradicted the claim"
            noun = next((c for c in tok.children if c.dep_ == "dobj"), noun)
    said = tok if tok.pos_ == "VERB" else tok.head  # "are not conflicting", "have not split"
    if noun is not None and noun.dep_ == "csubj" and not negated(said):
        # "who fired it remains contested", "whether an army drone or a Front bomb caused it"
        whether = any(c.lower_ == "whether" for c in noun.children)
        either = whether and any(t.lower_ == "or" for t in tok.sent)
        return either or any(t.lower_ == "who" for t in noun.subtree)
    asks = any(t.lemma_.lower() in WHO or _what_struck(t) for t in tok.subtree)
    if tok.lemma_.lower() in ("disagree", "differ") and asks and not negated(said):
        return True  # "local pages disagree on what hit the bus"
    if noun is None or noun.lemma_.lower() not in ACCOUNT or negated(said):
        return False
    if any(t.lemma_.lower() in FIGURES for t in noun.subtree):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head is not tok:
        # what the accounts are said to say: "conflicting reports gave the toll as 4 or 7" is
        # about the figures, "conflicting reports attributed the missile to ..." is not
        told = {t.lemma_.lower() for t in noun.head.subtree}
        if told & FIGURES and not told & (WHO | BLAME):
            return False
    if tok.dep_ in ("amod", "compound"):  # "conflicting accounts of the cause", which the
        # tagger may call a verb: of who did it, not "conflicting accounts of the suspect"
        return tok.pos_ != "VERB" or any(t.lemma_.lower() in WHO for t in noun.subtree)
    if tok.pos_ != "VERB":
        return True
    # an account contested or contradicted ("relatives contested the military's account"),
    # or a verb that says on what the accounts differ: who did it ("accounts differ on who
    # fired"), or weapons of two parties ("the sources are split between a Dalmiri missile and
    # a Front rocket"; not "as to whether the bombing was artillery or by military aircraft")
    acted_on = tok.lemma_.lower() in AGAINST and noun.dep_ in ("dobj", "nsubjpass")
    if acted_on or asks:
        return True
    arms = [party_of(t) or weapon_party(t) for t in tok.subtree if t.lemma_.lower() in WEAPON]
    return any(a.conflicts(b) for i, a in enumerate(arms) for b in arms[i + 1 :])


def _what_struck(tok: Tok) -> bool:
    """ "(disagree on) what hit the house": a question of what struck."""
    return (
        tok.lower_ == "what"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and (attack_verb(tok.head) or tok.head.lemma_.lower() in HARMED)
    )


def mutual(verb: Tok) -> bool:
    """Blame traded: "accused each other", "blamed one another", "traded accusations"; each of
    two parties denying the attack ("each of the warring parties denied firing it") or saying
    the other did it ("each said the other side was to blame")."""
    lemma = verb.lemma_.lower()
    if lemma in ("trade", "exchange"):
        return any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("blame", "accusation", "charge")
            for c in verb.children
        )
    subj = subject_of(verb)
    # "each" / "both" on the subject, the verb, or the subject's last conjunct ("the coalition
    # and the government each blamed the other": the parser hangs "each" on "government")
    subjects = [subj, *_conjuncts(subj)] if subj is not None else []
    around = [*verb.children, *(c for s in subjects for c in s.children)]
    each = subj is not None and (
        subj.lower_ in ("each", "both") or any(c.lower_ in ("each", "both") for c in around)
    )
    if lemma in DENY and each and _of_parties(verb) and _denies_attack(verb):
        return True  # "both sides denied firing the rocket": neither owns the harm
    if lemma in REPORT - BLAME and each:  # "the militia and the army each claimed the other
        # had fired", "each said the other side was to blame"
        return any(_the_other_did(t) for t in verb.subtree)
    # a verb that blames only with a word beside it must have it: "held each other in prayer"
    # is no blame, "held each other responsible" is; "pointed to the other"
    blames = lemma in BLAME_ALONE or any(
        t.lemma_.lower() in BLAME_WITH.get(lemma, ()) for t in verb.subtree
    )
    blames = blames or (lemma == "point" and any(c.lower_ in ("to", "at") for c in verb.children))
    traded = blames and any(
        t.lower_ == "another"
        or (t.lower_ in _OTHER and (each or any(c.lower_ == "each" for c in t.children)))
        for t in verb.subtree
    )
    return traded and _charge_of_harm(verb)


def _conjuncts(subj: Tok | None) -> list[Tok]:
    """A subject's conjuncts ("the coalition and the government")."""
    if subj is None:
        return []
    return [c for c in subj.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]


# The other of two parties: "each blamed the other", "... the opposite side".
_OTHER = frozenset({"other", "opposite", "opposing"})


def _the_other_did(tok: Tok) -> bool:
    """ "the other had fired", "the other side was to blame": the other as a clause's subject."""
    if tok.lower_ not in _OTHER:
        return False
    return tok.dep_ in ("nsubj", "nsubjpass") or (
        tok.dep_ == "amod" and tok.head.dep_ in ("nsubj", "nsubjpass")
    )


def _of_parties(verb: Tok) -> bool:
    """The ones who each deny are parties: "each of the warring parties", "both sides", "the
    army and the Front both"."""
    subj = subject_of(verb)
    words = [*subj.subtree] if subj is not None else []
    words += [c for c in verb.children if c.dep_ == "nsubj" for c in c.subtree]
    return any(w.lemma_.lower() in _SIDES or party_of(w) is not None for w in words)


_SIDES = frozenset({"side", "party", "belligerent", "camp"})


def _denies_attack(verb: Tok) -> bool:
    """A denial of the attack or of a part in it: "denied firing the missile", "denied
    responsibility", "rejected any role in the blast"."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and (attack_verb(c) or c.lemma_.lower() in HARMED):
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() in DENIED_THING | WEAPON:
            return True
    return False


# What a charge traded may be about that is the harm: "accused each other of firing the
# rocket", "of starting the shooting that killed two"; not "of stealing aid shipments".
_HARM_NOUNS = frozenset(
    {"attack", "killing", "death", "massacre", "blast", "explosion", "shooting", "responsibility",
     "bloodshed", "casualty", "violence"}
)  # fmt: skip


def _charge_of_harm(verb: Tok) -> bool:
    """What blame traded is for, when the text says ("of X", "for X"), is the harm or an
    attack: "accused each other of breaking the truce" trades no blame for the harm."""
    # "accused each other of X": the "of" may hang on "other"
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    charges = [
        o
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("of", "for")
        for o in c.children
        if o.dep_ in ("pobj", "pcomp")
    ]
    if not charges:
        return True
    return any(
        attack_verb(t) or t.lemma_.lower() in HARMED | WEAPON | _HARM_NOUNS
        for o in charges
        for t in o.subtree
    )
