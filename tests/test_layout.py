"""The folders are the pipeline: size and shape limits that keep them readable.

These guard ``docs/architecture.md``: the package root holds only the public
API, the typed records, errors, options and the pipeline wiring; every stage
lives in its own package; no module passes 600 lines and no function 80.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "claimledger"
ARCHITECTURE = Path(__file__).resolve().parents[1] / "docs" / "architecture.md"

MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80
# What the root may hold: the public API, records, errors, options, wiring.
ROOT_MODULES = {"__init__.py", "records.py", "errors.py", "options.py", "pipeline.py"}
# The stage packages, in the order data flows, and the packages beside them.
STAGES = (
    "read",
    "nlp",
    "segment",
    "extract",
    "attribute",
    "critical",
    "reconcile",
    "corpus",
    "store",
    "export",
)
BESIDE = ("resources", "cli", "bench", "serve", "train")
# corpus writes into the store and queries it through its interface: the data
# flows corpus -> store, the import points the same way.
ALLOWED_FORWARD = {("corpus", "store")}


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layout_module_under_600_lines(path: Path) -> None:
    assert _lines(path) <= MAX_MODULE_LINES, f"{path.name}: split it by concern"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layout_functions_under_80_lines(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, long


def test_layout_root_holds_no_stage_module() -> None:
    root_modules = {p.name for p in PACKAGE.glob("*.py")}
    assert root_modules <= ROOT_MODULES, sorted(root_modules - ROOT_MODULES)


def _packages() -> set[str]:
    return {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}


def test_layout_every_package_is_a_stage_or_beside_them() -> None:
    assert _packages() <= set(STAGES) | set(BESIDE), sorted(_packages() - set(STAGES + BESIDE))
    assert set(STAGES) <= _packages()


def test_layout_architecture_doc_names_every_package() -> None:
    doc = ARCHITECTURE.read_text(encoding="utf-8")
    missing = [name for name in sorted(_packages()) if f"`{name}/`" not in doc]
    assert not missing, missing


def test_layout_a_stage_never_imports_a_later_stage() -> None:
    """Records flow one way: read -> nlp -> segment -> ... -> export."""
    order = {name: i for i, name in enumerate(STAGES)}
    backwards = []
    for stage in STAGES:
        for path in sorted((PACKAGE / stage).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.ImportFrom) or not node.module:
                    continue
                parts = node.module.split(".")
                if parts[0] == "claimledger" and len(parts) > 1 and parts[1] in order:
                    later = order[parts[1]] > order[stage]
                    if later and (stage, parts[1]) not in ALLOWED_FORWARD:
                        backwards.append(f"{path.relative_to(PACKAGE)} imports {node.module}")
    assert not backwards, backwards
