"""ACLED-like CSV export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from claimledger.export import export
from claimledger.export.acled_csv import COLUMNS
from tests.fixtures.corpus.handmade import build_store


def test_acled_csv_rows_use_acled_columns_and_the_conservative_figure(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    buf = io.StringIO()
    assert export(store, "acled-csv", buf) == 4
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0]) == COLUMNS
    for col in (
        "event_date",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "country",
        "admin1",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "notes",
        "fatalities",
    ):
        assert col in COLUMNS
    by_place = {r["location"]: r for r in rows}
    kirkuk = by_place["Kirkuk"]
    assert kirkuk["event_date"] == "2024-03-10"
    assert kirkuk["fatalities"] == "10"  # the lowest credible figure, as ACLED codes
    assert kirkuk["geo_precision"] == "1"
    assert (kirkuk["latitude"], kirkuk["longitude"]) == ("35.4680", "44.3920")
    assert kirkuk["external_ids"] == "kirkuk-wire-1; kirkuk-local-2; kirkuk-wire-3; kirkuk-repost-4"
    assert "Killed: 10-17 (best 14)" in kirkuk["notes"]
    assert "a doctor at Azadi hospital (medical): 14" in kirkuk["notes"]
    assert by_place["Damboa"]["actor1"] == "Boko Haram"
    assert by_place["Damboa"]["actor2"] == "Military Forces of Nigeria"
    assert by_place["Damboa"]["fatalities"] == "5"
