"""Batch ingest: read -> analyse (N worker processes) -> one store writer.

Input: paths (files, folders, globs, JSONL, ``-`` for stdin) or already read
``RawDocument`` / ``ReadError`` items, an open ``Store`` and ``Options``.
Output: an ``IngestReport``; the store gains documents, incidents, claims,
near-duplicate marks, links to corpus incidents and recorded errors.

Guarantees:

* idempotent: a text already stored (same SHA-256) is not analysed again; a
  new external id for it is recorded as an alias;
* crash-safe and resumable: documents are written in batches, one transaction
  each, so a killed process loses only the batch in flight and a re-run
  completes the rest;
* bad input never stops a batch: read errors and analysis failures go to the
  ``errors`` table, each document is written under its own savepoint;
* the NLP runs in ``workers`` processes, or on a Dask cluster (``cluster``,
  see ``corpus/cluster.py``); only this process writes;
* streamed: the input is read lazily, a partition at a time, so memory is
  bounded by the partitions in flight, not by the size of the input.
"""

from __future__ import annotations

import glob
import hashlib
import multiprocessing
import multiprocessing.connection
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from itertools import chain, islice
from pathlib import Path

from claimledger.corpus import link, link_address, link_followup, link_pass, summary
from claimledger.errors import ClaimledgerError, ReadError
from claimledger.options import Options
from claimledger.records import Document, RawDocument
from claimledger.store.base import AlreadyStoredError, FollowupRow, Store

AnalyzeFn = Callable[[list[RawDocument], Options], list[Document]]
# A partition: documents numbered in input order.
Chunk = list[tuple[int, RawDocument]]
# Documents per write transaction: large enough to amortise the commit, small
# enough that a crash loses little work.
COMMIT_EVERY = 32


@dataclass(frozen=True)
class IngestReport:
    """What one ingest did.

    Attributes:
        read: documents read (not counting read errors).
        stored: new documents written.
        already_stored: documents skipped because their text was already stored.
        duplicates: new documents recognised as near-duplicates of stored ones.
        errors: bad files, lines or documents (recorded in the ``errors`` table).
        incidents: document-level incidents linked.
        new_corpus_incidents: corpus incidents created.
        seconds: wall time.
        store_seconds: time spent writing and linking (the single writer).
        problems: one line per error of this run ("where: reason").
        warnings: one line per document stored with a warning (an external id
            already used by another stored document with a different text: the
            new document is stored as a document of its own under the same id).
        without_incident: one line per new document in which no incident was read
            (a paywall, login, error or social-media page, or no event reported):
            stored, in no corpus incident, even when it near-duplicates another
            (``summary.document_incident``).
    """

    read: int
    stored: int
    already_stored: int
    duplicates: int
    errors: int
    incidents: int
    new_corpus_incidents: int
    seconds: float
    store_seconds: float
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    without_incident: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        """Whether the store changed (False on a re-run of the same ingest)."""
        return self.stored > 0


@dataclass(frozen=True)
class IngestProgress:
    """Passed to the progress callback after each written batch.

    The input is read lazily: ``total`` counts the documents read so far (it
    grows while ``reading`` is True); ``bytes_read`` of ``bytes_total`` (the
    sizes of the input files, 0 when unknown, e.g. stdin) measure the reading.
    """

    done: int
    total: int
    stored: int
    errors: int
    reading: bool = False
    bytes_read: int = 0
    bytes_total: int = 0


@dataclass(frozen=True)
class _Analysed:
    """A worker's result for one document (``index``: its number in the input)."""

    index: int
    document: Document | None
    error: str | None
    sketch: tuple[int, ...] = ()
    terms: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()


