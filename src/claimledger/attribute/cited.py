"""Who a relaying statement cites: "X reported ..., citing rescue workers", "Relaying a
report by Radio Dunmore, the page Y wrote" (the cited speak, the reporter relays)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.attribute.heads import coordinated
from claimledger.attribute.sources import CUE_VERBS
from claimledger.attribute.spans import Found, np_range, sentence_of

__all__ = ["cited", "cited_after", "heard_from"]

# Nouns of a relayed text whose author a "by"/"from" phrase names ("relaying a report by X").
_RELAYED_NOUNS = frozenset("report statement account post tweet bulletin figure".split())  # noqa: SIM905


def _author_of(obj: Token) -> Token:
    """The author of a relayed text ("a report by X": X), else the object itself."""
    if obj.lemma_.lower() in _RELAYED_NOUNS:
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return obj


def _citing(tok: Token) -> bool:
    return tok.lemma_.lower() in ("cite", "quote", "relay") and tok.tag_ == "VBG"


def _under_other_speaker(tok: Token, verb: Token) -> bool:
    """Whether another reporting verb stands between ``tok`` and ``verb`` ("X says ...,
    while Y, citing Z, reports ...": Z is cited by Y, not by X)."""
    node = tok.head
    while node.i != verb.i and node.head.i != node.i:
        if node.lemma_.lower() in CUE_VERBS and node.pos_ in ("VERB", "AUX"):
            return True
        node = node.head
    return False


def cited_after(phrase: Token) -> Token | None:
    """ "According to X, citing Y, ..." / "..., according to X citing Y": the Y of a
    "citing" phrase right after the phrase ``phrase`` heads (or modifying it)."""
    doc = phrase.doc
    i = phrase.right_edge.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    nxt = [doc[i]] if i < len(doc) else []
    for tok in [*nxt, *(c for c in phrase.children if c.dep_ == "acl")]:
        if _citing(tok):
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if objs:
                return _author_of(objs[0])
    return None


def cited(verb: Token) -> Token | None:
    """The object of a "citing X" ("quoting X", "relaying a report by X") phrase under a
    reporting verb or its clause."""
    for tok in verb.subtree:
        # After the verb, or an aside of the verb before it ("X, citing Y, said").
        if (
            _citing(tok)
            and not _under_other_speaker(tok, verb)
            and (
                tok.i > verb.i
                or tok.head.i == verb.i
                # "X, quoting Y, said" parsed as a modifier of the subject X
                or (tok.dep_ == "acl" and tok.head.dep_ == "nsubj" and tok.head.head.i == verb.i)
            )
        ):
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if objs:
                return _author_of(objs[0])
    return None


def heard_from(doc: Doc, tok: Token) -> Found | None:
    """ "Hearing from doctors at X that at least 9 people were killed", "We heard from the
    hospital that ...": what a poster hears from Y is Y's statement (the poster relays it)."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.lower_ not in ("hearing", "heard") or any(c.lower_ not in ("i", "we") for c in subjects):
        return None
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
    objs = [
        c for p in preps for c in p.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")
    ]
    clauses = [
        c for c in tok.children
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]  # fmt: skip
    if not objs or not clauses:
        return None
    first = min(t.i for t in clauses[0].subtree if t.dep_ != "mark")
    last = clauses[0].right_edge
    said = doc[preps[0].i + 1 : first - 1]  # "doctors at Beit Arma hospital"
    return Found(
        sources=[np_range(h, full=True) for h in coordinated(objs[0])],
        content=(doc[first].idx, last.idx + len(last.text)),
        cue=(tok.idx, tok.idx + len(tok.text)),
        sent_start=sentence_of(tok).start_char,
        context=said.text,
    )
