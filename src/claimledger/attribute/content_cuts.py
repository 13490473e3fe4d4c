"""Cutting a statement's content at a headline's line break or a glued sentence break.

Used by the rule finder (``find.py``) and the learned model (``model.py``) on every statement
they keep; moved out of ``resolve.py`` (at its line limit) in the seventeenth session.
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimledger.attribute.naming import GLUED
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
