"""Responsibility said to be unknown, read from the parse: "It is unclear who fired the
rocket", "Who fired the round could not be established", "The source of the fire remains
unknown", "It has not been determined which side operated the drone".

A word of not knowing (an adjective: unclear, unknown, uncertain; "not clear", "not known";
a negated verb of finding out: establish, determine, ascertain, know, confirm) whose clause
asks who did it: a "who" / "which side" / "whose" subject or agent of an attack verb or of
"was behind" / "was responsible", or a noun of the attack's origin ("the source of the
fire", "the identity of the attackers", "the perpetrator", "responsibility"). Not "it is
unclear how many died", "whether the dead were civilians", "who the victims were", "the
identity of the victims". The grade calls such an incident contested (``grade_dispute``),
as it does when the sources name no one responsible.
"""

from __future__ import annotations

from claimledger.reconcile.grade_parties import negated
from claimledger.reconcile.grade_tokens import Tok
from claimledger.reconcile.grade_words import ATTACK, HARMED, WEAPON

_UNKNOWN = frozenset({"unclear", "unknown", "uncertain", "undetermined", "unestablished"})
_KNOWN = frozenset({"clear", "known", "certain", "evident"})  # negated: "not clear"
_FIND_OUT = frozenset({"establish", "determine", "ascertain", "know", "confirm", "verify"})
_WH = frozenset({"who", "whom", "whose"})
_SIDE = frozenset({"side", "party", "group", "force", "faction", "army", "unit", "country"})
# Nouns of who did it, alone ("the perpetrator remains unknown") or of the attack ("the
# source of the fire").
_DOER = frozenset({"perpetrator", "culprit", "attacker", "responsibility", "shooter", "author"})
_ORIGIN = frozenset({"source", "origin", "identity", "provenance"})
_ATTACK_NOUNS = frozenset(
    {"fire", "attack", "strike", "shelling", "shot", "blast", "explosion", "bombing", "raid"}
)


def _who(tok: Tok) -> bool:
    """A word asking who: "who", "whose", "which side"."""
    if tok.lower_ in _WH:
        return True
    return tok.lemma_.lower() in _SIDE and any(c.lower_ == "which" for c in tok.children)


def _asks_who(clause: Tok) -> bool:
    """A clause or noun about who did it (not who was harmed)."""
    lemma = clause.lemma_.lower()
    if clause.pos_ in ("NOUN", "PROPN"):
        if lemma in _DOER:
            return True
        of = [o for c in clause.children if c.lower_ == "of" for o in c.children]
        return lemma in _ORIGIN and any(
            o.lemma_.lower() in _ATTACK_NOUNS | WEAPON | _DOER for o in of
        )
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    doers = [c for c in clause.children if c.dep_ in ("nsubj", "csubj")]
    doers += [o for c in clause.children if c.dep_ == "agent" for o in c.children]
    if not any(_who(d) or any(_who(w) for w in d.children) for d in doers):
        return False
    if lemma in ATTACK | HARMED | {"carry", "operate", "launch", "plant", "drop"}:
        return True
    behind = {c.lower_ for c in clause.children} | {c.lemma_.lower() for c in clause.children}
    return lemma == "be" and bool(behind & {"behind", "responsible"})


def _what(tok: Tok) -> list[Tok]:
    """What a word of not knowing is said of: its clause, or its verb's subject or clause."""
    near = [*tok.children]
    if tok.dep_ in ("acomp", "attr", "oprd"):
        near += [c for c in tok.head.children if c is not tok]
    return [c for c in near if c.dep_ in ("ccomp", "csubj", "csubjpass", "nsubj", "nsubjpass")]


def unknown_who(tok: Tok) -> bool:
    """The sentence says who did it is not known ("It is unclear who fired the rocket")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "ADJ" and lemma in _UNKNOWN | _KNOWN:
        said = tok.head if tok.dep_ in ("acomp", "attr", "oprd") else tok
        if (lemma in _KNOWN) != (negated(said) or negated(tok)):
            return False
    elif tok.pos_ == "VERB" and lemma in _FIND_OUT:
        if not negated(tok):
            return False
    else:
        return False
    return any(_asks_who(c) for c in _what(tok))
