"""Tests of the town a neighbourhood lies in (``resources/gazetteer/postal.py``)."""

from __future__ import annotations

import pytest

from claimledger.resources.gazetteer.index import (
    LEVEL_ADMIN2,
    LEVEL_PLACE,
    Gazetteer,
    load_gazetteer,
)
from claimledger.resources.gazetteer.postal import add_towns_of_places
from claimledger.resources.gazetteer.rows import IndexRows
from claimledger.resources.gazetteer.uszips import zipcodes_version

needs_zipcodes = pytest.mark.skipif(zipcodes_version() is None, reason="zipcodes not installed")

STATES = {"IL": "Illinois", "NY": "New York"}


def _zip(
    city: str, state: str, lat: float, lon: float, kind: str = "STANDARD", *also: str
) -> dict[str, object]:
    return {
        "city": city,
        "acceptable_cities": list(also),
        "state": state,
        "lat": str(lat),
        "long": str(lon),
        "zip_code_type": kind,
    }


def _rows() -> IndexRows:
    b = IndexRows()
    b.add_row(1, "Metropolis", 41.88, -87.63, 2_600_000, "US", "Illinois", LEVEL_PLACE)
    b.add_row(2, "Elm Park", 41.78, -87.64, 26_000, "US", "Illinois", LEVEL_PLACE)  # section
    b.add_row(3, "Lakeview Town", 42.04, -87.69, 75_000, "US", "Illinois", LEVEL_PLACE)
    b.add_row(4, "Big Borough", 40.68, -73.84, 2_200_000, "US", "New York", LEVEL_PLACE)
    b.add_row(5, "Small Park", 40.68, -73.85, 30_000, "US", "New York", LEVEL_PLACE)
    b.add_row(6, "Far Hamlet", 41.50, -88.50, 900, "US", "Illinois", LEVEL_PLACE)
    b.add_row(7, "Box Corner", 41.60, -87.90, 800, "US", "Illinois", LEVEL_PLACE)
    b.add_row(8, "Metro County", 41.80, -87.70, 5_000_000, "US", "Illinois", LEVEL_ADMIN2)
    return b


ZIPS = [
    _zip("METROPOLIS", "IL", 41.781, -87.641),  # the section's nearest code: the big city's
    _zip("Lakeview Town", "IL", 42.041, -87.691),  # a town of its own
    _zip("Metropolis", "IL", 42.045, -87.70),
    _zip("Small Park", "NY", 40.681, -73.841),  # the borough's nearest code: a smaller town
    _zip("Metropolis", "IL", 41.601, -87.901, "PO BOX"),  # PO boxes say nothing
    _zip("Metropolis", "IL", 41.55, -88.50),  # 5.5 km from the hamlet: too far
]


def test_a_section_of_a_city_gets_the_city_and_towns_of_their_own_do_not() -> None:
    b = _rows()
    assert add_towns_of_places(b, ZIPS, STATES) == 1
    g = Gazetteer(b.freeze())
    city = {p.name: p.city for p in (g.get(i) for i in range(1, 9)) if p is not None}
    assert city == {
        "Metropolis": None,
        "Elm Park": "Metropolis",
        "Lakeview Town": None,  # its own name is a post-office town
        "Big Borough": None,  # the code's town is smaller than the borough
        "Small Park": None,  # a post-office town itself
        "Far Hamlet": None,  # no STANDARD code within 4 km
        "Box Corner": None,  # only a PO box code near it
        "Metro County": None,  # not a populated place
    }


def test_an_index_without_the_table_gives_no_town() -> None:
    b = _rows()
    assert add_towns_of_places(b, [], STATES) == 0
    section = Gazetteer(b.freeze()).get(2)
    assert section is not None and section.name == "Elm Park" and section.city is None


@needs_zipcodes
def test_installed_table_files_chicago_neighbourhoods_under_chicago() -> None:
    g: Gazetteer = load_gazetteer()

    def town(name: str, state: str) -> str | None:
        found = [p for p in g.lookup(name) if p.country == "US" and p.admin1 == state]
        assert found, name
        city: str | None = max(found, key=lambda p: p.population).city
        return city

    assert town("Englewood", "Illinois") == "Chicago"
    assert town("Rogers Park", "Illinois") == "Chicago"
    assert town("East New York", "New York") == "Brooklyn"
    assert town("Evanston", "Illinois") is None  # a city of its own
    assert town("Brooklyn", "New York") is None
    assert town("Queens", "New York") is None


@needs_zipcodes
def test_an_incident_in_a_neighbourhood_names_its_city() -> None:
    from claimledger import analyze

    doc = analyze(
        "CHICAGO - A 19-year-old man was shot and wounded in the Englewood neighborhood on "
        "Saturday night, police said.",
        published="2026-06-06",
    )
    loc = doc.incidents[0].location
    assert loc is not None
    assert (loc.name, loc.admin1, loc.city) == ("Englewood", "Illinois", "Chicago")
