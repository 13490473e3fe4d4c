"""Dates of what followed an attack: a funeral, an arrest, a trial, a protest.

"Mourners on Tuesday buried 12 people killed in Sunday's air strike": the incident is
the strike (Sunday); Tuesday dates its funeral. A date whose governing word in the parse
(the verb or noun its "on ..." hangs on, or the noun it is the possessive of) is such a
follow-up, or whose verb's subject or object is one ("A funeral was held on Tuesday"), is
kept but ranked after the dates of the event itself (``incident.py``); alone, it still
dates the incident.
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


def is_follow_up(doc: Doc, start: int, end: int) -> bool:
    """Whether the date at ``start``:``end`` of ``doc`` dates a follow-up of an attack."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    gov = _governor(span.root)
    if gov is None:
        return False
    if gov.lemma_.lower() in ATTACK:
        return False
    words = [gov, *(c for c in gov.children if c.dep_ in _ARGS)]
    # "gathered on Wednesday for the funerals of ..."
    words += [o for c in gov.children if c.lower_ == "for" for o in c.children if o.dep_ == "pobj"]
    if gov.pos_ in ("NOUN", "PROPN") and gov.head is not gov:
        words.append(gov.head)
    return any(w.lemma_.lower() in FOLLOW_UP for w in words)


def _governor(tok: Token) -> Token | None:
    """The verb or noun a date phrase hangs on (through "on", a possessive, ...)."""
    for _ in range(4):
        if tok.dep_ not in _UP or tok.head is tok:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "NOUN", "AUX"):
            return tok
    return tok if tok.pos_ in ("VERB", "NOUN", "AUX") else None
