"""US localities from the ZIP code table of the ``zipcodes`` package (optional).

Input: the records ``zipcodes.list_all()`` returns (one per US ZIP code, about
42,800: the post office's town name, the other names the post office accepts,
the state, the county and GeoNames' coordinates of the code). Output:
:class:`Locality` records, one per (town name, state), at the middle of its
ZIP codes. They add the towns, villages and hamlets under 500 inhabitants that
``cities500`` lacks ("Meadow Grove", Nebraska; "Lore City", Ohio; "Cookville",
Texas): the build (:mod:`.build`) indexes those no entry of the same name in
the same state already covers.

Data: ZIP code table assembled by the ``zipcodes`` project (MIT) from
unitedstateszipcodes.org's free database, the USPS ZIP Locale Detail (public
domain) and GeoNames' US postal codes (coordinates, CC BY 4.0); see
``docs/gazetteer.md``. The package is imported only in the child process that
builds the index.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from claimledger.resources.gazetteer.index import (
    LEVEL_ADMIN1,
    LEVEL_COUNTRY,
    LEVEL_PLACE,
)
from claimledger.resources.gazetteer.rows import IndexRows
from claimledger.resources.geodesy import haversine_km

__all__ = [
    "Locality",
    "add_us_localities",
    "localities",
    "read_records",
    "title_case",
    "zipcodes_version",
]

_COUNTY = re.compile(r"\s(?:County|Parish|Borough|Census Area)$", re.IGNORECASE)
_FIRST_ID = -4_000_000  # synthetic ids of the added localities: -4,000,000 - n
# An entry of the same name and state nearer than this is the same place.
_SAME_PLACE_KM = 30.0
# ZIP codes of one town name spread over at most this many degrees are one
# place; wider spreads (a name shared by two towns of one state) keep the
# largest cluster only.
_SPREAD_DEG = 0.5


@dataclass(frozen=True)
class Locality:
    """One US town, village or hamlet named by the post office.

    Attributes:
        name: the post office's spelling ("Meadow Grove").
        state: two-letter state code ("NE").
        county: county name ("Madison County"), "" when the table has none.
        lat: middle of the town's ZIP codes.
        lon: middle of the town's ZIP codes.
        zips: how many ZIP codes carry the name.
    """

    name: str
    state: str
    county: str
    lat: float
    lon: float
    zips: int


def zipcodes_version() -> str | None:
    """Installed version of ``zipcodes``, or None when it is not installed."""
    if importlib.util.find_spec("zipcodes") is None:
        return None
    try:
        return metadata.version("zipcodes")
    except metadata.PackageNotFoundError:
        return None


def title_case(name: str) -> str:
    """'MEADOW GROVE' -> 'Meadow Grove' (the table is mostly title case already)."""
    return name.title() if name.isupper() else name


def localities(records: Iterable[Mapping[str, Any]], states: Iterable[str]) -> list[Locality]:
    """Group ZIP records by (town name, state): one locality each, sorted.

    Args:
        records: dicts with ``city``, ``acceptable_cities``, ``state``,
            ``county``, ``lat``, ``long`` (the ``zipcodes`` record layout).
        states: the state codes to keep (others: territories, military).

    Returns:
        Localities sorted by state and name (a fixed order for the index rows).
    """
    keep = set(states)
    points: defaultdict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for r in records:
        st = r.get("state") or ""
        if st not in keep or not r.get("lat") or not r.get("long"):
            continue
        try:
            lat, lon = float(r["lat"]), float(r["long"])
        except (TypeError, ValueError):
            continue
        names = [r.get("city") or "", *(r.get("acceptable_cities") or ())]
        for name in dict.fromkeys(title_case(n.strip()) for n in names if n and n.strip()):
            if _COUNTY.search(name):
                continue  # "Douglas County": counties are admin2 entries already
            points[(name, st)].append((lat, lon, r.get("county") or ""))
    out = []
    for (name, st), pts in sorted(points.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        pts = _main_cluster(pts)
        lat = sorted(p[0] for p in pts)[len(pts) // 2]
        lon = sorted(p[1] for p in pts)[len(pts) // 2]
        counties: defaultdict[str, int] = defaultdict(int)
        for p in pts:
            counties[p[2]] += 1
        county = max(sorted(counties), key=lambda c: counties[c])
        out.append(Locality(name, st, county, lat, lon, len(pts)))
    return out


def _main_cluster(pts: list[tuple[float, float, str]]) -> list[tuple[float, float, str]]:
    """The ZIP points within ``_SPREAD_DEG`` of the point with the most such neighbours."""
    if len(pts) <= 1:
        return pts

    def near(a: tuple[float, float, str], b: tuple[float, float, str]) -> bool:
        return abs(a[0] - b[0]) <= _SPREAD_DEG and abs(a[1] - b[1]) <= _SPREAD_DEG

    best = max(pts, key=lambda a: (sum(near(a, b) for b in pts), -a[0], -a[1]))
    return [b for b in pts if near(best, b)]


def read_records() -> list[dict[str, Any]]:
    """The ZIP code records of the installed ``zipcodes`` package ([] when absent)."""
    if zipcodes_version() is None:
        return []
    records: list[dict[str, Any]] = importlib.import_module("zipcodes").list_all()
    return records


def _covered(b: IndexRows, loc: Locality, state: str) -> bool:
    """True when a country or admin1 area has the name, or an entry of the state near it."""
    for row in b.rows_named(loc.name):
        if b.level[row] in (LEVEL_COUNTRY, LEVEL_ADMIN1):
            return True  # "Texas", "Jordan": no tiny namesake of a country or state
        if b.country_code(row) != "US" or b.admin1_name(row) != state:
            continue
        near = _SAME_PLACE_KM if b.level[row] == LEVEL_PLACE else 2 * _SAME_PLACE_KM
        if haversine_km(b.lat[row], b.lon[row], loc.lat, loc.lon) < near:
            return True
    return False


def add_us_localities(
    b: IndexRows, locs: Iterable[Locality], state_names: Mapping[str, str]
) -> int:
    """Index the localities (:func:`localities` of :func:`read_records`) no entry covers yet;
    returns how many.

    Each is a populated place of population 0 in the US, admin1 = the state's
    name, with a synthetic id (``-4,000,000 - n``; not a GeoNames id).
    """
    added = 0
    for loc in locs:
        state = state_names[loc.state]
        if _covered(b, loc, state):
            continue
        b.add_row(_FIRST_ID - added, loc.name, loc.lat, loc.lon, 0, "US", state, LEVEL_PLACE)
        added += 1
    return added
