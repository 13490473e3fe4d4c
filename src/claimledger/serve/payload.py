"""The JSON shapes of the API: corpus records -> plain dicts.

Input: ``IncidentSummary``, ``CorpusIncident`` and ``DocumentView`` records
(``claimledger.corpus.summary``). Output: JSON-ready dicts. Nothing here
escapes HTML: the page inserts every string as text (``textContent``), never
as markup, so the API hands strings back exactly as stored.
"""

from __future__ import annotations

from typing import Any

from claimledger.corpus.summary import (
    CorpusIncident,
    DocumentView,
    FigureSummary,
    IncidentSummary,
)
from claimledger.export._actors import sides, suspected_names
from claimledger.records import STATED, SUSPECTED, Evidence
from claimledger.store.base import (
    CorpusIncidentRow,
    FigureRow,
    SegmentRow,
    StoredClaim,
    StoredDocument,
    StoredIncident,
    WarningRow,
)


def incident_row(r: CorpusIncidentRow) -> dict[str, Any]:
    """The merged description of a corpus incident."""
    return {
        "id": r.id,
        "date": r.date,
        "date_precision": r.date_precision,
        "date_start": r.date_start,
        "date_end": r.date_end,
        "event_type": r.event_type,
        "sub_event_type": r.sub_event_type,
        "location": r.location,
        "city": r.city,
        "admin1": r.admin1,
        "country": r.country,
        "country_code": r.country_code,
        "lat": r.latitude,
        "lon": r.longitude,
        "n_documents": r.n_documents,
        "n_independent_documents": r.n_independent_documents,
        "contested": r.contested,
    }


def _figure_row(f: FigureRow) -> dict[str, Any]:
    return {
        "low": f.low,
        "best": f.best,
        "high": f.high,
        "n_sources": f.n_sources,
        "contested": f.contested,
        "rule": f.rule,
    }


def summary_item(s: IncidentSummary) -> dict[str, Any]:
    """One item of ``GET /api/incidents``."""
    return {**incident_row(s.row), "figures": {f.figure: _figure_row(f) for f in s.figures}}


def segment_kind(segments: tuple[SegmentRow, ...], offset: int) -> str | None:
    """The kind of the segment holding ``offset`` (None outside every segment)."""
    for s in segments:
        if s.start <= offset < s.end:
            return s.kind
    return None


def critical(segments: tuple[SegmentRow, ...]) -> dict[str, Any]:
    """What a critical reading flags in a document: opinion segments, loaded terms."""
    terms: list[str] = []
    for s in segments:
        terms += [t for t in s.loaded_terms if t not in terms]
    return {
        "opinion_segments": sum(1 for s in segments if s.kind == "opinion"),
        "quote_segments": sum(1 for s in segments if s.kind == "quote"),
        "loaded_terms": terms,
    }


def claim(c: StoredClaim, segments: tuple[SegmentRow, ...] = ()) -> dict[str, Any]:
    """A claim with its source, document and evidence (and the segment it sits in)."""
    return {
        "id": c.id,
        "figure": c.figure,
        "statement": c.statement,
        "low": c.low,
        "high": c.high,
        "qualifier": c.qualifier,
        "hedged": c.hedged,
        "victims": c.victims,
        "civilian": c.civilian,
        "aggregate": c.aggregate,
        "source": {"name": c.source_name, "kind": c.source_kind, "via": c.source_via},
        "document": {
            "id": c.document_id,
            "external_id": c.external_id,
            "date": c.document_date,
        },
        "corpus_incident_id": c.corpus_incident_id or None,
        "evidence": {
            "start": c.evidence.start,
            "end": c.evidence.end,
            "text": c.evidence.text,
            "sentence": c.sentence or None,
            "extractor": c.evidence.extractor,
            "confidence": c.evidence.confidence,
            "segment": segment_kind(segments, c.evidence.start),
        },
    }


def document_meta(d: StoredDocument) -> dict[str, Any]:
    """A stored document's fields (without its text)."""
    return {
        "id": d.id,
        "external_id": d.external_id,
        "external_ids": list(d.external_ids),
        "title": d.title,
        "url": d.url,
        "source": d.source,
        "date": d.stated_date,
        "duplicate_of": d.duplicate_of,
        "duplicate_similarity": d.duplicate_similarity,
    }


def warning(w: WarningRow) -> dict[str, Any]:
    """A critical-reading warning about a document's date."""
    return {
        "document_id": w.document_id,
        "external_id": w.external_id,
        "message": w.message,
        "evidence_text": w.evidence_text,
    }


def link_evidence(ev: Evidence) -> dict[str, Any]:
    """A follow-up's evidence as the incident and document views both give it."""
    return {
        "start": ev.start,
        "end": ev.end,
        "text": ev.text,
        "extractor": ev.extractor,
        "confidence": ev.confidence,
    }


