"""Villages from GeoNames files the user supplies (optional; nothing is downloaded).

No package on PyPI or Debian ships GeoNames' populated places under 500
inhabitants (see ``docs/gazetteer.md``), and those are the villages of
conflict reporting ("Mir Ali", "Datta Khel Kalai", "Babar Ghar"). A user who
has GeoNames' country extracts (``PK.txt``, ``YE.txt``, ``SO.txt`` from
download.geonames.org/export/dump/, CC BY 4.0) names them in the environment
variable ``CLAIMLEDGER_GEONAMES_FILES`` (paths separated by ``os.pathsep``).
The build (:mod:`.build`, run in a child process) then adds their populated
places (feature class ``P``) that the index lacks, with their GeoNames ids,
names, Latin-script alternate names, coordinates, population and admin1 area.
The files' sizes and mtimes key the cache; without the variable the index is
exactly the one built from the installed packages.

Input format: GeoNames' ``geoname`` table, one tab-separated row per entry
(geonameid, name, asciiname, alternatenames, latitude, longitude, feature
class, feature code, country code, cc2, admin1 code, admin2, admin3, admin4,
population, elevation, dem, timezone, modification date).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from claimledger.resources.gazetteer.index import LEVEL_PLACE
from claimledger.resources.gazetteer.rows import IndexRows

__all__ = ["ENV", "UserPlace", "add_user_places", "read_user_places", "user_files"]

ENV = "CLAIMLEDGER_GEONAMES_FILES"


@dataclass(frozen=True)
class UserPlace:
    """One populated place of a GeoNames file."""

    gid: int
    name: str
    alternates: tuple[str, ...]
    lat: float
    lon: float
    cc: str
    admin1_code: str
    population: int


def user_files() -> list[Path]:
    """The existing files named in ``CLAIMLEDGER_GEONAMES_FILES``, in the order given."""
    raw = os.environ.get(ENV, "")
    return [Path(p) for p in raw.split(os.pathsep) if p.strip() and Path(p).is_file()]


def read_user_places(path: Path) -> Iterator[UserPlace]:
    """The populated places (feature class ``P``) of one GeoNames file; bad rows skipped."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15 or cols[6] != "P":
                continue
            try:
                gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
                pop = int(cols[14] or 0)
            except ValueError:
                continue
            alts = tuple(a for a in cols[3].split(",") if a and a != cols[1])
            if cols[2] and cols[2] != cols[1]:
                alts = (cols[2], *alts)
            yield UserPlace(gid, cols[1], alts, lat, lon, cols[8], cols[10], pop)


def add_user_places(
    b: IndexRows,
    files: list[Path],
    admin1_name: Mapping[tuple[str, str], str],
    good_alternate: Callable[[str], bool],
) -> int:
    """Index the files' populated places the index lacks (by GeoNames id); returns how many.

    Args:
        b: the build's row accumulator.
        files: GeoNames files (:func:`user_files`).
        admin1_name: (country code, admin1 code) -> the admin1 area's name in the index.
        good_alternate: which alternate names to keep (the build's rule for cities500).
    """
    if not files:
        return 0
    seen = set(b.gid)
    added = 0
    for path in files:
        for p in read_user_places(path):
            if p.gid in seen:
                continue
            seen.add(p.gid)
            admin1 = admin1_name.get((p.cc, p.admin1_code), "")
            row = b.add_row(p.gid, p.name, p.lat, p.lon, p.population, p.cc, admin1, LEVEL_PLACE)
            for alt in p.alternates:
                if good_alternate(alt):
                    b.add_name(row, alt)
            added += 1
    return added
