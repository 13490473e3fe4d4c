"""The read-only JSON API: incidents, one incident, one document, downloads.

Input: HTTP query parameters. Output: JSON (or GeoJSON / CSV downloads) built
by ``serve.payload`` from ``claimledger.corpus`` queries; no SQL here. Each
handler is synchronous and runs in the server's thread pool with its
thread's store (``serve.stores``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response

from claimledger.corpus.merge import history as merge_history
from claimledger.corpus.summary import (
    count_incidents,
    document_segments,
    get_document,
    get_incident,
    list_incidents,
)
from claimledger.corpus.timeline import toll_json, toll_timelines
from claimledger.export import FORMATS, format_rows, select_incidents
from claimledger.serve import payload
from claimledger.serve.stores import StorePool
from claimledger.store.base import IncidentQuery

router = APIRouter(prefix="/api")
MAX_LIMIT = 1000

Since = Annotated[str | None, Query(description="Incidents on or after this date (YYYY-MM-DD).")]
Until = Annotated[str | None, Query(description="Incidents on or before this date (YYYY-MM-DD).")]
Country = Annotated[str | None, Query(description="Country name or ISO alpha-2 code.")]
Type = Annotated[str | None, Query(description="Event type or sub-event type (ACLED).")]
Actor = Annotated[str | None, Query(description="Part of an actor's name.")]
Contested = Annotated[bool, Query(description="Only incidents whose sources disagree.")]
Q = Annotated[
    str | None,
    Query(
        description="Words, every one of them (whole words, any case or accents), in the "
        "incident's documents (title, text) or claims (statement, source)."
    ),
]
Bbox = Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat (WGS84 degrees).")]


def _pool(request: Request) -> StorePool:
    pool: StorePool = request.app.state.pool
    return pool


def _date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(
            400, f"{name}: {value!r} is not a date in the form YYYY-MM-DD"
        ) from None


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        lon0, lat0, lon1, lat1 = (float(v) for v in value.split(","))
    except ValueError:
        raise HTTPException(
            400, "bbox: give four numbers min_lon,min_lat,max_lon,max_lat"
        ) from None
    if not (-180 <= lon0 <= lon1 <= 180 and -90 <= lat0 <= lat1 <= 90):
        raise HTTPException(
            400, "bbox: need -180 <= min_lon <= max_lon <= 180 and the same for lat"
        )
    return lon0, lat0, lon1, lat1


async def filters(
    since: Since = None,
    until: Until = None,
    country: Country = None,
    type: Type = None,
    actor: Actor = None,
    contested: Contested = False,
    q: Q = None,
    bbox: Bbox = None,
) -> IncidentQuery:
    """The filter parameters every incident view shares, as one query (a FastAPI dependency).

    ``async``: it only parses, so it runs on the event loop instead of taking a
    worker thread (the endpoints that read the store stay synchronous).
    """
    return IncidentQuery(
        since=_date("since", since),
        until=_date("until", until),
        country=country or None,
        event_type=type or None,
        actor=actor or None,
        contested=contested,
        q=q.strip() if q and q.strip() else None,
        bbox=_bbox(bbox),
    )


Filters = Annotated[IncidentQuery, Depends(filters)]


@router.get("/incidents", summary="List corpus incidents (filtered, by date, paged)")
def incidents(
    request: Request,
    query: Filters,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")] = 50,
    offset: Annotated[int, Query(ge=0, description="Items to skip.")] = 0,
) -> JSONResponse:
    """Corpus incidents matching every filter given, sorted by date, one page at a time.

    The answer holds ``total`` (every match), ``limit``, ``offset`` and ``items``:
    each incident's date, type, place, coordinates, document counts, whether its
    sources disagree and its figures (low / best / high per figure).
    """
    query = dataclasses.replace(query, limit=limit, offset=offset)
    store = _pool(request).get()
    items = [payload.summary_item(s) for s in list_incidents(store, query)]
    # A page that is not full ends the list: its total needs no second query.
    last_page = len(items) < limit and (items or offset == 0)
    total = offset + len(items) if last_page else count_incidents(store, query)
    return JSONResponse({"total": total, "limit": limit, "offset": offset, "items": items})


def _download(
    request: Request, query: IncidentQuery, fmt: str, include_untyped: bool = False
) -> tuple[str, int]:
    """The export's text and how many incidents of no event type it left out."""
    store = _pool(request).get()
    skipped: list[int] = []
    kept = format_rows(
        fmt,
        select_incidents(store, query),
        include_untyped=include_untyped,
        on_skip=lambda inc: skipped.append(inc.row.id),
    )
    buf = io.StringIO()
    FORMATS[fmt](kept, buf)
    return buf.getvalue(), len(skipped)


@router.get("/incidents.geojson", summary="The filtered incidents as GeoJSON")
def incidents_geojson(
    request: Request,
    query: Filters,
) -> Response:
    """Every incident of the filter as an RFC 7946 FeatureCollection (the ``geojson`` export)."""
    body, _ = _download(request, query, "geojson")
    return Response(
        body,
        media_type="application/geo+json",
        headers={"content-disposition": 'attachment; filename="incidents.geojson"'},
    )


@router.get("/incidents.csv", summary="The filtered incidents as ACLED-like or UCDP-like CSV")
def incidents_csv(
    request: Request,
    query: Filters,
    format: Annotated[
        str, Query(pattern="^(acled|ucdp)$", description="acled (default) or ucdp columns.")
    ] = "acled",
    include_untyped: Annotated[
        bool, Query(description="Also write incidents of no event type (not conflict events).")
    ] = False,
) -> Response:
    """Every incident of the filter as CSV (the ``acled-csv`` or ``ucdp-csv`` export).

    Incidents of no event type (deadly events naming no armed attack: a collapse, a
    fire, a stampede) are left out unless ``include_untyped``; the header
    ``x-untyped-left-out`` says how many were."""
    body, skipped = _download(request, query, f"{format}-csv", include_untyped)
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={
            "content-disposition": f'attachment; filename="incidents-{format}.csv"',
            "x-untyped-left-out": str(skipped),
        },
    )


@router.get("/incidents/{incident_id}", summary="One corpus incident in full")
def incident(request: Request, incident_id: int) -> JSONResponse:
    """Estimates, every source's claims (kind, via, hedging, qualifier, document, evidence),
    the documents, the links and their reasons, warnings and the claim timeline; the toll
    over time per figure (``toll``: revisions and each source's latest figure marked); an id
    merged into another answers with the survivor (``redirected_from`` names the id asked),
    ``merged_from`` lists the ids merged into it and ``curation`` the merge/split decisions."""
    store = _pool(request).get()
    inc = get_incident(store, incident_id)
    if inc is None:
        raise HTTPException(404, f"no incident {incident_id}")
    segments = document_segments(store, (d.id for d in inc.documents))
    body = payload.incident(inc, segments)
    # The toll over time, and merges: an absorbed id answers with its survivor.
    body["toll"] = toll_json(toll_timelines(inc.claims))
    body["redirected_from"] = incident_id if incident_id != inc.row.id else None
    body["merged_from"] = store.absorbed_into(inc.row.id)
    body["curation"] = [dataclasses.asdict(d) for d in merge_history(store, inc.row.id)]
    return JSONResponse(body)


@router.get("/documents/{document_id}", summary="One document: text, segments, claim spans")
def document(request: Request, document_id: int) -> JSONResponse:
    """The document's text with its segments (kind, loaded terms) and every claim's span."""
    view = get_document(_pool(request).get(), document_id)
    if view is None:
        raise HTTPException(404, f"no document {document_id}")
    return JSONResponse(payload.document(view))
