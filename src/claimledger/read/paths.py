"""Files, folders' files and standard input -> ``RawDocument`` (or ``ReadError``).

Input: an iterable of paths (``.txt``, ``.html``/``.htm``, ``.jsonl``,
``.jsonl.gz``, ``.parquet``, ``.warc``/``.warc.gz``, any other name sniffed
by content, or ``-`` for stdin) and an :class:`Options`. JSONL (plain or
gzip-compressed), Parquet and WARC files are streamed, never read whole.
Output: an iterator of :class:`~claimledger.records.RawDocument`, with every
problem YIELDED as a :class:`~claimledger.errors.ReadError` so that one bad file
or JSONL line never stops the others.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from typing import IO

from claimledger.errors import ReadError
from claimledger.options import Options
from claimledger.read.decode import SNIFF_BYTES, decode_bytes, too_large
from claimledger.read.documents import make_doc_id, make_raw_document
from claimledger.read.html import read_html
from claimledger.read.jsonl import STDIN_LABEL, read_jsonl_lines
from claimledger.read.meter import ReadMeter
from claimledger.read.parquet import read_parquet
from claimledger.read.warc import read_warc
from claimledger.records import RawDocument

__all__ = ["read_paths"]

_HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
_TEXT_EXTENSIONS = (".txt", ".text")
_JSONL_EXTENSIONS = (".jsonl", ".ndjson")
# Kinds read as a stream (no --max-bytes limit on the file, only on each document).
_STREAM_EXTENSIONS = (
    ((".jsonl.gz", ".ndjson.gz"), "jsonl.gz"),
    ((".parquet", ".pq"), "parquet"),
    ((".warc", ".warc.gz"), "warc"),
)
_STREAM_KINDS = ("jsonl", "jsonl.gz", "parquet", "warc")
_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article|br|meta|title)[\s/>]",
    re.IGNORECASE,
)


def _sniff_kind(head: str) -> str:
    """ "jsonl", "html" or "text" for content of unknown type.

    JSONL when the first non-blank line is a JSON object and most lines start
    with ``{``: one bad line then is that line's error, not a reason to read
    the whole file as one plain text.
    """
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()]
    if lines and _is_json_object(lines[0]):
        objects = sum(1 for ln in lines if ln.startswith("{"))
        if objects * 2 > len(lines):
            return "jsonl"
    if _HTML_SNIFF.search(head[:4096]):
        return "html"
    return "text"


def _is_json_object(line: str) -> bool:
    """Whether a line is a JSON object (cheap check first)."""
    if not (line.startswith("{") and line.endswith("}")):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def _kind_for_path(path: str) -> str | None:
    """The kind named by the extension, None when it must be sniffed."""
    lower = path.lower()
    for extensions, kind in _STREAM_EXTENSIONS:
        if lower.endswith(extensions):
            return kind
    if lower.endswith(_HTML_EXTENSIONS):
        return "html"
    if lower.endswith(_JSONL_EXTENSIONS):
        return "jsonl"
    if lower.endswith(_TEXT_EXTENSIONS):
        return "text"
    return None


def _document_from_text(
    text: str, kind: str, doc_id: str, path: str | None, where: str
) -> RawDocument:
    """A text or HTML body -> RawDocument (empty input is an error)."""
    if not text.strip():
        raise ReadError("empty file", where)
    if kind == "html":
        try:
            return read_html(text, doc_id, path=path)
        except ReadError as err:
            raise ReadError(err.reason, where) from err
    return make_raw_document(text, doc_id=doc_id, path=path)


def _guarded_lines(fh: Iterable[bytes], failures: list[Exception]) -> Iterator[bytes]:
    """The lines of a compressed stream, stopping (the failure kept) where it is corrupt."""
    try:
        yield from fh
    except (OSError, EOFError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
        failures.append(exc)


def _read_stream(
    path: str, kind: str, options: Options, meter: ReadMeter | None
) -> Iterator[RawDocument | ReadError]:
    """A JSONL (plain or gzip), Parquet or WARC file, a document at a time."""
    if kind == "parquet":
        yield from read_parquet(path, options, meter=meter)
        return
    with open(path, "rb") as raw:
        if meter is not None:
            meter.position = raw.tell  # compressed bytes for a compressed file
        if kind == "warc":
            yield from read_warc(raw, options, path=path)
        elif kind == "jsonl":
            yield from read_jsonl_lines(raw, options, path=path)
        else:
            failures: list[Exception] = []
            with gzip.GzipFile(fileobj=raw, mode="rb") as fh:
                yield from read_jsonl_lines(_guarded_lines(fh, failures), options, path=path)
            for exc in failures:
                yield ReadError(f"compressed file cut short or corrupt: {exc}", path)


def _read_file(
    path: str, options: Options, meter: ReadMeter | None = None
) -> Iterator[RawDocument | ReadError]:
    """Every document in one file (a JSONL, Parquet or WARC file may hold many)."""
    kind = _kind_for_path(path)
    try:
        if os.path.islink(path) and not os.path.exists(path):
            yield ReadError("broken link (its target does not exist)", path)
            return
        if os.path.isdir(path):
            os.listdir(path)  # an unreadable folder raises here: reported, not skipped
            yield ReadError("is a directory, not a file", path)
            return
        size = os.path.getsize(path)
        if kind in _STREAM_KINDS:
            yield from _read_stream(path, kind, options, meter)
            return
        # Checked before reading: a stray multi-GB dump must not be loaded at all.
        if size > options.max_bytes:
            yield ReadError(too_large("file", size, options.max_bytes), path)
            return
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        yield ReadError("no such file", path)
        return
    except OSError as exc:
        yield ReadError(f"cannot read: {exc.strerror or exc}", path)
        return
    if not data.strip():
        yield ReadError("empty file", path)
        return
    try:
        text = decode_bytes(data, path)
        if kind is None:
            kind = _sniff_kind(text[: max(SNIFF_BYTES, text.find("\n") + 1)])
            if kind == "jsonl":
                yield from read_jsonl_lines(data.splitlines(keepends=True), options, path=path)
                return
        yield _document_from_text(text, kind, path, path, path)
    except ReadError as err:
        yield err


def _stdin_lines(head: bytes, stream: IO[bytes]) -> Iterator[bytes]:
    """The lines of ``head`` followed by the rest of ``stream``, joined at the seam."""
    pieces = head.splitlines(keepends=True)
    tail = b""
    if pieces and not pieces[-1].endswith((b"\n", b"\r")):
        tail = pieces.pop()
    yield from pieces
    first = True
    for line in stream:
        if first:
            line, first = tail + line, False
        yield line
    if first and tail:
        yield tail


def _read_stdin(stream: IO[bytes], options: Options) -> Iterator[RawDocument | ReadError]:
    """Documents from stdin, whose kind is sniffed (JSONL, HTML or text)."""
    head = stream.read(options.max_bytes + 1)
    if len(head) > options.max_bytes:
        # Only JSONL may exceed the limit as a whole: its limit is per line.
        probe = head[:SNIFF_BYTES].decode("utf-8", errors="replace")
        complete = probe.rsplit("\n", 1)[0] if "\n" in probe else probe
        if _sniff_kind(complete) == "jsonl":
            yield from read_jsonl_lines(_stdin_lines(head, stream), options)
        else:
            yield ReadError(
                too_large("input", len(head), options.max_bytes) + " or more", STDIN_LABEL
            )
        return
    if not head.strip():
        yield ReadError("empty file", STDIN_LABEL)
        return
    try:
        text = decode_bytes(head, STDIN_LABEL)
        kind = _sniff_kind(text)
        if kind == "jsonl":
            yield from read_jsonl_lines(head.splitlines(keepends=True), options)
            return
        yield _document_from_text(text, kind, make_doc_id(text), None, STDIN_LABEL)
    except ReadError as err:
        yield err


def _size(path: str) -> int:
    """A file's size, 0 when it cannot be known (the reader reported why)."""
    try:
        return os.path.getsize(path) if os.path.isfile(path) else 0
    except OSError:
        return 0


def read_paths(
    paths: Iterable[str],
    options: Options,
    *,
    stdin: IO[bytes] | None = None,
    meter: ReadMeter | None = None,
) -> Iterator[RawDocument | ReadError]:
    """Read documents from files and/or stdin.

    ``.txt`` is text, ``.html``/``.htm`` is HTML, ``.jsonl`` (and gzip-compressed
    ``.jsonl.gz``) is one document per line, ``.parquet`` one per row, ``.warc``
    (and ``.warc.gz``) one per HTML response; ``-`` (stdin) and any other name are sniffed: JSONL when every
    non-empty line starts with ``{``, HTML when it looks like HTML, else text.
    A file's document id is its path as given; stdin text gets a content hash.
    ``options.published`` is not applied here (the dates stage uses it).

    Args:
        paths: file paths, ``-`` for stdin.
        options: read options (``max_bytes``).
        stdin: the byte stream read for ``-`` (default ``sys.stdin.buffer``).
        meter: advanced as the files are read (bytes read, for a progress bar).

    Yields:
        RawDocuments in input order, and a ReadError for each file or line that
        cannot be read (binary, empty, too large, undecodable, bad JSONL line).
    """
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, options)
        else:
            yield from _read_file(path, options, meter)
            if meter is not None:
                meter.file_done(_size(path))
