"""A reporting verb the tagger read as a plural noun that has a subject of its own: "...,
and the regional governor's office claims nobody died" (the tagger makes "claims" a noun,
yet the parse gives it a nominal subject, "office", and hangs the clause on it). A noun
takes no subject: the word is the verb, and its subject speaks what the clause after it
says. Read by the parse only (the lemma is a reporting verb of the lexicon; a subject
before it; a clause headed by a verb after it).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.attribute.sources import CUE_VERBS
from claimledger.attribute.spans import (
    Found,
    doc_text,
    np_range,
    sentence_of,
    subtree_span,
    trim,
)
from claimledger.attribute.verbs import Quotes, from_verb

_CLAUSES = frozenset({"ccomp", "relcl", "acl"})


def verb_read_as_noun(doc: Doc, tok: Token, quotes: Quotes) -> Found | None:
    """The statement of a subject and a reporting verb tagged as a noun (module doc)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lemma_.lower() not in CUE_VERBS:
        return None
    subs = [c for c in tok.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    clauses = [
        c
        for c in tok.rights
        if c.dep_ in _CLAUSES
        and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    if not subs or not clauses:
        return None
    start, end = subtree_span(doc, clauses[0])
    content = trim(doc_text(doc), start, end)
    found = from_verb(doc, tok, quotes)
    if found is None:  # the parse hung the clause where no content rule looks for it
        subj = subs[-1]
        return Found(
            sources=[np_range(subj)],
            content=content,
            cue=(tok.idx, tok.idx + len(tok.text)),
            sent_start=sentence_of(tok).start_char,
            context=doc[subj.left_edge.i : subj.right_edge.i + 1].text,
        )
    found.content = content
    return found
