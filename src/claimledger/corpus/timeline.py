"""The toll over time: per figure, every claim by document date, revisions marked.

Input: the claims of a corpus incident (``StoredClaim``, with their sentence
when ``summary.get_incident`` read them). Output: one ``FigureTimeline`` per
figure (killed, injured, ...): its ``TollPoint`` rows in order (document date,
then document, then place in the text), each source's latest figure, and the
revisions.

A point is a **revision** when it changes a figure given before it:

* ``same source``: the same source (``summary.source_key``) gave another value
  for this figure in an earlier document (a ministry's 12, then its 17);
* ``wording``: the sentence says the toll changed ("rose to 40 by evening",
  "climbed to", "revised down to"): it revises the latest earlier point of the
  figure, whoever gave it.

A different value from *another* source without such wording is a
disagreement, not a revision (``FigureSummary.contested`` reports it).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from claimledger.corpus.summary import source_key
from claimledger.store.base import StoredClaim

# Verbs of a toll that changed; "to" (or "at") anchors them to the new figure.
_REVISION_WORDING = re.compile(
    r"\b(?:ris(?:en|es|e)|rose|climb(?:ed|s)?|jump(?:ed|s)?|increas(?:ed|es)|grew|grown|"
    r"swell(?:ed|s)?|mount(?:ed|s)?|reach(?:ed|es)|revis(?:ed|es)\s+(?:up|down|upward|downward)"
    r"(?:ward)?|lower(?:ed|s)?|(?:fell|fallen|dropp(?:ed)?|decreas(?:ed|es))|"
    r"now\s+stands?|updated)\s+(?:to|at)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TollPoint:
    """One claimed figure at its document's date, with what it revises."""

    claim_id: int
    document_id: int
    external_id: str
    date: str | None  # the document's date
    figure: str
    low: int | None
    high: int | None
    value: int | None  # the point value (the middle of a range)
    qualifier: str | None
    source_name: str
    source_kind: str
    source_key: str
    hedged: bool
    latest: bool  # the latest figure of its source
    revision: str | None = None  # "raised" | "lowered" | None
    revises: int | None = None  # the value it revises
    revision_basis: str | None = None  # "same source" | "wording"


@dataclass(frozen=True)
class FigureTimeline:
    """One figure over time: every point, each source's latest, the revisions."""

    figure: str
    points: tuple[TollPoint, ...]

    @property
    def latest(self) -> tuple[TollPoint, ...]:
        """Each source's latest figure, in the order of the sources' latest points."""
        return tuple(p for p in self.points if p.latest)

    @property
    def revisions(self) -> tuple[TollPoint, ...]:
        """The points that raised or lowered a figure given before."""
        return tuple(p for p in self.points if p.revision is not None)


def _value(c: StoredClaim) -> int | None:
    low = c.low if c.low is not None else c.high
    high = c.high if c.high is not None else c.low
    if low is None or high is None:
        return None
    return (low + high) // 2


def revision_wording(claim: StoredClaim) -> bool:
    """Whether the claim's sentence (or statement) says a toll changed."""
    text = f"{claim.statement} {claim.sentence}"
    return _REVISION_WORDING.search(text) is not None


def _order(c: StoredClaim) -> tuple[str, int, int, int]:
    return (c.document_date or "", c.document_id, c.evidence.start, c.id)


def _revision(
    c: StoredClaim, value: int, earlier_by_source: dict[str, tuple[int, int]], last: int | None
) -> tuple[str | None, int | None, str | None]:
    """(raised/lowered, the value revised, the basis) of one point, or three Nones."""
    prev = earlier_by_source.get(source_key(c))
    # Same source, an earlier document: its figure changed.
    if prev is not None and prev[1] != c.document_id and prev[0] != value:
        return ("raised" if value > prev[0] else "lowered"), prev[0], "same source"
    if last is not None and last != value and revision_wording(c):
        return ("raised" if value > last else "lowered"), last, "wording"
    return None, None, None


