"""Tests of the tbij bench task and its loader, with a monkeypatched pipeline."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from claimledger.bench import task_tbij
from claimledger.bench.core import BenchContext
from claimledger.bench.load_tbij import load_strikes
from claimledger.bench.task_tbij import (
    NONE,
    Predicted,
    predicted_civilians,
    predicted_figure,
    range_scores,
)
from claimledger.options import Options
from claimledger.records import (
    Claim,
    Document,
    Estimate,
    Evidence,
    Incident,
    IncidentDate,
    Location,
    RawDocument,
    Source,
)

# Three invented strikes in the TBIJ format (our own words).
STRIKES: list[dict[str, Any]] = [
    {
        "id": "T1",
        "date": "2011-05-04",
        "country": "Yemen",
        "location": "Alpha, Yemen",
        "lat": 15.0,
        "lon": 45.0,
        "narrative": "A drone hit a truck, killing 3-5 people.",
        "summary": "Drone strike on a truck kills between three and five men.",
        "killed_min": 3,
        "killed_max": 5,
        "injured_min": None,
        "injured_max": None,
        "civilians_min": 0,
        "civilians_max": 0,
    },
    {
        "id": "T2",
        "date": "2012-08-19",
        "country": "Pakistan",
        "location": "Beta, Pakistan",
        "lat": 33.0,
        "lon": 70.0,
        "narrative": "Missiles struck a compound; 2 killed and 4 wounded.",
        "summary": None,
        "killed_min": 2,
        "killed_max": 2,
        "injured_min": 4,
        "injured_max": 4,
        "civilians_min": 1,
        "civilians_max": 2,
    },
    {
        "id": "T3",
        "date": "2013-01-01",
        "country": "Somalia",
        "location": None,
        "lat": None,
        "lon": None,
        "narrative": "An air strike was reported but no casualties were confirmed.",
        "summary": None,
        "killed_min": 0,
        "killed_max": None,
        "injured_min": None,
        "injured_max": None,
        "civilians_min": None,
        "civilians_max": None,
    },
]


def _ev(text: str) -> Evidence:
    return Evidence(0, len(text), text)


def _claim(figure: str, low: int, high: int | None, civilian: bool = False) -> Claim:
    return Claim(
        figure=figure,
        statement=f"{low} {figure}",
        low=low,
        high=high,
        qualifier="exact",
        source=Source("the author", "author"),
        hedged=False,
        evidence=_ev(f"{low} {figure}"),
        civilian=civilian,
    )


def _doc(
    doc_id: str,
    estimates: dict[str, Estimate] | None = None,
    claims: tuple[Claim, ...] = (),
    date: str | None = None,
    latlon: tuple[float, float] | None = None,
) -> Document:
    if estimates is None:
        return Document(id=doc_id, text="", stated_date=None)
    location = (
        Location("Somewhere", "Yemen", None, latlon[0], latlon[1], 1, evidence=_ev("Somewhere"))
        if latlon
        else None
    )
    incident = Incident(
        id=f"{doc_id}-1",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        date=IncidentDate(date, "day", 0.9) if date else None,
        location=location,
        claims=claims,
        estimates=estimates,
    )
    return Document(id=doc_id, text="", stated_date=date, incidents=(incident,))


FAKE: dict[str, Document] = {
    # Exact range, right day, about 11 km from the gold point.
    "T1": _doc(
        "T1",
        {"killed": Estimate(3, 4, 5)},
        (_claim("killed", 3, 5),),
        date="2011-05-04",
        latlon=(15.1, 45.0),
    ),
    # Best 3 outside [2, 2]; injured exact; one civilian claim; wrong day; far away.
    "T2": _doc(
        "T2",
        {"killed": Estimate(2, 3, 3), "injured": Estimate(4, 4, 4)},
        (_claim("killed", 3, 3), _claim("killed", 1, 1, civilian=True)),
        date="2012-08-18",
        latlon=(34.0, 71.0),
    ),
    # No incident at all: scored as 0, which the gold range [0, open) includes.
    "T3": _doc("T3"),
}


def _fake_analyze(raws: Iterable[RawDocument], options: Options) -> Iterator[Document]:
    for raw in raws:
        yield FAKE[raw.id]


@pytest.fixture()
def strikes_file(tmp_path: Path) -> Path:
    path = tmp_path / "my-strikes.jsonl"
    path.write_text("".join(json.dumps(s) + "\n" for s in STRIKES) + "\n", encoding="utf-8")
    return path


def _metric(result: Any, system: str, name: str) -> float | None:
    found = [m for m in result.metrics if m.system == system and m.metric == name]
    assert len(found) == 1, (system, name, [m.metric for m in result.metrics])
    return found[0].value


def test_task_tbij_loader_picks_summary_else_narrative(strikes_file: Path) -> None:
    strikes = list(load_strikes(strikes_file))
    assert [s.id for s in strikes] == ["T1", "T2", "T3"]
    assert strikes[0].text == "Drone strike on a truck kills between three and five men."
    assert strikes[0].text_field == "summary"
    assert strikes[1].text.startswith("Missiles struck a compound")
    assert strikes[1].text_field == "narrative"
    assert strikes[2].killed_max is None and strikes[2].lat is None
    assert [s.id for s in load_strikes(strikes_file, limit=2)] == ["T1", "T2"]


def test_task_tbij_range_scores() -> None:
    s = range_scores(Predicted(3, 4, 5, True), 3, 5)
    assert s["low_exact"] == s["high_exact"] == s["both_exact"] == s["coverage"] == 1.0
    assert s["best_in_gold"] == 1.0
    assert s["mae_log"] == pytest.approx(0.0)
    wide = range_scores(Predicted(1, 6, 9, True), 2, 2)
    assert (wide["low_exact"], wide["coverage"], wide["best_in_gold"]) == (0.0, 1.0, 0.0)
    assert wide["mae_log"] == pytest.approx(math.log(7) - math.log(3))
    open_gold = range_scores(Predicted(1, 1, None, True), 1, None)
    assert open_gold["high_exact"] == 1.0 and open_gold["coverage"] == 1.0
    assert range_scores(NONE, 0, 3)["best_in_gold"] == 1.0
    assert range_scores(NONE, 1, 3)["best_in_gold"] == 0.0


def test_task_tbij_predicted_figure_fills_missing_bounds() -> None:
    doc = _doc("x", {"killed": Estimate(None, 7, None)})
    assert predicted_figure(doc, "killed") == Predicted(7, 7, None, True)
    assert predicted_figure(doc, "injured") == NONE
    assert predicted_figure(_doc("y"), "killed") == NONE
    civ = predicted_civilians(FAKE["T2"])
    assert civ == Predicted(1, 1, 1, True)
    assert predicted_civilians(FAKE["T1"]) == NONE


def test_task_tbij_run_scores_ours_and_floor(
    strikes_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(task_tbij, "analyze_documents", _fake_analyze)
    result = task_tbij.run(BenchContext(data_dir=tmp_path / "none", file=strikes_file))
    assert not result.skipped
    assert _metric(result, "claimledger", "killed_best_in_gold") == pytest.approx(2 / 3)
    # T3's gold is open-ended ([0, null]): a "none" (0..0) is inside but not exact/covering.
    assert _metric(result, "claimledger", "killed_both_exact") == pytest.approx(1 / 3)
    assert _metric(result, "claimledger", "killed_coverage") == pytest.approx(2 / 3)
    assert _metric(result, "claimledger", "killed_predicted") == pytest.approx(2 / 3)
    # Floor: "kills between three" has no count before a casualty word; "2 killed" does.
    assert _metric(result, "floor", "killed_best_in_gold") == pytest.approx(2 / 3)
    assert _metric(result, "claimledger", "injured_both_exact") == pytest.approx(1.0)
    assert _metric(result, "floor", "injured_both_exact") == pytest.approx(1.0)
    # Civilians: T1 gold 0 (none predicted: hit), T2 gold [1, 2] (1 predicted: hit).
    assert _metric(result, "claimledger", "civilians_best_in_gold") == pytest.approx(1.0)
    assert _metric(result, "floor", "civilians_best_in_gold") == pytest.approx(0.5)
    assert _metric(result, "claimledger", "location_within_25km") == pytest.approx(0.5)
    assert _metric(result, "claimledger", "location_within_161km") == pytest.approx(1.0)
    median = _metric(result, "claimledger", "location_km_median")
    assert median is not None and 11 < median < 80
    assert _metric(result, "claimledger", "date_exact") == pytest.approx(1 / 3)
    fields = sorted((e["id"], e["field"]) for e in result.errors)
    assert ("T2", "killed") in fields and ("T2", "date") in fields and ("T2", "location") in fields
    assert ("T3", "date") in fields
    t2 = next(e for e in result.errors if e["id"] == "T2" and e["field"] == "killed")
    assert t2["gold"] == [2, 2] and t2["predicted"] == [2, 3, 3]
    assert t2["evidence"] == ["3 killed", "1 killed"]
    assert any("summary (1) else narrative (2)" in n for n in result.notes)


def test_task_tbij_limit_and_missing_file(
    strikes_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(task_tbij, "analyze_documents", _fake_analyze)
    result = task_tbij.run(BenchContext(data_dir=tmp_path, file=strikes_file, limit=1))
    by_name = {(m.system, m.metric): m for m in result.metrics}
    assert by_name[("claimledger", "killed_both_exact")].n == 1
    missing = task_tbij.run(BenchContext(data_dir=tmp_path / "absent"))
    assert missing.skipped
    assert missing.notes == [f"no data at {tmp_path / 'absent' / 'tbij' / 'strikes-dev.jsonl'}"]


@pytest.mark.shared
def test_task_tbij_dev_file_loads(shared_bench: Path) -> None:
    strikes = list(load_strikes(shared_bench / "tbij" / "strikes-dev.jsonl"))
    assert len(strikes) == 288
    assert all(s.text for s in strikes)
    assert sum(1 for s in strikes if s.killed_min is not None) >= 280


@pytest.mark.shared
@pytest.mark.integration
@pytest.mark.slow
def test_task_tbij_smoke_on_dev_file(shared_bench: Path, nlp: Any, tmp_path: Path) -> None:
    result = task_tbij.run(BenchContext(data_dir=shared_bench, limit=5, out_dir=tmp_path))
    names = {(m.system, m.metric) for m in result.metrics}
    assert ("claimledger", "killed_best_in_gold") in names
    assert ("floor", "killed_best_in_gold") in names
    n = next(m.n for m in result.metrics if m.metric == "killed_best_in_gold")
    assert n == 5


def test_task_tbij_analyze_safely_isolates_crashes() -> None:
    raws = [RawDocument(id=f"r{i}", text=f"text {i}") for i in range(5)]

    def flaky(batch: Iterable[RawDocument], options: Options) -> Iterator[Document]:
        for raw in batch:
            if raw.id == "r3":
                raise ValueError("boom")
            yield Document(id=raw.id, text=raw.text, stated_date="2020-01-01")

    docs, crashes = task_tbij.analyze_safely(raws, Options(), flaky)
    assert [d.id for d in docs] == ["r0", "r1", "r2", "r3", "r4"]
    assert [d.stated_date for d in docs] == ["2020-01-01"] * 3 + [None, "2020-01-01"]
    assert crashes == {"r3": "ValueError: boom"}
    result = task_tbij.TaskResult(task="tbij")
    task_tbij.note_crashes(result, crashes, "tbij")
    assert result.notes == ["1 documents crashed the pipeline (scored as no prediction)"]
    assert result.errors[0]["field"] == "crash" and result.errors[0]["id"] == "r3"
