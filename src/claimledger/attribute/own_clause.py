"""A counting clause coordinated after a statement, with a subject of its own, is its own.

"The Varnost emergency service said five residents were killed, and the Meliko network later
recorded seven deaths": the parse hangs "recorded" on "killed", inside what the service says,
but "recorded" has its own subject, set off by a comma before "and" (or by "but", "while",
"whereas"): the network speaks the seven deaths. A clause joined without such a break stays
inside the report ("X tweeted that the morgue had received 23 bodies and the hospital had
recorded 10 injured" is X's).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.attribute.sources import CUE_VERBS

_CONTRAST = frozenset({"but", "while", "whereas", "although", "though"})
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "this", "there"})


def inside_report(verb: Token) -> bool:
    """Whether a verb is part of what a reporting verb above it says (the parse's path up
    does not cross a set-off clause with a subject of its own)."""
    node = verb
    while node.head.i != node.i:
        if node.dep_ in ("conj", "advcl") and _own_speaker(node):
            return False
        node = node.head
        if node.lemma_.lower() in CUE_VERBS:
            return True
    return False


def _own_speaker(clause: Token) -> bool:
    """A clause with a named subject of its own, set off from the one before it."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subj is None or subj.lower_ in _PRONOUNS:
        return False
    doc, first = clause.doc, clause.left_edge.i
    lead = [doc[i].lower_ for i in range(max(0, first - 2), first)]
    if clause.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in clause.children)
    return bool(lead) and (lead[-1] in _CONTRAST or lead[-2:] == [",", "and"])
