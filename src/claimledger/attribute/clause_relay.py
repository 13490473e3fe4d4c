"""A relayed statement in a clause of its own after a semicolon or a contrasting "while".

"Radio Osk says two died; the Tarn Gazette, quoting a police officer, reports four dead" and
"The office said nine had died, while Vell 24, quoting paramedics, reported a toll of more
than 15": the parse often runs the second clause into the first (the outlet an apposition,
the verb a conjunct of what the first speaker says), so the second clause is read from its
words: an outlet, ", quoting/citing" whom it cites, ", " and a reporting verb; what follows
the verb to the sentence's end is the cited source's statement, the outlet its relay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claimledger.attribute.resolve import outlet_name
from claimledger.attribute.sources import CUE_VERBS
from claimledger.attribute.spans import Found, doc_text, sentence_of, trim

__all__ = ["relayed_after_break", "with_relayed_clauses"]

_CITING = frozenset({"quoting", "citing"})
_PHRASE_MAX = 8
# Where a clause break can stand: found in the text, so only those tokens are looked at.
_BREAK_WORD = re.compile(r";|while|whereas", re.IGNORECASE)


def _phrase_end(doc: Doc, start: int, stop: int) -> int | None:
    """The comma that closes a short noun phrase starting at ``start`` (None if none)."""
    j = start
    while j < stop and doc[j].text != "," and j - start < _PHRASE_MAX:
        j += 1
    if j == start or j >= stop or doc[j].text != ",":
        return None
    return j if any(t.pos_ in ("PROPN", "NOUN") for t in doc[start:j]) else None


def _clause_break(tok: Token) -> bool:
    return tok.text == ";" or (
        tok.lower_ in ("while", "whereas") and tok.i > 0 and tok.doc[tok.i - 1].text == ","
    )


def _breaks(doc: Doc, text: str) -> Iterator[Token]:
    """The clause breaks of ``doc`` in text order, from the places their words stand."""
    for match in _BREAK_WORD.finditer(text):
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) == 1 and _clause_break(span[0]):
            yield span[0]


def relayed_after_break(doc: Doc) -> list[Found]:
    """The statements of relayed clauses after a clause break (module doc)."""
    out: list[Found] = []
    text = doc_text(doc)
    for brk in _breaks(doc, text):
        end = sentence_of(brk).end
        outlet_end = _phrase_end(doc, brk.i + 1, end)
        if outlet_end is None or outlet_end + 2 >= end or doc[outlet_end + 1].lower_ not in _CITING:
            continue
        cited_end = _phrase_end(doc, outlet_end + 2, end)
        if cited_end is None or cited_end + 2 >= end:
            continue
        verb = doc[cited_end + 1]
        if verb.lemma_.lower() not in CUE_VERBS and verb.lemma_.lower() != "put":
            continue
        last = doc[end - 1]
        content = trim(text, doc[cited_end + 2].idx, last.idx + len(last.text))
        if content[1] - content[0] < 3:
            continue
        out.append(
            Found(
                sources=[(outlet_end + 2, cited_end)],
                content=content,
                cue=(verb.idx, verb.idx + len(verb.text)),
                sent_start=sentence_of(brk).start_char,
                context=doc[outlet_end + 2 : cited_end].text,
                via=outlet_name(doc[brk.i + 1 : outlet_end].text),
            )
        )
    return out


def with_relayed_clauses(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with the relayed clauses' statements, which replace the parse's readings of
    their verbs and of their "quoting" (the token before the cited source)."""
    relayed = relayed_after_break(doc)
    if not relayed:
        return found
    quoting = [doc[f.sources[0][0] - 1] for f in relayed]
    cues = {f.cue for f in relayed} | {(t.idx, t.idx + len(t.text)) for t in quoting}
    return [f for f in found if f.cue not in cues] + relayed
