"""ACLED-like CSV export: ACLED's columns, order and conventions."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from claimledger.corpus.summary import CorpusIncident
from claimledger.export import export, write_acled_csv
from claimledger.export.acled_csv import COLUMNS
from tests.export.fields import ACLED_COLUMNS
from tests.export.made import claim, incident
from tests.fixtures.corpus.handmade import build_store


def _row(inc: CorpusIncident) -> dict[str, str]:
    buf = io.StringIO()
    write_acled_csv([inc], buf)
    return next(csv.DictReader(io.StringIO(buf.getvalue())))


def test_acled_csv_has_acleds_31_columns_in_acleds_order() -> None:
    assert COLUMNS == ACLED_COLUMNS
    assert len(COLUMNS) == 31


def test_acled_csv_rows_use_the_conservative_figure_and_acled_codes(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    buf = io.StringIO()
    assert export(store, "acled-csv", buf) == 4
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    by_place = {r["location"]: r for r in rows}
    kirkuk = by_place["Kirkuk"]
    assert kirkuk["event_id_cnty"] == f"IRQ{kirkuk['data_id']}"
    assert (kirkuk["iso"], kirkuk["iso3"], kirkuk["region"]) == ("368", "IRQ", "Middle East")
    assert (kirkuk["event_date"], kirkuk["year"], kirkuk["time_precision"]) == (
        "2024-03-10",
        "2024",
        "1",
    )
    assert kirkuk["fatalities"] == "10"  # the lowest credible figure, as ACLED codes
    # Kirkuk the city (GeoNames 94787), though its province has the same name.
    assert kirkuk["geo_precision"] == "1"
    assert (kirkuk["latitude"], kirkuk["longitude"]) == ("35.4680", "44.3920")
    assert "Killed: 10-17 (best 14)" in kirkuk["notes"]
    assert "a doctor at Azadi hospital (medical): 14" in kirkuk["notes"]
    damboa = by_place["Damboa"]
    assert (damboa["actor1"], damboa["inter1"]) == ("Boko Haram", "2")
    assert (damboa["actor2"], damboa["inter2"]) == ("Military Forces of Nigeria", "1")
    assert damboa["interaction"] == "12"
    assert (damboa["region"], damboa["event_id_cnty"][:3]) == ("Western Africa", "NGA")
    assert damboa["fatalities"] == "5"


def test_acled_csv_geo_precision_is_1_for_in_a_town() -> None:
    # "in Mosul" names the town itself: the old export said 2 for any relation.
    assert _row(incident(relation="in"))["geo_precision"] == "1"
    assert _row(incident(relation=None))["geo_precision"] == "1"


def test_acled_csv_geo_precision_is_2_near_a_town() -> None:
    assert _row(incident(relation="20 km south of"))["geo_precision"] == "2"


def test_acled_csv_geo_precision_is_3_for_a_country_centroid() -> None:
    country = incident(place=("Iraq", "Iraq", None, "IQ"), coords=(33.0, 44.0))
    assert _row(country)["geo_precision"] == "3"
    # The gazetteer's entry for Iraq is a country even when the names do not say so.
    by_id = incident(place=("Iraq", None, None, "IQ"), coords=(33.0, 44.0), geonameid=99237)
    assert _row(by_id)["geo_precision"] == "3"
    region = incident(place=("Nineveh", "Iraq", "Nineveh", "IQ"), coords=(36.0, 42.5))
    assert _row(region)["geo_precision"] == "3"


def test_acled_csv_geo_precision_empty_without_coordinates() -> None:
    row = _row(incident(coords=None))
    assert (row["geo_precision"], row["latitude"]) == ("", "")


def test_acled_csv_actor2_is_civilians_country_for_violence_against_civilians() -> None:
    vac = incident(
        event=("Violence against civilians", "Attack"),
        actors=(("Islamic State", "perpetrator"),),
    )
    row = _row(vac)
    assert (row["actor1"], row["inter1"]) == ("Islamic State", "2")
    assert (row["actor2"], row["inter2"], row["interaction"]) == ("Civilians (Iraq)", "7", "27")
    # A named target stays, as an associated actor of the civilians.
    named = _row(
        incident(
            event=("Violence against civilians", "Attack"),
            actors=(("Islamic State", "perpetrator"), ("Yazidi farmers", "target")),
        )
    )
    assert (named["actor2"], named["assoc_actor_2"]) == ("Civilians (Iraq)", "Yazidi farmers")


def test_acled_csv_associated_actors_and_single_actor_interaction() -> None:
    row = _row(
        incident(
            actors=(
                ("Islamic State", "perpetrator"),
                ("Boko Haram", "perpetrator"),
                ("Military Forces of Iraq", "target"),
            )
        )
    )
    assert (row["actor1"], row["assoc_actor_1"], row["actor2"]) == (
        "Islamic State",
        "Boko Haram",
        "Military Forces of Iraq",
    )
    assert row["interaction"] == "12"
    alone = _row(incident(actors=(("Military Forces of Iraq", "perpetrator"),)))
    assert (alone["actor2"], alone["inter2"], alone["interaction"]) == ("", "", "10")


def test_acled_csv_source_is_the_outlet_never_a_file_path() -> None:
    inc = incident(
        documents=(
            {"source": "Rudaw", "path": "/home/me/news/a.txt", "external_id": "/home/me/a.txt"},
            {"url": "https://www.reuters.com/world/x", "external_id": "/home/me/b.txt"},
            {"path": "/home/me/news/c.txt", "external_id": "/home/me/news/c.txt"},
        )
    )
    row = _row(inc)
    assert row["source"] == "Rudaw; www.reuters.com"
    assert "/home" not in ",".join(row.values())


def test_acled_csv_time_precision_week_and_month() -> None:
    assert _row(incident(dates=("2024-05-01", "2024-05-07", "week")))["time_precision"] == "2"
    assert _row(incident(dates=("2024-05-01", "2024-05-31", "month")))["time_precision"] == "3"


def test_acled_csv_event_id_cnty_without_a_country() -> None:
    row = _row(incident(place=("Somewhere", None, None, None), coords=None))
    assert (row["event_id_cnty"], row["iso"], row["region"]) == ("XXX7", "", "")


def test_acled_csv_fatalities_zero_without_a_killed_figure() -> None:
    row = _row(incident(claims=(claim(1, 4, figure="injured"),)))
    assert row["fatalities"] == "0"


def test_acled_csv_written_column_list_matches_a_real_acled_file(shared_bench: Path) -> None:
    pd = pytest.importorskip("pandas")
    real = pd.read_csv(shared_bench / "acled" / "acled-2020-dev.csv", nrows=1)
    assert tuple(real.columns) == ACLED_COLUMNS


def test_acled_csv_civilian_target_of_remote_violence_named_with_country() -> None:
    # reconcile/sides.py makes civilians the target of a bombing that killed civilians
    blast = incident(
        event=("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        actors=(("Islamic State", "perpetrator"), ("Civilians", "target")),
    )
    row = _row(blast)
    assert (row["actor1"], row["actor2"], row["inter2"], row["interaction"]) == (
        "Islamic State",
        "Civilians (Iraq)",
        "7",
        "27",
    )