def content_hash(text: str) -> str:
    """The SHA-256 hex digest of a text (the store's identity of a document)."""
    # surrogatepass: a text with a lone surrogate still has an identity (storing it
    # fails later, recorded as that document's error, instead of stopping the run).
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _analyse_raws(
    raws: list[RawDocument], options: Options, analyzer: AnalyzeFn | None
) -> list[Document | Exception]:
    """A Document or the exception it raised, per document.

    The pipeline's ``analyze_each`` isolates failures itself; a custom analyzer
    whose batch fails is retried one document at a time.
    """
    if analyzer is None:
        from claimledger.pipeline import analyze_each

        return [result for _, result in analyze_each(raws, options)]
    try:
        return list(analyzer(raws, options))
    except Exception:  # noqa: BLE001 - one bad document must not sink its chunk
        docs: list[Document | Exception] = []
        for raw in raws:
            try:
                docs.append(analyzer([raw], options)[0])
            except Exception as exc:  # noqa: BLE001
                docs.append(exc)
        return docs


def _analyse_chunk(args: tuple[Chunk, Options, AnalyzeFn | None]) -> list[_Analysed]:
    """Analyse a chunk, each document's failure recorded as its own error."""
    from claimledger.pipeline import analysis_failure

    items, options, analyzer = args
    docs = _analyse_raws([r for _, r in items], options, analyzer)
    out = []
    for (index, _), doc in zip(items, docs, strict=True):
        if isinstance(doc, Exception):
            out.append(_Analysed(index, None, analysis_failure(doc)))
        else:
            # Signatures are computed here, in the worker, to keep the writer light.
            hashes, terms = link.signatures(doc.text)
            places = tuple(sorted(link_address.addresses(doc.text)))
            out.append(_Analysed(index, doc, None, tuple(hashes), tuple(terms), places))
    return out


def _where(raw: RawDocument) -> str:
    """How an error names a document: its path and id, or its id."""
    if raw.path and raw.path != raw.id:
        return f"{raw.path}#{raw.id}"
    return raw.id


def expand_paths(paths: Iterable[str]) -> list[str]:
    """Files named by paths, folders (recursively, sorted) and globs; ``-`` is kept.

    A name that is neither a folder nor a matching glob is kept as given, so
    that the reader reports it (missing file) instead of it vanishing.
    """
    out: list[str] = []
    for p in paths:
        if p != "-" and os.path.isdir(p):
            out += _walk(p)
        elif p != "-" and glob.has_magic(p) and not os.path.exists(p):
            out += sorted(f for f in glob.glob(p, recursive=True) if os.path.isfile(f)) or [p]
        else:
            out.append(p)
    return out


def _walk(folder: str) -> list[str]:
    """The files under a folder, sorted, hidden names left out; a folder that cannot
    be read and a broken link are kept so that the reader reports them."""
    found: list[str] = []

    def unreadable(exc: OSError) -> None:
        found.append(str(exc.filename or folder))

    for root, _dirs, files in os.walk(folder, onerror=unreadable):
        found += [os.path.join(root, f) for f in files if not f.startswith(".")]
    return sorted(found, key=lambda f: Path(f).parts)


def ingest(
    paths: Iterable[str],
    store: Store,
    options: Options,
    *,
    workers: int = 1,
    progress: Callable[[IngestProgress], None] | None = None,
    analyzer: AnalyzeFn | None = None,
    cluster: str | Runner | None = None,
) -> IngestReport:
    """Read, analyse and store documents, linking their incidents across the corpus.

    Args:
        paths: files, folders (read recursively), globs, JSONL (also gzip-compressed),
            Parquet or WARC files, or ``-`` (stdin). Read lazily, never whole.
        store: the open store.
        options: pipeline options.
        workers: processes running the NLP (the writer stays in this process).
        progress: called after each written batch (with the bytes read so far).
        analyzer: ``(raws, options) -> documents``; the spaCy pipeline by default.
        cluster: ``local:N`` or ``tcp://HOST:PORT``: analyse on a Dask cluster
            instead of ``workers`` processes (see ``claimledger.corpus.cluster``).

    Returns:
        The counts of what was stored, skipped and rejected.
    """
    from claimledger.read import ReadMeter, read_paths

    files = expand_paths(paths)
    meter = ReadMeter.for_paths(files)
    report = None
    if progress is not None:
        outer = progress

        def report(p: IngestProgress) -> None:
            outer(replace(p, bytes_read=meter.bytes_read, bytes_total=meter.bytes_total))

    return ingest_documents(
        read_paths(files, options, meter=meter),
        store,
        options,
        workers=workers,
        progress=report,
        analyzer=analyzer,
        cluster=cluster,
    )


