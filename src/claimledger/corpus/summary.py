"""Reconciliation per corpus incident, claim timelines and store queries.

Input: the claims and document-level incidents a ``Store`` holds for a corpus
incident. Output: ``FigureSummary`` (low / best / high per figure with every
source's position), ``TimelinePoint`` rows, ``CorpusIncident`` (everything
``show`` and the exports need) and ``IncidentSummary`` rows for listings.

The rules, modelled on the UCDP GED codebook, are written out in
``docs/reconciliation.md``; the ``rule`` string of each figure says which
applied.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from claimledger.corpus.independence import (
    IndependentSource,
    grade_corpus_incident,
    independent_sources,
    origin_keys,
)
from claimledger.options import DEFAULT_MODEL
from claimledger.records import Evidence
from claimledger.store.base import (
    CorpusGradeRow,
    CorpusIncidentRow,
    CorpusSourceRow,
    FigureRow,
    FollowupRow,
    IncidentQuery,
    SegmentRow,
    Store,
    StoredClaim,
    StoredDocument,
    StoredIncident,
    WarningRow,
)

# Who counts bodies best. Those who see and list the dead without being a party
# (hospitals, morgues, monitoring NGOs) first; civil authorities next; parties to
# the fight, outlets, witnesses and families then; unnamed, partisan and
# unattributed voices last.
RELIABILITY_TIER: dict[str, int] = {
    "medical": 1,
    "ngo": 1,
    "official": 2,
    "military": 3,
    "media": 3,
    "witness": 3,
    "family": 3,
    "anonymous": 4,
    "partisan": 4,
    "social_media": 4,
    "author": 4,
}
# Kinds whose name does not identify one speaker across documents ("a security
# source" in two papers may be two people): each document is its own source.
_PER_DOCUMENT_KINDS = frozenset({"anonymous", "author"})
_INDEFINITE = re.compile(r"^(?:a|an|one|some|two|three|several)\s", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_SENTENCE_END = re.compile(r"[.!?\n]")
# The grade of a corpus incident reads its cues in at most this many original
# documents, this many characters each (a refresh stays bounded on big incidents).
GRADE_DOCUMENTS = 30
GRADE_CHARS = 20_000


@dataclass(frozen=True)
class SourcePosition:
    """What one source says about one figure, after revisions and relays."""

    key: str  # identity used to count the source once
    name: str
    kind: str
    low: int | None
    high: int | None
    value: int | None  # the point value used for ``best``
    qualifier: str | None
    hedged: bool
    credible: bool  # not hedged and not vague
    document_date: str | None  # date of the document of the position
    claims: tuple[StoredClaim, ...]  # every claim of this source, oldest first


@dataclass(frozen=True)
class FigureSummary:
    """Low / best / high of one figure across independent sources."""

    figure: str
    low: int | None
    best: int | None
    high: int | None
    contested: bool
    n_sources: int
    rule: str
    sources: tuple[SourcePosition, ...]

    def as_row(self) -> FigureRow:
        """The stored form."""
        return FigureRow(
            self.figure, self.low, self.best, self.high, self.n_sources, self.contested, self.rule
        )


@dataclass(frozen=True)
class TimelinePoint:
    """One claimed figure at its document's date."""

    date: str | None
    figure: str
    low: int | None
    high: int | None
    qualifier: str | None
    source_name: str
    source_kind: str
    external_id: str
    hedged: bool


@dataclass(frozen=True)
class FollowupDocument:
    """A document that reads no incident of its own, attached to this one as its
    follow-up (``corpus/link_followup.py``: an arrest or a plea naming the victim, a
    report on the same street block): not one of its documents, and none of its
    figures; listed so a reader sees every report of the event."""

    document: StoredDocument
    reason: str
    score: float
    evidence: Evidence  # the name or address in the follow-up's text


