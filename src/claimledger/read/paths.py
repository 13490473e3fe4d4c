"""Files, folders' files and standard input -> ``RawDocument`` (or ``ReadError``).

Input: an iterable of paths (``.txt``, ``.html``/``.htm``, ``.jsonl``, any
other name sniffed by content, or ``-`` for stdin) and an :class:`Options`.
Output: an iterator of :class:`~claimledger.records.RawDocument`, with every
problem YIELDED as a :class:`~claimledger.errors.ReadError` so that one bad file
or JSONL line never stops the others.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from typing import IO

from claimledger.errors import ReadError
from claimledger.options import Options
from claimledger.read.decode import SNIFF_BYTES, decode_bytes, too_large
from claimledger.read.documents import make_doc_id, make_raw_document
from claimledger.read.html import read_html
from claimledger.read.jsonl import STDIN_LABEL, read_jsonl_lines
from claimledger.records import RawDocument

__all__ = ["read_paths"]

_HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
_TEXT_EXTENSIONS = (".txt", ".text")
_JSONL_EXTENSIONS = (".jsonl", ".ndjson")
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


def _read_file(path: str, options: Options) -> Iterator[RawDocument | ReadError]:
    """Every document in one file (a JSONL file may hold many)."""
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
        if kind == "jsonl":
            with open(path, "rb") as fh:
                yield from read_jsonl_lines(fh, options, path=path)
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


def read_paths(
    paths: Iterable[str], options: Options, *, stdin: IO[bytes] | None = None
) -> Iterator[RawDocument | ReadError]:
    """Read documents from files and/or stdin.

    ``.txt`` is text, ``.html``/``.htm`` is HTML, ``.jsonl`` is one document per
    line; ``-`` (stdin) and any other name are sniffed: JSONL when every
    non-empty line starts with ``{``, HTML when it looks like HTML, else text.
    A file's document id is its path as given; stdin text gets a content hash.
    ``options.published`` is not applied here (the dates stage uses it).

    Args:
        paths: file paths, ``-`` for stdin.
        options: read options (``max_bytes``).
        stdin: the byte stream read for ``-`` (default ``sys.stdin.buffer``).

    Yields:
        RawDocuments in input order, and a ReadError for each file or line that
        cannot be read (binary, empty, too large, undecodable, bad JSONL line).
    """
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, options)
        else:
            yield from _read_file(path, options)
