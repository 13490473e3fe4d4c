"""Where the grade and the independent sources appear: exports, ``show``, the API payload."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rich.console import Console

from claimledger.cli.render import print_incident
from claimledger.corpus.summary import get_incident
from claimledger.export import export
from claimledger.serve import payload
from tests.fixtures.corpus.handmade import build_store, corpus_incident_of


def _rows(store: object, fmt: str) -> dict[str, dict[str, str]]:
    buf = io.StringIO()
    export(store, fmt, buf)  # type: ignore[arg-type]
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    key = "location" if fmt == "acled-csv" else "where_coordinates"
    return {r[key]: r for r in rows}


def test_grade_in_the_csv_exports(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    acled = _rows(store, "acled-csv")
    notes = acled["Kirkuk"]["notes"]
    assert notes.endswith(
        "Grade: fair; 4 independent sources: Iraqi health ministry; police; "
        "a doctor at Azadi hospital; Brigadier Saman Aziz."
    )
    ucdp = _rows(store, "ucdp-csv")
    assert ucdp["Kirkuk"]["event_clarity"] == "1"  # fair
    assert ucdp["Baghdad"]["event_clarity"] == "1"
    store.close()


def test_grade_in_the_json_export_and_the_api_payload(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    buf = io.StringIO()
    export(store, "json", buf)
    by_id = {i["id"]: i for i in json.loads(buf.getvalue())["incidents"]}
    kirkuk_id = corpus_incident_of(store, "kirkuk-wire-1")
    assert kirkuk_id is not None
    kirkuk = by_id[kirkuk_id]
    assert kirkuk["grade"] == "fair"
    assert kirkuk["grade_reasons"][0].startswith("two or more credible sources; 4 independent")
    first = kirkuk["independent_sources"][0]
    assert first["name"] == "Iraqi health ministry"
    assert "kirkuk-repost-4 (near-duplicate copy)" in first["relays"]
    inc = get_incident(store, kirkuk_id)
    assert inc is not None
    api = payload.incident(inc)
    assert api["grade"] == "fair"
    assert [s["name"] for s in api["independent_sources"]][:2] == [
        "Iraqi health ministry",
        "police",
    ]
    assert api["independent_sources"][0]["n_claims"] == len(first["claim_ids"])
    store.close()


def test_show_prints_the_grade_and_the_folded_relays(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    inc = get_incident(store, corpus_incident_of(store, "kirkuk-wire-1") or 0)
    assert inc is not None
    console = Console(record=True, width=200, color_system=None)
    print_incident(console, inc)
    out = console.export_text()
    assert "Grade: fair" in out
    assert "Independent sources (4)" in out
    assert "via kirkuk-repost-4 (near-duplicate copy)" in out
    store.close()
