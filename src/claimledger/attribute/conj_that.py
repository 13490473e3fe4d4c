"""A reporting verb's "that" clause the parse made a conjunct of it: "The X Times is now
reporting, citing a doctor at Y, that 7 children were killed" (the "citing" aside between
the verb and its clause breaks the parse: "killed" becomes a conjunct of "reporting", with
its "that" mark). Read after the verb's own complement and a document noun's clause ("said
in a statement that A, and that B": A is the statement's, the conjunct is not the content).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.attribute.spans import subtree_span

__all__ = ["conjunct_that"]


def conjunct_that(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """Character span of the first "that" conjunct after ``verb``, else None."""
    for c in verb.children:
        if (
            c.dep_ == "conj"
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ):
            return subtree_span(doc, c)
    return None
