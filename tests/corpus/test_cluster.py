"""Ingest on a Dask cluster (``--cluster local:N``): same store, retries, recorded failures."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimledger.cli import main as cli
from claimledger.corpus.cluster import ClusterRunner, parse_cluster
from claimledger.corpus.ingest import ingest_documents
from claimledger.errors import ClaimledgerError
from claimledger.options import Options
from claimledger.records import Document, RawDocument
from claimledger.store import Store
from tests.fixtures.corpus.handmade import (
    build_store,
    corpus_incident_of,
    handmade_analyzer,
    load_raws,
)

pytest.importorskip("distributed")

# Columns holding the wall-clock time of a write: they differ between any two runs.
_CLOCK_COLUMNS = {"ingested_at", "updated_at", "recorded_at"}


def _dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, clock columns left out, in key order."""
    con = sqlite3.connect(db)
    out = {}
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
        keep = ", ".join(c for c in cols if c not in _CLOCK_COLUMNS)
        out[table] = sorted(con.execute(f"SELECT {keep} FROM {table}").fetchall(), key=repr)
    con.close()
    return out


def crashing_analyzer(raws: list[RawDocument], options: Options) -> list[Document]:
    """The hand-made analyzer, except that a document whose id starts with ``crash``
    kills the worker process running it (as an out-of-memory kill would)."""
    if any(r.id.startswith("crash") for r in raws):
        os._exit(3)
    return handmade_analyzer(raws, options)


def test_cluster_local_2_gives_the_same_store_as_one_process(tmp_path: Path) -> None:
    one = build_store(tmp_path / "one.db")
    one.close()
    runner = ClusterRunner("local:2")
    with Store.open(tmp_path / "two.db") as two:
        report = ingest_documents(
            load_raws(), two, Options(batch_size=2), analyzer=handmade_analyzer, cluster=runner
        )
        assert (report.stored, report.errors, report.duplicates) == (13, 0, 1)
        assert (report.incidents, report.new_corpus_incidents) == (12, 4)
    # 13 documents in partitions of 2: 7 partitions on 2 workers, none retried.
    assert (runner.stats.workers, runner.stats.partitions, runner.stats.retried) == (2, 7, 0)
    assert runner.stats.task_seconds > 0.0
    assert runner.stats.startup_seconds < runner.stats.seconds
    dumped = _dump(tmp_path / "two.db")
    assert dumped == _dump(tmp_path / "one.db")
    assert len(dumped["claims"]) > 0 and len(dumped["incident_links"]) == 12


def test_cluster_partition_failing_twice_is_split_and_only_its_poison_document_is_lost(
    tmp_path: Path,
) -> None:
    import dask

    raws = load_raws()
    crash = RawDocument(id="crash-1", text="The analysis of this text kills its worker.")
    # Partitions of 2: ["kirkuk-wire-1", "kirkuk-local-2"], ["crash-1", <third>], ...
    items = [raws[0], raws[1], crash, *raws[2:]]
    # One partition in flight at a time: with two, a partition that happens to sit on
    # the worker the crash kills (or on the one its retry kills) dies with it and is
    # retried too, and the counts below would depend on the scheduler's placement.
    runner = ClusterRunner("local:2", window=1)
    # Dask itself re-runs a task whose worker died (3 times by default): not here,
    # so that the test sees the runner's own retry.
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        Store.open(tmp_path / "c.db") as store,
    ):
        report = ingest_documents(
            items, store, Options(batch_size=2), analyzer=crashing_analyzer, cluster=runner
        )
        errors = {e.source: e.reason for e in store.errors()}
        # The partition failed twice, then each of its two documents ran alone: the
        # crashing one is an error, its innocent partner is stored and linked.
        assert report.stored == 13 and report.errors == 1
        assert set(errors) == {"crash-1"}
        assert errors["crash-1"].startswith(
            "analysis failed: its partition failed twice on the cluster "
            "and it failed alone after that (KilledWorker"
        )
        assert corpus_incident_of(store, raws[2].id) is not None
        assert corpus_incident_of(store, raws[3].id) is not None
    assert (runner.stats.retried, runner.stats.failed, runner.stats.failed_documents) == (1, 1, 1)
    assert runner.stats.partitions == 7  # 14 inputs in partitions of 2, each counted once


def test_parse_cluster_accepts_local_and_addresses_only() -> None:
    assert parse_cluster("local:3") == ("local", 3)
    assert parse_cluster("tcp://10.0.0.5:8786") == ("address", "tcp://10.0.0.5:8786")
    for bad in ("local:0", "local", "10.0.0.5:8786", "yarn"):
        with pytest.raises(ClaimledgerError, match="expected local:N"):
            parse_cluster(bad)


def test_cluster_without_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(ClaimledgerError, match=r"pip install 'claimledger\[cluster\]'"):
        ClusterRunner("local:1")


def test_cli_cluster_option_is_checked_before_anything_runs(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Two men were shot dead in Lagos on Monday.", encoding="utf-8")
    db = tmp_path / "c.db"
    bad = CliRunner().invoke(cli, ["ingest", str(src), "--db", str(db), "--cluster", "local:0"])
    assert bad.exit_code == 2 and "expected local:N" in bad.output
    both = CliRunner().invoke(
        cli, ["ingest", str(src), "--db", str(db), "--cluster", "local:1", "--workers", "2"]
    )
    assert both.exit_code == 2 and "either --workers or --cluster" in both.output
    assert not db.exists()


@pytest.mark.integration
@pytest.mark.slow
def test_cluster_with_the_real_pipeline_matches_one_process(tmp_path: Path) -> None:
    """The spaCy pipeline on 2 worker processes stores what one process stores."""
    raws = load_raws()[:6]
    with Store.open(tmp_path / "one.db") as one:
        ingest_documents(raws, one, Options(batch_size=2))
    with Store.open(tmp_path / "two.db") as two:
        report = ingest_documents(raws, two, Options(batch_size=2), cluster="local:2")
        assert (report.stored, report.errors) == (6, 0)
        for raw in raws:
            assert corpus_incident_of(two, raw.id) is not None or raw.id.startswith("unrelated")
    assert _dump(tmp_path / "two.db") == _dump(tmp_path / "one.db")


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_reads_the_input_lazily(tmp_path: Path, workers: int) -> None:
    """The first batch is written before the input is read to its end (bounded lookahead)."""
    raws = load_raws()
    pulled: list[int] = []
    at_first_write: list[int] = []

    def source() -> Any:
        for i, raw in enumerate(raws):
            pulled.append(i)
            yield raw

    def progress(_p: Any) -> None:
        if not at_first_write:
            at_first_write.append(len(pulled))

    with Store.open(tmp_path / "c.db") as store:
        report = ingest_documents(
            source(),
            store,
            Options(batch_size=1),
            workers=workers,
            analyzer=handmade_analyzer,
            progress=progress,
            commit_every=1,
        )
    assert report.stored == 13 and len(pulled) == 13
    # One partition in flight in this process; 2 * workers partitions in a pool.
    assert at_first_write[0] <= (1 if workers == 1 else 2 * workers) + 1