def _link(i: StoredIncident) -> dict[str, Any]:
    loc = i.location
    return {
        "incident_id": i.id,
        "document_id": i.document_id,
        "external_id": i.external_id,
        "event_type": i.event_type,
        "sub_event_type": i.sub_event_type,
        "date": i.date,
        "date_precision": i.date_precision,
        "location": loc.name if loc else None,
        "actors": [
            {"name": n, "role": r, "certainty": SUSPECTED if n in i.suspected else STATED}
            for n, r in i.actors
        ],
        "score": i.link_score,
        "reason": i.link_reason,
    }


def _figure(f: FigureSummary) -> dict[str, Any]:
    """A reconciled figure and every source's claims for it, side by side."""
    return {
        "figure": f.figure,
        "low": f.low,
        "best": f.best,
        "high": f.high,
        "contested": f.contested,
        "n_sources": f.n_sources,
        "rule": f.rule,
        "sources": [
            {
                "name": p.name,
                "kind": p.kind,
                "low": p.low,
                "high": p.high,
                "qualifier": p.qualifier,
                "hedged": p.hedged,
                "credible": p.credible,
                "document_date": p.document_date,
                "claims": [c.id for c in p.claims],
            }
            for p in f.sources
        ],
    }


def _by_source(
    claims: tuple[StoredClaim, ...], segments: dict[int, tuple[SegmentRow, ...]]
) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str], list[StoredClaim]] = {}
    for c in claims:
        groups.setdefault((c.source_name, c.source_kind), []).append(c)
    return [
        {
            "name": name,
            "kind": kind,
            "claims": [claim(c, segments.get(c.document_id, ())) for c in cs],
        }
        for (name, kind), cs in groups.items()
    ]


def incident_sides(inc: CorpusIncident) -> dict[str, Any]:
    """Who acted on whom, in ACLED's fields (``export/_actors.sides``), with the actors
    every document names only as suspected."""
    s = sides(inc)
    return {
        "actor1": s.actor1 or None,
        "assoc_actor_1": list(s.assoc1),
        "actor2": s.actor2 or None,
        "assoc_actor_2": list(s.assoc2),
        "suspected": sorted(suspected_names(inc)),
    }


def incident(
    inc: CorpusIncident, segments: dict[int, tuple[SegmentRow, ...]] | None = None
) -> dict[str, Any]:
    """``GET /api/incidents/{id}``: everything read about one corpus incident.

    Args:
        inc: the corpus incident.
        segments: each document's segments (for the critical reading), if read.
    """
    segs = segments or {}
    return {
        **incident_row(inc.row),
        "estimates": {name: _figure(f) for name, f in inc.figures.items()},
        "sources": _by_source(inc.claims, segs),
        "documents": [
            {**document_meta(d), "critical": critical(segs.get(d.id, ()))} for d in inc.documents
        ],
        "sides": incident_sides(inc),
        "links": [_link(i) for i in inc.incidents],
        # Documents reading no incident, attached as its follow-ups (corpus/link_followup.py).
        "followups": [
            {
                **document_meta(f.document),
                "reason": f.reason,
                "score": f.score,
                "evidence": link_evidence(f.evidence),
            }
            for f in inc.followups
        ],
        "warnings": [warning(w) for w in inc.warnings],
        # How far to trust it (docs/grading.md): grade, reasons, independent sources.
        "grade": inc.grade,
        "grade_reasons": list(inc.grade_reasons),
        "independent_sources": [
            {
                "name": s.name,
                "kind": s.kind,
                "relays": list(s.relays),
                "n_claims": len(s.claim_ids),
                "document_ids": list(s.document_ids),
            }
            for s in inc.sources
        ],
        "timeline": [
            {
                "date": t.date,
                "figure": t.figure,
                "low": t.low,
                "high": t.high,
                "qualifier": t.qualifier,
                "source": {"name": t.source_name, "kind": t.source_kind},
                "external_id": t.external_id,
                "hedged": t.hedged,
            }
            for t in inc.timeline
        ],
    }


def document(view: DocumentView) -> dict[str, Any]:
    """``GET /api/documents/{id}``: the text, its segments and where each claim sits."""
    return {
        **document_meta(view.document),
        "text": view.text,
        "segments": [
            {"start": s.start, "end": s.end, "kind": s.kind, "loaded_terms": list(s.loaded_terms)}
            for s in view.segments
        ],
        "claims": [claim(c, view.segments) for c in view.claims],
        "critical": critical(view.segments),
        "warnings": [warning(w) for w in view.warnings],
        # a document reading no incident: the one it follows up (corpus/link_followup.py)
        "followup_of": None
        if view.followup_of is None
        else {
            "corpus_incident_id": view.followup_of.corpus_incident_id,
            "reason": view.followup_of.reason,
            "score": view.followup_of.score,
            "evidence": link_evidence(view.followup_of.evidence),
        },
    }
