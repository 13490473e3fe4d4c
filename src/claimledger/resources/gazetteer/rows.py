"""The rows and names of the gazetteer index while it is built, and their frozen layout.

Input: the entries the build's readers add (:mod:`.build`: GeoNames towns,
countries and areas; :mod:`.regions`; :mod:`.uszips`; :mod:`.userfiles`), one
:meth:`IndexRows.add_row` each, plus their other names. Output: the picklable
index dict :class:`claimledger.resources.gazetteer.index.Gazetteer` reads
(:meth:`IndexRows.freeze`; layout described in :mod:`.index`). Row ids are the
order of the calls, so the index depends on the order the build adds entries in.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from typing import Any

from claimledger.resources.gazetteer.index import INDEX_VERSION, loose_key, normalize_name

__all__ = ["IndexRows"]


class IndexRows:
    """Accumulates rows and names, then freezes them into the compact layout."""

    def __init__(self) -> None:
        self.lat: array[float] = array("f")
        self.lon: array[float] = array("f")
        self.pop: array[int] = array("Q")
        self.country: array[int] = array("H")
        self.admin1: array[int] = array("I")
        self.level: array[int] = array("B")
        self.gid: array[int] = array("q")
        self.names: list[str] = []
        self.countries: list[str] = [""]
        self.country_ix: dict[str, int] = {"": 0}
        self.admin1_names: list[str] = [""]
        self.admin1_ix: dict[str, int] = {"": 0}
        self.exact: defaultdict[str, set[int]] = defaultdict(set)
        self.loose: defaultdict[str, set[int]] = defaultdict(set)
        self.capitals: list[int] = []  # geonameids of national capitals
        self.neighbours: dict[str, str] = {}  # country -> "AA,BB" bordering countries
        self.town: dict[int, int] = {}  # place row -> its post-office town's row (postal.py)

    def add_row(
        self,
        gid: int,
        name: str,
        lat: float,
        lon: float,
        pop: int,
        cc: str,
        admin1: str,
        level: int,
    ) -> int:
        """Append one entry; returns its row id."""
        if cc not in self.country_ix:
            self.country_ix[cc] = len(self.countries)
            self.countries.append(cc)
        if admin1 not in self.admin1_ix:
            self.admin1_ix[admin1] = len(self.admin1_names)
            self.admin1_names.append(admin1)
        self.lat.append(lat)
        self.lon.append(lon)
        self.pop.append(max(0, int(pop)))
        self.country.append(self.country_ix[cc])
        self.admin1.append(self.admin1_ix[admin1])
        self.level.append(level)
        self.gid.append(gid)
        self.names.append(name)
        row = len(self.names) - 1
        self.add_name(row, name, primary=True)
        return row

    def add_name(self, row: int, name: str, primary: bool = False) -> None:
        """Index ``name`` (exact and loose keys) for ``row``."""
        key = normalize_name(name)
        if not key:
            return
        posting = row * 2 + int(primary)
        self.exact[key].add(posting)
        self.loose[loose_key(name)].add(posting)

    def rows_named(self, name: str) -> list[int]:
        """The rows indexed under ``name`` (exact key; own or other name), in row order."""
        return sorted({p // 2 for p in self.exact.get(normalize_name(name), ())})

    def country_code(self, row: int) -> str:
        """The country code of ``row`` ("" across borders)."""
        return self.countries[self.country[row]]

    def admin1_name(self, row: int) -> str:
        """The admin1 area's name of ``row`` ("" when none)."""
        return self.admin1_names[self.admin1[row]]

    def demote(self, row: int, name: str) -> None:
        """Index ``name`` of ``row`` as an alternate name, not as its own name."""
        for table, key in ((self.exact, normalize_name(name)), (self.loose, loose_key(name))):
            if row * 2 + 1 in table[key]:
                table[key].discard(row * 2 + 1)
                table[key].add(row * 2)

    @staticmethod
    def _freeze_keys(table: dict[str, set[int]]) -> tuple[str, array[int], array[int], array[int]]:
        """Sorted keys as one blob + offsets, and their postings."""
        keys = sorted(k for k in table if "\n" not in k)
        offsets: array[int] = array("I", [0])
        post_offsets: array[int] = array("I", [0])
        postings: array[int] = array("I")
        pos = 0
        for k in keys:
            pos += len(k) + 1
            offsets.append(pos)
            # Keep the primary flag of a row if any of its names set it.
            best: dict[int, int] = {}
            for p in table[k]:
                best[p >> 1] = max(best.get(p >> 1, 0), p & 1)
            postings.extend(sorted(r * 2 + f for r, f in best.items()))
            post_offsets.append(len(postings))
        return "\n".join(keys) + "\n", offsets, post_offsets, postings

    def freeze(self) -> dict[str, Any]:
        """The picklable index."""
        names_blob = "\n".join(self.names) + "\n"
        name_offsets: array[int] = array("I", [0])
        pos = 0
        for n in self.names:
            pos += len(n) + 1
            name_offsets.append(pos)
        exact = self._freeze_keys(self.exact)
        loose = self._freeze_keys(self.loose)
        return {
            "version": INDEX_VERSION,
            "lat": self.lat,
            "lon": self.lon,
            "pop": self.pop,
            "country": self.country,
            "admin1": self.admin1,
            "level": self.level,
            "gid": self.gid,
            "names": (names_blob, name_offsets),
            "countries": self.countries,
            "admin1_names": self.admin1_names,
            "exact": exact,
            "loose": loose,
            "capitals": sorted(set(self.capitals)),
            "neighbours": self.neighbours,
            "town": self.town,
        }
