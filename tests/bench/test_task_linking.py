"""Bench task ``linking``: B-cubed scoring and a smoke run on GVA."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.bench.core import BenchContext
from claimledger.bench.task_linking import bcubed, bcubed_items, run


def test_task_linking_bcubed_by_hand() -> None:
    # gold {a,b,c} {d}; predicted {a,b} {c,d}
    pairs = bcubed_items(["x", "x", "y", "y"], ["g1", "g1", "g1", "g2"])
    assert pairs == [(1.0, 2 / 3), (1.0, 2 / 3), (0.5, 1 / 3), (0.5, 1.0)]
    p, r, f = bcubed(pairs)
    assert (p, r) == (0.75, pytest.approx(2 / 3))
    assert f == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))


def test_task_linking_singletons_have_full_precision() -> None:
    p, r, _ = bcubed(bcubed_items(["1", "2", "3"], ["g", "g", "h"]))
    assert (p, r) == (1.0, pytest.approx((0.5 + 0.5 + 1.0) / 3))
    assert bcubed([]) == (0.0, 0.0, 0.0)


def test_task_linking_skips_without_data(tmp_path: Path) -> None:
    result = run(BenchContext(data_dir=tmp_path))
    assert result.skipped


@pytest.mark.integration
@pytest.mark.shared
@pytest.mark.slow
def test_task_linking_smoke_run(shared_bench: Path, tmp_path: Path) -> None:
    result = run(BenchContext(data_dir=shared_bench, limit=40, out_dir=tmp_path))
    systems = {(m.system, m.metric): m for m in result.metrics}
    ours = systems[("claimledger", "bcubed_f1")]
    alone = systems[("floor: every document alone", "bcubed_f1")]
    assert ours.n == alone.n >= 40
    assert ours.value is not None and alone.value is not None
    assert systems[("floor: every document alone", "bcubed_precision")].value == 1.0
    # Even on a smoke run, linking must not lose to keeping every document alone.
    assert ours.value >= alone.value
    assert any("SMOKE RUN" in n for n in result.notes)
