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


def test_task_speed_run_alternates_workers_and_takes_medians(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write_articles(tmp_path / "a.jsonl", ["One.", "Two.", "Three."])
    calls: list[tuple[str, int]] = []
    fake_dps = {"bare": iter([100.0, 120.0, 110.0]), "pipeline": iter([70.0, 90.0, 60.0])}

    def fake_spawn(kind: str, p: Path, n: int, model: str, batch_size: int) -> dict[str, Any]:
        calls.append((kind, n))
        dps = next(fake_dps[kind])
        rss = 500.0 if kind == "bare" else 700.0
        cpu = dps * 2
        return {
            "kind": kind,
            "n": n,
            "seconds": n / dps,
            "docs_per_s": dps,
            "cpu_seconds": n / cpu,
            "cpu_docs_per_s": cpu,
            "peak_rss_mb": rss,
        }

    monkeypatch.setattr(task_speed, "spawn", fake_spawn)
    monkeypatch.setattr(task_speed, "MIN_TEXTS_FOR_REPEATS", 2)
    result = task_speed.run(BenchContext(data_dir=tmp_path, file=path, limit=2))
    assert calls == [("bare", 2), ("pipeline", 2)] * 3
    rows = {(m.system, m.metric): m for m in result.metrics}
    assert rows[("spacy", "docs_per_s")].value == pytest.approx(110.0)
    assert rows[("claimledger", "docs_per_s")].value == pytest.approx(70.0)
    assert rows[("claimledger", "ratio")].value == pytest.approx(70.0 / 110.0)
    assert rows[("claimledger", "peak_rss_mb")].value == pytest.approx(700.0)
    assert rows[("claimledger", "ratio")].n == 2
    assert rows[("claimledger", "cpu_ratio")].value == pytest.approx(140.0 / 220.0)
    assert "(0.01 s CPU)" in result.notes[1]
    assert any("goal ratio >= 0.60: met" in n and "< 1024 MB: met" in n for n in result.notes)


def test_task_speed_smoke_run_repeats_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write_articles(tmp_path / "a.jsonl", ["One.", "Two."])
    kinds: list[str] = []

    def fake_spawn(kind: str, p: Path, n: int, model: str, batch_size: int) -> dict[str, Any]:
        kinds.append(kind)
        return {"kind": kind, "n": n, "seconds": 1.0, "docs_per_s": 2.0, "peak_rss_mb": 1.0}

    monkeypatch.setattr(task_speed, "spawn", fake_spawn)
    result = task_speed.run(BenchContext(data_dir=tmp_path, file=path))
    assert kinds == ["bare", "pipeline"]
    assert "medians of 1 bare and 1 pipeline runs" in result.notes[-1]


def test_task_speed_goal_not_met_is_said(tmp_path: Path) -> None:
    result = TaskResult(task="speed")
    runs = [
        {"kind": "bare", "n": 5, "seconds": 0.05, "docs_per_s": 100.0, "peak_rss_mb": 400.0},
        {"kind": "pipeline", "n": 5, "seconds": 0.1, "docs_per_s": 50.0, "peak_rss_mb": 1500.0},
    ]
    task_speed.summarise(result, runs, 5)
    assert "goal ratio >= 0.60: NOT met" in result.notes[-1]
    assert "< 1024 MB: NOT met" in result.notes[-1]


def test_task_speed_missing_file_is_skipped(tmp_path: Path) -> None:
    result = task_speed.run(BenchContext(data_dir=tmp_path))
    assert result.skipped and result.notes[0].startswith("no data at ")


@pytest.mark.integration
def test_task_speed_measure_bare_in_process(nlp: Any) -> None:
    texts = ["Two guards were wounded at the gate.", "Nothing happened today."] * 5
    out = task_speed.measure("bare", texts, nlp.meta["lang"] + "_" + nlp.meta["name"], 4)
    assert out["kind"] == "bare" and out["n"] == 10
    assert out["docs_per_s"] > 0 and out["peak_rss_mb"] > 50
    assert out["cpu_seconds"] > 0 and out["cpu_docs_per_s"] > 0
    with pytest.raises(ValueError, match="unknown worker kind"):
        task_speed.measure("other", texts, nlp.meta["lang"] + "_" + nlp.meta["name"], 4)
