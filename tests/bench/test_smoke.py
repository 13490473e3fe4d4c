"""CI smoke run of every bench task with --limit 20, so the harness cannot rot.

Reads the third-party data in ../shared/bench (skipped when absent). This is
not the benchmark: the full run's numbers are in BENCHMARKS.md.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger.bench.tasks import TASK_MODULES
from claimledger.cli import main

pytestmark = [pytest.mark.integration, pytest.mark.shared]


@pytest.mark.parametrize("task", sorted(TASK_MODULES))
def test_smoke_every_task_runs_and_writes_its_outputs(
    task: str, shared_bench: Path, tmp_path: Path
) -> None:
    result = CliRunner().invoke(
        main,
        [
            "bench",
            task,
            "--data",
            str(shared_bench),
            "--limit",
            "20",
            "--out",
            str(tmp_path),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert summary["task"] == task
    assert not summary["skipped"], summary["notes"]
    systems = {m["system"] for m in summary["metrics"]}
    if task == "fuzz":  # exceptions counted per stage: there is no baseline to beat
        assert {"read", "numbers", "dates", "places", "pipeline"} <= systems, systems
    else:
        assert "claimledger" in systems and len(systems) >= 2, systems  # ours beside a baseline
    assert all(m["n"] >= 0 for m in summary["metrics"])
    for suffix in (".md", ".json", "-errors.jsonl"):
        assert (tmp_path / f"{task}{suffix}").exists()
