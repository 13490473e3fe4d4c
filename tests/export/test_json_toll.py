"""The JSON export's toll over time (``toll``, per figure)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from claimledger.export import export
from tests.fixtures.corpus.handmade import build_store


def test_json_export_has_the_toll_with_the_revised_figure(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    try:
        buf = io.StringIO()
        export(store, "json", buf)
    finally:
        store.close()
    rows = json.loads(buf.getvalue())["incidents"]
    (kirkuk,) = [r for r in rows if r["location"] == "Kirkuk"]
    killed = kirkuk["toll"]["killed"]
    points = killed["points"]
    assert [p["date"] for p in points] == sorted(p["date"] for p in points)
    (rev,) = [p for p in points if p["revision"]]
    assert (rev["value"], rev["revises"], rev["revision"], rev["revision_basis"]) == (
        17,
        12,
        "raised",
        "same source",
    )
    assert killed["revisions"] == [rev["claim_id"]]
    latest = {p["source_name"]: p["value"] for p in points if p["claim_id"] in killed["latest"]}
    assert latest == {
        "Iraqi health ministry": 17,
        "police": 10,
        "Brigadier Saman Aziz": 10,
        "a doctor at Azadi hospital": 14,
    }
