"""Who a relaying statement cites: "X reported ..., citing rescue workers", "Relaying a
report by Radio Dunmore, the page Y wrote" (the cited speak, the reporter relays)."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["cited"]

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


def cited(verb: Token) -> Token | None:
    """The object of a "citing X" ("quoting X", "relaying a report by X") phrase under a
    reporting verb or its clause."""
    for tok in verb.subtree:
        # After the verb, or an aside of the verb before it ("X, citing Y, said").
        if (
            tok.lemma_.lower() in ("cite", "quote", "relay")
            and tok.tag_ == "VBG"
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
