"""Shared fixtures (the only conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FALLUJAH = SHARED / "corpus" / "forum-coalition-strike-fallujah.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The pinned English pipeline, loaded once per test session."""
    from claimledger.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def fallujah_text() -> str:
    """The reference text from ../shared (tests that need it skip when it is absent)."""
    if not FALLUJAH.exists():
        pytest.skip("../shared/corpus is not present")
    return FALLUJAH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_bench() -> Path:
    path = SHARED / "bench"
    if not path.exists():
        pytest.skip("../shared/bench is not present")
    return path