def ingest_documents(
    items: Iterable[RawDocument | ReadError],
    store: Store,
    options: Options,
    *,
    workers: int = 1,
    progress: Callable[[IngestProgress], None] | None = None,
    analyzer: AnalyzeFn | None = None,
    commit_every: int = COMMIT_EVERY,
    cluster: str | Runner | None = None,
) -> IngestReport:
    """Store already read documents (see ``ingest``; ``ReadError`` items are recorded).

    Args:
        items: documents and read errors, as ``claimledger.read.read_paths`` yields
            them; consumed lazily, a partition (``options.batch_size``) at a time.
        store: the open store.
        options: pipeline options.
        workers: processes running the NLP.
        progress: called after each written batch.
        analyzer: ``(raws, options) -> documents``; the spaCy pipeline by default.
        commit_every: documents per transaction.
        cluster: ``local:N``, ``tcp://HOST:PORT`` or a runner: analyse the
            partitions on a Dask cluster (``workers`` is then ignored).

    Returns:
        The counts of what was stored, skipped and rejected.
    """
    t0 = time.perf_counter()
    known = _Known(store)
    writer = _Writer(store, known, options.model)
    chunks = known.chunks(items, max(1, options.batch_size))
    run = _runner(workers, cluster)
    for batch in _batches(run(chunks, options, analyzer), commit_every):
        writer.write(batch)
        if progress is not None:
            progress(
                IngestProgress(
                    writer.done,
                    known.queued,
                    writer.stored,
                    known.errors + writer.errors,
                    reading=not known.finished,
                )
            )
    if known.unrecorded:
        with store.transaction():
            known.record()
    writer.second_pass()
    return IngestReport(
        read=known.read,
        stored=writer.stored,
        already_stored=known.already + writer.already,
        duplicates=writer.duplicates,
        errors=known.errors + writer.errors,
        incidents=writer.incidents,
        new_corpus_incidents=writer.new_corpus,
        seconds=time.perf_counter() - t0,
        store_seconds=writer.seconds,
        problems=tuple(known.problems + writer.problems),
        warnings=tuple(writer.warnings),
        without_incident=tuple(writer.without_incident),
    )


# Analyses partitions, yielding each document's result in input order.
Runner = Callable[[Iterable[Chunk], Options, "AnalyzeFn | None"], Iterator[_Analysed]]


def _runner(workers: int, cluster: str | Runner | None) -> Runner:
    """The seam between reading/writing and analysing: this process, a pool or a cluster."""
    if cluster is None:
        return lambda chunks, options, analyzer: _analyse_all(chunks, options, workers, analyzer)
    if isinstance(cluster, str):
        from claimledger.corpus.cluster import ClusterRunner

        return ClusterRunner(cluster)
    return cluster


