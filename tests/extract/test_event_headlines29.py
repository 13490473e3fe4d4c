"""Headline tense and the words of rural and crowd violence (twenty-ninth session).

News and monitors' notes write what happened in the present tense of a headline
("Raiders kill three", "Police shoot dead four bandits", "Students riot over
...") where ACLED notes write the past. The rules read both, tell armed victims
(bandits, raiders, reservists) from civilians, and read a riot with a cause as a
violent demonstration. Texts written for these tests.
"""

from __future__ import annotations

import pytest

from claimledger.extract.events.classify import classify_event


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Herders kill three villagers in a night raid on Ombessa.", "Attack"),
        ("A gang slashed a shopkeeper to death in Lemuru market.", "Attack"),
        ("Bandits kill two police reservists near Talvani.", "Armed clash"),
        ("Police shoot dead four bandits in the Kerrio forest.", "Armed clash"),
        (
            "Students riot over cancelled exam results at Mendro High School.",
            "Violent demonstration",
        ),
        ("Taxi drivers violently protest against a new levy in Karsimo.", "Violent demonstration"),
        (
            "Youths engage police in running battles in Pelavo to protest a water shortage.",
            "Violent demonstration",
        ),
    ],
)
def test_headline_tense_and_rural_violence(text: str, sub: str) -> None:
    assert classify_event(text)[1] == sub


def test_a_riot_without_a_cause_around_a_lynching_stays_mob_violence() -> None:
    text = "Traders riot in Sorvanu market and lynch a suspected thief."
    assert classify_event(text)[1] == "Mob violence"


def test_riot_police_are_no_riot() -> None:
    text = "Riot police dispersed a sit-in outside the Vardel county offices with tear gas."
    assert classify_event(text)[1] == "Protest with intervention"


def test_a_phrasal_kill_off_in_a_sports_headline_is_no_event() -> None:
    # The bare headline verb "kill" is read as a killing; "kill off" (hopes, a
    # season, a bill) is figurative in either tense.
    assert classify_event("Rovers kill off title hopes of Dunmore with late winner.")[1] is None
    assert classify_event("Rovers killed off the title hopes of Dunmore.")[1] is None


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Police attacked by gunmen near the Durvan border post.", "Armed clash"),
        ("Five raiders killed by police in the Kerrio valley.", "Armed clash"),
        ("Two villagers killed by bandits in the Kerrio valley.", "Attack"),
    ],
)
def test_a_headline_passive_without_its_auxiliary_names_the_victim(text: str, sub: str) -> None:
    # "X attacked by Y": X is the one attacked, as in "X were attacked by Y".
    assert classify_event(text)[1] == sub


@pytest.mark.parametrize(
    "text",
    [
        "Students go on rampage to protest the cancellation of exams in Kerrow.",
        "A farmers protest turns violent in Oldava.",
        "Students protesting against their principal burned their dormitory in Kessaro.",
        "Residents lit bonfires on the highway to protest insecurity in Marrat.",
        "Traders protested violently against the demolition of kiosks in Ulvin.",
    ],
)
def test_a_crowd_turning_destructive_makes_a_violent_demonstration(text: str) -> None:
    assert classify_event(text)[1] == "Violent demonstration"


def test_a_fire_lit_at_a_sit_in_is_no_riot() -> None:
    # A single fire lit outside parliament at a sit-in: ACLED codes it either way; we
    # keep the bonfire and the road-fire forms only.
    text = "Union members lit a fire outside parliament to protest price hikes."
    assert classify_event(text)[1] == "Peaceful protest"
