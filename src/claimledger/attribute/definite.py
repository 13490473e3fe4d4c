"""A body named again by a bare definite noun ("the group", "the agency"): which body named
before it the noun points back to, when its own head is not that noun.

Input: the earlier named sources and mentions (``resolve``'s candidates, each with a
position, a sentence index, a name and, on demand, a kind) and the noun; output the
(name, kind) of the body, or None. "The Harlow Civil Defence said ... In the caption the
agency put the dead at nine": "the agency" is the civil defence, since the latest body named
before it is of the kind the noun alone reads as (an agency, a public body: ``official``).
"the group" keeps its own reading: a force so called is an armed group, not a state's army.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

_LINKS = frozenset({"of", "for", "and", "the", "in", "at", "on"})


class Candidate(Protocol):
    """What ``resolve`` knows of a source or mention named earlier."""

    pos: int
    sent: int
    person: bool

    @property
    def name(self) -> str: ...

    def resolved(self) -> tuple[str, str]: ...


def body_named_before(
    cands: Sequence[Candidate],
    noun: str,
    pos: int,
    sent: int,
    kind_of: Callable[[str], str],
) -> tuple[str, str] | None:
    """The latest body named in full (capitalised words) at most two sentences before ``pos``,
    when the bare noun can name it: "the group" a rights group or an armed one, another noun
    a body of the kind "the <noun>" alone reads as. None when the latest is a person."""
    before = sorted((c for c in cands if c.pos < pos), key=lambda c: c.pos, reverse=True)
    # a name inside another's ("Human Rights" in "the X Observatory for Human Rights") is no body
    spans = [(c.pos, c.pos + len(c.name)) for c in before]
    for cand in before:
        if any(a < cand.pos < b for a, b in spans):
            continue
        if sent - cand.sent > 2 or cand.person:
            return None
        name = re.sub(r"^the\s+", "", cand.name, flags=re.I)
        words = name.split()
        if len(words) > 1 and all(w[:1].isupper() for w in words if w not in _LINKS):
            name, kind = cand.resolved()
            if noun == "group":
                # a force called "the group" is an armed group, not a state's army
                kind = "partisan" if kind == "military" else kind
                return (name, kind) if kind in ("ngo", "partisan") else None
            return (name, kind) if kind == kind_of(f"the {noun}") else None
    return None
