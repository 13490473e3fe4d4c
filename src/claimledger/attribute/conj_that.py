"""A reporting verb's "that" clause the parse made a conjunct of it, or made the sentence's
root: "The X Times is now reporting, citing a doctor at Y, that 7 children were killed" (the
"citing" aside between the verb and its clause breaks the parse: "killed" becomes a
conjunct of "reporting", with its "that" mark, or the root with "reporting" its clausal
complement). Read after the verb's own complement and a document noun's clause ("said in a
statement that A, and that B": A is the statement's, the conjunct is not the content).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.attribute.spans import subtree_span

__all__ = ["conjunct_that"]


def _that(clause: Token) -> Token | None:
    return next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)


def conjunct_that(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """Character span of the first "that" conjunct after ``verb`` (or of the "that" clause
    the parse made the head of ``verb``), else None."""
    for c in verb.children:
        if c.dep_ == "conj" and c.i > verb.i and _that(c) is not None:
            return subtree_span(doc, c)
    head = verb.head
    mark = _that(head) if verb.dep_ == "ccomp" and head.i > verb.i else None
    if mark is None or mark.i < verb.right_edge.i:
        return None
    # "X is reporting, quoting Y, that 5 were killed": from the mark to the clause's end
    return doc[mark.i].idx, subtree_span(doc, head)[1]
