"""Fixtures shared by the corpus tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from claimledger.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty SQLite store in the test's own directory, closed afterwards."""
    s = Store.open(tmp_path / "c.db")
    yield s
    s.close()
