"""UCDP-GED-like CSV export: GED's fields, order and scales."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

from claimledger.corpus.summary import CorpusIncident
from claimledger.export import export, write_ucdp_csv
from claimledger.export.ucdp_csv import COLUMNS
from tests.export.fields import GED_FIELDS
from tests.export.made import claim, incident
from tests.fixtures.corpus.handmade import build_store


def _row(inc: CorpusIncident) -> dict[str, str]:
    buf = io.StringIO()
    write_ucdp_csv([inc], buf)
    return next(csv.DictReader(io.StringIO(buf.getvalue())))


def test_ucdp_csv_has_geds_fields_in_geds_order() -> None:
    assert COLUMNS == GED_FIELDS
    assert len(COLUMNS) == 49


def test_ucdp_csv_best_low_high_and_coordinates(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    buf = io.StringIO()
    export(store, "ucdp-csv", buf)
    rows = {r["where_description"]: r for r in csv.DictReader(io.StringIO(buf.getvalue()))}
    idlib = rows["Maarrat Misrin, Idlib, Syria"]
    assert (idlib["low"], idlib["best"], idlib["high"]) == ("8", "8", "9")
    assert (idlib["date_start"], idlib["date_end"], idlib["date_prec"], idlib["year"]) == (
        "2024-03-12",
        "2024-03-12",
        "1",
        "2024",
    )
    assert (idlib["where_coordinates"], idlib["where_prec"]) == ("Maarrat Misrin", "1")
    assert idlib["geom_wkt"] == "POINT (36.6730 36.0110)"
    # PRIO-GRID: row floor((36.011 + 90) / 0.5) = 252, column floor((36.673 + 180) / 0.5) = 433.
    assert idlib["priogrid_gid"] == str(252 * 720 + 433 + 1)
    assert (idlib["region"], idlib["country"]) == ("Middle East", "Syria")
    assert idlib["source_headline"].startswith("Air strike hits Idlib village; ")
    assert idlib["number_of_sources"] == "3"
    assert idlib["source_original"] == (
        "Syrian Observatory for Human Rights; White Helmets rescuers; a resident"
    )
    kirkuk = rows["Kirkuk, Kirkuk, Iraq"]
    assert (kirkuk["best"], kirkuk["deaths_unknown"], kirkuk["deaths_civilians"]) == (
        "14",
        "14",
        "0",
    )


def test_ucdp_csv_where_prec_on_geds_1_to_7_scale() -> None:
    assert _row(incident(relation="in"))["where_prec"] == "1"
    assert _row(incident(relation="near"))["where_prec"] == "2"
    county = incident(place=("Harris County", "United States", "Texas", "US"), geonameid=-2011784)
    assert _row(county)["where_prec"] == "3"
    province = incident(place=("Nineveh", "Iraq", "Nineveh", "IQ"))
    assert _row(province)["where_prec"] == "4"
    country = incident(place=("Iraq", "Iraq", None, "IQ"), coords=(33.0, 44.0))
    assert _row(country)["where_prec"] == "6"


def test_ucdp_csv_date_prec_on_geds_1_to_5_scale() -> None:
    def prec(start: str, end: str, p: str) -> str:
        return _row(incident(dates=(start, end, p)))["date_prec"]

    assert prec("2024-05-01", "2024-05-01", "day") == "1"
    assert prec("2024-05-01", "2024-05-03", "day") == "2"  # a 3-day span
    assert prec("2024-05-01", "2024-05-07", "week") == "3"
    assert prec("2024-05-01", "2024-05-20", "day") == "4"  # a 20-day span
    assert prec("2024-05-01", "2024-05-31", "month") == "4"
    assert prec("2024-01-01", "2024-12-31", "year") == "5"


def test_ucdp_csv_best_never_blank_when_a_figure_exists() -> None:
    # "up to 6": a figure with a high bound only.
    row = _row(incident(claims=(replace(claim(1, 6), low=None, qualifier="up_to"),)))
    assert (row["low"], row["best"], row["high"]) == ("6", "6", "6")
    ranged = _row(incident(claims=(claim(1, 4, 10),)))
    assert (ranged["low"], ranged["best"], ranged["high"]) == ("4", "7", "10")
    none = _row(incident(claims=(claim(1, 3, figure="injured"),)))
    assert (none["best"], none["deaths_unknown"]) == ("", "")


def test_ucdp_csv_deaths_by_side_add_up_to_best() -> None:
    civ = _row(
        incident(
            event=("Violence against civilians", "Attack"),
            actors=(("Islamic State", "perpetrator"),),
            claims=(claim(1, 9, civilian=True, statement="9 civilians were killed"),),
        )
    )
    assert (civ["type_of_violence"], civ["side_a"], civ["side_b"]) == (
        "3",
        "Islamic State",
        "Civilians",
    )
    assert (civ["deaths_civilians"], civ["deaths_a"], civ["deaths_unknown"], civ["best"]) == (
        "9",
        "0",
        "0",
        "9",
    )
    soldiers = _row(
        incident(
            actors=(("Islamic State", "perpetrator"), ("Military Forces of Iraq", "target")),
            claims=(claim(1, 5, victims="soldiers", statement="5 soldiers were killed"),),
        )
    )
    # State-based violence: the government is side_a, and its soldiers' deaths are deaths_a.
    assert (soldiers["type_of_violence"], soldiers["side_a"], soldiers["side_b"]) == (
        "1",
        "Military Forces of Iraq",
        "Islamic State",
    )
    assert soldiers["dyad_name"] == "Military Forces of Iraq - Islamic State"
    assert (soldiers["deaths_a"], soldiers["deaths_b"], soldiers["deaths_unknown"]) == (
        "5",
        "0",
        "0",
    )
    nonstate = _row(incident(actors=(("Islamic State", "other"), ("Boko Haram", "other"))))
    assert nonstate["type_of_violence"] == "2"


def test_ucdp_csv_source_original_holds_source_names_not_fragments() -> None:
    inc = incident(
        claims=(
            claim(1, 4, source="I", kind="witness"),
            claim(2, 5, source="We", kind="witness"),
            claim(3, 6, source="author", kind="author"),
            claim(5, 6, source="Sources", kind="anonymous"),
            claim(4, 6, source="Nineveh health directorate", kind="official"),
        ),
        documents=({"source": "Rudaw"}, {}, {}, {}, {}),
    )
    row = _row(inc)
    assert row["source_original"] == "Nineveh health directorate"
    assert row["source_office"] == "Rudaw"
    assert row["source_article"].split("; ")[0] == "Rudaw,2024-05-02,Report 1"


def test_ucdp_csv_source_original_falls_back_to_outlets() -> None:
    row = _row(
        incident(claims=(claim(1, 4, source="We", kind="witness"),), documents=({"source": "AFP"},))
    )
    assert row["source_original"] == "AFP"
