"""Cutting a statement's content at a headline's line break or a glued sentence break.

Used by the rule finder (``find.py``) and the learned model (``model.py``) on every statement
they keep; moved out of ``resolve.py`` (at its line limit) in the seventeenth session.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.attribute.naming import GLUED
from claimledger.attribute.sources import CUE_VERBS
from claimledger.attribute.spans import Found, trim


def cut_at_headline_break(text: str, item: Found) -> None:
    """Stop a content at a line break that ends a headline (no final punctuation)."""
    start, end = item.content
    cue_at = item.cue[0] if item.cue else start
    colon = text.rfind(": ", start, end)
    if cue_at >= end and colon >= 0 and len(text[start:colon].split()) <= 6:
        # "Posted by X: Six dead, says the ministry": the words after the colon are said.
        start = colon + 2
        item.content = (start, end)
    if "\n" not in text[start:end]:
        return
    cue_start = item.cue[0] if item.cue else start
    if cue_start <= start:
        brk = text.index("\n", start, end)
        if text[start:brk].rstrip()[-1:] not in '.!?"”':
            item.content = trim(text, start, brk)
    else:
        brk = text.rindex("\n", start, end)
        if text[start:brk].rstrip()[-1:] not in '.!?"”:,':
            item.content = trim(text, brk + 1, end)


def cut_at_glued_sentence(text: str, item: Found) -> bool:
    """Keep a content on its cue's side of a glued sentence break; False when nothing is left."""
    start, end = item.content
    if item.cue is None:
        return True
    cue_start, cue_end = item.cue
    for m in GLUED.finditer(text, min(start, cue_start), max(end, cue_end)):
        b = m.start()
        if start <= b < cue_start:
            start = max(start, b + 1)
        elif cue_end <= b < end:
            end = min(end, b)
    start, end = trim(text, start, end)
    if end - start < 3 and not text[start:end].isdigit():  # (a bare count: "confirmed 5.")
        return False
    item.content = (start, end)
    return True


_COORDINATORS = frozenset({"and", "or"})


def run_on_conjunct(doc: Doc, item: Found) -> None:
    """Run a content that ends on a dangling "and"/"or" on through the count after it.

    "the X Union says at least 40 people were injured and 8 killed in ...": the parse hung
    the elliptic "8 killed" on the reporting verb, so the content stopped at "and"; the
    second count is the same speaker's, and so is "A worker was killed and | three colleagues
    were injured ..., the municipality said". Only a count (a number word opening the
    conjunct) runs on; the conjunct ends where its phrase ends, at the latest at a semicolon,
    a cue after the content or the sentence's end ("...; the interior ministry puts the dead
    at 3" stays the ministry's).
    """
    start, end = item.content
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[-1].lower_ not in _COORDINATORS:
        return
    nxt = span.end
    sent = span[-1].sent
    if nxt >= sent.end or not (doc[nxt].like_num or doc[nxt].pos_ == "NUM"):
        return
    tok = doc[nxt]
    # a cue after the content ("..., the municipality said") closes the conjunct
    cue = doc.char_span(*item.cue, alignment_mode="expand") if item.cue else None
    limit = cue.start if cue is not None and cue.start > nxt else sent.end
    # the largest phrase opening on the count whose head is not the statement's verb
    while tok.head.i != tok.i and nxt <= tok.head.i < limit:
        tok = tok.head
    stop = min(tok.right_edge.i + 1, limit)
    for t in doc[nxt:stop]:
        if t.text == ";":
            stop = t.i
            break
    last = doc[stop - 1]
    item.content = trim(doc.text, start, last.idx + len(last.text))


_CLAUSE_JOINERS = frozenset({"and", "but"})


def around_parenthetical_cue(doc: Doc, item: Found) -> None:
    """Give a cue set inside its sentence the whole sentence it interrupts.

    "Falling debris injured two people, he said, and a woman later died of her wounds": the
    parse hangs "he said" on the sentence's verb (or makes "said" the root, the clause before
    its complement and the one after its conjunct) and the content was one side only; both
    sides are the speaker's. Only for a cue between commas, after a clause, followed by
    "and"/"but" joining a clause with a subject of its own, when neither clause has a
    reporting verb of its own ("Two were hurt, the mayor said, and the governor said three
    died": the mayor's content is the clause before, the governor's clause stays his).
    """
    if item.cue is None:
        return
    cue = doc.char_span(*item.cue, alignment_mode="expand")
    if cue is None or len(cue) != 1:
        return
    verb = cue[0]
    shape = _interrupted(doc, verb)
    if shape is None:
        return
    first, comma, nxt, joined = shape
    if item.content[0] not in (first.idx, doc[nxt].idx) or any(
        _says(t) for t in doc[first.i : comma]
    ):
        return
    if any(_says(c) for c in joined):  # the clause after has its own speaker: the one before
        item.content = trim(doc.text, first.idx, doc[comma].idx)
        return
    last = joined[-1].right_edge
    item.content = trim(doc.text, first.idx, last.idx + len(last.text))


def _interrupted(doc: Doc, verb: Token) -> tuple[Token, int, int, list[Token]] | None:
    """(first token of the clause before, the comma before the cue, the joiner after it, the
    clauses joined after)
    when a cue verb sits between commas inside a sentence ("A, he said, and B")."""
    if verb.dep_ == "parataxis":
        head = verb.head
    elif verb.dep_ == "ROOT" and (before := [c for c in verb.lefts if c.dep_ == "ccomp"]):
        head = verb  # "A, police said, and B": A the complement, B the root's conjunct
        first_clause = before[0]
    else:
        return None
    left = verb.left_edge.i if verb.dep_ == "parataxis" else _subject_start(verb)
    if left is None:
        return None
    if doc[left].text != ",":
        left -= 1
    nxt = verb.right_edge.i + 1 if verb.dep_ == "parataxis" else verb.i + 2
    if nxt >= len(doc) or doc[nxt].lower_ not in _CLAUSE_JOINERS or doc[nxt].head.i != head.i:
        return None
    if left <= 0 or doc[left].text != "," or doc[nxt - 1].text != ",":
        return None  # the cue is set off by commas on both sides, after a clause
    first = head.left_edge if verb.dep_ == "parataxis" else first_clause.left_edge
    if first.i >= left:
        return None
    joined = [
        c
        for c in head.children
        if c.dep_ == "conj" and c.i > nxt and any(s.dep_.startswith("nsubj") for s in c.children)
    ]
    return (first, left, nxt, joined) if joined else None


def _subject_start(verb: Token) -> int | None:
    """The first token of a root cue's subject ("police" in "A, police said, and B")."""
    subj = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    return subj[0].left_edge.i if subj else None


def _says(tok: Token) -> bool:
    """Whether a token is a reporting verb with a subject of its own."""
    return tok.lemma_.lower() in CUE_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
    )
