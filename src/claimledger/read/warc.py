"""WARC -> ``RawDocument``: the HTML pages of a web crawl, streamed record by record.

A WARC file (``.warc``, or ``.warc.gz`` compressed record by record, as
crawlers such as Common Crawl's news crawl write them) is read with
``warcio``, one record at a time. A ``response`` record with HTTP status 200
and an HTML content type is a document: its body (chunked transfer and
content encodings undone by warcio) is decoded (the HTTP charset, else
sniffed) and read as :func:`~claimledger.read.html.read_html` reads an HTML
file (trafilatura's main text, title, canonical URL, site name, date). Other
records (requests, metadata, redirects, images, scripts) are skipped without
an error. The document id is the record's ``WARC-Target-URI``, which is also
its URL when the page names no canonical one.

Dates: ``WARC-Date`` is when the crawler fetched the page, not when it was
published (a crawl fetches pages that are years old), so it is never used as
the publication date. The date is the page's own (htmldate, from its markup
and URL, ``published_source="metadata"``) as for an HTML file; a page without
one is undated, and ``--published`` or the text's own dates apply as for any
undated document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import IO, Any

from claimledger.errors import ReadError
from claimledger.options import Options
from claimledger.read.decode import decode_bytes, normalise, too_large
from claimledger.read.html import read_html
from claimledger.records import RawDocument

__all__ = ["read_warc"]

INSTALL_HINT = "pip install 'claimledger[warc]'"
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(fh: IO[bytes], options: Options, *, path: str) -> Iterator[RawDocument | ReadError]:
    """Read the HTML responses of a WARC file as documents.

    Args:
        fh: the file, opened in binary mode (compressed or not).
        options: read options (``max_bytes`` applies to each page).
        path: the file name (errors name it and the record's number).

    Yields:
        A RawDocument per HTML page, a ReadError per page that cannot be read
        (too large, undecodable, no text), one for a file that is not WARC or
        is cut short, and "no HTML page" for a WARC file without any.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield ReadError(f"reading WARC files needs warcio: {INSTALL_HINT}", path)
        return
    number = pages = 0
    try:
        for number, record in enumerate(ArchiveIterator(fh), start=1):  # noqa: B007
            if record.format not in ("warc", "arc2warc"):  # warcio guesses ARC for any text
                yield ReadError("not a readable WARC file (no WARC/1.x record)", path, number)
                return
            item = _record_document(record, number, options, path)
            if item is not None:
                pages += 1
                yield item
    except ArchiveLoadFailed as exc:
        yield ReadError(f"not a readable WARC file: {exc}", path, number + 1)
        return
    except (OSError, EOFError, ValueError) as exc:  # zlib/gzip errors of a cut file
        yield ReadError(f"WARC file cut short or corrupt: {exc}", path, number + 1)
        return
    if pages == 0:
        yield ReadError("no HTML page in WARC file", path)


def _is_html_page(record: Any) -> bool:
    """A 200 response whose HTTP content type is HTML."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    return ctype.split(";")[0].strip() in _HTML_TYPES


def _record_document(
    record: Any, number: int, options: Options, path: str
) -> RawDocument | ReadError | None:
    """One record -> a document, a ReadError, or None when it is not an HTML page."""
    if not _is_html_page(record):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}#{number}"
    data = record.content_stream().read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        return ReadError(too_large("page", len(data), options.max_bytes) + " or more", path, number)
    if not data.strip():
        return ReadError("empty page", path, number)
    try:
        text = _decode(data, record.http_headers.get_header("Content-Type") or "", path)
        doc = read_html(text, uri, path=path)
    except ReadError as err:
        return ReadError(err.reason, path, number)
    return doc if doc.url else replace(doc, url=uri)


def _decode(data: bytes, content_type: str, path: str) -> str:
    """The page's text: the charset its HTTP header names, else sniffed."""
    m = _CHARSET.search(content_type)
    if m:
        try:
            return normalise(data.decode(m.group(1)))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown charset: sniff instead
    return decode_bytes(data, path)
