"""The datelines bench task: its floor, its file check and its scores on texts of ours."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.bench.core import BenchContext
from claimledger.bench.task_datelines import floor_date, load_texts, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted 4 May 2014\nGunmen killed two on 2 May 2014.", "2014-05-04"),
        ("Text first.\nLater: Sept. 9, 2011, and 2011-09-08.", "2011-09-09"),
        ("Log 2011-09-08\nThen on 9 September 2011.", "2011-09-08"),
        ("Troops killed 31 May 2014 ... no, 31 Feb 2014.", "2014-05-31"),
        ("Nothing dated here, only Friday.", None),
        ("Ambiguous 05/03/2017 only.", None),
        ("The Mayor 3, 2014 plan; Sept. 4, 2014.", "2014-09-04"),  # a month's name, whole
    ],
)
def test_floor_takes_the_first_full_date(text: str, expected: str | None) -> None:
    assert floor_date(text) == expected


def test_load_texts_rejects_a_bad_date(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        json.dumps({"id": "a", "document_date": "2014-13-01", "incident_date": None, "text": "x"})
        + "\n",
        "utf-8",
    )
    with pytest.raises(ValueError):
        load_texts(path)


def test_load_texts_rejects_a_missing_text(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "a", "document_date": None}) + "\n", "utf-8")
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        load_texts(path)


def test_run_scores_the_pipeline_and_the_floor(tmp_path: Path) -> None:
    path = tmp_path / "texts.jsonl"
    rows = [
        # dateline and "yesterday": both right for us; the floor gets the document date only
        {
            "id": "t1",
            "document_date": "2015-04-09",
            "incident_date": "2015-04-08",
            "text": "KANO, April 9, 2015 -\nGunmen killed four traders yesterday, police said.",
        },
        # no header date at all: both empty is right
        {
            "id": "t2",
            "document_date": None,
            "incident_date": None,
            "text": "Gunmen killed four traders on Friday, police said.",
        },
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    result = run(BenchContext(data_dir=tmp_path, file=path, out_dir=tmp_path / "out"))
    values = {(m.system, m.metric): m.value for m in result.metrics}
    assert values[("claimledger", "document date exact")] == 1.0
    assert values[("claimledger", "incident date exact")] == 1.0
    assert values[("floor", "document date exact")] == 1.0
    assert values[("floor", "incident date exact")] == 0.5
    assert result.errors == []


def test_run_counts_a_week_as_no_day(tmp_path: Path) -> None:
    # "late last week" gives the incident a week, not a day: right against a null gold,
    # wrong against a day.
    text = "KANO, April 9, 2015 -\nGunmen killed four traders late last week, police said."
    rows = [
        {"id": "w1", "document_date": "2015-04-09", "incident_date": None, "text": text},
        {"id": "w2", "document_date": "2015-04-09", "incident_date": "2015-04-02", "text": text},
    ]
    path = tmp_path / "weeks.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    result = run(BenchContext(data_dir=tmp_path, file=path, out_dir=tmp_path / "out"))
    values = {(m.system, m.metric): m.value for m in result.metrics}
    assert values[("claimledger", "incident date exact")] == 0.5
    assert [e["id"] for e in result.errors] == ["w2"]
