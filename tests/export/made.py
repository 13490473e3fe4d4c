"""Corpus incidents built by hand for the export tests (no store, no NLP)."""

from __future__ import annotations

from typing import Any

from claimledger.corpus.summary import CorpusIncident, claim_timeline, reconcile_claims
from claimledger.records import Evidence, Location
from claimledger.store.base import (
    CorpusIncidentRow,
    StoredClaim,
    StoredDocument,
    StoredIncident,
)


def claim(
    i: int,
    low: int,
    high: int | None = None,
    *,
    source: str = "police",
    kind: str = "official",
    civilian: bool = False,
    victims: str | None = None,
    statement: str | None = None,
    figure: str = "killed",
) -> StoredClaim:
    """One stored claim of document ``i`` (ids follow ``i``)."""
    text = statement or f"{low} people were killed"
    return StoredClaim(
        id=i,
        incident_id=i,
        corpus_incident_id=1,
        document_id=i,
        canonical_document_id=i,
        external_id=f"doc-{i}",
        document_date="2024-05-02",
        figure=figure,
        statement=text,
        low=low,
        high=low if high is None else high,
        qualifier="exact",
        source_name=source,
        source_kind=kind,
        source_via=None,
        hedged=False,
        victims=victims,
        civilian=civilian,
        evidence=Evidence(10, 10 + len(text), text, f"doc-{i}", "test", 1.0),
    )


def incident(
    *,
    event: tuple[str, str] = ("Battles", "Armed clash"),
    place: tuple[str, str | None, str | None, str | None] = ("Mosul", "Iraq", "Nineveh", "IQ"),
    coords: tuple[float, float] | None = (36.34, 43.13),
    relation: str | None = "in",
    geonameid: int | None = None,
    actors: tuple[tuple[str, str], ...] = (),
    claims: tuple[StoredClaim, ...] = (),
    documents: tuple[dict[str, Any], ...] = ({},),
    dates: tuple[str, str, str] = ("2024-05-01", "2024-05-01", "day"),
) -> CorpusIncident:
    """A corpus incident of one location with the given parts."""
    name, country, admin1, cc = place
    lat, lon = coords if coords else (None, None)
    loc = Location(name, country, admin1, lat, lon, geonameid, relation, None, cc)
    docs = tuple(
        StoredDocument(
            id=n + 1,
            external_id=d.get("external_id", f"doc-{n + 1}"),
            external_ids=(d.get("external_id", f"doc-{n + 1}"),),
            content_hash=f"h{n}",
            title=d.get("title", f"Report {n + 1}"),
            url=d.get("url"),
            source=d.get("source"),
            path=d.get("path"),
            stated_date="2024-05-02",
            duplicate_of=None,
            duplicate_similarity=None,
        )
        for n, d in enumerate(documents)
    )
    start, end, precision = dates
    incs = tuple(
        StoredIncident(
            d.id, d.id, d.external_id, 1, *event, start, precision, loc, actors, 1.0, "test"
        )
        for d in docs
    )
    figures = reconcile_claims(claims)
    row = CorpusIncidentRow(
        id=7,
        event_type=event[0],
        sub_event_type=event[1],
        date=start,
        date_precision=precision,
        date_start=start,
        date_end=end,
        location=name,
        country=country,
        country_code=cc,
        admin1=admin1,
        latitude=lat,
        longitude=lon,
        n_documents=len(docs),
        n_independent_documents=len(docs),
        contested=any(f.contested for f in figures.values()),
    )
    return CorpusIncident(row, incs, docs, claims, figures, claim_timeline(claims), ())
