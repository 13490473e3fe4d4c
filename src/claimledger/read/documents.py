"""Stage 1, read: paths or stdin -> ``RawDocument`` (or ``ReadError``).

Input: an iterable of paths (``.txt``, ``.html``/``.htm``, ``.jsonl``, any
other name sniffed by content, or ``-`` for stdin) and an :class:`Options`.
Output: an iterator of :class:`~claimledger.records.RawDocument`, with every
problem YIELDED as a :class:`~claimledger.errors.ReadError` so that one bad file
or JSONL line never stops the others.

Text is decoded from bytes (BOM, strict UTF-8, then ``charset_normalizer``),
its newlines are normalised to ``"\\n"`` and it is put in Unicode NFC, so the
character offsets of every later ``Evidence`` refer to this normalised text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from typing import IO, Any

from claimledger.errors import ReadError
from claimledger.options import Options
from claimledger.records import RawDocument

__all__ = [
    "decode_bytes",
    "make_doc_id",
    "make_raw_document",
    "read_html",
    "read_jsonl_lines",
    "read_paths",
]

STDIN_LABEL = "<stdin>"
# Binary sniffing looks at the head only: enough to catch images, archives and
# office files, cheap for multi-megabyte texts.
SNIFF_BYTES = 8192
# Share of C0 control bytes (other than whitespace) above which bytes are not text;
# real text has almost none, compressed or executable data has ~10% or more.
CONTROL_SHARE_LIMIT = 0.10
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")

# BOMs, longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
_TEXT_EXTENSIONS = (".txt", ".text")
_JSONL_EXTENSIONS = (".jsonl", ".ndjson")

_NEWLINES = re.compile(r"\r\n?")
_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article|br|meta|title)[\s/>]",
    re.IGNORECASE,
)
# lxml refuses str input that still carries an XML encoding declaration.
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_BLANK_RUNS = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_SPACE_RUNS = re.compile(r"[ \t\u00a0]+")
_AFTER_HEADLINE = re.compile(r"[ \t]*(?:\n\s*|$)")


# --- building documents ------------------------------------------------------


def make_doc_id(text: str) -> str:
    """A stable id for a text given without one: the first 12 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def make_raw_document(
    text: str,
    *,
    doc_id: str | None = None,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
    source: str | None = None,
    path: str | None = None,
    published_source: str | None = None,
) -> RawDocument:
    """Build a RawDocument, putting a separate title before the body.

    The title is the headline: it is prepended (followed by a blank line) unless
    the body already starts with it, and ``body_start`` records where the body
    begins so that the segment stage can label the headline.

    Args:
        text: the body text (already decoded and normalised).
        doc_id: the external id; derived from the final text when None.
        title: a headline given apart from the body.
        published: an ISO ``YYYY-MM-DD`` date, when known.
        url: where the document was published.
        source: the outlet or feed.
        path: the file it was read from.
        published_source: ``"given"`` (caller or JSONL) or ``"metadata"`` (HTML);
            defaults to ``"given"`` when ``published`` is set.

    Returns:
        The RawDocument.
    """
    body_start = 0
    headline = title.strip() if title else ""
    if headline and text.lstrip().startswith(headline):
        # Pages often repeat their title as the first line: mark it, don't repeat it.
        lead = len(text) - len(text.lstrip())
        match = _AFTER_HEADLINE.match(text, lead + len(headline))
        # Only a whole first line is a headline; a title that merely opens the
        # first sentence ("Attack" / "Attack on ...") marks nothing.
        body_start = match.end() if match else 0
    elif headline:
        head = headline + "\n\n"
        body_start = len(head)
        text = head + text
    if published and published_source is None:
        published_source = "given"
    return RawDocument(
        id=doc_id or make_doc_id(text),
        text=text,
        title=title,
        published=published,
        url=url,
        source=source,
        path=path,
        body_start=body_start,
        published_source=published_source if published else None,
    )


# --- bytes -> text -------------------------------------------------------------


def _normalise(text: str) -> str:
    """Newlines to "\\n", a leading BOM dropped, Unicode NFC."""
    text = _NEWLINES.sub("\n", text)
    if text.startswith("\ufeff"):
        text = text[1:]
    return unicodedata.normalize("NFC", text)


def _looks_binary(head: bytes) -> bool:
    """NUL bytes or many control characters in the first bytes."""
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
    return controls / len(head) > CONTROL_SHARE_LIMIT


