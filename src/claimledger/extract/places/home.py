"""A publisher's home area, read from the places of its own articles.

Input: the resolved :class:`PlaceMention` lists of several articles of one
publisher (one list per article), as :func:`.locate.locate_places` or
:func:`.locate.extract_places` return them without a home. Output: a
:class:`Home` (country, admin1 area and a point) or None.

A local paper names its own town bare ("Alexandria", "the Paris City
Council") and the places around it in full; across its articles the admin1
area it covers comes back again and again, under many different names. That area, the country, and the
town the articles name most often there, become a prior for the publisher's
other articles (features ``home_country``, ``home_admin1``, ``near_home`` of
the ranker). Nothing here reads a label: only the system's own resolutions
of the texts and which publisher (web domain, feed) each article came from,
which any user has.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from claimledger.records import PlaceMention
from claimledger.resources.gazetteer.index import load_gazetteer, normalize_name

__all__ = [
    "AGREEMENT",
    "MIN_ARTICLES",
    "MIN_SUPPORT",
    "Home",
    "batch_homes",
    "publisher_host",
    "publisher_home",
]

MIN_ARTICLES = 2  # an area must come back in at least this many articles
_MIN_NAMES = 2  # ... and be where at least this many distinct names lie
_MIN_CONFIDENCE = 0.75
# A publisher needs this many articles (in the batch) before it gets a home.
MIN_SUPPORT = 3
# The home country must hold this share of the distinct names resolved in the countries
# that come back in two or more of the publisher's articles (names with a namesake in
# the home country are not counted against it), and the home area this
# share of those resolved in that country's areas: a wire (Reuters, AP, Al Jazeera)
# that reports from everywhere gets no home, or a country alone.
AGREEMENT = 0.7
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^/@?#]*@)?([^/:?#]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Home:
    """Where a publisher is: its country, admin1 area and main town (or area middle)."""

    country: str
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None


_Town = tuple[int, float, float, str, str]  # geonameid, lat, lon, country, admin1


def _votes_for(m: PlaceMention) -> bool:
    """Whether a mention votes: resolved in a country with confidence >= 0.75."""
    p = m.place
    return p is not None and p.country is not None and m.evidence.confidence >= _MIN_CONFIDENCE


def _votes(
    articles: Sequence[Sequence[PlaceMention]],
) -> tuple[Counter[str], Counter[tuple[str, str]], Counter[_Town], dict[str, set[str]]]:
    """Per country and admin1 area: how many distinct names were resolved there
    (in articles where it comes back at least ``MIN_ARTICLES`` times); per town:
    in how many articles; and those countries' distinct names.

    Counting distinct names, not articles, keeps a paper's own town from
    voting for its famous namesake: "Dublin" in every article of a paper from
    Dublin, Ohio is one name for Ireland, against the many local names for Ohio.
    """
    names: dict[str, set[str]] = {}
    area_names: dict[tuple[str, str], set[str]] = {}
    seen_in: Counter[str | tuple[str, str]] = Counter()
    towns: Counter[_Town] = Counter()
    for mentions in articles:
        here: set[str | tuple[str, str]] = set()
        t_seen: set[_Town] = set()
        for m in mentions:
            p = m.place
            if p is None or p.country is None or not _votes_for(m):
                continue
            key = normalize_name(m.evidence.text)
            names.setdefault(p.country, set()).add(key)
            here.add(p.country)
            if p.admin1 is None:
                continue  # a country says nothing about the area
            area_names.setdefault((p.country, p.admin1), set()).add(key)
            here.add((p.country, p.admin1))
            if p.feature == "P":
                t_seen.add((p.geonameid, p.lat, p.lon, p.country, p.admin1))
        seen_in.update(here)
        towns.update(t_seen)
    countries = Counter({c: len(v) for c, v in names.items() if seen_in[c] >= MIN_ARTICLES})
    areas = Counter({a: len(v) for a, v in area_names.items() if seen_in[a] >= MIN_ARTICLES})
    return countries, areas, towns, {c: v for c, v in names.items() if c in countries}


def _foreign(names: dict[str, set[str]], country: str) -> int:
    """Names resolved in other countries that have no namesake in ``country``.

    A local paper's own town read as its famous namesake ("Dublin" of a paper
    from Dublin, Ohio) is not evidence against the home: only names the
    country cannot hold count against it.
    """
    gaz = load_gazetteer()
    return sum(
        1
        for c, keys in names.items()
        if c != country
        for key in keys
        if not any(k.place.country == country for k in gaz.candidates(key))
    )


def _area_towns(
    articles: Sequence[Sequence[PlaceMention]], area: tuple[str, str]
) -> Counter[_Town]:
    """Per town of ``area``: in how many articles it is named, read as resolved or, for a
    name resolved elsewhere, as its most populous namesake in the area ("Paris" in every
    article of a paper from Paris, Texas, first read as Paris, France)."""
    gaz = load_gazetteer()
    found: dict[str, _Town | None] = {}
    counts: Counter[_Town] = Counter()
    for mentions in articles:
        here: set[_Town] = set()
        for m in mentions:
            p = m.place
            if p is not None and (p.country, p.admin1) == area:
                if p.feature == "P":
                    here.add((p.geonameid, p.lat, p.lon, area[0], area[1]))
                continue
            key = normalize_name(m.evidence.text)
            if key not in found:
                local = [
                    c.place
                    for c in gaz.candidates(key)
                    if c.exact
                    and c.place.feature == "P"
                    and (c.place.country, c.place.admin1) == area
                ]
                best = max(local, key=lambda q: (q.population, -q.geonameid), default=None)
                found[key] = None if best is None else (best.geonameid, best.lat, best.lon, *area)
            town = found[key]
            if town is not None:
                here.add(town)
        counts.update(here)
    return counts


def publisher_home(
    articles: Sequence[Sequence[PlaceMention]],
    *,
    min_support: int = MIN_SUPPORT,
    agreement: float = AGREEMENT,
) -> Home | None:
    """The home area of a publisher, from its articles' resolved places.

    Nothing is read from fewer than ``min_support`` articles. Only places
    resolved with confidence >= 0.75 vote. The country and then the
    admin1 area are those where the most distinct names lie, among those that
    come back in at least ``MIN_ARTICLES`` articles and hold at least two
    names. The country must hold ``agreement`` of the distinct names of those
    countries, not counting names that have a namesake in it (else no home: a
    wire reporting from everywhere), the area
    ``agreement`` of the names in that country's areas (else the home is the
    country alone). The
    point is the town of that area the most articles name (if in two or
    more; a name read abroad counts as its namesake in the area, see
    :func:`_area_towns`), else the middle of the area's towns. Ties go to the alphabetically
    first code, so the result does not depend on article order.

    Args:
        articles: one list of resolved mentions per article of the publisher.
        min_support: articles needed before a home is read.
        agreement: share of the names the home country (and area) must hold.

    Returns:
        The Home, or None when the articles are too few or do not agree.
    """
    if len(articles) < min_support:
        return None
    countries, areas, towns, names = _votes(articles)
    top = sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))
    if not top or top[0][1] < _MIN_NAMES:
        return None
    country = top[0][0]
    if top[0][1] < agreement * (top[0][1] + _foreign(names, country)):
        return None
    ranked = sorted(
        ((k, v) for k, v in areas.items() if k[0] == country), key=lambda kv: (-kv[1], kv[0])
    )
    in_areas = sum(v for _, v in ranked)
    if not ranked or ranked[0][1] < _MIN_NAMES or ranked[0][1] < agreement * in_areas:
        return Home(country)
    area = ranked[0][0]
    local = sorted(_area_towns(articles, area).items(), key=lambda kv: (-kv[1], kv[0]))
    if local and local[0][1] >= MIN_ARTICLES:
        _, lat, lon, _, _ = local[0][0]
        return Home(country, area[1], lat, lon)
    if local:
        lat = sum(k[1] for k, _ in local) / len(local)
        lon = sum(k[2] for k, _ in local) / len(local)
        return Home(country, area[1], lat, lon)
    return Home(country, area[1])


def publisher_host(url: str | None, source: str | None = None) -> str | None:
    """Who published a document: the host of its address without ``www.``, else its source.

    Args:
        url: the document's address, or None.
        source: the publisher or feed name given with the document, or None.

    Returns:
        The lower-cased host ("thetowntalk.com"), the lower-cased source, or None.
    """
    m = _HOST.match(url or "")
    if m:
        host = m.group(1).lower().rstrip(".")
        return host[4:] if host.startswith("www.") else host
    return source.strip().lower() or None if source else None


def batch_homes(
    publishers: Sequence[str | None],
    articles: Sequence[Sequence[PlaceMention]],
    *,
    min_support: int = MIN_SUPPORT,
    agreement: float = AGREEMENT,
) -> list[Home | None]:
    """Per article: the home of its publisher, read from that publisher's articles here.

    The articles are grouped by publisher (articles without one get None); each
    group's home is :func:`publisher_home` over the group's resolutions made
    without a home. The result for an article depends only on which articles of
    its publisher are in ``articles``, never on their order. The pipeline calls
    this once per batch; the ``geo`` bench once per LGL half.

    Args:
        publishers: the publisher of each article (:func:`publisher_host`), or None.
        articles: each article's mentions resolved without a home.
        min_support: see :func:`publisher_home`.
        agreement: see :func:`publisher_home`.

    Returns:
        One Home or None per article, in the order given.
    """
    groups: dict[str, list[int]] = {}
    for i, pub in enumerate(publishers):
        if pub is not None:
            groups.setdefault(pub, []).append(i)
    out: list[Home | None] = [None] * len(articles)
    for ids in groups.values():
        home = publisher_home(
            [articles[i] for i in ids], min_support=min_support, agreement=agreement
        )
        for i in ids:
            out[i] = home
    return out
