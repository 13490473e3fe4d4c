"""GeoJSON export: one Point feature per corpus incident (RFC 7946, WGS84).

Input: ``CorpusIncident`` records. Output: a FeatureCollection; incidents
without coordinates keep ``"geometry": null`` (allowed by the RFC) so that no
incident silently disappears.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from claimledger.corpus.summary import CorpusIncident
from claimledger.export._common import external_ids, figure


def feature(inc: CorpusIncident) -> dict[str, Any]:
    """The GeoJSON Feature of one corpus incident."""
    r = inc.row
    geometry = None
    if r.latitude is not None and r.longitude is not None:
        # GeoJSON orders coordinates longitude first.
        geometry = {"type": "Point", "coordinates": [round(r.longitude, 5), round(r.latitude, 5)]}
    props: dict[str, Any] = {
        "id": r.id,
        "date": r.date,
        "date_start": r.date_start,
        "date_end": r.date_end,
        "event_type": r.event_type,
        "sub_event_type": r.sub_event_type,
        "location": r.location,
        "city": r.city,
        "admin1": r.admin1,
        "country": r.country,
        "contested": r.contested,
        "n_documents": r.n_documents,
        "n_independent_documents": r.n_independent_documents,
        "external_ids": external_ids(inc),
    }
    for name in inc.figures:
        f = figure(inc, name)
        if f is not None:
            props[f"{name}_low"], props[f"{name}_best"], props[f"{name}_high"] = (
                f.low,
                f.best,
                f.high,
            )
    return {"type": "Feature", "id": r.id, "geometry": geometry, "properties": props}


def write_geojson(incidents: Iterable[CorpusIncident], fh: TextIO) -> int:
    """Write incidents as a GeoJSON FeatureCollection.

    Args:
        incidents: the corpus incidents.
        fh: text handle.

    Returns:
        The number of features written.
    """
    features = [feature(i) for i in incidents]
    json.dump({"type": "FeatureCollection", "features": features}, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
    return len(features)
