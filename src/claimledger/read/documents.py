"""Building a ``RawDocument``: an id for a text, and a headline put before its body.

Input: decoded, normalised text and what is known about it (title, date, URL,
outlet, path). Output: :class:`~claimledger.records.RawDocument`.
"""

from __future__ import annotations

import hashlib
import re

from claimledger.records import RawDocument

__all__ = ["make_doc_id", "make_raw_document"]

_AFTER_HEADLINE = re.compile(r"[ \t]*(?:\n\s*|$)")


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
