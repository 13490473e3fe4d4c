"""A sentence that dates its own event near the document's date reports it, even when it
also recalls an older date (twenty-eighth session). Texts written for these tests."""

from __future__ import annotations

import claimledger


def test_an_event_dated_today_beside_a_past_killing_is_reported_without_the_past_toll() -> None:
    doc = claimledger.analyze(
        "On 27 May 2026, relatives of two miners who were killed in 2019 held a rally in "
        "Velmoor to demand a new inquiry.",
        published="2026-05-27",
    )
    assert [(i.event_type, i.sub_event_type) for i in doc.incidents][:1] == [
        ("Protests", "Peaceful protest")
    ]
    # the two deaths of 2019 are no figure of this rally
    assert "killed" not in doc.incidents[0].estimates


def test_the_deadliest_since_a_past_year_is_still_todays_attack() -> None:
    doc = claimledger.analyze(
        "A car bomb on Tuesday in Orvano was the deadliest attack on the town since 2014.",
        published="2026-03-12",
    )
    assert doc.incidents
    assert doc.incidents[0].event_type == "Explosions/Remote violence"


def test_a_sentence_dated_only_in_the_past_makes_no_incident() -> None:
    doc = claimledger.analyze(
        "In 2014, a car bomb in Orvano killed nine people. The town's market reopened this week.",
        published="2026-03-12",
    )
    assert doc.incidents == ()


def test_an_anniversary_today_of_a_past_attack_is_no_incident() -> None:
    doc = claimledger.analyze(
        "Hundreds gathered in Orvano on Sunday to mark the anniversary of the 2009 "
        "car bombing of the market, which killed 60 people.",
        published="2026-03-12",
    )
    assert all(i.event_type != "Explosions/Remote violence" for i in doc.incidents)
    assert all("killed" not in i.estimates for i in doc.incidents)
