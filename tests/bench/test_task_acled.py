"""Tests of the ``acled`` bench task and its loader, on tiny CSVs written here."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from claimledger.bench import task_acled
from claimledger.bench.core import BenchContext, to_markdown, write_outputs
from claimledger.bench.load_acled import (
    SCHEMA_2015,
    SCHEMA_2020,
    detect_schema,
    load_events,
    parse_date,
)
from claimledger.records import Actor, Document, Estimate, Incident, Location

HEADER_2020 = [
    "data_id",
    "iso",
    "event_id_cnty",
    "event_id_no_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "timestamp",
    "iso3",
]
HEADER_2015 = [
    "GWNO",
    "EVENT_ID_CNTY",
    "EVENT_ID_NO_CNTY",
    "EVENT_DATE",
    "YEAR",
    "TIME_PRECISION",
    "EVENT_TYPE",
    "ACTOR1",
    "ALLY_ACTOR_1",
    "INTER1",
    "ACTOR2",
    "ALLY_ACTOR_2",
    "INTER2",
    "INTERACTION",
    "COUNTRY",
    "ADMIN1",
    "ADMIN2",
    "ADMIN3",
    "LOCATION",
    "LATITUDE",
    "LONGITUDE",
    "GEO_PRECISION",
    "SOURCE",
    "NOTES",
    "FATALITIES",
]

NOTE_AIR = "On 3 May 2020, jets struck a depot near Kuma, killing 3 fighters."
NOTE_PROTEST = "On 4 May 2020, teachers held a protest in Lira over pay. [size=dozens]"
NOTE_CLASH = "On 5 May 2020, soldiers and rebels exchanged fire near Tessa. 2 rebels were killed."


def _row2020(
    event_id: str,
    date: str,
    et: str,
    sub: str,
    a1: str,
    a2: str,
    admin1: str,
    lat: float,
    lon: float,
    note: str,
    fatalities: int,
) -> dict[str, str]:
    row = dict.fromkeys(HEADER_2020, "")
    row.update(
        event_id_cnty=event_id,
        event_date=date,
        event_type=et,
        sub_event_type=sub,
        actor1=a1,
        actor2=a2,
        admin1=admin1,
        latitude=str(lat),
        longitude=str(lon),
        notes=note,
        fatalities=str(fatalities),
        country="Testland",
    )
    return row


def write_2020(path: Path) -> Path:
    rows = [
        _row2020(
            "TST1",
            "3-May-20",
            "Explosions/Remote violence",
            "Air/drone strike",
            "Military Forces of Testland (2019-)",
            "Rebels of the North",
            "Upper",
            1.0,
            30.0,
            NOTE_AIR,
            3,
        ),
        _row2020(
            "TST2",
            "4-May-20",
            "Protests",
            "Peaceful protest",
            "Protesters (Testland)",
            "",
            "Lower",
            2.0,
            31.0,
            NOTE_PROTEST,
            0,
        ),
        _row2020(
            "TST3",
            "5-May-20",
            "Battles",
            "Armed clash",
            "Military Forces of Testland (2019-)",
            "Rebels of the North",
            "Upper",
            1.5,
            30.5,
            NOTE_CLASH,
            2,
        ),
    ]
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=HEADER_2020, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")
    return path


def write_2015(path: Path) -> Path:
    rows = [
        [
            "999",
            "1TST",
            "1",
            "01-January-2015",
            "2015",
            "1",
            "Riots/Protests",
            "Protesters (Testland)",
            "",
            "6",
            "",
            "",
            "0",
            "60",
            "Testland",
            "Lower",
            "",
            "",
            "Lira",
            "2.0",
            "31.0",
            "1",
            "Paper",
            "Hundreds of traders marched through the town to protest a new tax.\nNo one was hurt.",
            "0",
        ],
        [
            "999",
            "2TST",
            "2",
            "02-January-2015",
            "2015",
            "1",
            "Violence Against Civilians",
            "Unidentified Armed Group (Testland)",
            "",
            "3",
            "Civilians (Testland)",
            "",
            "7",
            "37",
            "Testland",
            "Upper",
            "",
            "",
            "Kuma",
            "1.0",
            "30.0",
            "1",
            "Paper",
            "Gunmen shot dead two farmers in their field.",
            "2",
        ],
    ]
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER_2015)
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")
    return path


def _doc(doc_id: str, incident: Incident | None) -> Document:
    return Document(id=doc_id, text="", stated_date=None, incidents=(incident,) if incident else ())


def fake_docs(events, model):  # type: ignore[no-untyped-def]
    """Stands in for the pipeline: a right answer, a wrong one, and no incident."""
    out = []
    for e in events:
        if e.id in ("TST1", "2TST"):
            killed = 3 if e.id == "TST1" else 2
            out.append(
                _doc(
                    e.id,
                    Incident(
                        id="i1",
                        event_type="Explosions/Remote violence",
                        sub_event_type="Air/drone strike" if e.id == "TST1" else "Attack",
                        date=None,
                        location=Location("Kuma", "Testland", "Upper", 1.01, 30.0, None),
                        actors=(
                            Actor("Military Forces of Testland", "perpetrator"),
                            Actor("Rebels of the North", "target"),
                        )
                        if e.id == "TST1"
                        else (Actor("Unidentified Armed Group", "perpetrator"),),
                        estimates={"killed": Estimate(killed, killed + 2, killed + 5)},
                    ),
                )
            )
        elif e.id == "TST2":
            out.append(
                _doc(
                    e.id,
                    Incident(
                        id="i2",
                        event_type="Battles",
                        sub_event_type="Armed clash",
                        date=None,
                        location=Location("Far", "Testland", "Other", 9.0, 39.0, None),
                        estimates={"killed": Estimate(4, 4, 4)},
                    ),
                )
            )
        else:
            out.append(_doc(e.id, None))
    return out


def _metric(result, system: str, name: str) -> float | None:  # type: ignore[no-untyped-def]
    found = [m for m in result.metrics if m.system == system and m.metric == name]
    assert len(found) == 1, (system, name)
    return found[0].value


def test_task_acled_detects_schema_and_parses_dates(tmp_path: Path) -> None:
    assert detect_schema(HEADER_2020) == SCHEMA_2020
    assert detect_schema(HEADER_2015) == SCHEMA_2015
    assert detect_schema(["a", "b"]) is None
    assert parse_date("9-May-20") == "2020-05-09"
    assert parse_date("01-January-2015") == "2015-01-01"
    assert parse_date("someday") is None


def test_task_acled_loads_both_schemas(tmp_path: Path) -> None:
    new = list(load_events(write_2020(tmp_path / "new.csv")))
    assert [e.id for e in new] == ["TST1", "TST2", "TST3"]
    assert new[0].sub_event_type == "Air/drone strike"
    assert new[0].date == "2020-05-03" and new[0].fatalities == 3 and new[0].lat == 1.0
    assert new[1].actor2 is None
    old = list(load_events(write_2015(tmp_path / "old.csv"), limit=1))
    assert len(old) == 1
    assert old[0].schema == SCHEMA_2015 and old[0].sub_event_type is None
    assert old[0].notes.endswith("No one was hurt.")  # a note spanning lines
    assert old[0].date == "2015-01-01"


def test_task_acled_load_rejects_other_csv(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ValueError):
        list(load_events(path))


def test_task_acled_run_scores_2020_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(task_acled, "analyze_notes", fake_docs)
    monkeypatch.setattr(task_acled, "_gazetteer", lambda: None)
    path = write_2020(tmp_path / "dev.csv")
    result = task_acled.run(BenchContext(data_dir=tmp_path, file=path, out_dir=tmp_path))
    tag = "dev"
    # fatalities: 3 == 3, 4 != 0, none -> 0 != 2
    assert _metric(result, "claimledger", f"{tag}:fatalities_exact") == pytest.approx(1 / 3)
    assert _metric(result, "claimledger", f"{tag}:fatalities_mae") == pytest.approx(6 / 3)
    # floor: "2 rebels were killed" and the protest's 0 are right; "killing 3" puts the
    # number after the casualty word, which the floor does not read
    assert _metric(result, "floor", f"{tag}:fatalities_exact") == pytest.approx(2 / 3)
    assert _metric(result, "claimledger", f"{tag}:sub_event_type_accuracy") == pytest.approx(1 / 3)
    assert _metric(result, "classify_event", f"{tag}:sub_event_type_accuracy") == pytest.approx(1.0)
    assert _metric(result, "floor", f"{tag}:event_type_accuracy") == pytest.approx(1 / 3)
    assert _metric(result, "classify_event", f"{tag}:sub_event_type_macro_f1") == pytest.approx(1.0)
    # actors: TST1 both right; TST2 no actor; TST3 no incident; actor2 scored on 2 rows
    assert _metric(result, "claimledger", f"{tag}:actor1_match") == pytest.approx(1 / 3)
    assert _metric(result, "claimledger", f"{tag}:actor2_match") == pytest.approx(1 / 2)
    assert _metric(result, "claimledger", f"{tag}:location_within_25km") == pytest.approx(1 / 3)
    assert _metric(result, "claimledger", f"{tag}:admin1_match") == pytest.approx(1 / 3)
    fields = sorted({e["field"] for e in result.errors})
    assert fields == ["actor1", "actor2", "event_type", "fatalities", "location"]
    assert any("majority class" in n for n in result.notes)
    paths = write_outputs(result, tmp_path / "out")
    assert json.loads(paths["json"].read_text())["task"] == "acled"
    assert "dev:fatalities_exact" in to_markdown(result)


def test_task_acled_run_maps_2015_to_old_taxonomy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(task_acled, "analyze_notes", fake_docs)
    monkeypatch.setattr(task_acled, "_gazetteer", lambda: None)
    path = write_2015(tmp_path / "old.csv")
    result = task_acled.run(BenchContext(data_dir=tmp_path, file=path, out_dir=tmp_path))
    # our Attack -> "Violence against civilians" (gold spelled "Violence Against Civilians")
    assert _metric(result, "claimledger", "old:event_type_accuracy") == pytest.approx(0.5)
    assert _metric(result, "classify_event", "old:event_type_accuracy") == pytest.approx(1.0)
    assert not [m for m in result.metrics if "sub_event_type" in m.metric]


def test_task_acled_run_survives_a_broken_pipeline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(events, model):  # type: ignore[no-untyped-def]
        raise RuntimeError("stage missing")

    monkeypatch.setattr(task_acled, "analyze_notes", broken)
    path = write_2020(tmp_path / "dev.csv")
    result = task_acled.run(BenchContext(data_dir=tmp_path, file=path, limit=2, out_dir=tmp_path))
    assert not [m for m in result.metrics if m.system == "claimledger"]
    assert _metric(result, "classify_event", "dev:sub_event_type_accuracy") == pytest.approx(1.0)
    assert any("stage missing" in n for n in result.notes)


def test_task_acled_run_skips_without_data(tmp_path: Path) -> None:
    result = task_acled.run(BenchContext(data_dir=tmp_path))
    assert result.skipped


def test_task_acled_macro_and_weighted_f1() -> None:
    pairs = [("A", "A"), ("A", "B"), ("B", "B"), ("C", None)]
    # F1: A = 2/3, B = 2/3, C = 0
    assert task_acled.macro_f1(pairs) == pytest.approx((2 / 3 + 2 / 3) / 3)
    assert task_acled.weighted_f1(pairs) == pytest.approx((2 / 3 * 2 + 2 / 3 * 1) / 4)


def test_task_acled_on_shared_dev_file(shared_bench: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(task_acled, "analyze_notes", lambda events, model: [None] * len(events))
    path = shared_bench / "acled" / "acled-2020-dev.csv"
    result = task_acled.run(BenchContext(data_dir=shared_bench, file=path, limit=40))
    acc = _metric(result, "classify_event", "acled-2020-dev:sub_event_type_accuracy")
    assert acc is not None and acc > 0.6
