"""Ingest throughput against ``analyze`` alone, and peak RSS (a measuring script).

Input: a GVA-format articles JSONL (``doc_id``, ``title``, ``published``,
``text``). Output: one JSON line per run on stdout: documents, seconds,
docs/s, the writer's share of the time, and peak RSS of this process and of its
children (the worker processes).

Run each mode in its own process so that the RSS figures do not mix::

    python -m claimledger.bench.ingest_speed ../shared/bench/gva/articles-dev.jsonl --n 400 --mode analyze
    python -m claimledger.bench.ingest_speed ../shared/bench/gva/articles-dev.jsonl --n 400 --mode ingest --workers 1
    python -m claimledger.bench.ingest_speed ../shared/bench/gva/articles-dev.jsonl --n 400 --mode ingest --workers 2

The spaCy pipeline is loaded before the clock starts in this process; with
``--workers 2`` each worker loads it on its own, inside the measured time.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

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


def _rss_mb(who: int) -> float:
    """Peak resident set size in MB (Linux reports ru_maxrss in KB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    """Measure one mode and print its JSON line."""
    from claimledger.corpus.ingest import ingest_documents
    from claimledger.nlp import load_nlp
    from claimledger.options import Options
    from claimledger.pipeline import analyze_documents
    from claimledger.store import Store

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--mode", choices=["analyze", "ingest"], default="ingest")
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args(argv)
    raws = _raws(args.file, args.n)
    options = Options()
    load_nlp(options.model)
    store_seconds = 0.0
    t0 = time.perf_counter()
    if args.mode == "analyze":
        n = sum(1 for _ in analyze_documents(raws, options))
    else:
        with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "speed.db") as store:
            report = ingest_documents(raws, store, options, workers=args.workers)
            n, store_seconds = report.stored, report.store_seconds
    seconds = time.perf_counter() - t0
    row = {
        "mode": args.mode,
        "workers": args.workers if args.mode == "ingest" else 1,
        "documents": n,
        "seconds": round(seconds, 2),
        "docs_per_s": round(n / seconds, 2),
        "store_seconds": round(store_seconds, 2),
        "store_share": round(store_seconds / seconds, 4),
        "peak_rss_mb_self": round(_rss_mb(resource.RUSAGE_SELF)),
        "peak_rss_mb_children_max": round(_rss_mb(resource.RUSAGE_CHILDREN)),
    }
    json.dump(row, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
