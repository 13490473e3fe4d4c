"""Bench task ``speed``: pipeline throughput against bare spaCy, and peak memory.

Input: the first N texts (default 300, ``ctx.limit`` overrides) of
``gva/articles-dev.jsonl`` (or ``ctx.file``, same format) that have a text.
Output: a :class:`TaskResult` with docs/s of bare ``nlp.pipe`` and of
``analyze_documents``, their ratio and each one's peak RSS.

Each measurement runs in a fresh subprocess (``python -m
claimledger.bench.task_speed --worker bare|pipeline ...``) so that its peak RSS
(``ru_maxrss``) is its own; bare and pipeline runs alternate, REPEATS times, and
the medians are reported (one repetition for smoke runs under
MIN_TEXTS_FOR_REPEATS texts). Inside a worker the model is loaded and both sides
are warmed up on the first WARMUP texts before the clock starts, so one-time
loading (model, gazetteer indexes) is excluded from docs/s but included in RSS.
Both sides use the same batch size (``Options().batch_size``). Wall-clock and
CPU-time (``time.process_time``) throughput are both reported: on a loaded
machine the CPU ratio is the steadier one.
Goal: ratio >= 0.60 and peak RSS < 1 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimledger.bench.core import BenchContext, TaskResult, skipped
from claimledger.bench.load_gva import load_articles
from claimledger.options import Options

TASK = "speed"
DEV_FILE = Path("gva") / "articles-dev.jsonl"
DEFAULT_N = 300
REPEATS = 3
# Below this many texts (a --limit smoke run) the timing means little: one
# repetition keeps CI's smoke run short.
MIN_TEXTS_FOR_REPEATS = 100
# Texts run before timing: enough for lazy loads and the first batch's allocations.
WARMUP = 8
RATIO_GOAL = 0.60
RSS_GOAL_MB = 1024.0
WORKER_TIMEOUT_S = 3600


def load_texts(path: Path, n: int) -> list[str]:
    """The first ``n`` non-empty article texts of a GVA articles file."""
    texts: list[str] = []
    for article in load_articles(path):
        if len(texts) >= n:
            break
        if article.text.strip():
            texts.append(article.text)
    return texts


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB (Linux reports ru_maxrss in KB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # macOS: bytes


def measure(kind: str, texts: Sequence[str], model: str, batch_size: int) -> dict[str, Any]:
    """Time bare spaCy (``kind="bare"``) or the pipeline over ``texts`` in this process.

    Args:
        kind: "bare" (``nlp.pipe``) or "pipeline" (``analyze_documents``).
        texts: the documents.
        model: spaCy pipeline name.
        batch_size: ``nlp.pipe`` batch size for both.

    Returns:
        ``{"kind", "n", "seconds", "docs_per_s", "peak_rss_mb"}``.
    """
    from claimledger.nlp import load_nlp

    nlp = load_nlp(model)
    if kind == "bare":

        def go(batch: Sequence[str]) -> int:
            return sum(1 for _ in nlp.pipe(batch, batch_size=batch_size))

    elif kind == "pipeline":
        from claimledger.pipeline import analyze_documents
        from claimledger.read import make_raw_document

        options = Options(model=model, batch_size=batch_size)

        def go(batch: Sequence[str]) -> int:
            raws = [make_raw_document(t, doc_id=f"speed-{i}") for i, t in enumerate(batch)]
            return sum(1 for _ in analyze_documents(raws, options))

    else:
        raise ValueError(f"unknown worker kind {kind!r}")
    go(texts[:WARMUP])
    start, cpu_start = time.perf_counter(), time.process_time()
    done = go(texts)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    return {
        "kind": kind,
        "n": done,
        "seconds": seconds,
        "docs_per_s": done / seconds if seconds > 0 else None,
        "cpu_seconds": cpu_seconds,
        "cpu_docs_per_s": done / cpu_seconds if cpu_seconds > 0 else None,
        "peak_rss_mb": peak_rss_mb(),
    }


def spawn(kind: str, path: Path, n: int, model: str, batch_size: int) -> dict[str, Any]:
    """Run :func:`measure` in a fresh Python process and return its JSON result."""
    cmd = [
        sys.executable,
        "-m",
        "claimledger.bench.task_speed",
        "--worker",
        kind,
        "--file",
        str(path),
        "--n",
        str(n),
        "--model",
        model,
        "--batch-size",
        str(batch_size),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=WORKER_TIMEOUT_S)
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-3:]
        raise RuntimeError(f"{kind} worker failed ({proc.returncode}): " + " | ".join(tail))
    last = proc.stdout.strip().splitlines()[-1]
    return dict(json.loads(last))


def _median(values: Sequence[float | None]) -> float | None:
    """Median of the known values, None when there are none."""
    known = [v for v in values if v is not None]
    return float(statistics.median(known)) if known else None


def summarise(result: TaskResult, runs: Sequence[dict[str, Any]], n: int) -> None:
    """Add the median docs/s, ratio and peak RSS rows (and per-run notes) to ``result``."""
    bare = [r for r in runs if r["kind"] == "bare"]
    pipe = [r for r in runs if r["kind"] == "pipeline"]
    bare_dps = _median([r["docs_per_s"] for r in bare])
    pipe_dps = _median([r["docs_per_s"] for r in pipe])
    ratio = pipe_dps / bare_dps if bare_dps and pipe_dps is not None else None
    # CPU time is the fairer measure on a shared machine, where wall time depends on
    # what else runs; both are reported, the goal is judged on wall time.
    bare_cpu = _median([r.get("cpu_docs_per_s") for r in bare])
    pipe_cpu = _median([r.get("cpu_docs_per_s") for r in pipe])
    cpu_ratio = pipe_cpu / bare_cpu if bare_cpu and pipe_cpu is not None else None
    bare_rss = _median([r["peak_rss_mb"] for r in bare])
    pipe_rss = _median([r["peak_rss_mb"] for r in pipe])
    result.add_fixed("spacy", "docs_per_s", bare_dps, n)
    result.add_fixed("claimledger", "docs_per_s", pipe_dps, n)
    result.add_fixed("claimledger", "ratio", ratio, n)
    if bare_cpu is not None:
        result.add_fixed("spacy", "cpu_docs_per_s", bare_cpu, n)
        result.add_fixed("claimledger", "cpu_docs_per_s", pipe_cpu, n)
        result.add_fixed("claimledger", "cpu_ratio", cpu_ratio, n)
    result.add_fixed("spacy", "peak_rss_mb", bare_rss, n)
    result.add_fixed("claimledger", "peak_rss_mb", pipe_rss, n)
    for r in runs:
        result.notes.append(
            f"{r['kind']}: {r['n']} docs in {r['seconds']:.2f} s = {r['docs_per_s']:.1f} docs/s"
            + (f" ({r['cpu_seconds']:.2f} s CPU)" if r.get("cpu_seconds") is not None else "")
            + f", peak RSS {r['peak_rss_mb']:.0f} MB"
        )
    ok_ratio = ratio is not None and ratio >= RATIO_GOAL
    ok_rss = pipe_rss is not None and pipe_rss < RSS_GOAL_MB
    result.notes.append(
        f"goal ratio >= {RATIO_GOAL:.2f}: {'met' if ok_ratio else 'NOT met'}; "
        f"goal peak RSS < {RSS_GOAL_MB:.0f} MB: {'met' if ok_rss else 'NOT met'} "
        f"(medians of {len(bare)} bare and {len(pipe)} pipeline runs, alternating, "
        "each in a fresh process, after a warm-up)"
    )


def run(ctx: BenchContext) -> TaskResult:
    """Measure docs/s of bare spaCy and of the pipeline, their ratio and peak RSS.

    Args:
        ctx: the bench context (``ctx.file`` replaces the articles file,
            ``ctx.limit`` the number of texts).

    Returns:
        The TaskResult (skipped when the data file is missing).
    """
    path = ctx.file or ctx.data_dir / DEV_FILE
    if not path.exists():
        return skipped(TASK, f"no data at {path}")
    n_wanted = ctx.limit or DEFAULT_N
    n = len(load_texts(path, n_wanted))
    result = TaskResult(task=TASK, data=str(path))
    if n == 0:
        result.notes.append("no text to time")
        return result
    batch_size = Options().batch_size
    runs: list[dict[str, Any]] = []
    repeats = REPEATS if n >= MIN_TEXTS_FOR_REPEATS else 1
    for _ in range(repeats):
        for kind in ("bare", "pipeline"):
            runs.append(spawn(kind, path, n, ctx.model, batch_size))
    summarise(result, runs, n)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Worker entry point: measure one side and print one JSON line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--worker", choices=("bare", "pipeline"), required=True)
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--n", type=int, default=DEFAULT_N)
    parser.add_argument("--model", default=Options().model)
    parser.add_argument("--batch-size", type=int, default=Options().batch_size)
    args = parser.parse_args(argv)
    texts = load_texts(args.file, args.n)
    print(json.dumps(measure(args.worker, texts, args.model, args.batch_size)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
