"""A count of part of the people the sentence before counted speaks with its source.

"My uncle says soldiers wounded two boys at the bridge. One of them died in the ambulance.":
"one of them" counts part of the two boys the uncle spoke of; nothing else in the sentence
names who says it, so it is the uncle's account, not the writer's. Input: the text and its
``(position, claim)`` pairs in text order; output: the same pairs with such an author's claim
given to the source of the last figure claim of the sentence just before.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimledger.records import Claim

__all__ = ["part_of_counted"]

_PART = re.compile(
    r"(?:[A-Z][a-z]+|\d+)\s+of\s+(?:them|those|these|the\s+(?:wounded|injured|dead|victims))\b"
)
# One sentence break between the two claims' sentences, nothing else.
_ONE_BREAK = re.compile(r"[^.!?]*[.!?][\"”’']?\s+")


def part_of_counted(text: str, claims: Sequence[tuple[int, Claim]]) -> list[tuple[int, Claim]]:
    """``claims`` with the author's partitive counts given to the previous sentence's source."""
    out = list(claims)
    last: Claim | None = None
    for k, (p, c) in enumerate(out):
        if c.figure is None:
            continue
        if c.source.kind == "author" and last is not None and last.source.kind != "author":
            start = text.rfind(c.statement, 0, c.evidence.start + len(c.statement))
            between = text[last.evidence.end : start] if start >= 0 else ""
            if _PART.match(text, start) and _ONE_BREAK.fullmatch(between):
                c = dataclasses.replace(c, source=last.source)
                out[k] = (p, c)
        last = c
    return out
