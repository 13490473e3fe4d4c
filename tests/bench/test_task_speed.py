"""Tests of the speed bench task: aggregation with fake workers, one real in-process run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimledger.bench import task_speed
from claimledger.bench.core import BenchContext, TaskResult


def _write_articles(path: Path, texts: list[str]) -> Path:
    rows = [
        {
            "doc_id": f"a{i}",
            "incident_id": "1",
            "title": "t",
            "published": "2020-01-01",
            "text": t,
            "text_flag": None if t else "empty",
        }
        for i, t in enumerate(texts)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_task_speed_load_texts_skips_empty(tmp_path: Path) -> None:
    path = _write_articles(tmp_path / "a.jsonl", ["First text.", "", "Second text.", "Third."])
    assert task_speed.load_texts(path, 2) == ["First text.", "Second text."]
    assert task_speed.load_texts(path, 10) == ["First text.", "Second text.", "Third."]


class FakeWorker:
    """A worker whose seconds per text are given: bare 0.1 s, pipeline as set per slice."""

    log: list[tuple[str, int, int]] = []
    pipeline_s: dict[int, float] = {}

    def __init__(self, kind: str, path: Path, n: int, model: str, batch_size: int) -> None:
        self.kind = kind

    def ready(self) -> None:
        self.log.append((self.kind, -1, -1))

    def time(self, i: int, j: int) -> dict[str, Any]:
        self.log.append((self.kind, i, j))
        per_text = 0.1 if self.kind == "bare" else self.pipeline_s.get(i, 0.2)
        return {"n": j - i, "seconds": per_text * (j - i), "cpu_seconds": per_text * (j - i) / 2}

    def close(self) -> float:
        return 500.0 if self.kind == "bare" else 700.0

    def kill(self) -> None:
        self.log.append((self.kind, -2, -2))


def test_task_speed_chunks_cover_every_text_once() -> None:
    assert task_speed.chunks(60, 25) == [(0, 25), (25, 50), (50, 60)]
    assert task_speed.chunks(3, 25) == [(0, 3)]


def test_task_speed_run_pairs_rounds_and_takes_the_median_ratio(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write_articles(tmp_path / "a.jsonl", ["One.", "Two.", "Three.", "Four.", "Five."])
    FakeWorker.log = []
    # Slices start at 0, 2, 4: the pipeline takes 0.2, 0.4 and 0.25 s a text against bare's 0.1.
    FakeWorker.pipeline_s = {0: 0.2, 2: 0.4, 4: 0.25}
    monkeypatch.setattr(task_speed, "Worker", FakeWorker)
    monkeypatch.setattr(task_speed, "ROUND_TEXTS", 2)
    monkeypatch.setattr(task_speed, "MIN_TEXTS_FOR_REPEATS", 2)
    result = task_speed.run(BenchContext(data_dir=tmp_path, file=path))
    timed = [entry for entry in FakeWorker.log if entry[1] >= 0]
    # 3 passes x 3 slices, both sides per slice, the first side alternating per round.
    assert len(timed) == 18
    assert timed[:4] == [("bare", 0, 2), ("pipeline", 0, 2), ("pipeline", 2, 4), ("bare", 2, 4)]
    rows = {(m.system, m.metric): m for m in result.metrics}
    # Round ratios 0.5, 0.25, 0.4 per pass: the median is 0.4, the pooled 0.345.
    assert rows[("claimledger", "ratio")].value == pytest.approx(0.4)
    assert rows[("claimledger", "ratio")].n == 9
    assert rows[("claimledger", "pooled_ratio")].value == pytest.approx(0.5 / 1.45)
    assert rows[("spacy", "docs_per_s")].value == pytest.approx(10.0)
    assert rows[("claimledger", "cpu_ratio")].value == pytest.approx(0.4)
    assert rows[("claimledger", "peak_rss_mb")].value == pytest.approx(700.0)
    assert "median of 9 paired rounds" in result.notes[-1]
    assert "goal ratio >= 0.60: NOT met" in result.notes[-1]


def test_task_speed_smoke_run_times_each_slice_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write_articles(tmp_path / "a.jsonl", ["One.", "Two."])
    FakeWorker.log = []
    FakeWorker.pipeline_s = {0: 0.125}
    monkeypatch.setattr(task_speed, "Worker", FakeWorker)
    result = task_speed.run(BenchContext(data_dir=tmp_path, file=path))
    assert [e for e in FakeWorker.log if e[1] >= 0] == [("bare", 0, 2), ("pipeline", 0, 2)]
    rows = {(m.system, m.metric): m for m in result.metrics}
    assert rows[("claimledger", "ratio")].value == pytest.approx(0.8)
    assert "goal ratio >= 0.60: met" in result.notes[-1] and "< 1024 MB: met" in result.notes[-1]


def test_task_speed_failed_worker_stops_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write_articles(tmp_path / "a.jsonl", ["One.", "Two."])
    FakeWorker.log = []

    class Failing(FakeWorker):
        def time(self, i: int, j: int) -> dict[str, Any]:
            if self.kind == "pipeline":
                raise RuntimeError("pipeline worker failed (1): boom")
            return super().time(i, j)

    monkeypatch.setattr(task_speed, "Worker", Failing)
    with pytest.raises(RuntimeError, match="boom"):
        task_speed.run(BenchContext(data_dir=tmp_path, file=path))
    assert sorted(e[0] for e in FakeWorker.log if e[1] == -2) == ["bare", "pipeline"]


def test_task_speed_goal_not_met_is_said() -> None:
    result = TaskResult(task="speed")
    rounds = [
        {
            "bare": {"n": 5, "seconds": 0.05, "cpu_seconds": 0.05},
            "pipeline": {"n": 5, "seconds": 0.1, "cpu_seconds": 0.1},
        }
    ]
    task_speed.summarise(result, rounds, {"bare": 400.0, "pipeline": 1500.0}, 5)
    assert "goal ratio >= 0.60: NOT met" in result.notes[-1]
    assert "< 1024 MB: NOT met" in result.notes[-1]


def test_task_speed_missing_file_is_skipped(tmp_path: Path) -> None:
    result = task_speed.run(BenchContext(data_dir=tmp_path))
    assert result.skipped and result.notes[0].startswith("no data at ")


@pytest.mark.integration
def test_task_speed_worker_process_times_slices(tmp_path: Path, nlp: Any) -> None:
    path = _write_articles(tmp_path / "a.jsonl", ["Two guards were wounded.", "Calm day."] * 3)
    model = nlp.meta["lang"] + "_" + nlp.meta["name"]
    worker = task_speed.Worker("bare", path, 6, model, 4)
    worker.ready()
    first, second = worker.time(0, 4), worker.time(4, 6)
    assert (first["n"], second["n"]) == (4, 2)
    assert first["seconds"] > 0 and first["cpu_seconds"] > 0
    assert worker.close() > 50


@pytest.mark.integration
def test_task_speed_measure_bare_in_process(nlp: Any) -> None:
    texts = ["Two guards were wounded at the gate.", "Nothing happened today."] * 5
    out = task_speed.measure("bare", texts, nlp.meta["lang"] + "_" + nlp.meta["name"], 4)
    assert out["kind"] == "bare" and out["n"] == 10
    assert out["docs_per_s"] > 0 and out["peak_rss_mb"] > 50
    assert out["cpu_seconds"] > 0
    with pytest.raises(ValueError, match="unknown worker kind"):
        task_speed.measure("other", texts, nlp.meta["lang"] + "_" + nlp.meta["name"], 4)