@dataclass(frozen=True)
class CorpusIncident:
    """A corpus incident with everything read about it."""

    row: CorpusIncidentRow
    incidents: tuple[StoredIncident, ...]
    documents: tuple[StoredDocument, ...]
    claims: tuple[StoredClaim, ...]
    figures: dict[str, FigureSummary]
    timeline: tuple[TimelinePoint, ...]
    warnings: tuple[WarningRow, ...]
    # How far to trust it (reconcile/grade.py, docs/grading.md) and its independent
    # sources with the relays folded under each (corpus/independence.py).
    grade: str | None = None
    grade_reasons: tuple[str, ...] = ()
    sources: tuple[IndependentSource, ...] = ()
    followups: tuple[FollowupDocument, ...] = ()


@dataclass(frozen=True)
class IncidentSummary:
    """One line of ``claimledger incidents``."""

    row: CorpusIncidentRow
    figures: tuple[FigureRow, ...]


def source_key(claim: StoredClaim) -> str:
    """The identity under which a source is counted once."""
    name = _ARTICLE.sub("", " ".join(claim.source_name.lower().split()))
    if claim.source_kind in _PER_DOCUMENT_KINDS or _INDEFINITE.match(claim.source_name.strip()):
        # Near-duplicates share their original's id, so a copy is not a new source.
        return f"{claim.source_kind}:{name}@{claim.canonical_document_id}"
    return f"{claim.source_kind}:{name}"


def _bounds(c: StoredClaim) -> tuple[int | None, int | None]:
    low = c.low if c.low is not None else c.high
    high = c.high if c.high is not None else c.low
    return low, high


def _point(c: StoredClaim) -> int | None:
    low, high = _bounds(c)
    if low is None or high is None:
        return low if low is not None else high
    return (low + high) // 2


def _position(key: str, claims: list[StoredClaim]) -> SourcePosition:
    """A source's current position: its latest document; in it, its largest figure.

    Within one document a smaller figure of the same source is usually a subset
    ("12 dead, among them 3 children"); a later document supersedes an earlier
    one (a revised toll).
    """
    latest_date = max((c.document_date or "") for c in claims)
    latest_doc = max(c.document_id for c in claims if (c.document_date or "") == latest_date)
    in_latest = [c for c in claims if c.document_id == latest_doc]
    credible = [c for c in in_latest if not c.hedged and c.qualifier != "vague"]
    pick = max(credible or in_latest, key=lambda c: (_bounds(c)[1] or -1, -c.id))
    low, high = _bounds(pick)
    return SourcePosition(
        key=key,
        name=pick.source_name,
        kind=pick.source_kind,
        low=low,
        high=high,
        value=_point(pick),
        qualifier=pick.qualifier,
        hedged=pick.hedged,
        credible=not pick.hedged and pick.qualifier != "vague",
        document_date=pick.document_date,
        claims=tuple(sorted(claims, key=lambda c: ((c.document_date or ""), c.id))),
    )


