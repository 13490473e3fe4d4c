"""Parquet -> ``RawDocument``: one row per document, read a record batch at a time.

A Parquet file's columns are the fields of a JSONL line: ``text`` (required),
``id``, ``title``, ``published``, ``url``, ``source``; other columns are
ignored and never read. ``published`` may be a string (YYYY-MM-DD), a date or
a timestamp (its calendar date). An integer ``id`` becomes its decimal string.
Each bad row is its own ``ReadError`` (numbered from 1, as lines are); the file
is streamed by record batches (pyarrow), never loaded whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from claimledger.errors import ReadError
from claimledger.options import Options
from claimledger.read.decode import too_large
from claimledger.read.jsonl import document_from_object
from claimledger.read.meter import ReadMeter
from claimledger.records import RawDocument

__all__ = ["read_parquet"]

FIELDS = ("id", "text", "title", "published", "url", "source")
# Rows per record batch: bounded memory whatever the row-group size of the file.
BATCH_ROWS = 256
INSTALL_HINT = "pip install 'claimledger[parquet]'"


def _row_object(row: dict[str, Any]) -> dict[str, Any]:
    """A row with dates as YYYY-MM-DD and an integer id as a string (as in JSONL)."""
    published = row.get("published")
    if isinstance(published, dt.datetime):
        row["published"] = published.date().isoformat()
    elif isinstance(published, dt.date):
        row["published"] = published.isoformat()
    doc_id = row.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        row["id"] = str(doc_id)
    return row


def read_parquet(
    path: str, options: Options, *, meter: ReadMeter | None = None
) -> Iterator[RawDocument | ReadError]:
    """Read the documents of a Parquet file, one per row.

    Args:
        path: the file.
        options: read options (``max_bytes`` applies to each row's text).
        meter: advanced as rows are read (the file's share of rows read).

    Yields:
        A RawDocument per good row, a ReadError (with the row number) per bad
        one, and one ReadError for a file that cannot be read.
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        yield ReadError(f"reading Parquet files needs pyarrow: {INSTALL_HINT}", path)
        return
    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        yield ReadError(f"not a readable Parquet file: {exc}", path)
        return
    names = set(pf.schema_arrow.names)
    if "text" not in names:
        yield ReadError('no "text" column', path)
        return
    rows_total = max(1, pf.metadata.num_rows)
    size = pf.metadata.serialized_size
    row = 0
    if meter is not None:
        import os

        size = os.path.getsize(path)
        meter.position = lambda: size * row // rows_total
    try:
        for batch in pf.iter_batches(
            batch_size=BATCH_ROWS, columns=[f for f in FIELDS if f in names]
        ):
            for obj in batch.to_pylist():
                row += 1
                yield _read_row(obj, path, row, options)
    except (pa.ArrowException, OSError) as exc:
        yield ReadError(f"Parquet file cut short or corrupt: {exc}", path, row + 1)
    if row == 0:
        yield ReadError("empty file", path)


def _read_row(
    obj: dict[str, Any], path: str, row: int, options: Options
) -> RawDocument | ReadError:
    """One row -> RawDocument, or the ReadError naming the row."""
    text = obj.get("text")
    if isinstance(text, str) and len(text.encode("utf-8", "surrogatepass")) > options.max_bytes:
        return ReadError(
            too_large("row", len(text.encode("utf-8", "surrogatepass")), options.max_bytes),
            path,
            row,
        )
    try:
        return document_from_object(_row_object(obj), path, path, row)
    except ReadError as err:
        return err
