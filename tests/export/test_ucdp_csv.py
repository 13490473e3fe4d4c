"""UCDP-GED-like CSV export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from claimledger.export import export
from tests.fixtures.corpus.handmade import build_store


def test_ucdp_csv_best_low_high_and_coordinates(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    buf = io.StringIO()
    export(store, "ucdp-csv", buf)
    rows = {r["where_coordinates"]: r for r in csv.DictReader(io.StringIO(buf.getvalue()))}
    idlib = rows["Maarrat Misrin, Idlib, Syria"]
    assert (idlib["low"], idlib["best"], idlib["high"]) == ("8", "8", "9")
    assert (idlib["date_start"], idlib["date_end"], idlib["date_prec"], idlib["year"]) == (
        "2024-03-12",
        "2024-03-12",
        "1",
        "2024",
    )
    assert idlib["geom_wkt"] == "POINT (36.6730 36.0110)"
    assert idlib["source_article"] == "idlib-monitor-1; idlib-rescue-2; idlib-witness-3"
    assert idlib["source_headline"].startswith("Air strike hits Idlib village; ")
    assert idlib["number_of_sources"] == "3"
    baghdad = rows["Baghdad, Baghdad, Iraq"]
    assert (baghdad["injured_low"], baghdad["injured_best"], baghdad["injured_high"]) == (
        "1",
        "1",
        "1",
    )
