"""Counts a text states as none: "no one was killed", "no civilian casualties", "None of the 21 crew were hurt".

A stated zero is a figure (low = high = 0, ``negated``) and, attributed, its source's claim
(``docs/claims-gold.md``, *Zeros*): "the ministry said no one was killed" is the ministry's
killed 0, which a monitor sets beside another source's "at least three", as ACLED and UCDP
coders record "no casualties" as 0 fatalities. A zero is said with a word of its figure
("nobody died", "No injuries were reported", "no person was killed") or of harm, which is
none killed and none hurt ("no civilians were harmed", "None of the passengers were harmed",
like "no casualties"; a bare "nobody was harmed" is not, as often a witness's relief for
his own family). A bare "nobody"/"no one" (no noun saying whom) is a zero only when a
source says it ("the governor said no one was killed", "Nobody died, the ministry
insisted", "According to the mayor, nobody was hurt"): in the writer's own narration
("Nobody was injured during the boarding") it is an aside, no one's claim. Not zeros: "nobody else was hurt" (others than those counted), a
count inside a negated partitive ("None of the tanker's 21 crew": no figure at all, the
negation is the zero), "rescued unhurt", "none seriously".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.casualty_words import casualty, figure_of, resolve_shoot
from claimledger.extract.numbers.lexicon import (
    CASUALTY,
    NEG_BEFORE_NOUN,
    NEG_SKIP,
    NEG_SUBJECTS,
    PERSON,
    SPEECH,
)
from claimledger.extract.numbers.link import dep_casualty, right_casualty
from claimledger.extract.numbers.remote import SIDE_NOUNS
from claimledger.extract.numbers.verb_classes import GROUPS, PEOPLE_SUFFIXES, agentive

__all__ = [
    "ANYONE",
    "NEGATED_NOUNS",
    "denied_anyone",
    "NEG_PARTITIVE",
    "narrated_zero",
    "negated_nouns",
    "negated_person",
    "zero_subject",
]

# A count inside a negated partitive counts no one: "None of the tanker's 21 crew were hurt",
# "no one among the 30 workers", "neither of the two guards" (the negation is read as zero).
# The negative subjects are the lexicon's (NEG_SUBJECTS: none, nobody, no-one, noone).
NEG_PARTITIVE = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, sorted(NEG_SUBJECTS)))}|no\sone|"
    r"not\s+(?:a\s+single\s+)?one|neither)\s+(?:of|among)\s+"
    r"(?:(?:the|its|their|his|her|our|these|those|[\w-]+'s?)\s+)*$",
    re.IGNORECASE,
)

NEGATED_NOUNS = frozenset(
    [
        "casualties",
        "casualty",
        "injuries",
        "injury",
        "deaths",
        "death",
        "fatalities",
        "fatality",
        "dead",
        "wounded",
        "injured",
    ]
)
# Harm names no figure: none harmed is none killed and none hurt ("no casualties" too).
_BOTH = ["killed", "injured"]


def negated_nouns(doc: Doc, tok: Token, lo: int) -> list[str] | None:
    """Figures a casualty noun negates: "no injuries", "without casualties", "neither deaths nor injuries"."""
    low = tok.lower_
    if low not in NEGATED_NOUNS:
        return None
    if low in ("dead", "wounded", "injured") and tok.pos_ != "NOUN":
        return None
    k = tok.i - 1
    steps = 0
    while k >= lo and steps < 5:
        t = doc[k]
        if t.lower_ in NEG_BEFORE_NOUN:
            if low in ("casualties", "casualty"):
                return list(_BOTH)
            return [CASUALTY[low]]
        if t.lower_ not in NEG_SKIP:
            return None
        k -= 1
        steps += 1
    return None


def negated_person(tok: Token) -> Token | None:
    """The person noun a subject's "no" negates: "no person was killed", "No soldiers were hurt"."""
    if tok.lower_ != "no" or tok.dep_ != "det":
        return None
    noun = tok.head
    if not 0 < noun.i - tok.i <= 3 or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    lemma = noun.lemma_.lower()
    if noun.lower_ in PERSON or lemma in PERSON or lemma in SIDE_NOUNS:
        return noun
    return noun if _people_by_form(noun) else None


def _people_by_form(noun: Token) -> bool:
    """People no table lists, by the noun's form: a "-man"/"-men" noun ("no guardsmen",
    "no crewmen"), a group of people ("no crew", "no team"), a doer ("no firefighters")."""
    low = noun.lower_
    return (
        (low.endswith(PEOPLE_SUFFIXES) and len(low) > 4 and noun.pos_ == "NOUN")
        or noun.lemma_.lower() in GROUPS
        or agentive(noun)
    )


