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


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.db"
    build_store(path).close()
    return path


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """What ``serve`` passes to ``uvicorn.run`` (which is not run)."""
    import uvicorn

    calls: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.update(app=app, **kw))
    return calls


def test_serve_cli_runs_uvicorn_with_its_options(
    db: Path, seen: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMLEDGER_TOKEN", "from-env")
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8123)
    assert (
        "/api/documents" in seen["app"].openapi()["paths"]
    )  # the token from the environment enables writes
    assert "read and write" in result.output


def test_serve_cli_with_workers_hands_uvicorn_a_factory_and_its_settings(
    db: Path, seen: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from claimledger.serve.app import app_from_environment

    monkeypatch.delenv("CLAIMLEDGER_TOKEN", raising=False)
    # the variables the command sets for its worker processes, put back after the test
    for name in ("CLAIMLEDGER_SERVE_DB", "CLAIMLEDGER_SERVE_THREADS"):
        monkeypatch.setenv(name, "unset")
        monkeypatch.delenv(name)
    args = ["serve", "--db", str(db), "--workers", "2", "--threads", "3"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert seen["app"] == "claimledger.serve.app:app_from_environment"
    assert (seen["factory"], seen["workers"]) == (True, 2)
    assert os.environ["CLAIMLEDGER_SERVE_DB"] == str(db)
    assert os.environ["CLAIMLEDGER_SERVE_THREADS"] == "3"
    assert "read-only" in result.output and "2 processes" in result.output
    # What each worker process builds from them: the read-only API over that store.
    app = app_from_environment()
    assert "/api/incidents" in app.openapi()["paths"]
    assert "/api/documents" not in app.openapi()["paths"]


def test_serve_worker_without_its_environment_says_how_to_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimledger.serve.app import app_from_environment

    monkeypatch.delenv("CLAIMLEDGER_SERVE_DB", raising=False)
    with pytest.raises(RuntimeError, match="start the server with `claimledger serve`"):
        app_from_environment()


def test_serve_cli_rejects_zero_workers(db: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.output


def test_serve_with_two_worker_processes_answers_over_http(db: Path) -> None:
    import subprocess
    import sys
    import time

    import httpx2 as httpx

    from tests.serve.live import free_port

    port = free_port()
    exe = Path(sys.executable).with_name("claimledger")
    proc = subprocess.Popen(
        [str(exe), "serve", "--db", str(db), "--port", str(port), "--workers", "2"],
        stderr=subprocess.PIPE,
    )
    try:
        # Two processes each import the app (and its pipeline): slow on a loaded machine.
        deadline = time.monotonic() + 180
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/incidents?limit=2", timeout=5)
                break
            except httpx.HTTPError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "the server did not start in 180 s"
                time.sleep(0.2)
        assert answer.status_code == 200
        body = answer.json()
        assert body["total"] == 4 and len(body["items"]) == 2
    finally:
        proc.terminate()
        proc.wait(timeout=30)
