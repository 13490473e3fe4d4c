"""Words of a parsed sentence, walked like a parse tree: the contested detector's view of a
:class:`~claimledger.records.ParsedSentence` (``reconcile/grade_dispute.py``,
``grade_parties.py``).

A :class:`Tok` has the attributes the detector reads (``text``, ``lower_``,
``lemma_``, ``pos_``, ``dep_``, ``i``, ``head``, ``children``, ``subtree``,
``conjuncts``, ``sent``), named and ordered as spaCy's ``Token`` has them, but
built from plain records: no spaCy object reaches ``reconcile/``.

Several readers walk the same sentences of one document (the sources, the accounts, the
disputes, the toll): within :func:`shared_tokens` (the grade of a document holds it) each
sentence's words are built once and handed to every reader, who only reads them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from claimledger.records import ParsedSentence

# The words built in the open share, by sentence (its id; the sentence is kept beside its
# words, so no other sentence takes its id while the share is open).
_SHARED: ContextVar[dict[int, tuple[ParsedSentence, list[Tok]]] | None] = ContextVar(
    "grade_tokens_shared", default=None
)


class Tok:
    """One word of a parsed sentence, with its head and children in the sentence."""

    __slots__ = ("i", "text", "lower_", "lemma_", "pos_", "dep_", "head", "children", "sent")

    def __init__(
        self, i: int, text: str, lower: str, lemma: str, pos: str, dep: str, sent: list[Tok]
    ) -> None:
        self.i = i  # its index in the sentence
        self.text = text
        self.lower_ = lower
        self.lemma_ = lemma
        self.pos_ = pos
        self.dep_ = dep
        self.head: Tok = self
        self.children: tuple[Tok, ...] = ()  # in sentence order
        self.sent = sent  # every word of its sentence

    @property
    def subtree(self) -> list[Tok]:
        """The word and every word below it, in sentence order."""
        out = [self]
        todo = list(self.children)
        while todo:
            t = todo.pop()
            out.append(t)
            todo.extend(t.children)
        return sorted(out, key=lambda t: t.i)

    @property
    def conjuncts(self) -> list[Tok]:
        """The words coordinated with it ("X and Y"), not itself (as spaCy reads them: from
        the first conjunct down its right ``conj`` children)."""
        start = self
        while start.head is not start and start.dep_ == "conj":
            start = start.head
        out = [start]
        for word in out:
            out.extend(c for c in word.children if c.i > word.i and c.dep_ == "conj")
        return [w for w in out if w is not self]

    def __repr__(self) -> str:
        return f"Tok({self.i}, {self.text!r}, {self.dep_}->{self.head.i})"


@contextmanager
def shared_tokens() -> Iterator[None]:
    """Within it, :func:`tokens_of` builds each sentence's words once (a share already open
    goes on: the grade of a document holds it over the grade of each incident)."""
    if _SHARED.get() is not None:
        yield
        return
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)


def tokens_of(sentence: ParsedSentence) -> list[Tok]:
    """The words of a parsed sentence, linked to their heads and children (the same words
    for the same sentence within :func:`shared_tokens`: readers never change them)."""
    shared = _SHARED.get()
    if shared is None:
        return _built(sentence)
    held = shared.get(id(sentence))
    if held is not None and held[0] is sentence:
        return held[1]
    toks = _built(sentence)
    shared[id(sentence)] = (sentence, toks)
    return toks


def _built(sentence: ParsedSentence) -> list[Tok]:
    """The words of a parsed sentence, built from its records (few objects: a word with no
    children shares the empty tuple)."""
    toks: list[Tok] = []
    for i, t in enumerate(sentence.tokens):
        toks.append(Tok(i, t.text, t.lower, t.lemma, t.pos, t.dep, toks))
    kids: dict[int, list[Tok]] = {}
    for tok, rec in zip(toks, sentence.tokens, strict=True):
        if _cut_off(sentence, tok.i):
            tok.dep_ = "ROOT"
        elif 0 <= rec.head < len(toks) and rec.head != tok.i:
            tok.head = toks[rec.head]
            kids.setdefault(rec.head, []).append(tok)
    for at, below in kids.items():
        toks[at].children = tuple(below)
    return toks


def _cut_off(sentence: ParsedSentence, i: int) -> bool:
    """A clause the parser hung on a verb after a semicolon ("Police said a cylinder exploded;
    Front media claimed a drone hit the house": the first clause is no content of "claimed"):
    a clause of its own, its own root."""
    rec = sentence.tokens[i]
    if rec.dep not in ("ccomp", "parataxis") or rec.head <= i:
        return False
    return any(t.text == ";" and t.head == rec.head for t in sentence.tokens[i + 1 : rec.head])


def pobjs(prep: Tok) -> list[Tok]:
    """The objects of a preposition and of those coordinated with it ("by X and by Y")."""
    preps = [prep, *(d for d in prep.children if d.dep_ == "conj" and d.pos_ == "ADP")]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]
