"""A count the victims are said to number after their casualty was told: "killing all those
on board, numbering 15" (killed 15), "arrested the gang members, numbering nine" (arrested 9).

Input: the head token of a number expression. Output: the link ``figures`` takes (casualty
token, figure, victim, confidence), or None. The number is the object of "numbering" or
"totalling", a clause on the casualty verb (advcl) or on the verb's victim (acl); "the
protesters, numbering about 300, marched" counts no victims.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.numbers.casualty_words import casualty, resolve_shoot
from claimledger.extract.numbers.link import dep_casualty

__all__ = ["numbering_count"]

_NUMBERING = frozenset({"numbering", "totalling", "totaling"})
_FIGURES = frozenset({"killed", "injured", "arrested", "abducted"})


def numbering_count(num: Token) -> tuple[Token, str, Token | None, float] | None:
    """The casualty a "numbering N" clause counts the victims of, or None."""
    verb = num.head
    if num.dep_ != "dobj" or verb.lower_ not in _NUMBERING:
        return None
    if verb.dep_ == "advcl":
        cas, victim = verb.head, None
        fig = casualty(cas)
    elif verb.dep_ == "acl":
        found = dep_casualty(verb.head)
        if found is None:
            return None
        (cas, fig), victim = found, verb.head
    else:
        return None
    fig = resolve_shoot(cas) if fig == "shoot" else fig
    return (cas, fig, victim, 0.7) if fig in _FIGURES else None
