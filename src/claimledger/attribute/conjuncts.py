"""A second reporting verb the parse hangs on a subordinate clause of what is said.

"The mayor said four died when gunmen opened fire, and confirmed that seven were hurt": the
parse may make "confirmed" a conjunct of "opened" (inside the when-clause), so its subject
would be the gunmen; the speaker is the mayor. Used by ``verbs.subject``.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.attribute.sources import CUE_VERBS

__all__ = ["saying_above_subordinate"]

_SUBORDINATORS = frozenset({"when", "as", "after", "before", "because", "since", "until"})


def saying_above_subordinate(verb: Token) -> Token | None:
    """The reporting verb a second reporting verb is coordinated with when the parse hangs it
    on a subordinate clause of what is said ("X said four died when gunmen opened fire, and
    confirmed that seven were hurt": X confirmed, not the gunmen)."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "advcl" or head.lemma_.lower() in CUE_VERBS:
        return None
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS for c in head.children):
        return None
    if not any(c.dep_ == "cc" for c in verb.children) and verb.doc[verb.i - 1].dep_ != "cc":
        return None
    if verb.doc[max(verb.i - 2, 0)].text != "," and verb.doc[max(verb.i - 3, 0)].text != ",":
        return None
    said = head.head
    while said.dep_ in ("ccomp", "conj") and said.lemma_.lower() not in CUE_VERBS:
        said = said.head
    if said.lemma_.lower() in CUE_VERBS and said.i < head.i:
        return said
    return None
