"""A report of people killed at a place whose count was not read is an incident.

The sentences below are written for these tests; the mentions the earlier stages
would give are built by hand, so only reconcile's rule is exercised (the
whole-report classifier is the real one).
"""

from __future__ import annotations

import re

from claimledger.reconcile import build_incidents
from claimledger.records import (
    ActorMention,
    Evidence,
    Incident,
    Place,
    PlaceMention,
    Segment,
)

_VARDA = Place(9_100_001, "Varda", "PK", "Pakistan", "Khyber Pakhtunkhwa", 32.9, 70.2, 0, "P")


def _ev(text: str, phrase: str) -> Evidence:
    start = text.index(phrase)
    return Evidence(start, start + len(phrase), phrase, "d1", "test", 1.0)


def _incidents(
    text: str,
    *,
    place: str | None = "Varda",
    resolved: bool = True,
    actor: str | None = None,
    segments: tuple[Segment, ...] = (),
) -> list[Incident]:
    places = []
    if place is not None:
        places.append(PlaceMention(_VARDA if resolved else None, _ev(text, place), "in"))
    actors = [ActorMention(actor, "target", _ev(text, actor))] if actor else []
    found: list[Incident] = build_incidents(
        text,
        [m.span() for m in re.finditer(r"\S[^.!?]*[.!?]?", text)],
        "d1",
        claims=[],
        events=[],
        dates=[],
        places=places,
        actors=actors,
        segments=list(segments),
        stated_date="2011-03-02",
    )
    return found


def test_people_killed_at_a_place_without_a_count_is_an_incident() -> None:
    text = "Several alleged Kalto Front fighters killed in Varda, North Range."
    (incident,) = _incidents(text, actor="Kalto Front")
    assert incident.id == "d1#1"
    assert incident.location is not None and incident.location.name == "Varda"
    assert incident.location.geonameid == 9_100_001
    assert incident.estimates == {}  # no count was read: none is made up


def test_killing_told_apart_from_the_place_sentence() -> None:
    text = "Named Kalto Front commander killed along with others. Varda, North Range."
    (incident,) = _incidents(text, actor="Kalto Front")
    assert incident.location is not None and incident.location.name == "Varda"


def test_no_party_named_is_no_incident() -> None:
    # Deer, a tax "killing" businesses: nobody the conflict data codes.
    assert _incidents("Deer were killed on the roads of Varda this winter.") == []


def test_no_resolved_place_is_no_incident() -> None:
    text = "Alleged Kalto Front fighters killed in Varda."
    assert _incidents(text, actor="Kalto Front", resolved=False) == []
    assert _incidents(text, actor="Kalto Front", place=None) == []


def test_negated_or_hypothetical_killing_is_no_incident() -> None:
    text = "No Kalto Front fighters were killed in Varda."
    assert _incidents(text, actor="Kalto Front") == []
    text = "Kalto Front fighters could have been killed in Varda."
    assert _incidents(text, actor="Kalto Front") == []


def test_speakers_own_killing_is_figurative() -> None:
    text = "We were killed on the counter-attack by Kalto Front in Varda."
    assert _incidents(text, actor="Kalto Front") == []


def test_accident_is_no_incident() -> None:
    text = "A Kalto Front fighter killed in a hunting accident near Varda."
    assert _incidents(text, actor="Kalto Front") == []


def test_killing_only_in_the_headline_or_opinion_is_no_incident() -> None:
    text = "Kalto Front fighters killed in Varda. The council met in the town hall."
    end = text.index(".") + 1
    assert _incidents(text, actor="Kalto Front")  # reported: an incident
    headline = (Segment(0, end, "headline"),)
    assert _incidents(text, actor="Kalto Front", segments=headline) == []
    opinion = (Segment(0, end, "opinion"),)
    assert _incidents(text, actor="Kalto Front", segments=opinion) == []
