"""Source heads: a token of the parse -> the token of whoever speaks.

Input: a subject, an object of "according to" or the owner of a document
noun, as the finding rules meet them. Output: the token that heads the real
source (through relative pronouns and "a statement from X"), its coordinated
conjuncts, and the platform it was posted on when one is named. Shared by the
reporting-verb rules (``verbs``) and the other cues (``cues``).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.attribute.sources import is_platform
from claimledger.attribute.spans import np_range

# Nouns that carry somebody else's words: the real source is their owner.
DOCUMENT_NOUNS = frozenset(
    """statement report post tweet video message communique communiqué release letter
    interview poll survey study analysis data figures records document memo transcript
    footage bulletin update article results numbers statistics estimates census research
    findings tally count review investigation audit assessment record result number
    figure estimate statistic finding announcement note account""".split()  # noqa: SIM905
)
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})


def is_dateline(tok: Token) -> bool:
    """ "BAGHDAD —": an upper-case place opening a story, which parsers take for a subject."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        tok.is_upper and len(tok.text) > 2 and nxt is not None and nxt.text in ("—", "–", "-", "--")
    )


def coordinated(tok: Token) -> list[Token]:
    """A subject head and its conjuncts ("the army and the police")."""
    heads = [tok]
    for conj in tok.conjuncts:
        if conj.i > tok.i and conj.pos_ in ("NOUN", "PROPN", "PRON"):
            heads.append(conj)
    return heads


def real_source(tok: Token) -> tuple[Token, str | None]:
    """Look through a relative pronoun or a document noun to whoever speaks.

    Returns the source head and the platform it was posted on, if named.
    """
    via: str | None = None
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        tok = tok.head.head
    if tok.lower_ in DOCUMENT_NOUNS or tok.lemma_.lower() in DOCUMENT_NOUNS:
        for child in tok.children:
            if child.dep_ == "compound" and is_platform(child.text):
                via = child.text
        owner = document_owner(tok)
        if owner is not None:
            return owner, via
    return tok, via


def document_owner(noun: Token) -> Token | None:
    """The author of "its statement", "a statement from X", "a post shared by @X"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
        if child.dep_ == "acl":
            for agent in child.children:
                if agent.dep_ == "agent":
                    objs = [c for c in agent.children if c.dep_ == "pobj"]
                    if objs:
                        return objs[0]
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    return None


def np_text(tok: Token) -> str:
    """Text of a noun phrase (see ``np_range``)."""
    start, end = np_range(tok)
    return tok.doc[start:end].text
