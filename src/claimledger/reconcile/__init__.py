"""Stage "reconcile" (one document): claims and mentions -> ``Incident`` + ``Estimate``.

The names below are imported on first use (PEP 562): the estimates and the grade
import the readers and spaCy, and a command that only reads a store imports
``reconcile.origin`` (names compared loosely) without them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimledger.reconcile.estimates import ESTIMATE_RULE, estimate, estimate_figures
    from claimledger.reconcile.grade import grade_incidents, grade_text, independent_sources
    from claimledger.reconcile.incidents import build_incidents

# name -> the module that defines it
_LAZY = {
    "ESTIMATE_RULE": "estimates",
    "build_incidents": "incidents",
    "estimate": "estimates",
    "estimate_figures": "estimates",
    "grade_incidents": "grade",
    "grade_text": "grade",
    "independent_sources": "grade",
}

__all__ = [
    "ESTIMATE_RULE",
    "build_incidents",
    "estimate",
    "estimate_figures",
    "grade_incidents",
    "grade_text",
    "independent_sources",
]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
