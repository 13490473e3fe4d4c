"""Dates of what followed an attack: a funeral, an arrest, a trial, a protest.

"Mourners on Tuesday buried 12 people killed in Sunday's air strike": the incident is
the strike (Sunday); Tuesday dates its funeral. A date whose governing word in the parse
(the verb or noun its "on ..." hangs on, or the noun it is the possessive of) is such a
follow-up, or whose verb's subject or object is one ("A funeral was held on Tuesday"), is
kept but ranked after the dates of the event itself (``incident.py``); alone, it still
dates the incident. A date that hangs on an attack's own word ("Friday's market
bombing", "killed on Monday") is ranked first: "Authorities on Sunday identified the
victims of Friday's market bombing" is Friday, whatever Sunday's verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Lemmas of what follows an attack (verbs and the nouns that name the same acts; a
# claim of responsibility, a condemnation and an investigation too).
FOLLOW_UP = frozenset(
    [
        "bury",
        "burial",
        "funeral",
        "mourn",
        "mourner",
        "vigil",
        "memorial",
        "commemorate",
        "commemoration",
        "arrest",
        "charge",
        "indict",
        "sentence",
        "convict",
        "jail",
        "court",
        "trial",
        "hearing",
        "inquest",
        # a court's later steps and a suspect's custody (thirty-sixth session: "was taken
        # into custody on Thursday", "entered pleas", "was arraigned Monday")
        "plead",
        "plea",
        "arraign",
        "arraignment",
        "acquit",
        "verdict",
        "custody",
        "surrender",
        "extradite",
        "protest",
        "protester",
        "rally",
        "responsibility",
        "condemn",
        "condemnation",
        "investigate",
        "investigation",
        "probe",
    ]
)
# An attack's own words: a date hanging on one dates the event, whatever else the
# clause holds ("killed on Monday at a funeral").
ATTACK = frozenset(
    [
        "kill",
        "attack",
        "shoot",
        "bomb",
        "strike",
        "shell",
        "ambush",
        "explode",
        "die",
        "wound",
        "injure",
        "raid",
        "storm",
        "blast",
        "explosion",
        "bombing",
        "shooting",
        "massacre",
        "killing",
        "abduct",
        "kidnap",
    ]
)
# The dependency labels a date hangs on its governor by.
_UP = frozenset(["pobj", "prep", "npadvmod", "poss", "compound", "nmod", "case", "appos", "det"])
_ARGS = frozenset(["nsubj", "nsubjpass", "dobj", "attr"])


def date_role(doc: Doc, start: int, end: int) -> str | None:
    """What the date at ``start``:``end`` of ``doc`` dates: "attack" (it hangs on an
    attack's word, or one stands between it and its governor or right after it),
    "follow_up" (a funeral, an arrest, ...), or None (anything else)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    gov = _governor(span.root)
    if gov is None:
        return None
    if _later_death(gov):
        return "follow_up"
    if gov.lemma_.lower() in ATTACK or _near_attack(doc, span.start, span.end, gov.i):
        return "attack"
    verbs = [gov]
    if gov.pos_ in ("NOUN", "PROPN") and gov.head is not gov:
        # "taken into custody by members of the sheriff's office on Thursday": the parse
        # hangs the date on "members"; the agent's verb is the clause's
        verbs.append(gov.head)
        if gov.dep_ == "pobj" and gov.head.dep_ == "agent":
            verbs.append(gov.head.head)
    words = [*verbs, *(c for v in verbs for c in v.children if c.dep_ in _ARGS)]
    # "gathered on Wednesday for the funerals of ...", "taken into custody on Thursday"
    words += [
        o
        for v in verbs
        for c in v.children
        if c.lower_ in ("for", "into")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return "follow_up" if any(w.lemma_.lower() in FOLLOW_UP for w in words) else None


# What says a death came after the attack, of its wounds: "died in hospital", "died of his
# injuries", "succumbed to her wounds", "later died" ("died from a gunshot wound" early on
# Tuesday is the shooting's own death: a wound with no possessive names none).
_HOSPITAL = frozenset(["hospital", "injuries", "wounds"])
_WOUND = frozenset(["injury", "wound"])


def _later_death(gov: Token) -> bool:
    """Whether the date's governor is a death of the wounded later ("One of them died in
    hospital yesterday", "succumbed to his injuries on Sunday"): it dates that death, a
    follow-up, not the attack (twenty-second session)."""
    if gov.lemma_.lower() not in ("die", "succumb"):
        return False
    for child in gov.children:
        if child.lower_ == "later":
            return True
        if child.dep_ == "prep" and any(
            o.dep_ == "pobj" and _of_the_wounded(o) for o in child.children
        ):
            return True
    return False


def _of_the_wounded(word: Token) -> bool:
    """A hospital, or the injuries or wounds of the dead ("his wounds", "her injury")."""
    low = word.lower_
    return low in _HOSPITAL or (low in _WOUND and any(c.dep_ == "poss" for c in word.children))


def is_follow_up(doc: Doc, start: int, end: int) -> bool:
    """Whether the date at ``start``:``end`` of ``doc`` dates a follow-up of an attack."""
    return date_role(doc, start, end) == "follow_up"


def _near_attack(doc: Doc, start: int, end: int, gov: int) -> bool:
    """Whether an attack's word stands between the date (tokens ``start``:``end``) and its
    governor, or just after the date: the parse may hang "the shooting of a girl Tuesday
    evening" or "an early Sunday morning shooting" on the clause's "charges" or
    "investigating", but the words say the date is the shooting's."""
    lo, hi = (gov + 1, start) if gov < start else (end, gov)
    after = []
    for tok in doc[end : end + 2]:
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "PART") and tok.tag_ != "VBG":
            break
        after.append(tok.i)
    return any(doc[i].lemma_.lower() in ATTACK for i in [*range(lo, hi), *after])


def _governor(tok: Token) -> Token | None:
    """The verb or noun a date phrase hangs on (through "on", a possessive, ...; "Three
    days ago our fighters ambushed ..." through its "ago")."""
    if tok.lower_ == "ago" and tok.dep_ == "advmod" and tok.head is not tok:
        tok = tok.head
        return tok if tok.pos_ in ("VERB", "NOUN", "AUX") else None
    for _ in range(6):
        if tok.dep_ not in _UP or tok.head is tok:
            break
        tok = tok.head
        # "the early morning hours of Easter Sunday": a time's noun is no governor
        if tok.pos_ in ("VERB", "NOUN", "AUX") and tok.lemma_.lower() not in _TIME_NOUNS:
            return tok
    return tok if tok.pos_ in ("VERB", "NOUN", "AUX") else None


_TIME_NOUNS = frozenset(["hour", "morning", "night", "evening", "afternoon", "dawn", "day"])


# What an "overnight" before a noun may date: an attack or fighting ("an overnight
# raid"), a security force's work ("during overnight counterterrorism activity", "an
# overnight search", twentieth session); "an overnight stay", "an overnight curfew" date no
# event.
_NIGHT_EVENTS = ATTACK | frozenset(
    ["clash", "fighting", "assault", "offensive", "operation", "violence", "fire", "battle",
     "gunfight", "firefight", "incursion", "bombardment", "riot", "unrest", "attack",
     "activity", "search", "sweep", "arrest", "patrol", "mission", "crackdown"]
)  # fmt: skip


def overnight_modifies_other(doc: Doc, start: int, end: int) -> bool:
    """Whether the "overnight" at ``start``:``end`` qualifies a noun that is no event
    ("an overnight stay", "the overnight shift")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    return tok.dep_ == "amod" and tok.head.lemma_.lower() not in _NIGHT_EVENTS
