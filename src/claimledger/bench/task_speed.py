"""Bench task ``speed``: pipeline throughput against bare spaCy, and peak memory.

Input: the first N texts (default 300, ``ctx.limit`` overrides) of
``gva/articles-dev.jsonl`` (or ``ctx.file``, same format) that have a text.
Output: a :class:`TaskResult` with docs/s of bare ``nlp.pipe`` and of
``analyze_documents``, their ratio and each one's peak RSS.

Each side runs in its own Python process (``python -m
claimledger.bench.task_speed --worker bare|pipeline ...``), so that its peak RSS
(``ru_maxrss``) is its own; each loads its model once and warms up on the first
WARMUP texts, so one-time loading (model, gazetteer indexes) is excluded from
docs/s but included in RSS. The parent then asks both workers for the same
slice of ROUND_TEXTS texts back to back, the first side alternating per round,
over all texts REPEATS times (once for smoke runs under MIN_TEXTS_FOR_REPEATS
texts). The ratio reported is the median of the per-round ratios, with a
bootstrap interval: a paired measure, because on a shared machine the load
changes between runs and moved the ratio of separate runs by +-10% (twenty-second
session). Both sides use the same batch size (``Options().batch_size``).
Wall-clock and CPU-time (``time.process_time``) ratios are both reported.
Goal: ratio >= 0.60 and peak RSS < 1 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
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
# Texts per paired round: both sides time the same slice back to back.
ROUND_TEXTS = 25


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


def runner(kind: str, model: str, batch_size: int) -> Callable[[Sequence[str]], int]:
    """A function that runs bare spaCy (``kind="bare"``) or the pipeline over texts.

    Args:
        kind: "bare" (``nlp.pipe``) or "pipeline" (``analyze_documents``).
        model: spaCy pipeline name.
        batch_size: ``nlp.pipe`` batch size for both.

    Returns:
        The function; it answers how many documents it processed.
    """
    from claimledger.nlp import load_nlp

    nlp = load_nlp(model)
    if kind == "bare":

        def bare(batch: Sequence[str]) -> int:
            return sum(1 for _ in nlp.pipe(batch, batch_size=batch_size))

        return bare
    if kind == "pipeline":
        from claimledger.pipeline import analyze_documents
        from claimledger.read import make_raw_document

        options = Options(model=model, batch_size=batch_size)

        def pipeline(batch: Sequence[str]) -> int:
            raws = [make_raw_document(t, doc_id=f"speed-{i}") for i, t in enumerate(batch)]
            return sum(1 for _ in analyze_documents(raws, options))

        return pipeline
    raise ValueError(f"unknown worker kind {kind!r}")


def timed(go: Callable[[Sequence[str]], int], texts: Sequence[str]) -> dict[str, Any]:
    """``{"n", "seconds", "cpu_seconds"}`` of one run of ``go`` over ``texts``."""
    start, cpu_start = time.perf_counter(), time.process_time()
    done = go(texts)
    return {
        "n": done,
        "seconds": time.perf_counter() - start,
        "cpu_seconds": time.process_time() - cpu_start,
    }


def measure(kind: str, texts: Sequence[str], model: str, batch_size: int) -> dict[str, Any]:
    """Time one side over ``texts`` in this process, after a warm-up (tests, one-off use).

    Returns:
        ``{"kind", "n", "seconds", "cpu_seconds", "docs_per_s", "peak_rss_mb"}``.
    """
    go = runner(kind, model, batch_size)
    go(texts[:WARMUP])
    out = timed(go, texts)
    seconds = out["seconds"]
    return {
        "kind": kind,
        **out,
        "docs_per_s": out["n"] / seconds if seconds > 0 else None,
        "peak_rss_mb": peak_rss_mb(),
    }


class Worker:
    """One side (bare or pipeline) in its own Python process, loaded and warmed once.

    The process reads ``i j`` lines and times ``texts[i:j]``, answering one JSON line
    ``{"n", "seconds", "cpu_seconds"}`` each; on end of input it answers its peak RSS.
    Its stderr goes to a temporary file, whose tail is the error when it fails.
    """

    def __init__(self, kind: str, path: Path, n: int, model: str, batch_size: int) -> None:
        self.kind = kind
        # Lives as long as the worker: closed by close() or kill().
        self._err = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115
        cmd = [sys.executable, "-m", "claimledger.bench.task_speed", "--worker", kind]
        cmd += ["--file", str(path), "--n", str(n), "--model", model]
        cmd += ["--batch-size", str(batch_size)]
        self._proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._err, text=True
        )

    def _answer(self) -> dict[str, Any]:
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line:
            self._proc.wait(timeout=WORKER_TIMEOUT_S)
            self._err.seek(0)
            tail = self._err.read().strip().splitlines()[-3:]
            code = self._proc.returncode
            raise RuntimeError(f"{self.kind} worker failed ({code}): " + " | ".join(tail))
        return dict(json.loads(line))

    def ready(self) -> None:
        """Wait until the worker has loaded its model and warmed up."""
        self._answer()

    def time(self, i: int, j: int) -> dict[str, Any]:
        """Seconds (wall and CPU) the worker takes for texts ``i`` to ``j``."""
        assert self._proc.stdin is not None
        self._proc.stdin.write(f"{i} {j}\n")
        self._proc.stdin.flush()
        return self._answer()

    def close(self) -> float:
        """End the worker; its peak RSS in MB."""
        assert self._proc.stdin is not None
        self._proc.stdin.close()
        peak = float(self._answer()["peak_rss_mb"])
        self._proc.wait(timeout=WORKER_TIMEOUT_S)
        self._err.close()
        return peak

    def kill(self) -> None:
        """Stop the worker at once (after another worker failed)."""
        if self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait(timeout=WORKER_TIMEOUT_S)
        self._err.close()


def chunks(n: int, size: int) -> list[tuple[int, int]]:
    """Consecutive ``(i, j)`` slices of ``n`` texts, ``size`` each (the last may be short)."""
    return [(i, min(i + size, n)) for i in range(0, n, size)]


def timed_rounds(workers: dict[str, Worker], n: int, passes: int) -> list[dict[str, Any]]:
    """Time every chunk on both sides, back to back, the first side alternating per round."""
    rounds: list[dict[str, Any]] = []
    for _ in range(passes):
        for i, j in chunks(n, ROUND_TEXTS):
            order = ("bare", "pipeline") if len(rounds) % 2 == 0 else ("pipeline", "bare")
            rounds.append({kind: workers[kind].time(i, j) for kind in order})
    return rounds


def _ratios(rounds: Sequence[dict[str, Any]], key: str) -> list[float]:
    """Per round, pipeline docs/s over bare docs/s on the same texts (= bare s / pipeline s)."""
    return [r["bare"][key] / r["pipeline"][key] for r in rounds if r["pipeline"][key] > 0]


def summarise(
    result: TaskResult, rounds: Sequence[dict[str, Any]], rss: dict[str, float], n: int
) -> None:
    """Add the docs/s, paired ratio and peak RSS rows (and notes) to ``result``.

    ``ratio`` and ``cpu_ratio`` are medians of the per-round ratios with a
    bootstrap interval (n = rounds): each round times the same texts on both
    sides back to back, so a change in the machine's load between rounds moves
    both sides and cancels in the ratio. ``pooled_ratio`` is total docs/s over
    total docs/s, the figure earlier sessions reported.
    """
    docs = {k: sum(r[k]["n"] for r in rounds) for k in ("bare", "pipeline")}
    wall = {k: sum(r[k]["seconds"] for r in rounds) for k in ("bare", "pipeline")}
    cpu = {k: sum(r[k]["cpu_seconds"] for r in rounds) for k in ("bare", "pipeline")}
    dps = {k: docs[k] / wall[k] if wall[k] > 0 else None for k in wall}
    cpu_dps = {k: docs[k] / cpu[k] if cpu[k] > 0 else None for k in cpu}
    result.add_fixed("spacy", "docs_per_s", dps["bare"], n)
    result.add_fixed("claimledger", "docs_per_s", dps["pipeline"], n)
    ratio = result.add("claimledger", "ratio", _ratios(rounds, "seconds"), stat="median")
    pooled = dps["pipeline"] / dps["bare"] if dps["bare"] and dps["pipeline"] else None
    result.add_fixed("claimledger", "pooled_ratio", pooled, n)
    result.add_fixed("spacy", "cpu_docs_per_s", cpu_dps["bare"], n)
    result.add_fixed("claimledger", "cpu_docs_per_s", cpu_dps["pipeline"], n)
    result.add("claimledger", "cpu_ratio", _ratios(rounds, "cpu_seconds"), stat="median")
    result.add_fixed("spacy", "peak_rss_mb", rss.get("bare"), n)
    result.add_fixed("claimledger", "peak_rss_mb", rss.get("pipeline"), n)
    for kind in ("bare", "pipeline"):
        result.notes.append(
            f"{kind}: {docs[kind]} docs in {wall[kind]:.2f} s ({cpu[kind]:.2f} s CPU), "
            f"peak RSS {rss.get(kind, float('nan')):.0f} MB"
        )
    ok_ratio = ratio.value is not None and ratio.value >= RATIO_GOAL
    ok_rss = rss.get("pipeline") is not None and rss["pipeline"] < RSS_GOAL_MB
    result.notes.append(
        f"goal ratio >= {RATIO_GOAL:.2f}: {'met' if ok_ratio else 'NOT met'}; "
        f"goal peak RSS < {RSS_GOAL_MB:.0f} MB: {'met' if ok_rss else 'NOT met'} "
        f"(median of {len(rounds)} paired rounds of <= {ROUND_TEXTS} texts, both sides "
        "loaded once in their own process and warmed up)"
    )


def run(ctx: BenchContext) -> TaskResult:
    """Measure docs/s of bare spaCy and of the pipeline, their paired ratio and peak RSS.

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
    passes = REPEATS if n >= MIN_TEXTS_FOR_REPEATS else 1
    workers = {k: Worker(k, path, n, ctx.model, batch_size) for k in ("bare", "pipeline")}
    try:
        for worker in workers.values():
            worker.ready()
        rounds = timed_rounds(workers, n, passes)
        rss = {kind: worker.close() for kind, worker in workers.items()}
    except BaseException:
        for worker in workers.values():
            worker.kill()
        raise
    summarise(result, rounds, rss, n)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Worker entry point: load one side, then time the slices asked for on stdin."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--worker", choices=("bare", "pipeline"), required=True)
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--n", type=int, default=DEFAULT_N)
    parser.add_argument("--model", default=Options().model)
    parser.add_argument("--batch-size", type=int, default=Options().batch_size)
    args = parser.parse_args(argv)
    texts = load_texts(args.file, args.n)
    go = runner(args.worker, args.model, args.batch_size)
    go(texts[:WARMUP])
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        i, j = (int(x) for x in line.split())
        print(json.dumps(timed(go, texts[i:j])), flush=True)
    print(json.dumps({"peak_rss_mb": peak_rss_mb()}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
