"""Tests of the airwars bench task and its loader, with a monkeypatched pipeline."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from claimledger.bench import task_airwars
from claimledger.bench.core import BenchContext
from claimledger.bench.load_airwars import load_assessments
from claimledger.options import Options
from claimledger.records import (
    Claim,
    Document,
    Estimate,
    Evidence,
    Incident,
    RawDocument,
    Source,
)

COLUMNS = [
    "incident_id", "date", "url", "killed_min", "killed_max", "killed_raw", "injured_min",
    "injured_max", "injured_raw", "grading", "strike_status", "assessment", "summary_block",
]  # fmt: skip
# Three invented assessments in Airwars' format (our own words).
ROWS: list[dict[str, str]] = [
    {
        "incident_id": "A1",
        "date": "2023-10-09",
        "killed_min": "3",
        "killed_max": "5",
        "injured_min": "2",
        "injured_max": "2",
        "assessment": "Up to five civilians were killed and two injured, a local agency said.",
        "summary_block": "SECRET-LABEL 3-5 civilians killed",
    },
    {
        "incident_id": "A2",
        "date": "2023-10-10",
        "killed_min": "1",
        "killed_max": "1",
        "injured_min": "",
        "injured_max": "",
        "assessment": "Four people were killed when the house was hit, relatives wrote.",
        "summary_block": "SECRET-LABEL 1 civilian killed",
    },
    {
        "incident_id": "A3",
        "date": "2023-10-11",
        "killed_min": "Unknown",
        "killed_max": "",
        "injured_min": "6",
        "injured_max": "8",
        "assessment": "Several people were hurt in the strike on the market.",
        "summary_block": "SECRET-LABEL 6-8 injured",
    },
]
SEEN: list[RawDocument] = []


def _ev(text: str) -> Evidence:
    return Evidence(0, len(text), text, "x", "test", 1.0)


def _doc(doc_id: str, estimates: dict[str, Estimate]) -> Document:
    claims = tuple(
        Claim(f, f"{e.best} {f}", e.low, e.high, "exact", Source("an agency", "media"), False,
              _ev(f"{e.best} {f}"))
        for f, e in estimates.items()
    )  # fmt: skip
    inc = Incident(id=f"{doc_id}-1", event_type=None, sub_event_type=None, date=None,
                   location=None, claims=claims, estimates=estimates)  # fmt: skip
    return Document(id=doc_id, text="", stated_date=None, incidents=(inc,))


FAKE = {
    "A1": _doc("A1", {"killed": Estimate(3, 4, 5), "injured": Estimate(2, 2, 2)}),
    "A2": _doc("A2", {"killed": Estimate(4, 4, 4)}),
    "A3": _doc("A3", {}),
}


def _fake_analyze(raws: Iterable[RawDocument], options: Options) -> Iterator[Document]:
    for raw in raws:
        SEEN.append(raw)
        yield FAKE[raw.id]


@pytest.fixture()
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "mini.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        for row in ROWS:
            w.writerow({c: row.get(c, "") for c in COLUMNS})
    return path


def _metric(result: Any, system: str, name: str) -> tuple[float | None, int]:
    found = [m for m in result.metrics if m.system == system and m.metric == name]
    assert len(found) == 1, (system, name)
    return found[0].value, found[0].n


def test_task_airwars_loader_reads_labels_apart(csv_file: Path) -> None:
    items = list(load_assessments(csv_file))
    assert [a.id for a in items] == ["A1", "A2", "A3"]
    assert (items[0].killed_min, items[0].killed_max) == (3, 5)
    assert items[2].killed_min is None and (items[2].injured_min, items[2].injured_max) == (6, 8)
    assert items[1].injured_min is None
    assert all("SECRET-LABEL" not in a.text for a in items)


def test_task_airwars_run_never_gives_labels_to_the_system(
    csv_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    SEEN.clear()
    monkeypatch.setattr(task_airwars, "analyze_documents", _fake_analyze)
    result = task_airwars.run(BenchContext(data_dir=tmp_path / "none", file=csv_file))
    assert [r.id for r in SEEN] == ["A1", "A2", "A3"]
    for raw in SEEN:
        assert raw.published is None  # the date column is a label
        assert "SECRET-LABEL" not in raw.text and "SECRET-LABEL" not in (raw.title or "")
    # killed: A1 best 4 in [3, 5] and low 3 exact; A2 best 4 outside [1, 1]; A3 has no minimum.
    assert _metric(result, "claimledger", "killed_best_in_gold") == (0.5, 2)
    assert _metric(result, "claimledger", "killed_low_exact") == (0.5, 2)
    # injured: A1 2 in [2, 2]; A3 none (scored 0) outside [6, 8].
    assert _metric(result, "claimledger", "injured_best_in_gold") == (0.5, 2)
    # Floor: "five civilians were killed" (A1: 5 in [3, 5]), "Four people were killed" (A2: out).
    assert _metric(result, "floor", "killed_best_in_gold") == (0.5, 2)
    assert _metric(result, "floor", "killed_low_exact") == (0.0, 2)
    errors = sorted((e["id"], e["field"]) for e in result.errors)
    assert errors == [("A2", "killed"), ("A3", "injured")]
    assert all("text" not in e for e in result.errors)


def test_task_airwars_missing_file_is_skipped(tmp_path: Path) -> None:
    missing = task_airwars.run(BenchContext(data_dir=tmp_path / "absent"))
    assert missing.skipped


@pytest.mark.shared
def test_task_airwars_dev_file_loads(shared_bench: Path) -> None:
    items = list(load_assessments(shared_bench / "airwars" / "gaza-2023-dev.csv"))
    assert len(items) == 320
    assert sum(1 for a in items if a.killed_min is not None) == 286
