"""Ingest throughput against ``analyze`` alone, and peak RSS (a measuring script).

Input: a GVA-format articles JSONL (``doc_id``, ``title``, ``published``,
``text``). Output: one JSON line per run on stdout: documents, seconds,
docs/s, the writer's share of the time, and peak RSS of this process and of its
children (the worker processes).

Run each mode in its own process so that the RSS figures do not mix::

    python -m claimledger.bench.ingest_speed ../shared/bench/gva/articles-dev.jsonl --n 400 --mode analyze
    python -m claimledger.bench.ingest_speed ../shared/bench/gva/articles-dev.jsonl --n 400 --mode ingest --workers 1
    python -m claimledger.bench.ingest_speed ../shared/bench/gva/articles-dev.jsonl --n 400 --mode ingest --workers 2
    python -m claimledger.bench.ingest_speed ../shared/bench/gva/articles-dev.jsonl --n 400 --mode cluster --cluster local:2

or every configuration, interleaved (one process per run, ``--repeats`` rounds
of analyze, --workers 1, --workers 2, --cluster local:1, --cluster local:2),
followed by one JSON line of medians per configuration::

    python -m claimledger.bench.ingest_speed ../shared/bench/gva/articles-dev.jsonl --n 1000 --interleave --repeats 3

The spaCy pipeline is loaded before the clock starts in this process; with
``--workers 2`` each worker loads it on its own, inside the measured time, and
so does each Dask worker (``startup_s``: starting the cluster and loading the
pipeline on its workers). For a cluster run, ``task_s`` is the analysis time
summed over partitions as measured on the workers, and ``overhead_share`` is
the share of the wall time that is neither startup nor the workers' analysis
spread over the workers: ``(seconds - startup_s - task_s / workers) / seconds``
(scheduling, serialisation, waiting for the writer).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from claimledger.records import RawDocument


def _raws(path: Path, n: int) -> list[RawDocument]:
    """The first ``n`` distinct documents of the file."""
    from claimledger.bench.load_gva import load_articles
    from claimledger.read import make_raw_document

    out: list[RawDocument] = []
    seen: set[str] = set()
    for a in load_articles(path):
        if a.doc_id in seen or not a.text.strip():
            continue
        seen.add(a.doc_id)
        out.append(make_raw_document(a.text, doc_id=a.doc_id, title=a.title, published=a.published))
        if len(out) >= n:
            break
    return out


def _cpu_s() -> float:
    """CPU seconds of this process and of its finished children (the workers)."""
    own, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _rss_mb(who: int) -> float:
    """Peak resident set size in MB (Linux reports ru_maxrss in KB)."""
    return resource.getrusage(who).ru_maxrss / 1024


CONFIGS: tuple[tuple[str, ...], ...] = (
    ("--mode", "analyze"),
    ("--mode", "ingest", "--workers", "1"),
    ("--mode", "ingest", "--workers", "2"),
    ("--mode", "cluster", "--cluster", "local:1"),
    ("--mode", "cluster", "--cluster", "local:2"),
)


def _interleave(file: Path, n: int, repeats: int) -> int:
    """Every configuration in its own process, round after round; then the medians."""
    rows: dict[tuple[str, ...], list[dict[str, Any]]] = {c: [] for c in CONFIGS}
    for r in range(repeats):
        for config in CONFIGS:
            cmd = [sys.executable, "-m", "claimledger.bench.ingest_speed", str(file), "--n", str(n)]
            out = subprocess.run([*cmd, *config], check=True, capture_output=True, text=True)
            row = json.loads(out.stdout.strip().splitlines()[-1])
            row["round"] = r + 1
            rows[config].append(row)
            print(json.dumps(row), flush=True)
    for config, runs in rows.items():
        summary: dict[str, Any] = {"config": " ".join(config), "runs": len(runs)}
        keys = ("docs_per_s", "docs_per_cpu_s", "seconds", "store_share", "startup_s")
        for key in (*keys, "overhead_share", "task_cpu_s", "cpu_s"):
            values = [run[key] for run in runs if key in run]
            if values:
                summary[key + "_median"] = round(statistics.median(values), 4)
                summary[key + "_runs"] = values
        print(json.dumps(summary), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Measure one mode and print its JSON line (or all, interleaved)."""
    from claimledger.corpus.ingest import ingest_documents
    from claimledger.nlp import load_nlp
    from claimledger.options import Options
    from claimledger.pipeline import analyze_documents
    from claimledger.store import Store

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--mode", choices=["analyze", "ingest", "cluster"], default="ingest")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--cluster", default="local:2")
    ap.add_argument("--interleave", action="store_true")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    if args.interleave:
        return _interleave(args.file, args.n, args.repeats)
    raws = _raws(args.file, args.n)
    options = Options()
    load_nlp(options.model)
    store_seconds = 0.0
    extra: dict[str, Any] = {}
    cpu0 = _cpu_s()
    t0 = time.perf_counter()
    if args.mode == "analyze":
        n = sum(1 for _ in analyze_documents(raws, options))
    else:
        runner = None
        if args.mode == "cluster":
            from claimledger.corpus.cluster import ClusterRunner

            runner = ClusterRunner(args.cluster)
        with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "speed.db") as store:
            report = ingest_documents(raws, store, options, workers=args.workers, cluster=runner)
            n, store_seconds = report.stored, report.store_seconds
        if runner is not None:
            st = runner.stats
            extra = {
                "cluster": args.cluster,
                "startup_s": round(st.startup_seconds, 2),
                "task_s": round(st.task_seconds, 2),
                "task_cpu_s": round(st.task_cpu_seconds, 2),
                "partitions": st.partitions,
                "retried": st.retried,
            }
    seconds = time.perf_counter() - t0
    cpu = _cpu_s() - cpu0
    row = {
        "mode": args.mode,
        "workers": args.workers if args.mode == "ingest" else 1,
        "documents": n,
        "seconds": round(seconds, 2),
        "docs_per_s": round(n / seconds, 2),
        "store_seconds": round(store_seconds, 2),
        "store_share": round(store_seconds / seconds, 4),
        "cpu_s": round(cpu, 2),
        "docs_per_cpu_s": round(n / max(1e-9, cpu), 3),
        "peak_rss_mb_self": round(_rss_mb(resource.RUSAGE_SELF)),
        "peak_rss_mb_children_max": round(_rss_mb(resource.RUSAGE_CHILDREN)),
        **extra,
    }
    if extra:
        st = runner.stats  # type: ignore[union-attr]
        busy = st.task_seconds / max(1, st.workers)
        row["workers"] = st.workers
        row["overhead_share"] = round(max(0.0, seconds - st.startup_seconds - busy) / seconds, 4)
        row["docs_per_s_after_startup"] = round(n / max(1e-9, seconds - st.startup_seconds), 2)
    json.dump(row, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
