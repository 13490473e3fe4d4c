"""GeoJSON export."""

from __future__ import annotations

import io
import json
from pathlib import Path

from claimledger.export import export
from tests.fixtures.corpus.handmade import build_store


def test_geojson_points_are_lon_lat_with_figure_properties(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    buf = io.StringIO()
    export(store, "geojson", buf)
    data = json.loads(buf.getvalue())
    assert data["type"] == "FeatureCollection"
    feats = {f["properties"]["location"]: f for f in data["features"]}
    damboa = feats["Damboa"]
    assert damboa["geometry"] == {"type": "Point", "coordinates": [12.756, 11.155]}
    props = damboa["properties"]
    assert (props["killed_low"], props["killed_best"], props["killed_high"]) == (5, 7, 11)
    assert props["contested"] is True
    assert props["external_ids"] == ["borno-army-1", "borno-source-2", "borno-official-3"]
    assert props["date"] == "2024-04-02"
