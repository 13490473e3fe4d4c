"""A body's later mention by its head noun, read from the text: "The centre added that ...".

A monitor named once ("their uncle told the Centre for Documentation of Violations") and
taken up later by its head noun alone ("The centre added that a passer-by was injured")
speaks as that body: its name and kind (``ngo``), not those of a bare "centre" (the
lexicon's fallback, ``official``). The parse-side reading (``resolve``) takes up the bodies
it kept as mentions; this one reads the names the text writes, so a body the parse left as
an object or inside a clause is found too. Input: the text and its claims; output: the
claims whose source is "the <head noun>" with no body of that name given the body named
last before it with that head.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimledger.attribute.resolve import DEFINITE_ORGS
from claimledger.attribute.sources import source_kind
from claimledger.records import Claim

_BARE = re.compile(r"(?i:the)\s+(?P<noun>[a-z]+)")
_WORD = r"[A-Z][\w'’-]*"
# A capitalised name up to its head noun, then "for"/"of" and more capitalised words:
# "the Marun Documentation Centre", "Centre for Documentation of Violations".
_TAIL = rf"(?:\s+(?:for|of)\s+(?:the\s+)?{_WORD}(?:\s+(?:(?:of|for|and|in|on)\s+)?(?:the\s+)?{_WORD}){{0,5}})?"


def _named_before(text: str, noun: str, before: int) -> str | None:
    """The last body named before ``before`` whose head noun is ``noun`` (capitalised, with
    at least one more word than the noun), else None."""
    head = noun[:1].upper() + noun[1:]
    rx = re.compile(rf"(?<![\w'’-])(?:(?:{_WORD}\s+){{1,5}}{head}(?![\w'’-]){_TAIL}|{head}{_TAIL})")
    found = None
    for m in rx.finditer(text, 0, before):
        name = m.group(0)
        if name != head:
            found = name
    return found


def taken_up(text: str, claims: Sequence[tuple[int, Claim]]) -> list[tuple[int, Claim]]:
    """``claims`` with a source named "the centre", "the network", "the observatory" ...
    given to the body the text named before with that head noun (module doc)."""
    out: list[tuple[int, Claim]] = []
    for p, c in claims:
        m = _BARE.fullmatch(" ".join(c.source.name.split()))
        ev = c.source.evidence
        if m is not None and m["noun"].lower() in DEFINITE_ORGS and ev is not None:
            name = _named_before(text, m["noun"].lower(), ev.start)
            if name is not None:
                body = dataclasses.replace(c.source, name=name, kind=source_kind(name))
                c = dataclasses.replace(c, source=body)
        out.append((p, c))
    return out