def decode_bytes(data: bytes, where: str | None = None) -> str:
    """Decode bytes to normalised text.

    Order: a BOM (UTF-8/16/32) decides; else strict UTF-8; else the best guess of
    ``charset_normalizer``. Bytes that look binary (NUL bytes or many control
    characters in the first 8 KB, checked after the BOM so UTF-16 passes) are refused.

    Args:
        data: the raw bytes.
        where: the path (or ``"<stdin>"``) named in errors.

    Returns:
        The text with "\\n" newlines, in NFC.

    Raises:
        ReadError: "binary file, not text", or the encoding cannot be detected.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _normalise(data[len(bom) :].decode(encoding))
            except UnicodeDecodeError as exc:
                raise ReadError(f"not valid {encoding} despite its byte-order mark", where) from exc
    if _looks_binary(data[:SNIFF_BYTES]):
        raise ReadError("binary file, not text", where)
    try:
        return _normalise(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported here: costs ~50 ms, rarely needed

    best = from_bytes(data).best()
    if best is None:
        raise ReadError("could not detect the text encoding", where)
    return _normalise(str(best))


def _size_label(n: int) -> str:
    """A byte count in MB (or KB, bytes when small) for messages."""
    if n >= 100_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1000:
        return f"{n / 1000:.1f} KB"
    return f"{n} bytes"


def _too_large(what: str, size: int, limit: int) -> str:
    """The message for an input over the --max-bytes limit."""
    return (
        f"{what} is {_size_label(size)}, larger than the {_size_label(limit)} limit (--max-bytes)"
    )


# --- HTML ----------------------------------------------------------------------


def _clean_html(html: str) -> str:
    """Strip scripts, styles and comments with lxml_html_clean, keeping <head> metadata."""
    from lxml_html_clean import Cleaner

    cleaner = Cleaner(
        scripts=True,
        javascript=True,
        comments=True,
        style=True,
        inline_style=True,
        links=False,
        meta=False,
        page_structure=False,
        processing_instructions=True,
        embedded=True,
        frames=True,
        forms=False,
        annoying_tags=False,
        remove_unknown_tags=False,
        safe_attrs_only=False,
    )
    return str(cleaner.clean_html(html))


def _lxml_text(html: str) -> str:
    """Visible text of the body by lxml, the fallback when trafilatura finds no main text."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # lxml raises ParserError, ValueError... on hopeless input
        return ""
    body = root.find("body")
    node = body if body is not None else root
    for bad in node.xpath(".//script|.//style|.//noscript|.//template"):
        bad.drop_tree()
    for br in node.iter("br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr"):
        br.tail = "\n" + (br.tail or "")
    text = node.text_content()
    lines = [_SPACE_RUNS.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def read_html(html: str, doc_id: str, *, path: str | None = None) -> RawDocument:
    """Turn an HTML page into a RawDocument: main text, title as headline, date.

    Scripts and styles are stripped (lxml_html_clean), the main text is taken by
    trafilatura (recall-oriented, without comments) with a plain lxml text
    fallback for pages it cannot handle, the title comes from the page metadata
    and the publication date from htmldate (``published_source="metadata"``).
    Broken markup never raises anything but ReadError.

    Args:
        html: the decoded page.
        doc_id: the document id (the path for files).
        path: the file it came from, if any.

    Returns:
        The RawDocument.

    Raises:
        ReadError: "no text found in HTML" when neither extractor finds text.
    """
    import trafilatura

    html = _XML_DECL.sub("", html, count=1)
    try:
        cleaned = _clean_html(html)
    except Exception:  # the cleaner parses too; unparsable input falls back to raw
        cleaned = html
    text: str | None = None
    try:
        text = trafilatura.extract(
            cleaned, include_comments=False, favor_recall=True, with_metadata=False
        )
    except Exception:  # trafilatura can trip on pathological trees; lxml text is the fallback
        text = None
    if not text or not text.strip():
        text = _lxml_text(cleaned)
    text = _normalise(text or "").strip()
    if not text:
        raise ReadError("no text found in HTML", path)
    title, url, sitename = _html_metadata(html)
    published = _html_date(html)
    return make_raw_document(
        text,
        doc_id=doc_id,
        title=title,
        published=published,
        url=url,
        source=sitename,
        path=path,
        published_source="metadata" if published else None,
    )


def _html_metadata(html: str) -> tuple[str | None, str | None, str | None]:
    """Title, canonical URL and site name from the page metadata (None when absent)."""
    from trafilatura import extract_metadata

    try:
        meta = extract_metadata(html, extensive=False)
    except Exception:  # metadata is optional: a broken head must not lose the text
        return None, None, None
    title = _normalise(meta.title).strip() if meta.title else None
    return title or None, meta.url or None, meta.sitename or None


def _html_date(html: str) -> str | None:
    """Publication date by htmldate, ISO, or None."""
    from htmldate import find_date

    try:
        found = find_date(html, extensive_search=False, original_date=True)
    except Exception:  # htmldate parses the page again; a date is optional
        return None
    return found if found and _ISO_DATE.fullmatch(found) else None


# --- JSONL ---------------------------------------------------------------------


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
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReadError(f"not valid JSON: {exc.msg} (column {exc.colno})", label, lineno) from exc
    if not isinstance(obj, dict):
        raise ReadError(f"a line must be a JSON object, not {type(obj).__name__}", label, lineno)
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
    return make_raw_document(
        _normalise(text),
        doc_id=doc_id or f"{label}:{lineno}",
        title=_normalise(title) if title else None,
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
            yield ReadError(_too_large("line", len(raw), options.max_bytes), label, lineno)
            continue
        try:
            yield _parse_jsonl_line(raw, label, path, lineno)
        except ReadError as err:
            if err.line is None:  # raised by decode_bytes, which knows no line number
                err = ReadError(err.reason, label, lineno)
            yield err
    if not seen:
        yield ReadError("empty file", label)


# --- files and stdin -----------------------------------------------------------


def _sniff_kind(head: str) -> str:
    """ "jsonl", "html" or "text" for content of unknown type."""
    lines = [ln for ln in head.split("\n") if ln.strip()]
    if lines and all(ln.lstrip().startswith("{") for ln in lines):
        return "jsonl"
    if _HTML_SNIFF.search(head[:4096]):
        return "html"
    return "text"


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
        if os.path.isdir(path):
            yield ReadError("is a directory, not a file", path)
            return
        size = os.path.getsize(path)
        if kind == "jsonl":
            with open(path, "rb") as fh:
                yield from read_jsonl_lines(fh, options, path=path)
            return
        # Checked before reading: a stray multi-GB dump must not be loaded at all.
        if size > options.max_bytes:
            yield ReadError(_too_large("file", size, options.max_bytes), path)
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
            kind = _sniff_kind(text[:SNIFF_BYTES])
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
                _too_large("input", len(head), options.max_bytes) + " or more", STDIN_LABEL
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