class _Known:
    """The input sorted lazily: new documents (pending analysis), texts already stored, errors.

    The lookups run outside any transaction (between the writer's batches) so
    that a write transaction begins with a write: a concurrent ingest's commit
    in between cannot make it fail on a stale snapshot. Read errors and aliases
    of stored texts are recorded at the start of the writer's next transaction.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.pending: dict[int, tuple[RawDocument, str]] = {}  # index -> (raw, hash)
        self.aliases: dict[str, list[str]] = {}  # pending hash -> further external ids
        self.read_errors: list[ReadError] = []
        self.stored_aliases: list[tuple[int, str]] = []
        self.problems: list[str] = []
        self.read = self.already = self.errors = self.queued = 0
        self.finished = False

    def chunks(self, items: Iterable[RawDocument | ReadError], size: int) -> Iterator[Chunk]:
        """The new documents, in partitions of ``size``, as the input is read."""
        chunk: Chunk = []
        for item in items:
            if isinstance(item, ReadError):
                self.read_errors.append(item)
                self.problems.append(str(item))
                self.errors += 1
                continue
            self.read += 1
            h = content_hash(item.text)
            if h in self.aliases:  # the same text earlier in this input, not yet written
                self.aliases[h].append(item.id)
                self.already += 1
                continue
            stored = self.store.find_by_hash(h)
            if stored is not None:
                self.stored_aliases.append((stored, item.id))
                self.already += 1
                continue
            self.aliases[h] = []
            self.pending[self.queued] = (item, h)
            chunk.append((self.queued, item))
            self.queued += 1
            if len(chunk) >= size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk
        self.finished = True

    @property
    def unrecorded(self) -> bool:
        return bool(self.read_errors or self.stored_aliases)

    def record(self) -> None:
        """Record read errors and aliases of stored texts (inside a transaction)."""
        for err in self.read_errors:
            self.store.record_error(err.path or "<input>", err.line or 0, err.reason)
        for doc_id, alias in self.stored_aliases:
            self.store.add_external_id(doc_id, alias)
        self.read_errors, self.stored_aliases = [], []


def _analyse_all(
    chunks: Iterable[Chunk], options: Options, workers: int, analyzer: AnalyzeFn | None
) -> Iterator[_Analysed]:
    """Analysed documents in input order, from this process or a pool.

    The pool holds at most ``2 * workers`` partitions in flight (backpressure:
    the input is read no faster than the writer consumes it).
    """
    it = iter(chunks)
    head = list(islice(it, 2))
    if workers <= 1 or len(head) <= 1:
        for chunk in chain(head, it):
            yield from _analyse_chunk((chunk, options, analyzer))
        return
    # spawn, not fork: the parent holds an open SQLite connection, which must not
    # be shared with children. An executor rather than multiprocessing.Pool: when a
    # worker dies (out of memory, a crash in native code) Pool silently replaces it
    # and waits forever for the lost chunk; the executor raises.
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=ctx, initializer=_exit_with_parent
    ) as pool:
        window: deque[Future[list[_Analysed]]] = deque()
        try:
            for chunk in chain(head, it):
                window.append(pool.submit(_analyse_chunk, (chunk, options, analyzer)))
                if len(window) >= 2 * workers:
                    yield from window.popleft().result()
            while window:
                yield from window.popleft().result()
        except BrokenProcessPool as exc:
            raise ClaimledgerError(
                "a worker process died; the documents committed so far are kept, "
                "run the same ingest again to complete it"
            ) from exc


def _exit_with_parent() -> None:
    """In a worker: exit as soon as the parent process dies (even by SIGKILL).

    A worker waits on a queue whose write end it holds itself, so a killed
    parent would leave it waiting forever; a daemon thread watches the parent's
    sentinel (readable when the parent is gone) and ends the worker.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _batches(items: Iterator[_Analysed], n: int) -> Iterator[list[_Analysed]]:
    batch: list[_Analysed] = []
    for item in items:
        batch.append(item)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


