"""Ingest into SQLite against PostgreSQL on the same documents (a measuring script).

Input: a GVA-format articles JSONL and a PostgreSQL URL. Output: one JSON line
per run on stdout: backend, mode, documents, seconds, docs/s, the store's
seconds (the single writer: writing, near-duplicates, linking, summaries) and
its share of the time.

Two modes, both through ``ingest_documents`` with one worker:

* ``full``: the whole ingest, the spaCy pipeline included;
* ``replay``: the documents are analysed once before the clock starts and the
  ingest replays those readings, so the time is the store's side alone (the
  part a backend can change); repeated ``--repeat`` times per backend.

Each run writes a fresh store: a SQLite file in a temporary directory, or a new
schema in the PostgreSQL database (dropped afterwards)::

    python -m claimledger.bench.store_speed ../shared/bench/gva/articles-dev.jsonl \\
        --n 1000 --pg postgresql:///bench?host=/tmp/pgbench --repeat 3 --full
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from claimledger.bench.ingest_speed import _raws
from claimledger.options import Options
from claimledger.records import Document, RawDocument


@contextmanager
def _target(backend: str, pg: str | None, run: int) -> Iterator[str]:
    """A fresh store location for one run, removed afterwards."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            yield str(Path(tmp) / "bench.db")
        return
    import psycopg

    assert pg is not None
    schema = f"bench_store_{run}"
    with psycopg.connect(pg, autocommit=True) as con:
        con.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        con.execute(f"CREATE SCHEMA {schema}")
    try:
        sep = "&" if "?" in pg else "?"
        yield f"{pg}{sep}options={quote(f'-c search_path={schema}')}"
    finally:
        with psycopg.connect(pg, autocommit=True) as con:
            con.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def _replayer(docs: dict[str, Document]) -> Callable[[list[RawDocument], Options], list[Document]]:
    """An analyzer that returns the readings made before the clock started."""

    def analyzer(raws: list[RawDocument], options: Options) -> list[Document]:
        del options
        return [docs[r.id] for r in raws]

    return analyzer


def _run(
    backend: str, where: str, raws: list[RawDocument], mode: str, analyzer: Any
) -> dict[str, Any]:
    from claimledger.corpus.ingest import ingest_documents
    from claimledger.store import Store

    t0 = time.perf_counter()
    with Store.open(where) as store:
        report = ingest_documents(raws, store, Options(), analyzer=analyzer)
        counts = store.counts()
    seconds = time.perf_counter() - t0
    return {
        "backend": backend,
        "mode": mode,
        "documents": report.stored,
        "corpus_incidents": counts.corpus_incidents,
        "claims": counts.claims,
        "seconds": round(seconds, 2),
        "docs_per_s": round(report.stored / seconds, 2),
        "store_seconds": round(report.store_seconds, 2),
        "store_share": round(report.store_seconds / seconds, 4),
        "store_ms_per_doc": round(1000 * report.store_seconds / max(1, report.stored), 2),
    }


def main(argv: list[str] | None = None) -> int:
    """Measure every backend and mode; print one JSON line per run."""
    from claimledger.nlp import load_nlp
    from claimledger.pipeline import analyze_documents

    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--pg", required=True, help="PostgreSQL URL of a database to write in")
    ap.add_argument("--repeat", type=int, default=3, help="replay runs per backend")
    ap.add_argument("--full", action="store_true", help="also one full ingest per backend")
    args = ap.parse_args(argv)
    raws = _raws(args.file, args.n)
    options = Options()
    load_nlp(options.model)
    run = 0
    backends = ("sqlite", "postgresql")
    if args.full:
        for backend in backends:
            with _target(backend, args.pg, run) as where:
                row = _run(backend, where, raws, "full", None)
            run += 1
            print(json.dumps(row), flush=True)
    t0 = time.perf_counter()
    docs = {d.id: d for d in analyze_documents(raws, options)}
    print(json.dumps({"mode": "analyze", "documents": len(docs),
                      "seconds": round(time.perf_counter() - t0, 2)}), flush=True)  # fmt: skip
    for _ in range(args.repeat):
        for backend in backends:  # interleaved: a busy spell of the machine hits both
            with _target(backend, args.pg, run) as where:
                row = _run(backend, where, raws, "replay", _replayer(docs))
            run += 1
            print(json.dumps(row), flush=True)
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
