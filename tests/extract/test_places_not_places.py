"""Bylines, organisation names and country-level mentions (issue 14 item 4)."""

from __future__ import annotations

from claimledger.extract.places.locate import (
    ATTRIBUTIVE_CONFIDENCE,
    extract_places,
    primary_place,
)
from claimledger.options import Options


def _names(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.evidence.text for m in extract_places(nlp(text), "d", Options())]


def test_a_byline_name_is_not_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Jordan" and "Austin" are places elsewhere; here they are the writers
    names = _names(
        nlp, "By Jordan Whitfield\nStaff Writer\n\nTwo men were hurt in a crash in Dayton."
    )
    assert "Jordan" not in names and "Jordan Whitfield" not in names
    assert "Dayton" in names
    names = _names(nlp, "By AUSTIN KEMBLE, Associated Press\n\nA warehouse burned in Toledo.")
    assert not any("AUSTIN" in n for n in names) and "Toledo" in names


def test_a_state_inside_an_organisation_name_is_no_incident_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # Since the thirty-second session the state opening a body's name is listed (news
    # geoparsing corpora annotate it; it helps resolve the other names) with the
    # attributive confidence: who acts, never the incident's place (in_names.py).
    for text, state, town in (
        ("The Ohio Department of Transportation closed the ramp in Findlay.", "Ohio", "Findlay"),
        ("A spokesman for the Texas Department of Public Safety spoke in Waco.", "Texas", "Waco"),
    ):
        mentions = extract_places(nlp(text), "d", Options())
        found = {m.evidence.text: m for m in mentions}
        assert found[state].evidence.confidence == ATTRIBUTIVE_CONFIDENCE
        best = primary_place(mentions)
        assert best is not None and best.evidence.text == town
        assert best.place is not None and best.place.admin1 == state
    only = extract_places(
        nlp("The Ohio Department of Transportation closed a ramp."), "d", Options()
    )
    assert primary_place(only) is None


def test_a_country_mention_is_a_country_entry_not_a_town(nlp) -> None:  # type: ignore[no-untyped-def]
    (m,) = extract_places(nlp("Shelling continued across Yemen on Friday."), "d", Options())
    assert m.place is not None and m.place.name == "Yemen"
    # a country entry: no admin1, not a populated place, so exports give it
    # country precision (ACLED geo_precision 3) instead of a point
    assert m.place.admin1 is None and m.place.feature != "P"
    best = primary_place([m])
    assert best is m


def test_a_town_beats_the_country_as_the_event_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In Yemen, a drone strike hit a car near Azzan on Tuesday."
    best = primary_place(extract_places(nlp(text), "d", Options()))
    assert best is not None and best.evidence.text == "Azzan"
