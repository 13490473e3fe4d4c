"""The releases bench task: operations' spans, the floor, and scores on a release of ours."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.bench.core import BenchContext
from claimledger.bench.task_releases import (
    floor_counts,
    load_releases,
    match_operations,
    report_start,
    run,
)
from claimledger.records import Document, Estimate, Evidence, Incident, IncidentDate

_TEXT = (
    "KANO, Nigeria (March 9, 2016) - Soldiers killed three gunmen in Dala on Monday.\n"
    "Yesterday, police arrested two suspects in Fagge."
)
_ROW = {
    "id": "r1",
    "document_date": "2016-03-09",
    "text": _TEXT,
    "operations": [
        {"anchor": "Soldiers killed", "date": "2016-03-07", "killed": 3, "arrested": 0},
        {"anchor": "Yesterday, police", "date": "2016-03-08", "killed": 0, "arrested": 2},
    ],
}


def _write(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    path = tmp_path / "releases.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def test_operations_run_from_their_anchor_to_the_next(tmp_path: Path) -> None:
    [(row, ops)] = load_releases(_write(tmp_path, [_ROW]))
    # the first operation holds the dateline or headline before its anchor
    assert ops[0].start == 0
    assert _TEXT[ops[0].start : ops[0].end].startswith("KANO, Nigeria (March 9, 2016) - Soldiers")
    assert ops[1].start == _TEXT.index("Yesterday, police")
    assert ops[0].end == ops[1].start
    assert ops[1].end == len(_TEXT)
    assert (ops[1].date, ops[1].killed, ops[1].arrested) == ("2016-03-08", 0, 2)


def test_an_anchor_must_occur_once(tmp_path: Path) -> None:
    row = dict(_ROW, operations=[{"anchor": "in", "date": None, "killed": 1, "arrested": 0}])
    with pytest.raises(ValueError, match="must occur once"):
        load_releases(_write(tmp_path, [row]))


def test_floor_sums_counts_before_death_words_and_after_arrest_words() -> None:
    text = "Troops killed 4. Two gunmen were killed and police detained five men; 9 arrested."
    assert floor_counts(text) == {"killed": 2, "arrested": 5}


def test_run_scores_a_release_of_two_operations(tmp_path: Path) -> None:
    result = run(BenchContext(data_dir=tmp_path, file=_write(tmp_path, [_ROW])))
    values = {(m.system, m.metric): m.value for m in result.metrics}
    assert values[("claimledger", "document date exact")] == 1.0
    assert values[("claimledger", "release killed exact")] == 1.0
    assert values[("claimledger", "release arrested exact")] == 1.0
    assert values[("floor", "operation found")] == 0.0
    assert values[("floor", "document date exact")] == 1.0
    assert values[("floor", "release killed exact")] == 0.0  # "killed three" is verb-first
    assert values[("floor", "release arrested exact")] == 1.0


def _incident(ident: str, start: int, day: str) -> Incident:
    return Incident(
        id=ident,
        event_type=None,
        sub_event_type=None,
        date=IncidentDate(day, "day", 1.0),
        location=None,
        evidence=Evidence(start, start + 4, "word"),
        estimates={"killed": Estimate(1, 1, 1)},
    )


def test_each_operation_takes_the_first_unused_incident_inside_it(tmp_path: Path) -> None:
    [(_, ops)] = load_releases(_write(tmp_path, [_ROW]))
    first, second = _incident("a", 45, "2016-03-07"), _incident("b", 50, "2016-03-08")
    doc = Document(id="r1", text=_TEXT, stated_date=None, incidents=(first, second))
    # both incidents start inside the first operation: the second operation finds none
    assert match_operations(doc, ops) == [first, None]
    late = _incident("c", ops[1].start + 3, "2016-03-08")
    doc = Document(id="r1", text=_TEXT, stated_date=None, incidents=(late, first))
    assert match_operations(doc, ops) == [first, late]


def test_an_operations_report_begins_at_its_anchors_sentence() -> None:
    text = (
        "Brell Police\nOn the 3rd, a guard was shot dead at the Brell depot. On the 5th, "
        "detectives arrested two men. Troops killed one gunman and detained four others."
    )
    second = text.index("detectives")
    # the day told before the anchor belongs to the operation
    assert report_start(text, second, text.index("a guard")) == text.index("On the 5th")
    # an operation told in the same sentence as the one before starts at its anchor
    third = text.index("detained four")
    assert report_start(text, third, text.index("Troops killed")) == third
