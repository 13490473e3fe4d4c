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


@pytest.fixture(scope="session")
def pg_cluster():  # type: ignore[no-untyped-def]
    """A PostgreSQL server for the session (tests/store/pg_cluster.py), or skip.

    With $CLAIMLEDGER_REQUIRE_PG=1 (CI) a missing server fails the tests instead.
    """
    import os

    from tests.store.pg_cluster import ENV_REQUIRE, ENV_URL, PGCluster

    cluster = PGCluster.start()
    if cluster is None:
        reason = f"no PostgreSQL: set ${ENV_URL} or install postgresql (initdb, pg_ctl)"
        if os.environ.get(ENV_REQUIRE) == "1":
            pytest.fail(f"{reason}; ${ENV_REQUIRE}=1 requires it", pytrace=False)
        pytest.skip(reason)
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_at(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Where to open a new store, on each backend: ``store_at("name")`` is a SQLite
    file path, or the URL of an empty PostgreSQL schema. ``request.param`` names the
    backend (tests read it as ``store_at.backend``)."""
    if request.param == "sqlite":

        def sqlite_file(name: str = "c") -> str:
            return str(tmp_path / f"{name}.db")

        sqlite_file.backend = "sqlite"  # type: ignore[attr-defined]
        return sqlite_file
    cluster = request.getfixturevalue("pg_cluster")

    def pg_schema(name: str = "c") -> str:
        return str(cluster.new_url(name))

    pg_schema.backend = "postgresql"  # type: ignore[attr-defined]
    return pg_schema
