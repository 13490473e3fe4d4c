"""People taken whom a pronoun names: "detectives charged two brothers ... after arresting
them" (arrested 2), "questioned three men and later arrested them" (arrested 3).

A plural pronoun that is the object (or the passive subject) of a verb of detention or
abduction counts the people its antecedent counts: the nearest counted person noun before
it in its sentence or the one before ("two brothers", "three men"; read by the parse, a
``nummod`` on a person noun). The antecedent's own verb must count no one: "Police arrested
three men and later charged them" has its count already, and "killed two gunmen and seized
them" never happens. Not read: "them" with no counted antecedent ("arrested them all" after
"the gang"), a singular pronoun (``single_victim`` reads those).

The same reading holds for a killing or a wounding ("surrounded three gunmen ... and killed
them", "stopped two robbers and shot them dead") and for "all of them", "both of them". A
noun of a set counts its members: "the pair were detained" (2), "tracked the trio ... and
arrested them" (3); as a detainee it refers back to people counted before when its
paragraph counts detainees (``figures``: anaphoric).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.casualty_words import casualty, is_person, resolve_shoot
from claimledger.extract.numbers.verb_classes import PEOPLE_SUFFIXES
from claimledger.resources.numwords import parse_quantity

__all__ = [
    "PLURAL_PRONOUNS",
    "SET_NOUNS",
    "by_pronoun",
    "counted_set",
    "set_size",
    "taken_pronoun",
]

PLURAL_PRONOUNS = frozenset({"them", "they"})
# Figures a pronoun's verb may take its antecedent's count into.
_TAKEN = frozenset({"arrested", "abducted", "killed", "injured", "shoot"})
# Nouns of a set of people and their sizes: "the pair", "the trio", "an elderly couple".
SET_NOUNS = {"pair": 2, "duo": 2, "couple": 2, "trio": 3, "quartet": 4}
# Words of a whole before "of them": "all of them", "both of them".
_WHOLE = frozenset({"all", "both"})
# Numbers that count no one between a pronoun and its antecedent ("in 2019", "at 10 pm").
_NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})
# How far back the antecedent may stand (tokens).
_REACH = 60


def taken_pronoun(doc: Doc, tok: Token, lo: int) -> tuple[Token, str, int, Token] | None:
    """(verb, figure, count, antecedent) when ``tok`` is a plural pronoun taken by a verb of
    detention or abduction whose counted antecedent comes before it, else None."""
    if tok.lower_ not in PLURAL_PRONOUNS:
        return None
    arg = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _WHOLE:
        arg = tok.head.head  # "detained all of them"
    verb = arg.head
    if (tok.lower_, arg.dep_) not in (("them", "dobj"), ("they", "nsubjpass")):
        return None
    fig = casualty(verb)
    if fig not in _TAKEN:
        return None
    fig = resolve_shoot(verb) if fig == "shoot" else fig
    start = _previous_sentence_start(doc, lo)
    for k in range(tok.i - 1, max(start, tok.i - _REACH) - 1, -1):
        noun = doc[k]
        n = _counted_people(noun)
        if n is None:
            if noun.pos_ == "NUM" and noun.ent_type_ not in _NOT_COUNTS:
                return None  # another count nearer ("The remaining four injured ... they")
            continue
        # (an item of a list is not the whole the pronoun takes up: "We buried my
        # grandfather and my two aunts. They were killed ..." is three)
        listed = noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)
        return None if listed or _counted_by_own_verb(noun) else (verb, fig, n, noun)
    return None


def by_pronoun(evidence: str) -> bool:
    """Whether a figure's evidence names its people by a plural pronoun alone ("arresting
    them", "They were arrested"): :func:`taken_pronoun`'s figures."""
    words = evidence.lower().split()
    return bool(words) and (words[-1] == "them" or words[0] == "they")


def _previous_sentence_start(doc: Doc, lo: int) -> int:
    """The first token of the spaCy sentence before the one ``lo`` opens (or ``lo``)."""
    if lo == 0:
        return 0
    return doc[lo - 1].sent.start


def counted_set(tok: Token) -> tuple[Token, str, int] | None:
    """(verb, figure, size) when ``tok`` is a set noun of people ("the pair", "the trio")
    that is the passive subject or the object of a verb of detention or abduction."""
    size = SET_NOUNS.get(tok.lower_)
    if size is None or tok.dep_ not in ("nsubjpass", "dobj"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None  # ("a pair of gloves")
    fig = casualty(tok.head)
    return (tok.head, fig, size) if fig in ("arrested", "abducted") else None


def set_size(tok: Token) -> int:
    """How many people one singular noun names: a set noun's size ("an elderly couple" 2,
    "the trio" 3), not one sized by "of" ("a couple of men", "a pair of gloves"); else 1."""
    size = SET_NOUNS.get(tok.lower_)
    if size is None or tok.tag_ != "NN" or any(c.lower_ == "of" for c in tok.children):
        return 1
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return 1 if nxt is not None and nxt.lower_ == "of" else size


def _counted_people(noun: Token) -> int | None:
    """The exact count of a plural person noun ("two brothers", "3 suspects") or of a set
    ("the trio"), or None."""
    if noun.lower_ in SET_NOUNS and any(c.lower_ == "the" for c in noun.children):
        return SET_NOUNS[noun.lower_]
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return None
    nums = [c for c in noun.children if c.dep_ == "nummod"]
    if len(nums) != 1:
        return None
    low = noun.lower_
    if not (is_person(noun) or (len(low) > 4 and low.endswith(PEOPLE_SUFFIXES))):
        return None
    parsed = parse_quantity(nums[0].text)
    if parsed is None or parsed[2] != "exact" or parsed[0] is None or parsed[0] != parsed[1]:
        return None
    return parsed[0] if parsed[0] > 1 else None


def _counted_by_own_verb(noun: Token) -> bool:
    """Whether the antecedent's own verb is a casualty word: its count is a figure already
    ("arrested three men and later charged them", "two men were detained")."""
    head = noun.head
    while head.dep_ in ("prep", "agent") or head.pos_ == "ADP":
        head = head.head
    return casualty(head) is not None
