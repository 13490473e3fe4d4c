"""Tests of the gva bench task and its loader, with a monkeypatched pipeline."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from claimledger.bench import task_gva
from claimledger.bench.core import BenchContext
from claimledger.bench.load_gva import incidents_path_for, load_articles, load_incidents
from claimledger.bench.task_gva import city_names, norm_city, norm_state, select_cases
from claimledger.options import Options
from claimledger.records import (
    Document,
    Estimate,
    Evidence,
    Incident,
    IncidentDate,
    Location,
    RawDocument,
)

# Invented articles and incidents in the GVA format (our own words).
ARTICLES: list[dict[str, Any]] = [
    {
        "doc_id": "d1",
        "incident_id": "100",
        "title": "Man killed, two hurt in shooting",
        "published": "2016-03-02",
        "text": "One man died and two people were wounded in a shooting on Elm Street.",
        "text_flag": None,
    },
    {
        "doc_id": "d2",
        "incident_id": "200",
        "title": "Teen wounded",
        "published": "2016-04-10",
        "text": "A teenager was shot in the leg overnight, police said.",
        "text_flag": None,
    },
    {
        "doc_id": "d3",
        "incident_id": "200",
        "title": "Subscribe",
        "published": "2016-04-10",
        "text": "Please log in to keep reading.",
        "text_flag": "same_text_in_other_incidents",
    },
    {
        "doc_id": "d4",
        "incident_id": "300",
        "title": "Shooting",
        "published": "2016-05-01",
        "text": "Three people were injured.",
        "text_flag": None,
    },
]
INCIDENTS: list[dict[str, Any]] = [
    {
        "incident_id": "100",
        "has_gva_record": True,
        "date": "2016-03-01",
        "state": "Missouri",
        "city_or_county": "Saint Louis",
        "lat": 38.6,
        "lon": -90.2,
        "num_killed": 1,
        "num_injured": 2,
    },
    {
        "incident_id": "200",
        "has_gva_record": True,
        "date": "2016-04-10",
        "state": "Ohio",
        "city_or_county": "Dayton",
        "lat": 39.7,
        "lon": -84.2,
        "num_killed": 0,
        "num_injured": 1,
    },
    {"incident_id": "300", "has_gva_record": False, "n_articles": 1},
]


def _ev(text: str) -> Evidence:
    return Evidence(0, len(text), text)


def _doc(
    doc_id: str,
    estimates: dict[str, Estimate],
    date: str | None,
    place: tuple[str, str | None] | None,
) -> Document:
    location = (
        Location(place[0], "United States", place[1], 0.0, 0.0, 1, evidence=_ev(place[0]))
        if place
        else None
    )
    incident = Incident(
        id=f"{doc_id}-1",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        date=IncidentDate(date, "day", 0.8, _ev("Tuesday")) if date else None,
        location=location,
        estimates=estimates,
    )
    return Document(id=doc_id, text="", stated_date=None, incidents=(incident,))


FAKE = {
    # All right: "St. Louis" matches "Saint Louis", the code "MO" matches "Missouri".
    "d1": _doc(
        "d1",
        {"killed": Estimate(1, 1, 1), "injured": Estimate(2, 2, 2)},
        "2016-03-01",
        ("St. Louis", "MO"),
    ),
    # No killed estimate (= 0, right), injured wrong, date right, wrong state.
    "d2": _doc("d2", {"injured": Estimate(2, 2, 2)}, "2016-04-10", ("Dayton", "Kentucky")),
}


def _fake_analyze(raws: Iterable[RawDocument], options: Options) -> Iterator[Document]:
    for raw in raws:
        assert raw.published is not None and raw.published_source == "given"
        assert raw.title is not None and raw.text.startswith(raw.title)
        yield FAKE[raw.id]


@pytest.fixture()
def articles_file(tmp_path: Path) -> Path:
    folder = tmp_path / "gv"
    folder.mkdir()
    (folder / "my-articles.jsonl").write_text(
        "".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8"
    )
    (folder / "my-incidents.jsonl").write_text(
        "".join(json.dumps(i) + "\n" for i in INCIDENTS), encoding="utf-8"
    )
    return folder / "my-articles.jsonl"


def _value(result: Any, system: str, name: str) -> float | None:
    (m,) = [m for m in result.metrics if m.system == system and m.metric == name]
    return m.value


def test_task_gva_incidents_file_is_found_beside_articles(tmp_path: Path) -> None:
    assert incidents_path_for(tmp_path / "articles-test.jsonl") == tmp_path / "incidents-test.jsonl"
    assert incidents_path_for(tmp_path / "x.jsonl") == tmp_path / "incidents-dev.jsonl"


def test_task_gva_loaders_and_case_selection(articles_file: Path) -> None:
    articles = list(load_articles(articles_file))
    incidents = load_incidents(incidents_path_for(articles_file))
    assert [a.doc_id for a in articles] == ["d1", "d2", "d3", "d4"]
    assert incidents["300"].has_gva_record is False and incidents["300"].num_killed is None
    cases, skipped = select_cases(articles, incidents, None)
    assert [c.article.doc_id for c in cases] == ["d1", "d2"]
    assert skipped == {"flagged text": 1, "no GVA record": 1}
    limited, _ = select_cases(articles, incidents, 1)
    assert [c.article.doc_id for c in limited] == ["d1"]


def test_task_gva_place_normalisation() -> None:
    assert norm_state("CA") == norm_state("california") == "california"
    assert norm_state("District of Columbia") == norm_state("DC")
    assert norm_city("St. Louis") == norm_city("Saint Louis") == "saint louis"
    assert norm_city("New York (Brooklyn)") == "new york"
    assert norm_city("Winston-Salem") == "winston salem"
    assert norm_city(None) is None


def test_task_gva_a_locality_in_brackets_is_a_name_of_the_place() -> None:
    assert city_names("Goleta (Isla Vista)") == {"goleta", "isla vista"}
    assert city_names("St. Louis") == {"saint louis"}
    assert city_names("") == frozenset()


def test_task_gva_run_scores(
    articles_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(task_gva, "analyze_documents", _fake_analyze)
    result = task_gva.run(BenchContext(data_dir=tmp_path / "none", file=articles_file))
    assert not result.skipped
    assert _value(result, "claimledger", "killed_exact") == pytest.approx(1.0)
    assert _value(result, "claimledger", "injured_exact") == pytest.approx(0.5)
    assert _value(result, "claimledger", "injured_mae") == pytest.approx(0.5)
    assert _value(result, "claimledger", "killed_predicted") == pytest.approx(0.5)
    # Floor: "One man died" -> 1; "two people were wounded" -> 2; d2 has no count: 0, 0.
    assert _value(result, "floor", "killed_exact") == pytest.approx(1.0)
    assert _value(result, "floor", "injured_exact") == pytest.approx(0.5)
    assert _value(result, "claimledger", "date_exact") == pytest.approx(1.0)
    assert _value(result, "floor", "date_exact") == pytest.approx(0.5)
    assert _value(result, "claimledger", "city_match") == pytest.approx(1.0)
    assert _value(result, "claimledger", "town_match") == pytest.approx(1.0)
    assert _value(result, "claimledger", "state_match") == pytest.approx(0.5)
    assert _value(result, "floor", "state_match") == pytest.approx(0.5)
    rows = {(e["id"], e["field"]) for e in result.errors}
    assert rows == {("d2", "injured"), ("d2", "place")}
    place = next(e for e in result.errors if e["field"] == "place")
    # The town is the location's city where it has one (a neighbourhood's), else its name.
    assert place["predicted"] == {"name": "Dayton", "admin1": "Kentucky", "town": "Dayton"}
    assert any("skipped 1 flagged or empty texts and 1 articles" in n for n in result.notes)


def test_task_gva_missing_files(tmp_path: Path) -> None:
    assert task_gva.run(BenchContext(data_dir=tmp_path)).skipped
    lonely = tmp_path / "articles-x.jsonl"
    lonely.write_text("", encoding="utf-8")
    result = task_gva.run(BenchContext(data_dir=tmp_path, file=lonely))
    assert result.skipped
    assert result.notes == [f"no incidents file at {tmp_path / 'incidents-x.jsonl'}"]


@pytest.mark.shared
def test_task_gva_dev_files_load(shared_bench: Path) -> None:
    path = shared_bench / "gva" / "articles-dev.jsonl"
    incidents = load_incidents(incidents_path_for(path))
    cases, skipped = select_cases(list(load_articles(path)), incidents, None)
    assert len(incidents) == 1807
    assert skipped["flagged text"] == 281
    assert len(cases) > 2500


@pytest.mark.shared
@pytest.mark.integration
@pytest.mark.slow
def test_task_gva_smoke_on_dev_files(shared_bench: Path, nlp: Any, tmp_path: Path) -> None:
    result = task_gva.run(BenchContext(data_dir=shared_bench, limit=4, out_dir=tmp_path))
    rows = {(m.system, m.metric): m for m in result.metrics}
    assert rows[("claimledger", "killed_exact")].n == 4
    assert ("floor", "date_exact") in rows and ("claimledger", "state_match") in rows
