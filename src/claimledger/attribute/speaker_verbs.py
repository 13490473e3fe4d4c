"""Who speaks a casualty figure: not the subject of a verb the figure reaches only through a
circumstance of the act.

The learned half of attribution (``model``, trained on PolNeAR, which also annotates
beliefs and positions) adds statements on verbs that may report ("charged", "arrested") with
everything after them as content. In "Detectives charged two brothers after a robbery in
which the cashier was hurt" the detectives act; the hurt cashier is the writer's narrative,
not their claim (``docs/claims-gold.md``). Read from the parse: the path from the figure up to
the statement's verb enters the verb through a preposition of circumstance ("after",
"following", "over", "during"), not through what the verb says or counts. "X recorded a
strike that killed five" (the object's relative clause) stays X's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimledger.records import Attribution

# Prepositions that set a circumstance of the act, not what is said.
_CIRCUMSTANCE = frozenset({"after", "following", "over", "during", "amid", "since", "before"})


def circumstance_only(doc: Doc, att: Attribution, start: int, end: int) -> bool:
    """Whether the figure at ``[start, end)`` reaches the statement's verb only through a
    circumstance ("after a robbery in which ...")."""
    if att.cue is None:
        return False
    cue = doc.char_span(att.cue.start, att.cue.end, alignment_mode="expand")
    fig = doc.char_span(start, end, alignment_mode="expand")
    if cue is None or fig is None or len(cue) != 1:
        return False
    verb, node = cue[0], fig.root
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
    return node.head.i == verb.i and node.dep_ == "prep" and node.lower_ in _CIRCUMSTANCE
