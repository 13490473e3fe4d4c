"""Responsibility said to be unknown, read from the parse: "It is unclear who fired the
rocket", "Who fired the round could not be established", "The source of the fire remains
unknown", "It has not been determined which side operated the drone", "It could not be
confirmed whether government or opposition artillery fired the shell".

A word of not knowing (an adjective: unclear, unknown, uncertain; "not clear", "not known";
a negated verb of finding out: establish, determine, ascertain, know, confirm) whose clause
asks who did it: a "who" / "which side" / "whose" subject or agent, or doers given as
alternatives ("whether the army or the militia"), of an attack verb or of
"was behind" / "was responsible", or a noun of the attack's origin ("the source of the
fire", "the identity of the attackers", "the perpetrator", "responsibility"). Not "it is
unclear how many died", "whether the dead were civilians", "who the victims were", "the
identity of the victims". The grade calls such an incident contested (``grade_dispute``),
as it does when the sources name no one responsible.
"""

from __future__ import annotations

from claimledger.reconcile.grade_parties import negated, party_of
from claimledger.reconcile.grade_tokens import Tok
from claimledger.reconcile.grade_words import ATTACK, HARMED, WEAPON

_UNKNOWN = frozenset({"unclear", "unknown", "uncertain", "undetermined", "unestablished"})
_KNOWN = frozenset({"clear", "known", "certain", "evident"})  # negated: "not clear"
_FIND_OUT = frozenset({"establish", "determine", "ascertain", "know", "confirm", "verify"})
_WH = frozenset({"who", "whom", "whose"})
_SIDE = frozenset({"side", "party", "group", "force", "faction", "army", "unit", "country"})
# Nouns of who did it, alone ("the perpetrator remains unknown") or of the attack ("the
# source of the fire").
_DOER = frozenset({"perpetrator", "culprit", "attacker", "responsibility", "shooter"})
_ORIGIN = frozenset({"source", "origin", "identity", "provenance", "cause"})
_ATTACK_NOUNS = frozenset(
    {"fire", "attack", "strike", "shelling", "shot", "blast", "explosion", "bombing", "raid"}
)


def _who(tok: Tok) -> bool:
    """A word asking who: "who", "whose", "which side"."""
    if tok.lower_ in _WH or (tok.lower_ == "which" and tok.dep_ in ("nsubj", "nsubjpass")):
        return True  # "who fired", "which of the two groups fired"
    return tok.lemma_.lower() in _SIDE and any(c.lower_ == "which" for c in tok.children)


def _either(doer: Tok) -> bool:
    """Doers given as alternatives, parties that conflict: "whether government or opposition
    artillery fired", "if the army or the militia fired"; not weapons alone ("whether an
    airstrike or artillery caused it": one party may have both)."""
    if not any(c.dep_ == "cc" and c.lower_ == "or" for t in doer.subtree for c in t.children):
        return False
    parties = [p for t in doer.subtree if (p := party_of(t)) is not None]
    return any(a.conflicts(b) for i, a in enumerate(parties) for b in parties[i + 1 :])


def _from_either(verb: Tok) -> bool:
    """Origins given as alternatives of different doers: "from X or from Y", two parties that
    conflict, or a party and someone of no party ("from a navy patrol boat or from smugglers";
    not a weapon of no party: "from a drone or from artillery" may be one side's)."""
    froms = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    froms += [d for f in froms for d in f.children if d.dep_ == "conj" and d.pos_ == "ADP"]
    objs = [o for f in froms for o in f.children if o.dep_ == "pobj"]
    objs += [c for o in objs for c in o.conjuncts if c not in objs]
    said_or = any(c.dep_ == "cc" and c.lower_ == "or" for t in [*froms, *objs] for c in t.children)
    if not said_or:
        return False
    parties = [party_of(o) for o in objs]
    known = [p for p in parties if p is not None]
    if any(a.conflicts(b) for i, a in enumerate(known) for b in known[i + 1 :]):
        return True
    others = [o for o, p in zip(objs, parties, strict=True) if p is None and o.pos_ == "NOUN"]
    return bool(known) and any(o.lemma_.lower() not in WEAPON | {"air"} for o in others)


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
    asked = any(_who(d) or any(_who(w) for w in d.children) for d in doers)
    if lemma in ("come", "originate") and _from_either(clause):
        return True  # "whether the shell came from Front positions or from the army's guns"
    if not asked and not any(_either(d) for d in doers):
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


_NOT_YET = frozenset({"fail", "unable", "impossible", "difficult", "yet"})


def _not_yet(verb: Tok) -> bool:
    """ "have yet to establish", "were unable to determine", "failed to ascertain"."""
    if verb.dep_ != "xcomp" or verb.head is verb:
        return False
    head = verb.head
    near = [head, *head.children, *(c for c in verb.children if c.dep_ == "advmod")]
    if any(t.lemma_.lower() in _NOT_YET or t.lower_ in _NOT_YET for t in near):
        return True
    # "it has not been possible to determine"
    return negated(head) and any(c.lemma_.lower() == "possible" for c in head.children)


# Words of a dispute said of who did it ("It remains disputed which of the two coalitions
# carried it out", "Which side fired is contested", "... is still in dispute").
_DISPUTED = frozenset({"disputed", "contested", "debated", "contentious", "controversial"})


def _disputed(tok: Tok) -> Tok | None:
    """The word a dispute is said with ("disputed", "in dispute"): the head whose clause says
    of what; else None."""
    if tok.lower_ in _DISPUTED and tok.pos_ in ("ADJ", "VERB") and not negated(tok):
        return tok
    if tok.lower_ in ("dispute", "debate", "contention") and tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ in ("in", "under") and prep.head is not prep and not negated(prep.head):
            return prep.head
    return None


def disputed_who(tok: Tok) -> bool:
    """The sentence says who did it is disputed ("It remains disputed which of the two
    coalitions carried it out", "Which side fired is still in dispute"): a clause asking who
    (an account noun said to be disputed, "responsibility is disputed", is read by
    ``grade_conflict``)."""
    said = _disputed(tok)
    if said is None:
        return False
    # the clause may hang on it as an adverbial one ("disputed which ... carried it out") or
    # be the head the parser hung it on ("Which ... conducted the raid is in dispute")
    near = _what(said) + [c for c in said.children if c.dep_ == "advcl"]
    if said.dep_ in ("ccomp", "advcl") and said.head is not said:
        near.append(said.head)
    return any(_asks_who(c) or _which_side(c) for c in near)


def _which_side(tok: Tok) -> bool:
    """A subject that asks which party: "which one", "which side", "which coalition" ("but
    which one remains disputed"; not "which figure")."""
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and tok.lemma_.lower() in _SIDE | {"one", "coalition", "belligerent"}
        and any(c.lower_ == "which" for c in tok.children)
    )


def unknown_who(tok: Tok) -> bool:
    """The sentence says who did it is not known ("It is unclear who fired the rocket")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "ADJ" and lemma in _UNKNOWN | _KNOWN:
        said = tok.head if tok.dep_ in ("acomp", "attr", "oprd") else tok
        if (lemma in _KNOWN) != (negated(said) or negated(tok)):
            return False
    elif tok.pos_ == "VERB" and lemma in _FIND_OUT:
        if not negated(tok) and not _not_yet(tok):
            return False
    else:
        return False
    return any(_asks_who(c) for c in _what(tok))