def zero_subject(doc: Doc, tok: Token, hi: int) -> tuple[Token, list[str]] | None:
    """The casualty word and the figures a negative subject makes zero, or None.

    ``tok`` is "nobody", "none", or the person noun after "no" ("no person was killed");
    "nobody else was hurt" counts the others than those named, no zero.
    """
    if tok.i + 1 < hi and doc[tok.i + 1].lower_ == "else":
        return None
    right = right_casualty(doc, tok.i + 1, hi)
    cas_fig = (right, figure_of(right)) if right is not None else dep_casualty(tok)
    if cas_fig is not None:
        if _among(cas_fig[0]):
            return None  # "No soldiers were among the dead": a part of the dead is none
        if not _named_group(tok) and not _said(cas_fig[0]):
            return None  # a bare "Nobody was injured" in the writer's narration
        fig = resolve_shoot(cas_fig[0]) if cas_fig[1] == "shoot" else cas_fig[1]
        return cas_fig[0], [fig]
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() == "harm" and _named_group(tok):
        return tok.head, list(_BOTH)
    return None


def _among(cas: Token) -> bool:
    """The casualty word names those a part is counted among ("No soldiers were among the
    dead", "no children among those killed"): the negation says who was not among them,
    not that no one died."""
    t = cas
    for _ in range(3):
        if t.lower_ == "among":
            return True
        if t.head is t:
            return False
        t = t.head
    return False


# Verbs by which a source states (or denies) what its clause says.
_SAYING = SPEECH | frozenset(
    {"insist", "deny", "confirm", "announce", "stress", "maintain", "assert", "declare"}
    | {"write", "post", "tweet", "note", "acknowledge", "admit", "quote", "accord"}
)


_BARE = frozenset({"no one", "nobody", "none", "no-one", "noone"})


def narrated_zero(doc: Doc, start: int, end: int, cas: Token) -> bool:
    """Whether the count doc[start:end] is a bare "no one"/"nobody" (not "none of the crew")
    that the writer narrates (no source says it): no zero claim."""
    if doc[start:end].text.lower() not in _BARE:
        return False
    after = doc[end].lower_ if end < len(doc) else ""
    return after not in ("of", "among") and not _said(cas)


def _said(cas: Token) -> bool:
    """Whether a source says the clause of the casualty word ``cas``: a verb of saying above
    it ("said no one was killed"), after it (", the ministry said") or "according to"."""
    if any(a.lemma_.lower() in _SAYING for a in cas.ancestors):
        return True
    return any(
        c.dep_ in ("parataxis", "advcl", "prep") and c.lemma_.lower() in _SAYING
        for c in cas.children
    )


def _named_group(tok: Token) -> bool:
    """Whether a negative subject of harm names whom: "no civilians", "None of the passengers";
    a bare "nobody was harmed" is as often a witness's relief for his own family."""
    if tok.lower_ in ("one", "ones"):  # "no one was harmed": as bare as "nobody"
        return False
    return tok.pos_ == "NOUN" or any(c.lower_ in ("of", "among") for c in tok.children)


# Pronouns of anyone at all: a zero when the clause is denied or negated.
ANYONE = frozenset({"anyone", "anybody"})
# Verbs by which a source says a clause is untrue: "denies that anyone was killed",
# "rejected claims that anybody died".
_DENY = frozenset({"deny", "reject", "dismiss", "refute", "dispute"})


def denied_anyone(tok: Token) -> tuple[Token, list[str]] | None:
    """The casualty word and the figures a source's denial makes zero through "anyone":
    "the ministry denies that anyone was killed", "the army said it did not kill anyone or
    injure anyone" (a verb of saying or denying above the clause: the writer's own "police
    have not arrested anyone" is no one's claim, as a bare "nobody" is not)."""
    if tok.lower_ not in ANYONE or tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    verb = tok.head
    negated = any(c.dep_ == "neg" for c in verb.children)
    # (a negated verb is no casualty to ``casualty``: its word alone says the figure)
    fig = _word_figure(verb) if negated else casualty(verb)
    if fig is None or verb.pos_ not in ("VERB", "ADJ"):
        return None
    # the denial above the clause: its verb, or the noun its verb has ("rejected claims that")
    up = [a for a, _ in zip(verb.ancestors, range(3), strict=False)]
    denied = any(a.lemma_.lower() in _DENY for a in up)
    if not (negated or denied) or not _said(verb):
        return None
    figs = [resolve_shoot(verb) if fig == "shoot" else fig]
    for c in verb.conjuncts:  # "killed or injured"
        f = _word_figure(c) if negated else casualty(c)
        if c.i > verb.i and f is not None and c.dep_ == "conj":
            figs.append(resolve_shoot(c) if f == "shoot" else f)
    return verb, list(dict.fromkeys(figs))


def _word_figure(verb: Token) -> str | None:
    """The figure a verb's word names by itself, its form or its lemma ("kill", "arrested")."""
    return CASUALTY.get(verb.lower_) or CASUALTY.get(verb.lemma_.lower())
