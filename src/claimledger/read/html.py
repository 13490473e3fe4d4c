"""HTML -> ``RawDocument``: the main text, the title as headline, the date, in one parse.

trafilatura's ``bare_extraction`` (with metadata) gives the main text, title,
canonical URL, site name and publication date (htmldate, ``original_date``)
from one parse of the page; a plain lxml text is the fallback for pages
whose main text it cannot find (fragments, odd markup).
"""

from __future__ import annotations

import re
from typing import Any

from claimledger.errors import ReadError
from claimledger.read.decode import normalise
from claimledger.read.documents import make_raw_document
from claimledger.records import RawDocument

__all__ = ["read_html"]

# lxml refuses str input that still carries an XML encoding declaration.
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_BLANK_RUNS = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_SPACE_RUNS = re.compile(r"[ \t\u00a0]+")
# htmldate's settings: the date the page was first published, from its markup
# and URL only (no search through the whole text for any date).
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def read_html(html: str, doc_id: str, *, path: str | None = None) -> RawDocument:
    """Turn an HTML page into a RawDocument: main text, title as headline, date.

    One trafilatura ``bare_extraction`` with metadata reads the main text
    (recall-oriented, without comments), the title, canonical URL, site name
    and publication date (``published_source="metadata"``); a plain lxml text
    of the body is the fallback when it finds no main text. Broken markup
    never raises anything but ReadError.

    Args:
        html: the decoded page.
        doc_id: the document id (the path for files).
        path: the file it came from, if any.

    Returns:
        The RawDocument.

    Raises:
        ReadError: "no text found in HTML" when neither extractor finds text.
    """
    html = _XML_DECL.sub("", html, count=1)
    found = _bare_extraction(html)
    text = found.get("text") if found else None
    if not text or not text.strip():
        text = _lxml_text(html)
    text = normalise(text or "").strip()
    if not text:
        raise ReadError("no text found in HTML", path)
    title = found.get("title") if found else None
    title = normalise(title).strip() or None if title else None
    date = found.get("date") if found else None
    published = date if date and _ISO_DATE.fullmatch(date) else None
    return make_raw_document(
        text,
        doc_id=doc_id,
        title=title,
        published=published,
        url=(found.get("url") or None) if found else None,
        source=(found.get("sitename") or None) if found else None,
        path=path,
        published_source="metadata" if published else None,
    )


def _bare_extraction(html: str) -> dict[str, Any] | None:
    """Main text and metadata by trafilatura in one pass, or None when it fails."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(
            html,
            include_comments=False,
            favor_recall=True,
            with_metadata=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception:  # trafilatura can trip on pathological trees; lxml text is the fallback
        return None
    if found is None:
        return None
    return dict(found) if isinstance(found, dict) else dict(found.as_dict())


def _lxml_text(html: str) -> str:
    """Visible text of the body by lxml, the fallback when trafilatura finds no main text."""
    import lxml.html

    # huge_tree: libxml2 otherwise stops at 255 levels of nesting and the text
    # below them is lost (trafilatura, which parses without it, finds nothing).
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
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
