"""JSONL -> ``RawDocument``: one JSON object per line, every bad line its own ``ReadError``.

A line is ``{"id": str, "text": str, "title"?: str, "published"?:
"YYYY-MM-DD", "url"?: str, "source"?: str}``.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from claimledger.errors import ReadError
from claimledger.options import Options
from claimledger.read.decode import decode_bytes, normalise, too_large
from claimledger.read.documents import make_raw_document
from claimledger.records import RawDocument

__all__ = ["STDIN_LABEL", "document_from_object", "read_jsonl_lines"]

STDIN_LABEL = "<stdin>"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A lone UTF-16 surrogate (JSON "\\ud800" without its pair) cannot be encoded as
# UTF-8: hashing and storing the text would fail, so the line is refused.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Python refuses int() of more than 4,300 digits; such a number in a field we do
# not read must not cost its line, so it becomes a placeholder (never a string).
_MAX_INT_DIGITS = 4000


class _HugeInt:
    """A JSON integer too long for ``int()``: not a string, not read further."""


def _parse_int(digits: str) -> int | _HugeInt:
    """A JSON integer as int, or a placeholder when too long for int()."""
    return int(digits) if len(digits) <= _MAX_INT_DIGITS else _HugeInt()


def _loads(line: str, label: str, lineno: int) -> Any:
    """json.loads with every failure (bad JSON, deep nesting, huge numbers) a ReadError."""
    try:
        return json.loads(line, parse_int=_parse_int)
    except json.JSONDecodeError as exc:
        raise ReadError(f"not valid JSON: {exc.msg} (column {exc.colno})", label, lineno) from exc
    except RecursionError as exc:
        raise ReadError("not readable JSON: nested too deeply", label, lineno) from exc
    except ValueError as exc:
        raise ReadError(f"not readable JSON: {exc}", label, lineno) from exc


def _valid_iso_date(value: str) -> bool:
    """True for a real calendar date written YYYY-MM-DD."""
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _optional_str(obj: dict[str, Any], key: str) -> str | None:
    """obj[key] when it is a non-empty string, None when absent/null; ValueError otherwise."""
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f'"{key}" must be a string, not {type(value).__name__}')
    return value.strip() or None


def _parse_jsonl_line(raw: bytes, label: str, path: str | None, lineno: int) -> RawDocument:
    """One JSONL line -> RawDocument; every problem is a ReadError naming the line."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        line = decode_bytes(raw, path)  # a latin-1 export still yields its documents
    obj = _loads(line, label, lineno)
    if not isinstance(obj, dict):
        raise ReadError(f"a line must be a JSON object, not {type(obj).__name__}", label, lineno)
    return document_from_object(obj, label, path, lineno)


def document_from_object(
    obj: dict[str, Any], label: str, path: str | None, lineno: int
) -> RawDocument:
    """A JSONL object (or a Parquet row) -> RawDocument; a ReadError names the line or row.

    The fields are those of a JSONL line: ``text`` (required), ``id``,
    ``title``, ``published`` (YYYY-MM-DD), ``url``, ``source``.
    """
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError('missing or empty "text"', label, lineno)
    doc_id = obj.get("id")
    if doc_id is not None and (not isinstance(doc_id, str) or not doc_id.strip()):
        raise ReadError('"id" must be a non-empty string', label, lineno)
    try:
        title = _optional_str(obj, "title")
        published = _optional_str(obj, "published")
        url = _optional_str(obj, "url")
        source = _optional_str(obj, "source")
    except ValueError as exc:
        raise ReadError(str(exc), label, lineno) from exc
    if published is not None and not _valid_iso_date(published):
        raise ReadError(f'bad "published" date {published!r} (expected YYYY-MM-DD)', label, lineno)
    for key, value in (
        ("id", doc_id),
        ("text", text),
        ("title", title),
        ("url", url),
        ("source", source),
    ):
        if value and _LONE_SURROGATE.search(value):
            raise ReadError(f'"{key}" holds a lone surrogate (not valid Unicode)', label, lineno)
    return make_raw_document(
        normalise(text),
        doc_id=doc_id or f"{label}:{lineno}",
        title=normalise(title) if title else None,
        published=published,
        url=url,
        source=source,
        path=path,
        published_source="given" if published else None,
    )


def read_jsonl_lines(
    lines: Iterable[bytes], options: Options, *, path: str | None = None
) -> Iterator[RawDocument | ReadError]:
    """Read JSONL documents, one object per line, yielding errors per bad line.

    Each line is ``{"id": str, "text": str, "title"?: str, "published"?:
    "YYYY-MM-DD", "url"?: str, "source"?: str}``. Blank lines are skipped. The
    ``--max-bytes`` limit applies to each line (a document), not to the file, so
    large exports stream. A missing id becomes ``<path>:<line>``; input without
    any non-blank line is an "empty file" error.

    Args:
        lines: the byte lines (a binary file object works).
        options: read options (``max_bytes``).
        path: the file name, or None for stdin.

    Yields:
        A RawDocument per good line, a ReadError (with the line number) per bad one.
    """
    label = path or STDIN_LABEL
    seen = False
    for lineno, raw in enumerate(lines, start=1):
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        seen = True
        if len(raw) > options.max_bytes:
            yield ReadError(too_large("line", len(raw), options.max_bytes), label, lineno)
            continue
        try:
            yield _parse_jsonl_line(raw, label, path, lineno)
        except ReadError as err:
            if err.line is None:  # raised by decode_bytes, which knows no line number
                err = ReadError(err.reason, label, lineno)
            yield err
    if not seen:
        yield ReadError("empty file", label)
