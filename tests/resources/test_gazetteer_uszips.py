"""Tests of the optional US localities read from the ``zipcodes`` package's ZIP table."""

from __future__ import annotations

import pytest

from claimledger.resources.gazetteer.index import (
    LEVEL_ADMIN1,
    LEVEL_PLACE,
    Gazetteer,
    load_gazetteer,
)
from claimledger.resources.gazetteer.rows import IndexRows
from claimledger.resources.gazetteer.uszips import (
    Locality,
    add_us_localities,
    localities,
    zipcodes_version,
)

needs_zipcodes = pytest.mark.skipif(zipcodes_version() is None, reason="zipcodes not installed")

STATES = {"NE": "Nebraska", "LA": "Louisiana", "TX": "Texas"}


def _zip(
    city: str, state: str, lat: str, lon: str, *also: str, county: str = ""
) -> dict[str, object]:
    """One record in the layout of ``zipcodes.list_all()``."""
    return {
        "city": city,
        "acceptable_cities": list(also),
        "state": state,
        "county": county,
        "lat": lat,
        "long": lon,
    }


def test_localities_group_zip_codes_by_town_and_state() -> None:
    records = [
        _zip("Meadow Grove", "NE", "42.01", "-97.73", county="Madison County"),
        _zip("Fernhill", "LA", "31.00", "-92.00", "Oak Bend", county="Rapides Parish"),
        _zip("Fernhill", "LA", "31.10", "-92.10", county="Rapides Parish"),
        _zip("Fernhill", "LA", "31.20", "-92.20", county="Rapides Parish"),
        _zip("Fernhill", "LA", "35.00", "-80.00", county="Far Parish"),  # a stray code
        _zip("Bayou Gate", "PR", "18.20", "-66.50"),  # a territory: not kept
        _zip("Lone County", "TX", "30.00", "-97.00", "Lone County"),  # a county name
        _zip("NO COORDS", "TX", "", ""),
    ]
    got = localities(records, STATES)
    assert [(loc.name, loc.state) for loc in got] == [
        ("Fernhill", "LA"),
        ("Oak Bend", "LA"),
        ("Meadow Grove", "NE"),
    ]
    fern = got[0]
    # the median of the three near codes; the one 5 degrees away is another cluster
    assert (fern.lat, fern.lon, fern.zips, fern.county) == (31.1, -92.1, 3, "Rapides Parish")
    assert (got[2].lat, got[2].lon, got[2].county) == (42.01, -97.73, "Madison County")


def _builder() -> IndexRows:
    b = IndexRows()
    b.add_row(4337291, "Pineville", 31.32, -92.43, 14403, "US", "Louisiana", LEVEL_PLACE)
    b.add_row(4736286, "Texas", 31.25, -99.25, 25_000_000, "US", "Texas", LEVEL_ADMIN1)
    return b


def test_add_us_localities_skips_places_the_index_already_has() -> None:
    b = _builder()
    locs = [
        Locality("Pineville", "LA", "Rapides Parish", 31.34, -92.41, 2),  # same town
        Locality("Pineville", "TX", "Red County", 33.0, -95.0, 1),  # another state
        Locality("Texas", "TX", "Blue County", 29.0, -98.0, 1),  # a state's name
        Locality("Meadow Grove", "NE", "Madison County", 42.01, -97.73, 1),
    ]
    assert add_us_localities(b, locs, STATES) == 2
    g = Gazetteer(b.freeze())
    meadow = g.lookup("Meadow Grove")
    assert [(p.name, p.country, p.admin1, p.population, p.geonameid) for p in meadow] == [
        ("Meadow Grove", "US", "Nebraska", 0, -4_000_001)
    ]
    assert sorted(p.admin1 or "" for p in g.lookup("Pineville")) == ["Louisiana", "Texas"]
    assert [p.feature for p in g.lookup("Texas")] == ["A"]


@needs_zipcodes
def test_installed_zip_table_adds_villages_cities500_lacks() -> None:
    places = load_gazetteer().lookup("Meadow Grove")
    ne = [p for p in places if p.country == "US" and p.admin1 == "Nebraska"]
    assert len(ne) == 1
    assert abs(ne[0].lat - 42.03) < 0.2 and abs(ne[0].lon + 97.74) < 0.2
    assert ne[0].geonameid < -4_000_000 + 1