def reconcile_figure(
    figure: str, claims: Sequence[StoredClaim], keys: Mapping[int, str] | None = None
) -> FigureSummary:
    """Low / best / high of one figure from the claims of every independent source.

    Args:
        figure: the figure name (killed, injured, ...).
        claims: its claims across the corpus incident's documents.
        keys: claim id -> origin (``independence.origin_keys`` over all the
            incident's claims); computed from ``claims`` alone when None.

    Returns:
        The summary; ``rule`` names the rule applied (see docs/reconciliation.md).
    """
    keys = keys if keys is not None else origin_keys(claims)
    by_source: dict[str, list[StoredClaim]] = {}
    for c in claims:
        if _bounds(c)[0] is not None:
            by_source.setdefault(keys.get(c.id) or source_key(c), []).append(c)
    positions = [_position(k, cs) for k, cs in sorted(by_source.items())]
    if not positions:
        return FigureSummary(figure, None, None, None, False, 0, "no figure", ())
    used = [p for p in positions if p.credible]
    rule = "credible sources"
    if not used:
        used, rule = positions, "only hedged or vague claims"
    low = min(p.low for p in used if p.low is not None)
    high = max(p.high for p in used if p.high is not None)
    tier = min(RELIABILITY_TIER.get(p.kind, 4) for p in used)
    values = sorted(
        p.value for p in used if RELIABILITY_TIER.get(p.kind, 4) == tier and p.value is not None
    )
    # The lower median: with two equally reliable sources, the conservative one.
    best = min(max(values[(len(values) - 1) // 2], low), high)
    contested = len({(p.low, p.high) for p in used}) > 1
    rule = f"{rule}; best = median of tier-{tier} sources ({len(values)})"
    return FigureSummary(figure, low, best, high, contested, len(positions), rule, tuple(positions))


def reconcile_claims(
    claims: Iterable[StoredClaim], outlets: Mapping[int, str | None] | None = None
) -> dict[str, FigureSummary]:
    """``reconcile_figure`` for every figure the claims mention, over independent sources;
    a statistic over a period or an area (``aggregate``) is not counted, as the document
    level does not count it (``reconcile.estimates``).

    Args:
        claims: a corpus incident's claims.
        outlets: canonical document id -> outlet (``StoredDocument.source``).
    """
    claims = list(claims)
    keys = origin_keys(claims, outlets)
    by_figure: dict[str, list[StoredClaim]] = {}
    for c in claims:
        if c.figure is not None and not c.aggregate:  # a statistic is listed, not counted
            by_figure.setdefault(c.figure, []).append(c)
    return {f: reconcile_figure(f, cs, keys) for f, cs in sorted(by_figure.items())}


def claim_timeline(claims: Iterable[StoredClaim]) -> tuple[TimelinePoint, ...]:
    """Every figure claimed, by document date (identical relays on one date shown once;
    statistics over a period or an area left out: they are no toll of this incident)."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for c in sorted(claims, key=lambda c: ((c.document_date or ""), c.id)):
        if c.figure is None or c.aggregate:
            continue
        key = (c.document_date, c.figure, c.low, c.high, source_key(c))
        if key in seen:
            continue
        seen.add(key)
        out.append(
            TimelinePoint(
                c.document_date,
                c.figure,
                c.low,
                c.high,
                c.qualifier,
                c.source_name,
                c.source_kind,
                c.external_id,
                c.hedged,
            )
        )
    return tuple(out)


def _mode(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    top = max(counts.values())
    return min(v for v, n in counts.items() if n == top)


def summarise(
    corpus_incident_id: int,
    incidents: Sequence[StoredIncident],
    canonical: dict[int, int],
    figures: dict[str, FigureSummary],
) -> CorpusIncidentRow:
    """The merged description of a corpus incident from its document-level incidents.

    Args:
        corpus_incident_id: its id.
        incidents: the linked document-level incidents.
        canonical: document id -> the document it duplicates (or itself).
        figures: the reconciled figures.

    Returns:
        The row to store: most common type and place, the date of the finest
        precision given (most common value), its earliest and latest values.
    """
    event_type = _mode(i.event_type for i in incidents)
    sub = _mode(i.sub_event_type for i in incidents if i.event_type == event_type)
    dated = [i for i in incidents if i.date]
    best_rank = min((_PRECISION_RANK.get(i.date_precision or "year", 3) for i in dated), default=3)
    finest = [i for i in dated if _PRECISION_RANK.get(i.date_precision or "year", 3) == best_rank]
    dates = sorted(i.date for i in finest if i.date)
    located = [i.location for i in incidents if i.location is not None]
    with_coords = [loc for loc in located if loc.lat is not None] or located
    names = _mode(loc.name for loc in with_coords)
    loc = next((x for x in with_coords if x.name == names), None)
    docs = {i.document_id for i in incidents}
    return CorpusIncidentRow(
        id=corpus_incident_id,
        event_type=event_type,
        sub_event_type=sub,
        date=_mode(dates),
        date_precision=finest[0].date_precision if finest else None,
        date_start=dates[0] if dates else None,
        date_end=dates[-1] if dates else None,
        location=loc.name if loc else None,
        country=loc.country if loc else None,
        country_code=loc.country_code if loc else None,
        admin1=loc.admin1 if loc else None,
        latitude=loc.lat if loc else None,
        longitude=loc.lon if loc else None,
        n_documents=len(docs),
        n_independent_documents=len({canonical.get(d, d) for d in docs}),
        contested=any(f.contested for f in figures.values()),
        city=loc.city if loc else None,
    )


def refresh(store: Store, corpus_incident_ids: Iterable[int], model: str = DEFAULT_MODEL) -> None:
    """Recompute and store the description, figures and grade of the given corpus incidents.

    Args:
        store: the open store (call inside the transaction that linked them).
        corpus_incident_ids: the corpus incidents that gained documents.
        model: the spaCy pipeline the grade parses the stored texts with (the ingest's
            ``Options.model``).
    """
    for cid in sorted(set(corpus_incident_ids)):
        incidents = store.incidents_of(cid)
        claims = store.claims_of(cid)
        canonical = {c.document_id: c.canonical_document_id for c in claims}
        for i in incidents:
            if i.document_id not in canonical:
                d = store.get_document(i.document_id)
                canonical[d.id] = d.duplicate_of or d.id
        docs = [store.get_document(d) for d in sorted({i.document_id for i in incidents})]
        outlets = document_outlets(store, docs, claims)
        figures = reconcile_claims(claims, outlets)
        row = summarise(cid, incidents, canonical, figures)
        store.update_corpus_incident(row, [f.as_row() for f in figures.values()])
        if docs:
            texts = grading_texts(store, docs)
            grade, reasons, sources = grade_corpus_incident(claims, outlets, texts, model=model)
            store.set_corpus_grade(CorpusGradeRow(cid, grade, reasons, _source_rows(sources)))
        else:  # merged into another incident: its grade is the survivor's now
            store.drop_corpus_grade(cid)


def grading_texts(store: Store, docs: Sequence[StoredDocument]) -> list[str]:
    """The texts a corpus incident's grade reads its cues in: its original documents
    (near-duplicate copies left out), the first GRADE_DOCUMENTS, each cut at GRADE_CHARS."""
    ids = {d.id for d in docs}
    originals = [d.id for d in docs if d.duplicate_of not in ids][:GRADE_DOCUMENTS]
    return [store.document_text(d)[:GRADE_CHARS] for d in originals]


def _source_rows(sources: Sequence[IndependentSource]) -> tuple[CorpusSourceRow, ...]:
    return tuple(
        CorpusSourceRow(s.key, s.name, s.kind, s.relays, len(s.claim_ids), s.document_ids)
        for s in sources
    )


def list_incidents(store: Store, filters: IncidentQuery | None = None) -> list[IncidentSummary]:
    """Corpus incidents matching the filters, by date, with their stored figures.

    Args:
        store: the open store.
        filters: dates, country, place, actor, type, contested only.

    Returns:
        One summary per corpus incident.
    """
    rows = store.query_corpus_incidents(filters or IncidentQuery())
    figures = store.figures_of_many([r.id for r in rows])
    return [IncidentSummary(r, tuple(figures.get(r.id, ()))) for r in rows]


def count_incidents(store: Store, filters: IncidentQuery | None = None) -> int:
    """How many corpus incidents match the filters (the total behind a page)."""
    return store.count_corpus_incidents(filters or IncidentQuery())


def document_segments(
    store: Store, document_ids: Iterable[int]
) -> dict[int, tuple[SegmentRow, ...]]:
    """The segments of each document (headline, reporting, quote, opinion; loaded terms)."""
    return {d: tuple(store.segments_of(d)) for d in sorted(set(document_ids))}


@dataclass(frozen=True)
class DocumentView:
    """One stored document with its text, segments, claims and date warnings."""

    document: StoredDocument
    text: str
    segments: tuple[SegmentRow, ...]
    claims: tuple[StoredClaim, ...]  # in text order; corpus_incident_id 0 when unlinked
    warnings: tuple[WarningRow, ...]
    # the incident it follows up when it reads none of its own (corpus/link_followup.py),
    # its corpus incident resolved to the survivor of a merge
    followup_of: FollowupRow | None = None


def get_document(store: Store, document_id: int) -> DocumentView | None:
    """A document as a reader sees it: the text and where each claim sits in it.

    Args:
        store: the open store.
        document_id: the store's id of the document.

    Returns:
        The view, or None when there is no such document.
    """
    if not store.has_document(document_id):
        return None
    followup = store.followup_of(document_id)
    if followup is not None:
        cid = store.resolve_corpus_incident(followup.corpus_incident_id)
        followup = replace(followup, corpus_incident_id=cid)
    return DocumentView(
        document=store.get_document(document_id),
        text=store.document_text(document_id),
        segments=tuple(store.segments_of(document_id)),
        claims=tuple(store.claims_of_document(document_id)),
        warnings=tuple(store.warnings_of([document_id])),
        followup_of=followup,
    )


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) around a span."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    m = _SENTENCE_END.search(text, end)
    right = m.end() if m else len(text)
    return text[left:right].strip()


def get_incident(store: Store, corpus_incident_id: int) -> CorpusIncident | None:
    """A corpus incident with every source's claims, documents, timeline and warnings.

    Args:
        store: the open store.
        corpus_incident_id: the id ``incidents`` shows; an id merged into another
            answers with the survivor (``row.id`` then differs from it).

    Returns:
        The incident, or None when there is no such id.
    """
    corpus_incident_id = store.resolve_corpus_incident(corpus_incident_id)
    row = store.get_corpus_incident(corpus_incident_id)
    if row is None or row.n_documents == 0:
        return None
    incidents = store.incidents_of(corpus_incident_id)
    doc_ids = sorted({i.document_id for i in incidents})
    docs = tuple(store.get_document(d) for d in doc_ids)
    texts = {d: store.document_text(d) for d in doc_ids}
    claims = tuple(
        replace(c, sentence=_sentence(texts[c.document_id], c.evidence.start, c.evidence.end))
        for c in store.claims_of(corpus_incident_id)
    )
    outlets = document_outlets(store, docs, claims)
    # the grade stored by the last refresh (parsed with the ingest's model); recomputed with
    # the default model only for a store that holds none (written before schema 2)
    stored = store.corpus_grade(corpus_incident_id)
    if stored is not None:
        grade, reasons = stored.grade, stored.reasons
        # the origins the stored grade kept (its toll rule needed a parse this read lacks)
        sources = independent_sources(claims, outlets, kept={s.key for s in stored.sources})
    else:
        grade, reasons, sources = grade_corpus_incident(claims, outlets, grading_texts(store, docs))
    return CorpusIncident(
        row=row,
        incidents=tuple(incidents),
        documents=docs,
        claims=claims,
        figures=reconcile_claims(claims, outlets),
        timeline=claim_timeline(claims),
        warnings=tuple(store.warnings_of(doc_ids)),
        grade=grade,
        grade_reasons=reasons,
        sources=sources,
        followups=tuple(
            FollowupDocument(store.get_document(f.document_id), f.reason, f.score, f.evidence)
            for f in store.followups_of(corpus_incident_id)
        ),
    )


def document_outlets(
    store: Store, docs: Iterable[StoredDocument], claims: Iterable[StoredClaim]
) -> dict[int, str | None]:
    """Outlet (``source``) of every document the claims count under, originals included."""
    outlets: dict[int, str | None] = {d.id: d.source for d in docs}
    for c in claims:
        if c.canonical_document_id not in outlets:
            outlets[c.canonical_document_id] = store.get_document(c.canonical_document_id).source
    return outlets


def iter_incidents(store: Store) -> Iterable[CorpusIncident]:
    """Every corpus incident in full, by date (for exports)."""
    for cid in store.corpus_incident_ids():
        inc = get_incident(store, cid)
        if inc is not None:
            yield inc


def document_incident(store: Store, document_id: int) -> int | None:
    """The corpus incident a document mainly reports (its first incident's).

    A document without an incident of its own reports the one it was attached to as
    a follow-up (``link_followup``: a name or an address shared), else none, even when it
    near-duplicates another (``StoredDocument.duplicate_of``): a copy of an
    article reads the article's incidents, so a copy that reads none shares
    the other's boilerplate, not its event (a paywall, login or social-media
    page of the same outlet; ingest lists such documents, ``IngestReport``).

    Args:
        store: the open store.
        document_id: a stored document.

    Returns:
        The corpus incident id, or None when the document reports none.
    """
    feats_all = store.link_features(document_id)
    for feats in feats_all:
        if feats.corpus_incident_id is not None:
            return feats.corpus_incident_id
    if not feats_all:  # no incident read: the incident it follows up, if attached
        attached = store.followup_of(document_id)
        if attached is not None:
            return store.resolve_corpus_incident(attached.corpus_incident_id)
    return None
