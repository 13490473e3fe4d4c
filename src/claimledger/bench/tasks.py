"""The registry of bench tasks: name -> ``run(ctx) -> TaskResult``.

Task modules are imported lazily so that ``claimledger bench tbij`` does not
pay for the imports of every other task (textacy, lxml, ...).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Sequence
from typing import cast

from claimledger.bench.core import BenchContext, TaskResult, skipped, write_outputs

# task name -> module that defines ``run(ctx: BenchContext) -> TaskResult``
TASK_MODULES: dict[str, str] = {
    "tbij": "claimledger.bench.task_tbij",
    "gva": "claimledger.bench.task_gva",
    "acled": "claimledger.bench.task_acled",
    "case2021": "claimledger.bench.task_case2021",
    "geo": "claimledger.bench.task_geo",
    "attribution": "claimledger.bench.task_attribution",
    "speed": "claimledger.bench.task_speed",
    "linking": "claimledger.bench.task_linking",
    "events": "claimledger.bench.task_events",
    "fuzz": "claimledger.bench.task_fuzz",
    "airwars": "claimledger.bench.task_airwars",
    "claims": "claimledger.bench.task_claims",
    "grade": "claimledger.bench.task_grade",
    "long": "claimledger.bench.task_long",
    "datelines": "claimledger.bench.task_datelines",
    "releases": "claimledger.bench.task_releases",
}


def get_task(name: str) -> Callable[[BenchContext], TaskResult]:
    """The ``run`` function of task ``name``."""
    module = importlib.import_module(TASK_MODULES[name])
    return cast(Callable[[BenchContext], TaskResult], module.run)


def run_tasks(names: Sequence[str], ctx: BenchContext) -> Iterator[TaskResult]:
    """Run bench tasks in order, writing each one's summary and errors to ``ctx.out_dir``.

    Args:
        names: task names (every task when empty).
        ctx: the data folder, an optional file in a task's format, a limit, the output folder.

    Yields:
        One TaskResult per task; a single skipped result when the data folder is absent.

    Raises:
        ValueError: an unknown task name, or ``ctx.file`` given for more than one task.
    """
    unknown = [n for n in names if n not in TASK_MODULES]
    if unknown:
        raise ValueError(
            f"unknown task(s) {', '.join(unknown)}; choose from {', '.join(TASK_MODULES)}"
        )
    if ctx.file is not None and len(names) != 1:
        raise ValueError("--file needs exactly one task")
    return _run(names or tuple(TASK_MODULES), ctx)


def _run(names: Sequence[str], ctx: BenchContext) -> Iterator[TaskResult]:
    """Run the (checked) tasks one by one."""
    if ctx.file is None and not ctx.data_dir.exists():
        yield skipped("bench", f"benchmark data folder {ctx.data_dir} not found (give --data DIR)")
        return
    for name in names:
        result = get_task(name)(ctx)
        write_outputs(result, ctx.out_dir)
        yield result
