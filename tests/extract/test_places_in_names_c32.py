"""Places inside institutions' names (extract/places/in_names.py), thirty-second session.

Our own sentences: a police department's, a county jail's and a sheriff's place read as
toponyms (where the body works); a university's, a party's and a newspaper's place listed
with the attributive confidence (who, not where), never the incident's place.
"""

from __future__ import annotations

from claimledger.extract.places.in_names import jurisdiction, named_after
from claimledger.extract.places.locate import (
    ATTRIBUTIVE_CONFIDENCE,
    extract_places,
    primary_place,
)
from claimledger.options import Options


def _mentions(nlp, text: str):  # type: ignore[no-untyped-def]
    return extract_places(nlp(text), "d", Options())


def test_a_police_department_names_its_town(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A 19-year-old was shot in the arm outside a convenience store late Saturday, "
        "according to the Oakland Police Department."
    )
    found = {m.evidence.text: m for m in _mentions(nlp, text)}
    assert "Oakland" in found
    assert found["Oakland"].place is not None and found["Oakland"].place.admin1 == "California"
    assert found["Oakland"].evidence.confidence > ATTRIBUTIVE_CONFIDENCE


def test_a_county_jail_names_its_county(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The suspect, 34, was booked into the Butler County Jail on Tuesday on a charge of "
        "felonious assault after a shooting in Hamilton, Ohio."
    )
    mentions = _mentions(nlp, text)
    county = [m for m in mentions if m.evidence.text.startswith("Butler County")]
    assert county and county[0].place is not None and county[0].place.admin1 == "Ohio"
    assert "Hamilton" in [m.evidence.text for m in mentions]


def test_a_university_is_who_not_where(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A student at the University of Kentucky was wounded when someone fired into a car "
        "on Tates Creek Road in Lexington, police said."
    )
    mentions = _mentions(nlp, text)
    found = {m.evidence.text: m for m in mentions}
    assert "Kentucky" in found
    assert found["Kentucky"].evidence.confidence == ATTRIBUTIVE_CONFIDENCE
    best = primary_place(mentions)
    assert best is not None and best.evidence.text == "Lexington"


def test_a_party_named_after_a_state_is_no_incident_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Florida Democratic Party condemned the shooting at a rally in Savannah."
    mentions = _mentions(nlp, text)
    best = primary_place(mentions)
    assert best is not None and best.evidence.text == "Savannah"


def test_the_head_decides_the_kind() -> None:
    text = "Butler County Sheriff; Dayton Daily News; Akron Zoo; Springfield weather"
    assert named_after(text, text.index(" County Sheriff")) == "jurisdiction"
    assert named_after(text, text.index(" Daily")) == "other"
    assert named_after(text, text.index(" Zoo")) == "other"
    assert named_after(text, text.index(" weather")) is None
    of = "a professor at the University of Dayton"
    assert jurisdiction(of, of.index("Dayton"), len(of)) is False
