"""Load the LGL geoparsing corpus (``geo/lgl.xml``, Lieberman et al. 2010).

Input: the XML file in its original format (``shared/bench/README.md``): per
``<article docid=...>`` a ``<text>`` and ``<toponyms>``, each ``<toponym>`` with
``<start>``/``<end>`` character offsets into the text, ``<phrase>`` and, when
resolved, a ``<gaztag geonameid=...>`` with ``<lat>``/``<lon>``, ``<fclass>`` and
``<fcode>``; the article's ``<url>``. Output: :class:`LglArticle` records with
:class:`LglToponym` tuples. :func:`publisher` reads the publisher (web host)
from the address: an input a user has for any article, used by the
publisher-home prior (:mod:`claimledger.extract.places.home`).

:func:`lgl_half` splits the articles into a development half (tune here) and
a test half (report only) by the parity of the SHA-1 of the article id, the
rule ``shared/bench`` uses for its own splits (303 dev, 285 test articles
in ``lgl.xml``; see ``docs/gazetteer.md``).
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEV, TEST = "dev", "test"


@dataclass(frozen=True)
class LglToponym:
    """A gold toponym: its span and, when the annotators resolved it, its entry."""

    start: int
    end: int
    phrase: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    fcode: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class LglArticle:
    """One news article and its gold toponyms."""

    doc_id: str
    title: str | None
    text: str
    toponyms: tuple[LglToponym, ...]
    url: str | None = None  # the article's address: its publisher is an input, not a label


def _float(text: str | None) -> float | None:
    """A float or None."""
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def _toponym(el: ET.Element) -> LglToponym | None:
    """One ``<toponym>`` element, or None when its offsets are missing."""
    try:
        start = int(el.findtext("start") or "")
        end = int(el.findtext("end") or "")
    except ValueError:
        return None
    tag = el.find("gaztag")
    gid: int | None = None
    lat = lon = None
    fcode = name = None
    if tag is not None:
        raw = tag.get("geonameid")
        gid = int(raw) if raw and raw.lstrip("-").isdigit() else None
        lat, lon = _float(tag.findtext("lat")), _float(tag.findtext("lon"))
        fcode, name = tag.findtext("fcode"), tag.findtext("name")
    return LglToponym(start, end, el.findtext("phrase") or "", gid, lat, lon, fcode, name)


def iter_articles(path: Path, limit: int | None = None) -> Iterator[LglArticle]:
    """Articles of an LGL-format XML file, in file order.

    Args:
        path: the XML file.
        limit: stop after this many articles.

    Yields:
        LglArticle records (toponyms sorted by start offset).
    """
    n = 0
    for _, el in ET.iterparse(path, events=("end",)):
        if el.tag != "article":
            continue
        tops = [t for t in (_toponym(x) for x in el.iter("toponym")) if t is not None]
        yield LglArticle(
            doc_id=el.get("docid") or str(n),
            title=el.findtext("title"),
            text=el.findtext("text") or "",
            toponyms=tuple(sorted(tops, key=lambda t: (t.start, t.end))),
            url=el.findtext("url"),
        )
        el.clear()  # keep memory flat on large files
        n += 1
        if limit is not None and n >= limit:
            return


def load_articles(path: Path, limit: int | None = None) -> list[LglArticle]:
    """All (or the first ``limit``) articles of an LGL-format XML file."""
    return list(iter_articles(path, limit))


_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:www\.)?([^/:?#]+)", re.IGNORECASE)


def publisher(url: str | None) -> str | None:
    """The publisher of an article: the host name of its address, without ``www.``.

    Args:
        url: the article's address (``<url>`` in LGL), or None.

    Returns:
        The lower-cased host ("thetowntalk.com"), or None without an address.
    """
    m = _HOST.match(url or "")
    return m.group(1).lower() if m else None


def lgl_half(doc_id: str) -> str:
    """``"dev"`` or ``"test"``: the half of LGL an article belongs to.

    Deterministic: an article is in the development half when the SHA-1 of its
    UTF-8 id, read as an integer, is even. Weights and rules are tuned on the
    dev half only.

    Args:
        doc_id: the article's ``docid``.

    Returns:
        ``DEV`` or ``TEST``.
    """
    return DEV if int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else TEST
