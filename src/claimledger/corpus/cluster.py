"""Reading on a Dask distributed cluster: partitions analysed on workers, one writer here.

Input: a cluster spec (``local:N``, a local cluster of N worker processes with
one thread each, or ``tcp://HOST:PORT``, an existing scheduler whose workers
have claimledger installed), the partitions of new documents as
``corpus/ingest.py`` reads them, the options and the analyzer. Output: each
document's analysis, in input order, for the single store writer of the
calling process.

How it runs:

* each worker loads the spaCy pipeline once (a worker plugin loads it when
  the worker starts; the pipeline's module-level cache keeps it), so a
  partition costs only its analysis;
* backpressure: at most ``window`` partitions are submitted and not yet
  written (in flight or waiting for an earlier one), so the input is read no
  faster than the writer stores it and memory stays bounded;
* results arrive in any order (``as_completed``) and are released in input
  order, so the store is the one a one-process ingest of the same input gives;
* a partition that fails (an exception, or its worker dying: Dask's
  ``KilledWorker``) is submitted once more; one that fails twice is split, and
  each of its documents is analysed once more alone, so that one poison
  document (one that crashes its worker, say) costs only itself: a document
  that fails alone becomes an error (recorded in the ``errors`` table under
  the document's id) and the rest goes on.

``dask.distributed`` is an optional dependency (``pip install
'claimledger[cluster]'``), imported only when a cluster is asked for.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from claimledger.corpus.ingest import AnalyzeFn, Chunk, _analyse_chunk, _Analysed
from claimledger.errors import ClaimledgerError
from claimledger.options import Options

__all__ = ["ClusterRunner", "ClusterStats", "parse_cluster"]

INSTALL_HINT = "pip install 'claimledger[cluster]'"
_LOCAL = re.compile(r"local:(\d+)")
_ADDRESS = re.compile(r"(tcp|tls|inproc|ucx|ws|wss)://\S+")
# Longest failure text kept in an error row.
_REASON_CHARS = 300


def parse_cluster(spec: str) -> tuple[str, int | str]:
    """``("local", N)`` or ``("address", URL)`` for a ``--cluster`` value.

    Raises:
        ClaimledgerError: for anything else (the message says what is accepted).
    """
    spec = spec.strip()
    m = _LOCAL.fullmatch(spec)
    if m and int(m.group(1)) >= 1:
        return "local", int(m.group(1))
    if _ADDRESS.fullmatch(spec):
        return "address", spec
    raise ClaimledgerError(
        f"bad --cluster {spec!r}: expected local:N (N >= 1 worker processes) "
        "or the address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786"
    )


@dataclass
class ClusterStats:
    """What a cluster run did, for measuring its overhead.

    Attributes:
        workers: worker threads the cluster had when the run started.
        startup_seconds: starting (or connecting to) the cluster and loading the
            pipeline on every worker.
        seconds: the whole run, startup included.
        task_seconds: analysis time summed over partitions, measured on the workers.
        task_cpu_seconds: CPU time of those analyses (their thread's), which a
            loaded machine does not inflate as it does wall time.
        partitions: partitions analysed (a retried one counts once).
        retried: partitions submitted a second time.
        failed: partitions that failed twice (then split into single documents).
        failed_documents: documents that failed alone too (recorded as errors).
    """

    workers: int = 0
    startup_seconds: float = 0.0
    seconds: float = 0.0
    task_seconds: float = 0.0
    task_cpu_seconds: float = 0.0
    partitions: int = 0
    retried: int = 0
    failed: int = 0
    failed_documents: int = 0


def _distributed() -> Any:
    """The ``distributed`` module, or a ClaimledgerError naming the extra to install."""
    try:
        import distributed
    except ImportError as exc:
        raise ClaimledgerError(
            f"--cluster needs Dask distributed, which is not installed: {INSTALL_HINT}"
        ) from exc
    return distributed


def _run_partition(
    chunk: Chunk, options: Options, analyzer: AnalyzeFn | None
) -> tuple[list[_Analysed], float, float]:
    """On a worker: analyse one partition, with the wall and CPU time it took."""
    t0, c0 = time.perf_counter(), time.thread_time()
    out = _analyse_chunk((chunk, options, analyzer))
    return out, time.perf_counter() - t0, time.thread_time() - c0


def _preload(model: str) -> None:
    """On a worker: load the spaCy pipeline (kept by its module-level cache)."""
    from claimledger.nlp import load_nlp

    load_nlp(model)


def _failed(chunk: Chunk, exc: BaseException) -> list[_Analysed]:
    """The document of a partition that failed twice and failed alone, as an error."""
    why = f"{type(exc).__name__}: {exc}"[:_REASON_CHARS]
    reason = (
        "analysis failed: its partition failed twice on the cluster "
        f"and it failed alone after that ({why})"
    )
    return [_Analysed(index, None, reason) for index, _ in chunk]


class ClusterRunner:
    """Analyses partitions on a Dask cluster (a ``Runner`` of ``corpus/ingest.py``).

    Args:
        spec: ``local:N`` or a scheduler address (``tcp://HOST:PORT``).
        window: partitions submitted and not yet released to the writer at
            most (default: twice the cluster's worker threads, at least 2).
    """

    def __init__(self, spec: str, *, window: int | None = None) -> None:
        self.kind, self.target = parse_cluster(spec)
        self.window = window
        self.stats = ClusterStats()
        _distributed()  # fail early, before any input is read

    def _client(self) -> tuple[Any, Any]:
        """A client, and the local cluster it drives (None for a given scheduler)."""
        distributed = _distributed()
        if self.kind == "local":
            cluster = distributed.LocalCluster(
                n_workers=int(self.target),
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # any free port: never clash with another cluster
                silence_logs=logging.ERROR,
            )
            return distributed.Client(cluster), cluster
        try:
            return distributed.Client(str(self.target), timeout="30s"), None
        except OSError as exc:
            raise ClaimledgerError(f"cannot reach the Dask scheduler {self.target}: {exc}") from exc

    def __call__(
        self, chunks: Iterable[Chunk], options: Options, analyzer: AnalyzeFn | None
    ) -> Iterator[_Analysed]:
        """Each document's analysis, in input order, as the cluster returns them."""
        t0 = time.perf_counter()
        self.stats = ClusterStats()
        client, cluster = self._client()
        try:
            if analyzer is None:
                client.run(_preload, options.model)
            self.stats.workers = sum(client.nthreads().values())
            self.stats.startup_seconds = time.perf_counter() - t0
            window = self.window or max(2, 2 * self.stats.workers)
            yield from _Stream(client, options, analyzer, window, self.stats).run(chunks)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
            self.stats.seconds = time.perf_counter() - t0


class _Stream:
    """Submits partitions within the window, retries failures, releases in order.

    A partition runs as attempt 1, then 2; after that its documents run alone
    (attempt 3), one after the other, so that the worker a poison document
    kills takes no innocent document with it; their results are gathered in
    ``pieces`` until the last one is back.
    """

    def __init__(
        self,
        client: Any,
        options: Options,
        analyzer: AnalyzeFn | None,
        window: int,
        stats: ClusterStats,
    ) -> None:
        self.client, self.options, self.analyzer = client, options, analyzer
        self.window, self.stats = window, stats
        self.token = uuid.uuid4().hex[:12]
        # future -> (seq, chunk, attempt, the slot of a document run alone)
        self.running: dict[Any, tuple[int, Chunk, int, int]] = {}
        self.ready: dict[int, list[_Analysed]] = {}  # finished, waiting for an earlier one
        # a split partition: its documents and the results of those run so far
        self.pieces: dict[int, tuple[Chunk, list[_Analysed]]] = {}
        self.completed = _distributed().as_completed()

    def _submit(self, seq: int, chunk: Chunk, attempt: int, slot: int = 0) -> None:
        future = self.client.submit(
            _run_partition,
            chunk,
            self.options,
            self.analyzer,
            key=f"claimledger-partition-{self.token}-{seq}-{attempt}-{slot}",
            pure=False,
        )
        self.running[future] = (seq, chunk, attempt, slot)
        self.completed.add(future)

    def run(self, chunks: Iterable[Chunk]) -> Iterator[_Analysed]:
        source = iter(chunks)
        submitted = released = 0
        exhausted = False
        while True:
            while not exhausted and len(self.running) + len(self.ready) < self.window:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                else:
                    self._submit(submitted, chunk, 1)
                    submitted += 1
            if not self.running:
                return
            self._collect(next(self.completed))
            while released in self.ready:
                yield from self.ready.pop(released)
                released += 1

    def _collect(self, future: Any) -> None:
        """File a finished task's results, or submit its work again after a failure."""
        seq, chunk, attempt, slot = self.running.pop(future)
        try:
            items, seconds, cpu = future.result()
        except Exception as exc:  # noqa: BLE001 - a task's error or its worker's death
            if attempt == 1:
                self.stats.retried += 1
                self._submit(seq, chunk, 2)
                return
            if attempt == 2:
                self.stats.failed += 1
                if len(chunk) > 1:
                    self.pieces[seq] = (chunk, [])
                    self._submit(seq, chunk[:1], 3, 0)
                    return
            self.stats.failed_documents += 1
            items, seconds, cpu = _failed(chunk, exc), 0.0, 0.0
        finally:
            future.release()
        self.stats.task_seconds += seconds
        self.stats.task_cpu_seconds += cpu
        if attempt == 3:
            whole, done = self.pieces[seq]
            done += items
            if slot + 1 < len(whole):
                self._submit(seq, whole[slot + 1 : slot + 2], 3, slot + 1)
                return
            del self.pieces[seq]
            items = done
        self.stats.partitions += 1
        self.ready[seq] = items
