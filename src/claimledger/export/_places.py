"""Place conventions of the exports: ISO codes, ACLED and UCDP regions, precision codes.

Input: a ``CorpusIncident``. Output: cell values. The region table is ours,
written from ACLED's published region list (ACLED groups countries as the UN
M49 sub-regions do, with a "Middle East" and a "Caucasus and Central Asia");
UCDP's five regions are derived from it (see docs/exports.md).
"""

from __future__ import annotations

import math
from functools import lru_cache

import pycountry

from claimledger.corpus.summary import CorpusIncident

# ACLED region -> ISO 3166-1 alpha-2 codes.
_ACLED_REGIONS = {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS SD TZ UG ZM ZW",
    "Southern Africa": "BW SZ LS NA ZA",
    "Northern Africa": "DZ EG LY MA TN EH",
    "Middle East": "BH CY IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
    "South Asia": "AF BD BT IN MV NP PK LK",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "East Asia": "CN HK MO JP KP KR MN TW",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "Europe": (
        "AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG HU IS IE IM IT JE XK LV LI "
        "LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH UA GB VA AX SJ"
    ),
    "North America": "US CA BM GL PM",
    "Central America": "BZ CR SV GT HN MX NI PA",
    "South America": "AR BO BR CL CO EC FK GF GY PY PE SR UY VE",
    "Caribbean": (
        "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI"
    ),
    "Oceania": ("AS AU CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV UM VU WF"),
    "Antarctica": "AQ BV TF HM GS",
}
_REGION_OF = {cc: region for region, ccs in _ACLED_REGIONS.items() for cc in ccs.split()}
# UCDP GED's five regions from ACLED's (UCDP counts Egypt in the Middle East).
_UCDP_REGION = {
    "Western Africa": "Africa",
    "Middle Africa": "Africa",
    "Eastern Africa": "Africa",
    "Southern Africa": "Africa",
    "Northern Africa": "Africa",
    "Middle East": "Middle East",
    "South Asia": "Asia",
    "Southeast Asia": "Asia",
    "East Asia": "Asia",
    "Caucasus and Central Asia": "Asia",
    "Oceania": "Asia",
    "Europe": "Europe",
    "North America": "Americas",
    "Central America": "Americas",
    "South America": "Americas",
    "Caribbean": "Americas",
}
# Relations that place the event at the named place itself, not beside it.
_AT_PLACE = frozenset({"in", "at", "inside", "of", "central"})


def acled_region(country_code: str | None) -> str:
    """ACLED's region of a country ("" when unknown)."""
    return _REGION_OF.get((country_code or "").upper(), "")


def ucdp_region(country_code: str | None) -> str:
    """UCDP GED's region of a country ("" when unknown)."""
    if (country_code or "").upper() == "EG":
        return "Middle East"
    return _UCDP_REGION.get(acled_region(country_code), "")


@lru_cache(maxsize=512)
def iso_codes(country_code: str | None) -> tuple[str, str]:
    """(ISO 3166-1 numeric, alpha-3) of an alpha-2 code; ("", "") when unknown."""
    c = pycountry.countries.get(alpha_2=(country_code or "").upper()) if country_code else None
    if c is None:
        return "", ""
    return str(int(c.numeric)), c.alpha_3


def place_kind(inc: CorpusIncident) -> str | None:
    """What the incident's coordinates stand for.

    ``town`` (the named place), ``near`` (beside a named place: "near",
    "north of", "40 km from"), ``admin2``, ``admin1`` or ``country`` (a centroid
    of that area); None without coordinates.
    """
    r = inc.row
    if r.latitude is None or r.longitude is None or r.location is None:
        return None
    locs = [
        i.location
        for i in inc.incidents
        if i.location is not None and i.location.name == r.location
    ]
    # The gazetteer entry decides; the names only when there is none (a city is
    # often named like its province: Kirkuk in Kirkuk).
    level = _gazetteer_level(next((x.geonameid for x in locs if x.geonameid), None))
    if level is None:  # an id of an older index (e.g. a synthetic county id): by name
        level = _level_by_name(r.location, r.country_code, r.admin1)
    if level is None:
        if r.country and r.location.casefold() == r.country.casefold():
            return "country"
        if r.admin1 and r.location.casefold() == r.admin1.casefold():
            return "admin1"
    elif level != "place":
        return level
    if any(loc.relation and loc.relation.casefold() not in _AT_PLACE for loc in locs):
        return "near"
    return "town"


def _gazetteer_level(geonameid: int | None) -> str | None:
    """``country``/``admin1``/``admin2``/``place`` for a gazetteer entry; None if unknown."""
    if geonameid is None:
        return None
    from claimledger.resources.gazetteer import index

    try:
        gaz = index.load_gazetteer()
        place = gaz.get(geonameid)
    except Exception:  # noqa: BLE001 - without a gazetteer the names decide
        return None
    if place is None:
        return None
    return {
        index.LEVEL_COUNTRY: "country",
        index.LEVEL_ADMIN1: "admin1",
        index.LEVEL_ADMIN2: "admin2",
    }.get(gaz.level(place), "place")


def _level_by_name(name: str, country_code: str | None, admin1: str | None) -> str | None:
    """The level of the one gazetteer entry of ``name`` in that country and admin1."""
    from claimledger.resources.gazetteer import index

    try:
        gaz = index.load_gazetteer()
        found = [
            p
            for p in gaz.lookup(name)
            if p.name.casefold() == name.casefold()
            and (country_code is None or p.country == country_code)
            and (admin1 is None or p.admin1 in (None, admin1))
        ]
    except Exception:  # noqa: BLE001 - without a gazetteer the names decide
        return None
    if len(found) != 1:
        return None
    return {
        index.LEVEL_COUNTRY: "country",
        index.LEVEL_ADMIN1: "admin1",
        index.LEVEL_ADMIN2: "admin2",
    }.get(gaz.level(found[0]), "place")


# ACLED geo_precision: 1 the town itself; 2 near a town or a small part of a
# region (a district); 3 a larger region or the country (its centroid).
ACLED_GEO_PRECISION = {"town": 1, "near": 2, "admin2": 2, "admin1": 3, "country": 3}
# UCDP GED where_prec: 1 exact place; 2 within ~25 km of a known point; 3 second-order
# administrative division; 4 first-order division; 5 part of a country that is no
# administrative unit; 6 the country only; 7 international waters or airspace.
GED_WHERE_PREC = {"town": 1, "near": 2, "admin2": 3, "admin1": 4, "country": 6}


def priogrid_gid(lat: float | None, lon: float | None) -> str:
    """PRIO-GRID cell id (0.5 degree cells, 1 at -90/-180, row by row eastwards)."""
    if lat is None or lon is None:
        return ""
    row = min(int(math.floor((lat + 90.0) / 0.5)), 359)
    col = min(int(math.floor((lon + 180.0) / 0.5)), 719)
    return str(row * 720 + col + 1)