class _Writer:
    """The single writer: one transaction per batch, one savepoint per document."""

    def __init__(self, store: Store, known: _Known, model: str) -> None:
        self.store, self.known = store, known
        self.model = model  # the grade parses the stored texts with the ingest's model
        self.done = self.stored = self.duplicates = self.errors = self.already = 0
        self.incidents = self.new_corpus = 0
        self.seconds = 0.0
        self.index = link.TermIndex(store)
        self.revisit: set[int] = set()  # corpus incidents the second pass looks at
        self.problems: list[str] = []
        self.warnings: list[str] = []
        self.without_incident: list[str] = []
        # Per document reading no incident, the follow-up it was attached as (this batch).
        self.attached: dict[str, FollowupRow] = {}
        self.unattached: list[int] = []  # such documents attached to none yet (this run)

    def write(self, batch: list[_Analysed]) -> None:
        """Write one batch of analysed documents in one transaction."""
        t0 = time.perf_counter()
        touched: set[int] = set()
        warnings: list[str] = []  # reported once the batch is committed
        without: list[str] = []
        with self.store.transaction():
            self.known.record()
            for item in batch:
                raw, h = self.known.pending.pop(item.index)
                aliases = self.known.aliases.pop(h, [])
                if item.document is None:
                    self._problem(_where(raw), item.error or "?")
                    continue
                try:
                    said: list[str] = []  # dropped with the document if its savepoint rolls back
                    with self.store.savepoint():
                        touched |= self._write_one(item, h, aliases, said)
                    self.stored += 1
                    warnings += said
                    if not item.document.incidents:
                        got = self.attached.pop(item.document.id, None)
                        without.append(_without_incident(item.document, got))
                except AlreadyStoredError as exc:  # a concurrent ingest stored it first
                    for alias in (raw.id, *aliases):
                        self.store.add_external_id(exc.document_id, alias)
                    self.already += 1
                except Exception as exc:  # noqa: BLE001 - reported, the batch goes on
                    reason = f"store failed: {type(exc).__name__}: {exc}"
                    self._problem(_where(raw), reason)
            summary.refresh(self.store, touched, self.model)
        self.warnings += warnings
        self.without_incident += without
        self.done += len(batch)
        self.seconds += time.perf_counter() - t0

    def second_pass(self) -> None:
        """Re-link the run's incidents left alone (``link_pass``), then look again for what
        the run's documents reading no incident follow up, in one transaction."""
        if not self.revisit and not self.unattached:
            return
        t0 = time.perf_counter()
        with self.store.transaction():
            merged = link_pass.relink_alone(self.store, self.revisit, self.index)
            summary.refresh(self.store, {s for s, _ in merged}, self.model)
            for doc_id in self.unattached:  # their event's first report came later
                got = link_followup.find(self.store, doc_id, self.index)
                if got is not None:
                    self.store.attach_followup(got)
        self.revisit.clear()
        self.unattached.clear()
        self.seconds += time.perf_counter() - t0

    def _problem(self, where: str, reason: str) -> None:
        """Record a document that could not be analysed or stored."""
        self.store.record_error(where, 0, reason)
        self.problems.append(f"{where}: {reason}")
        self.errors += 1

    def _write_one(
        self, item: _Analysed, h: str, aliases: list[str], warnings: list[str]
    ) -> set[int]:
        store = self.store
        doc = item.document
        assert doc is not None
        doc_id = store.add_document(doc, h)  # first a write: see _Known.sort
        owner = store.external_id_owner(doc.id)
        if owner is not None and owner != doc_id:
            warnings.append(
                f"{doc.id}: this id already names stored document {owner} (another text); "
                f"stored as document {doc_id} under the same id"
            )
        for alias in aliases:
            store.add_external_id(doc_id, alias)
        dup = link.find_duplicate(store, doc_id, item.sketch)
        if dup is not None:
            store.mark_duplicate(doc_id, dup.document_id, dup.similarity)
            self.duplicates += 1
        store.add_sketch(doc_id, item.sketch)
        store.add_terms(doc_id, item.terms)
        store.add_addresses(doc_id, item.addresses)
        self.index.added(item.terms)
        decisions = link.link_document(store, doc_id, dup, index=self.index)
        if not doc.incidents:
            got = link_followup.find(store, doc_id, self.index)
            if got is not None:
                store.attach_followup(got)
                self.attached[doc.id] = got
            else:
                self.unattached.append(doc_id)
        self.incidents += len(decisions)
        self.new_corpus += sum(d.created for d in decisions)
        for d in decisions:
            self.revisit.update(d.candidates)
            if d.created:
                self.revisit.add(d.corpus_incident_id)
        return {d.corpus_incident_id for d in decisions}


def _without_incident(doc: Document, attached: FollowupRow | None = None) -> str:
    """The line ``IngestReport.without_incident`` gives a document that reads no incident
    (``attached``: the follow-up it was attached as, ``link_followup``)."""
    body = doc.text
    if doc.title and body.startswith(doc.title):
        body = body[len(doc.title) :]
    n = len(body.split())
    where = "in no corpus incident"
    if attached is not None:
        where = (
            f"attached to corpus incident {attached.corpus_incident_id} as a follow-up "
            f"({attached.reason.removeprefix('follow-up: ')})"
        )
    return f"{doc.id}: no incident read ({n} word(s) besides the headline): {where}"
