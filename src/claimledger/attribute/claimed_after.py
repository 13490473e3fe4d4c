"""Sources named after the claim they made: "Two sisters were reportedly killed when a shell
hit their home. The claim was shared by the Facebook page X and by the girls' uncle."

A sentence opening on the claim as a noun ("The claim", "The report", "The figure", "The
toll", "The news") in a passive of sharing or reporting names, after "by", who made the
claim of the sentence before: the author's figures there become one claim per named source
(the author's copy dropped, as for "was reported by A and B" after a figure:
``corroborated.passive_agent_claims``). Figures another source already holds stay its.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimledger.attribute.corroborated import members
from claimledger.attribute.sources import source_kind
from claimledger.records import Claim, Source

_TOLD_BY = re.compile(
    r"(?:^|(?<=[.!?”\"]))\s*(?:The|This|That|Their|Its)\s+(?:same\s+)?(?:claims?|reports?|figures?"
    r"|toll|account|news|information)\s+(?:was|were|has\s+been|had\s+been)\s+(?:first\s+|also\s+"
    r"|later\s+|initially\s+|originally\s+)?(?:shared|reported|posted|published|relayed|made"
    r"|given|spread|circulated|announced)\s+by\s+(?P<list>[^.;!?]+)",
)
_SENTENCE_END = re.compile(r"[.!?][”\"]?\s+")
# A relative or a local named by a phrase: "the girls' uncle", "a neighbour".
_PERSON_KINDS = frozenset({"family", "witness", "medical"})
# How it was shared, after the name: "in a video interview", "on Facebook".
_MEANS = re.compile(
    r"\s+(?:in|on|via|during|through)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?\S.*$"
)
_PIECES = re.compile(r"\s*,\s*(?:and\s+)?(?:by\s+)?|\s+(?:and|as well as)\s+(?:by\s+)?")
_PERSON = re.compile(r"^(?:the|an?|his|her|their)\s+[\w'’ -]{3,40}$", re.I)


def claimers_after(text: str, claims: Sequence[tuple[int, Claim]]) -> list[tuple[int, Claim]]:
    """``claims`` with the author's figures of the sentence before "The claim was shared by A
    and by B" given to A and B (module doc)."""
    if "by" not in text:
        return list(claims)
    out = list(claims)
    for m in _TOLD_BY.finditer(text):
        sources = _sources(m["list"])
        if not sources:
            continue
        ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start() + 1)]
        lo = ends[-2] if len(ends) > 1 else 0
        new: list[tuple[int, Claim]] = []
        for pos, c in out:
            if (
                c.figure is None
                or c.source.kind != "author"
                or not lo <= c.evidence.start < m.start()
            ):
                new.append((pos, c))
                continue
            new.extend((pos, dataclasses.replace(c, source=s)) for s in sources)
        out = new
    return out


def _sources(listed: str) -> list[Source]:
    """The sources a "by" list names: names by ``corroborated.members``, and a relative or a
    local by a phrase ("the girls' uncle in a video interview")."""
    out = [Source(name=n, kind=k) for n, k in members(listed)]
    for piece in _PIECES.split(listed.strip()):
        piece = _MEANS.sub("", piece.strip(" ,"))
        if _PERSON.match(piece) and not re.search(r"[A-Z@]", piece[1:]):
            kind = source_kind(piece)
            if kind in _PERSON_KINDS:
                out.append(Source(name=piece, kind=kind))
    return out
