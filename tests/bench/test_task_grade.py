"""Bench task ``grade``: scoring against made-up labels (no third-party data)."""

from __future__ import annotations

from pathlib import Path

from claimledger.bench import task_grade
from claimledger.bench.core import BenchContext, TaskResult


def _case(gold: str, ours: str, count: str) -> task_grade.Case:
    return gold, {
        task_grade.OURS: ours,
        task_grade.EVIDENCE: ours,
        task_grade.COUNT: count,
        task_grade.FLOOR: "fair",
    }


def test_score_cases_per_grade_recall_and_macro_f1() -> None:
    cases = [
        _case("fair", "fair", "fair"),
        _case("fair", "fair", "weak"),
        _case("fair", "weak", "fair"),
        _case("weak", "weak", "weak"),
        _case("contested", "contested", "fair"),
    ]
    result = TaskResult(task="grade")
    task_grade.score_cases(result, cases, ["contested", "fair", "weak"])
    got = {(m.system, m.metric): m.value for m in result.metrics}
    assert got[("claimledger", "recall_fair")] == 2 / 3
    assert got[("claimledger", "recall_weak")] == 1.0
    assert got[("claimledger", "recall_contested")] == 1.0
    assert got[("floor", "recall_fair")] == 1.0
    assert got[("floor", "recall_weak")] == 0.0
    # floor macro-F1 over the gold grades (fair, weak, contested): 0.75, 0, 0.
    assert abs(got[("floor", "macro_f1")] - 0.25) < 1e-9
    # ours: fair P=1 R=2/3 F=0.8; weak P=1/2 R=1 F=2/3; contested 1.
    assert abs(got[("claimledger", "macro_f1")] - (0.8 + 2 / 3 + 1) / 3) < 1e-9
    # A grade only predicted (never gold) counts too, as F1 0.
    alone = [_case("fair", "discounted", "fair"), _case("fair", "fair", "fair")]
    other = TaskResult(task="grade")
    task_grade.score_cases(other, alone, ["fair"])
    macro = {m.system: m.value for m in other.metrics if m.metric == "macro_f1"}
    assert macro["claimledger"] == (2 / 3 + 0) / 2
    assert macro["floor"] == 1.0
    assert (
        abs(got[("source-count", "mean_recall_fair_weak_contested")] - (2 / 3 + 1 + 0) / 3) < 1e-9
    )
    ci = next(m for m in result.metrics if m.metric == "macro_f1" and m.system == "claimledger")
    assert ci.ci_low is not None and ci.ci_high is not None and ci.ci_low <= ci.value <= ci.ci_high


def test_grade_task_skips_without_data(tmp_path: Path) -> None:
    result = task_grade.run(BenchContext(data_dir=tmp_path))
    assert result.skipped and "no data" in result.notes[0]
