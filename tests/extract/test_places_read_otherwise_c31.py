"""Capitalised words a gazetteer knows that the text shows are no place (not_places.py).

Our own sentences: surnames, a headline's common word, a photo credit and a grid address
that a town somewhere shares, beside the same words where they are places.
"""

from __future__ import annotations

from claimledger.extract.places.locate import extract_places
from claimledger.options import Options


def _names(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.evidence.text for m in extract_places(nlp(text), "d", Options())]


def test_a_surname_joined_to_a_named_officer_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Shots were fired at a parked van in the evening. But Rodriguez and Lt. Oren Maddox, "
        "who leads the precinct, said nobody was hit. A man was wounded in Tulsa."
    )
    names = _names(nlp, text)
    assert "Rodriguez" not in names and "Tulsa" in names


def test_a_last_name_of_a_named_person_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kelvin Santiago, 31, was charged on Monday. About a dozen of Santiago's relatives "
        "attended the hearing in Dayton."
    )
    names = _names(nlp, text)
    assert "Santiago" not in names and "Dayton" in names


def test_a_headline_word_the_text_writes_in_lower_case_is_no_town(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "RELATED: Man accused of killing girlfriend returned to Ohio. A man was shot in "
        "the leg outside a bar in Akron late Friday."
    )
    names = _names(nlp, text)
    assert "Man" not in names and "Akron" in names


def test_a_photo_credit_is_no_town(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A teenager was wounded on a porch in Houston on Friday. (Photo: Metro)"
    names = _names(nlp, text)
    assert "Metro" not in names and "Houston" in names


def test_a_grid_address_is_no_town(nlp) -> None:  # type: ignore[no-untyped-def]
    names = _names(nlp, "Officers found the victim near 1300 West and 900 North in Provo.")
    assert "North" not in names and "West" not in names
    assert "Provo" in names
    assert _names(nlp, "A man was shot dead near 200 East and 6600 South on Monday.") == []


def test_the_same_names_as_places_are_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    # a town NER reads as a place stays one, even beside a one-word person of its name
    names = _names(nlp, "Two men were shot dead in Santiago, Chile, on Sunday.")
    assert "Santiago" in names
    names = _names(nlp, "Gunmen attacked a checkpoint near Man, in western Ivory Coast.")
    assert "Man" in names


def _places(nlp, text: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {m.evidence.text: m.place for m in extract_places(nlp(text), "d", Options())}


def test_a_generic_city_part_is_a_part_of_the_town_the_text_names(nlp) -> None:  # type: ignore[no-untyped-def]
    # "North Side" is also a namesake town's alternate name far away; beside Pittsburgh
    # it is a part of Pittsburgh, left unresolved, and Pittsburgh is the place
    found = _places(
        nlp, "Six people were shot Tuesday night in the North Side. Pittsburgh police responded."
    )
    assert found["North Side"] is None
    town = found["Pittsburgh"]
    assert town is not None and town.admin1 == "Pennsylvania"  # type: ignore[attr-defined]
    found = _places(nlp, "Gunfire in Midtown wounded two men, Memphis police said on Sunday.")
    assert found["Midtown"] is None and found["Memphis"] is not None


def test_a_generic_name_alone_is_resolved_as_any_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # no town named beside it: nothing says whose part it is
    found = _places(nlp, "A man was shot in Southside on Friday night.")
    assert found.get("Southside") is not None


def test_the_object_of_a_shooting_or_a_case_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # a town is never what was shot; "X's case" is a person's
    names = _names(nlp, "Carr told officers he had shot Summerfield at the house in Forsyth.")
    assert "Summerfield" not in names and "Forsyth" in names
    names = _names(nlp, "In Jackson's case, witnesses in Pittsburgh came forward.")
    assert "Jackson" not in names and "Pittsburgh" in names
    # a place after a verb done to places stays one
    assert "Kunduz" in _names(nlp, "Troops attacked Kunduz on Sunday.")


def test_the_object_of_a_verb_done_to_places_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # the small model labels these NORP/ORG; shelling and bombing are done to places
    found = _places(nlp, "Rebels shelled Aleppo and bombed Idlib on Monday.")
    aleppo, idlib = found.get("Aleppo"), found.get("Idlib")
    assert aleppo is not None and aleppo.country == "SY"  # type: ignore[attr-defined]
    assert idlib is not None and idlib.country == "SY"  # type: ignore[attr-defined]


def test_a_neighbourhood_is_no_namesake_town_far_from_the_city(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A teen was shot at a home in the Herlong neighborhood, Jacksonville police said."
    found = _places(nlp, text)
    assert found["Herlong"] is None  # a California town of that name, 3,500 km away
    assert found["Jacksonville"] is not None
    # a neighbourhood the index knows inside the city stays resolved
    found = _places(nlp, "A teen was shot in the Brighton Park neighborhood, Chicago police said.")
    park = found["Brighton Park"]
    assert park is not None and park.admin1 == "Illinois"  # type: ignore[attr-defined]
