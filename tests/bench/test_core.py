"""Tests of the shared bench machinery (bench/core.py)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from claimledger.bench.core import (
    BenchContext,
    Metric,
    TaskResult,
    bootstrap_ci,
    bootstrap_fn,
    prf,
    score,
    skipped,
    to_json,
    to_markdown,
    write_outputs,
)
from claimledger.resources.geodesy import haversine_km


def test_core_bootstrap_ci_is_seeded_and_brackets_the_mean() -> None:
    values = [1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0, 1.0, 0.0, 1.0]
    value, lo, hi = bootstrap_ci(values)
    assert value == pytest.approx(0.7)
    assert lo is not None and hi is not None
    assert 0.3 <= lo < 0.7 < hi <= 1.0
    assert bootstrap_ci(values) == (value, lo, hi)  # same seed, same interval


def test_core_bootstrap_ci_constant_and_empty() -> None:
    assert bootstrap_ci([2.0, 2.0, 2.0]) == (2.0, 2.0, 2.0)
    assert bootstrap_ci([]) == (None, None, None)
    assert bootstrap_ci([float("nan")]) == (None, None, None)


def test_core_bootstrap_median() -> None:
    value, lo, hi = bootstrap_ci([1.0, 2.0, 3.0, 100.0, 5.0], stat="median")
    assert value == 3.0
    assert lo is not None and hi is not None and lo <= 3.0 <= hi


def test_core_score_n_counts_only_scored_values() -> None:
    m = score("claimledger", "x", [1.0, float("nan"), 0.0])
    assert m.value == pytest.approx(0.5)
    assert m.n == 2


def test_core_bootstrap_fn_corpus_statistic() -> None:
    cases = [(1, 1), (1, 0), (0, 0), (1, 1)]
    value, lo, hi = bootstrap_fn(cases, lambda cs: sum(a == b for a, b in cs) / len(cs))
    assert value == pytest.approx(0.75)
    assert lo is not None and hi is not None and lo <= 0.75 <= hi
    assert bootstrap_fn([], lambda cs: 0.0) == (None, None, None)


def test_core_prf() -> None:
    assert prf(8, 2, 2) == pytest.approx((0.8, 0.8, 0.8))
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
    p, r, f = prf(1, 3, 0)
    assert (p, r) == (0.25, 1.0) and f == pytest.approx(0.4)


def test_core_haversine_km() -> None:
    assert haversine_km(0.0, 0.0, 0.0, 0.0) == 0.0
    # One degree of latitude is about 111.2 km on a 6371 km sphere.
    assert haversine_km(10.0, 20.0, 11.0, 20.0) == pytest.approx(111.19, abs=0.01)
    assert haversine_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(math.pi * 6371.0)


def test_core_task_result_rows_and_markdown() -> None:
    result = TaskResult(task="demo", data="demo.jsonl")
    result.add("floor", "acc", [0.0, 1.0])
    result.add("claimledger", "acc", [1.0, 1.0])
    result.add_fixed("claimledger", "docs_per_s", 1234.5, 10)
    result.notes.append("two cases")
    md = to_markdown(result)
    lines = md.splitlines()
    assert lines[0] == "### demo"
    assert "Data: `demo.jsonl`" in lines
    acc = [ln for ln in lines if ln.startswith("| acc |")]
    assert acc[0].startswith("| acc | claimledger | 1.000 |")  # ours first
    assert acc[1].startswith("| acc | floor | 0.500 |")
    assert "| docs_per_s | claimledger | 1234 | – | 10 |" in lines
    assert lines[-1] == "- two cases"
    assert to_json(result)["metrics"][2] == {
        "system": "claimledger",
        "metric": "docs_per_s",
        "value": 1234.5,
        "ci_low": None,
        "ci_high": None,
        "n": 10,
    }


def test_core_skipped_and_outputs(tmp_path: Path) -> None:
    result = skipped("demo", "no data at /nowhere")
    assert result.skipped and "skipped: no data at /nowhere" in to_markdown(result)
    result.errors.append({"id": "x", "gold": 1, "predicted": Path("p")})
    paths = write_outputs(result, tmp_path / "out")
    assert json.loads(paths["json"].read_text())["skipped"] is True
    (row,) = [json.loads(ln) for ln in paths["errors"].read_text().splitlines()]
    assert row == {"id": "x", "gold": 1, "predicted": "p"}


def test_core_context_defaults() -> None:
    ctx = BenchContext(data_dir=Path("d"))
    assert ctx.file is None and ctx.limit is None
    assert ctx.out_dir == Path("bench-results")
    assert Metric("s", "m", None, None, None, 0).value is None