def figure_timeline(figure: str, claims: Iterable[StoredClaim]) -> FigureTimeline:
    """The timeline of one figure from its claims (claims of other figures are ignored).

    Args:
        figure: killed, injured, ...
        claims: the incident's claims (any order).

    Returns:
        The points in (document date, document, offset) order; identical claims
        of one source in one document, or in a near-duplicate copy of it, are
        shown once.
    """
    ordered = sorted(
        (c for c in claims if c.figure == figure and _value(c) is not None), key=_order
    )
    seen: set[tuple[object, ...]] = set()
    kept: list[StoredClaim] = []
    for c in ordered:
        same = (c.canonical_document_id, source_key(c), c.low, c.high)
        if same not in seen:
            seen.add(same)
            kept.append(c)
    latest_of = _latest_of(kept)
    earlier: dict[str, tuple[int, int]] = {}  # source -> (value, document) so far
    doc_max: dict[int, int] = {}  # document -> its largest value so far
    last: int | None = None  # the figure standing before this point
    points: list[TollPoint] = []
    for c in kept:
        value = _value(c)
        assert value is not None
        if c.document_id in doc_max:
            last = doc_max[c.document_id]
        kind, revises, basis = _revision(c, value, earlier, last)
        key = source_key(c)
        points.append(
            TollPoint(
                claim_id=c.id,
                document_id=c.document_id,
                external_id=c.external_id,
                date=c.document_date,
                figure=figure,
                low=c.low,
                high=c.high,
                value=value,
                qualifier=c.qualifier,
                source_name=c.source_name,
                source_kind=c.source_kind,
                source_key=key,
                hedged=c.hedged,
                latest=latest_of[key] == c.id,
                revision=kind,
                revises=revises,
                revision_basis=basis,
            )
        )
        prev = earlier.get(key)
        if prev is None or prev[1] != c.document_id or value > prev[0]:
            # Within one document a source's largest figure stands for it
            # ("12 dead, among them 3 children").
            earlier[key] = (value, c.document_id)
        doc_max[c.document_id] = max(value, doc_max.get(c.document_id, value))
        last = doc_max[c.document_id]
    return FigureTimeline(figure, tuple(points))


def _latest_of(kept: list[StoredClaim]) -> dict[str, int]:
    """Each source's latest point: in its latest document, its largest figure."""
    best: dict[str, tuple[int, int, int]] = {}  # source -> (document, value, claim id)
    for c in kept:
        key, value = source_key(c), _value(c) or 0
        prev = best.get(key)
        if prev is None or prev[0] != c.document_id or value > prev[1]:
            best[key] = (c.document_id, value, c.id)
    return {k: v[2] for k, v in best.items()}


def toll_timelines(claims: Iterable[StoredClaim]) -> dict[str, FigureTimeline]:
    """``figure_timeline`` for every figure the claims give, by figure name (a statistic
    over a period or an area, ``aggregate``, is no toll of the incident: left out)."""
    items = [c for c in claims if not c.aggregate]
    figures = sorted({c.figure for c in items if c.figure is not None})
    return {f: figure_timeline(f, items) for f in figures}


def describe(point: TollPoint) -> str:
    """A short label of a point's revision: 'raised from 12 (same source)', or ''."""
    if point.revision is None:
        return ""
    return f"{point.revision} from {point.revises} ({point.revision_basis})"


def toll_json(timelines: dict[str, FigureTimeline]) -> dict[str, Any]:
    """The JSON shape of the timelines (the JSON export and the API share it).

    ``{figure: {"points": [...], "latest": [claim ids], "revisions": [claim ids]}}``;
    each point is a ``TollPoint`` as a dict.
    """
    return {
        name: {
            "points": [dataclasses.asdict(p) for p in t.points],
            "latest": [p.claim_id for p in t.latest],
            "revisions": [p.claim_id for p in t.revisions],
        }
        for name, t in timelines.items()
    }
