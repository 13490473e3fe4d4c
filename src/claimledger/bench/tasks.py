"""The registry of bench tasks: name -> ``run(ctx) -> TaskResult``.

Task modules are imported lazily so that ``claimledger bench tbij`` does not
pay for the imports of every other task (textacy, lxml, ...).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from claimledger.bench.core import BenchContext, TaskResult

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
}


def get_task(name: str) -> Callable[[BenchContext], TaskResult]:
    """The ``run`` function of task ``name``."""
    module = importlib.import_module(TASK_MODULES[name])
    return module.run
