"""``claimledger serve``: refuses a missing store, passes its options to uvicorn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from tests.fixtures.corpus.handmade import build_store


def test_serve_cli_refuses_a_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "none.db: no such store" in result.output
    assert not (tmp_path / "none.db").exists()  # never creates an empty store


def test_serve_cli_runs_uvicorn_with_its_options(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    db = tmp_path / "corpus.db"
    build_store(db).close()
    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    monkeypatch.setenv("CLAIMLEDGER_TOKEN", "from-env")
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8123)
    assert (
        "/api/documents" in seen["app"].openapi()["paths"]
    )  # the token from the environment enables writes
    assert "read and write" in result.output
