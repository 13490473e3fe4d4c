"""Crowds: spaCy ``Doc`` -> the subjects of protest and riot verbs, as Protesters or Rioters.

"medical interns protested", "residents held a sit-in" -> Protesters; "youths
pelted stones" -> Rioters. The verbs and nouns are ``role_words`` of
``data/actors.json``; the subject is read from the parse.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimledger.extract.actors.lexicon import ATTACK_NOUNS, role_words
from claimledger.extract.actors.roles import lemma

_PROTEST_VERBS = frozenset(role_words("protest_verbs"))
_PROTEST_NOUNS = frozenset(role_words("protest_nouns"))
_HOLD_VERBS = frozenset(role_words("hold_verbs"))
_RIOT_VERBS = frozenset(role_words("riot_verbs"))
_NOT_CROWD = frozenset({"PRON", "DET"})
_NP_LEFT = frozenset({"amod", "compound", "det", "nummod", "quantmod", "poss", "nmod"})


def crowd_subjects(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """(start, end, "Protesters"|"Rioters") for the subjects of protest and riot verbs."""
    out: list[tuple[int, int, str]] = []
    for verb in _candidate_verbs(doc, text):
        name = _crowd_name(verb)
        if name is None:
            continue
        tok = _crowd_subject(verb)
        if tok is None or tok.pos_ in _NOT_CROWD or _is_weapon(tok):
            continue
        end_tok = tok
        for child in tok.children:
            # "Hundreds of youths": keep the "of" phrase in the evidence.
            if child.dep_ == "prep" and child.lower_ == "of" and child.i > tok.i:
                end_tok = child.right_edge
        start_tok = tok
        for child in tok.children:
            if child.i < start_tok.i and child.dep_ in _NP_LEFT:
                start_tok = child.left_edge
        out.append((start_tok.idx, end_tok.idx + len(end_tok.text), name))
    return out


def _crowd_name(verb: Token) -> str | None:
    """ "Rioters" for a riot verb, "Protesters" for a protest verb (or "held a protest")."""
    verb_lemma = lemma(verb)
    if verb_lemma in _RIOT_VERBS:
        return "Rioters"
    if verb_lemma in _PROTEST_VERBS or (
        (verb_lemma in _HOLD_VERBS or verb.lower_ in _HOLD_VERBS) and _names_protest(verb)
    ):
        return "Protesters"
    return None


# Word forms worth a look: protest and riot verbs, and the nouns of "held a protest".
_CROWD_WORDS = re.compile(
    r"(?<![\w-])(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied|ying)|march\w*|picket\w*|"
    r"gather\w*|assembl\w*|boycott\w*|chant\w*|riot\w*|pelt\w*|"
    r"vandali[sz]\w*|torch\w*|ransack\w*|smash\w*|lynch\w*|sit-ins?|vigils?|"
    r"processions?|blockades?|caravans?|motorcades?)(?![\w-])",
    re.IGNORECASE,
)


def _candidate_verbs(doc: Doc, text: str) -> list[Token]:
    """Verbs that may be protest or riot predicates, found from a regex, not a token loop."""
    verbs: dict[int, Token] = {}
    for m in _CROWD_WORDS.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        tok = span.root
        for _ in range(3):  # noun -> its verb ("held a protest", "took part in a march")
            if tok.pos_ == "VERB":
                verbs.setdefault(tok.i, tok)
                break
            if tok.head.i == tok.i:
                break
            tok = tok.head
    return [verbs[i] for i in sorted(verbs)]


def _is_weapon(token: Token) -> bool:
    """A device or an attack, not people: "a roadside bomb", "the strike"."""
    return token.lower_ in ATTACK_NOUNS or lemma(token) in ATTACK_NOUNS or "bomb" in token.lower_


def _crowd_subject(verb: Token) -> Token | None:
    """The subject of a protest or riot verb."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    head = verb.head
    # The small parser often reads "interns protested in X" as a noun with an acl
    # verb: a past-tense verb hanging off the noun is still its predicate.
    if (
        verb.dep_ == "acl"
        and head.pos_ in ("NOUN", "PROPN")
        and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and head.dep_ == "ROOT"))
    ):
        return head
    return None


def _names_protest(verb: Token) -> bool:
    """The verb's object (or its preposition's object) is a protest noun: "held a sit-in"."""
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and (
            child.lower_ in _PROTEST_NOUNS
            or any(g.dep_ == "compound" and g.lower_ in _PROTEST_NOUNS for g in child.children)
        ):
            return True
        if child.dep_ in ("prep", "prt"):
            if any(g.dep_ == "pobj" and g.lower_ in _PROTEST_NOUNS for g in child.children):
                return True
            if child.lower_ in _PROTEST_NOUNS:
                return True
    return False
