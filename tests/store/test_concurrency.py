"""Concurrent writers and killed ingests, on both backends: no spurious errors, nothing
stored twice, nothing committed lost; no orphaned workers."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from claimledger.corpus.ingest import ingest_documents
from claimledger.errors import StoreError
from claimledger.options import Options
from claimledger.store import Store
from tests.fixtures.corpus.handmade import generated_raws, handmade_analyzer

ROOT = Path(__file__).resolve().parents[2]

_INGEST_SCRIPT = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from claimledger.corpus.ingest import ingest_documents
    from claimledger.options import Options
    from claimledger.store import Store
    from tests.fixtures.corpus.handmade import generated_raws, handmade_analyzer

    # The guard matters: spawned workers import this file as their main module, and
    # without it each worker would start an ingest (and a pool) of its own.
    if __name__ == "__main__":
        with Store.open({db!r}) as store:
            report = ingest_documents(generated_raws({n}), store, Options(batch_size=4),
                                      analyzer=handmade_analyzer, commit_every=4,
                                      workers={workers})
        print(report.stored, report.already_stored, report.errors, flush=True)
        for p in report.problems:
            print("PROBLEM", p, flush=True)
    """
)


def _script(tmp_path: Path, db: str, n: int, workers: int = 1) -> Path:
    script = tmp_path / f"run-{workers}.py"
    text = _INGEST_SCRIPT.format(root=str(ROOT), db=str(db), n=n, workers=workers)
    script.write_text(text, encoding="utf-8")
    return script


def _count(where: str, table: str) -> int:
    """Committed rows of ``table`` as another reader sees them (0 before the store exists)."""
    try:
        with Store.open(where, read_only=True) as store:
            return int(store._con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])  # type: ignore[attr-defined]
    except StoreError:
        return 0


def test_store_two_concurrent_ingests_of_the_same_input_store_each_document_once(
    tmp_path: Path, store_at: Any
) -> None:
    n = 60
    db = store_at()
    Store.open(db).close()  # both start on an existing store
    script = _script(tmp_path, db, n)
    env = {**os.environ, "CLAIMLEDGER_TEST_SLEEP": "0.01"}
    procs = [
        subprocess.Popen([sys.executable, str(script)], env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=180)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    assert not any("PROBLEM" in out for out in outs), outs
    counts = [tuple(int(x) for x in out.split()[:3]) for out in outs]
    # Every document is stored once, by one of the two; the other counts it as already stored.
    assert sum(c[0] for c in counts) == n
    assert all(stored + already == n and errors == 0 for stored, already, errors in counts)
    assert _count(db, "errors") == 0
    assert _count(db, "documents") == n
    assert _count(db, "incidents") == n
    assert _count(db, "incident_links") == n
    # Each external id names exactly one document: nothing was stored twice.
    assert _count(db, "document_ids") == n


def test_store_document_stored_meanwhile_by_another_writer_is_already_stored(
    store_at: Any,
) -> None:
    raws = generated_raws(6)
    db = store_at()
    with Store.open(db) as other:  # another process stores two texts after we looked them up
        ingest_documents(raws[:2], other, Options(), analyzer=handmade_analyzer)
    with Store.open(db) as store:
        real_find = store.find_by_hash
        store.find_by_hash = lambda h: None  # type: ignore[method-assign]
        report = ingest_documents(raws, store, Options(), analyzer=handmade_analyzer)
        store.find_by_hash = real_find  # type: ignore[method-assign]
        assert (report.stored, report.already_stored, report.errors) == (4, 2, 0)
        assert store.errors() == []
        assert store.counts().documents == 6


@pytest.mark.slow
def test_store_survives_sigkill_mid_ingest_and_resumes(tmp_path: Path, store_at: Any) -> None:
    n = 150
    db = store_at("kill")
    script = _script(tmp_path, db, n)
    env = {**os.environ, "CLAIMLEDGER_TEST_SLEEP": "0.03"}
    proc = subprocess.Popen([sys.executable, str(script)], env=env, stdout=subprocess.DEVNULL)
    committed = 0
    deadline = time.monotonic() + 90
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            committed = _count(db, "documents")
            if committed >= 20:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the ingest finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    if store_at.backend == "sqlite":
        con = sqlite3.connect(db)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
    docs = _count(db, "documents")
    assert 20 <= docs < n
    # Every stored document is whole: its incident, claim and link are there too.
    for table in ("incidents", "claims", "incident_links", "document_terms"):
        assert _count(db, table) == docs, table

    with Store.open(db) as store:
        report = ingest_documents(
            generated_raws(n), store, Options(batch_size=4), analyzer=handmade_analyzer
        )
        assert (report.stored, report.already_stored) == (n - docs, docs)
        counts = store.counts()
        assert (counts.documents, counts.incidents, counts.claims) == (n, n, n)
        orphans = store._con.execute(  # type: ignore[attr-defined]
            "SELECT COUNT(*) FROM corpus_incidents c WHERE n_documents <> "
            "(SELECT COUNT(DISTINCT i.document_id) FROM incident_links k JOIN incidents i "
            "ON i.id = k.incident_id WHERE k.corpus_incident_id = c.id)"
        ).fetchone()[0]
    assert _count(db, "incident_links") == n
    assert orphans == 0


def _workers(pid: int) -> list[int]:
    """The spawned worker processes of ``pid`` (Linux /proc)."""
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (int(x) for x in (task / "children").read_text().split()):
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
            if b"spawn_main" in cmdline:
                out.append(child)
    return out


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_sqlite_sigkill_with_two_workers_leaves_no_worker_alive(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    script = _script(tmp_path, db, 40, workers=2)
    # 20 s a document, 4 to a chunk: a worker left alone would live 80 s more, well past
    # the 30 s given below (a loaded machine can take that long to finish a worker's
    # start-up, after which the worker sees its parent gone and exits).
    env = {**os.environ, "CLAIMLEDGER_TEST_SLEEP": "20"}
    proc = subprocess.Popen([sys.executable, str(script)], env=env, stdout=subprocess.DEVNULL)
    workers: list[int] = []
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            workers = [c for c in _workers(proc.pid) if _alive(c)]
            if len(workers) >= 2:
                time.sleep(2.0)  # let the workers start on their chunks
                break
            time.sleep(0.1)
        assert proc.poll() is None and len(workers) >= 2, "no workers to orphan"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    alive = [w for w in workers if _alive(w)]
    for w in alive:  # do not leave them behind even when the test fails
        os.kill(w, signal.SIGKILL)
    assert alive == []
