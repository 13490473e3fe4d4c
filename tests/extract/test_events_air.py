"""Tests of air.py: air/drone strikes named without "air" or "drone strike" (sentences written
for these tests), and the override in classify_event and classify_learned."""

from __future__ import annotations

import pytest

from claimledger.extract.events.air import AIR, implicit_air, override
from claimledger.extract.events.classify import classify_event
from claimledger.extract.events.model import classify_learned


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A strike on a compound killed four people near the border.", "strike"),
        ("Three men were killed in a US strike on their car.", "strike"),
        ("Five people died in the CIA strike, officials said.", "strike"),
        ("Strike on a farmhouse leaves two dead, residents say.", "strike"),
        ("A drone fired two missiles at a house in the village overnight.", "platform"),
        ("A Predator struck a pick-up truck carrying four men.", "platform"),
        ("Residents said an unmanned aircraft fired on a motorbike.", "platform"),
        ("The house was destroyed by a US drone, killing a family of six.", "platform"),
        ("Coalition forces bombed the bridge at dawn.", "bombed"),
        ("Six killed in an attack on a house and a car in the valley.", "attack-on-target"),
        ("Two men died when their vehicle was struck near the market.", "struck"),
    ],
)
def test_events_air_implicit_cues(text: str, cue: str) -> None:
    found = implicit_air(text)
    assert found is not None
    assert found[0] == cue
    assert classify_event(text)[1] == AIR
    assert classify_learned(text)[1] == AIR
    assert classify_learned(text)[0] == "Explosions/Remote violence"


@pytest.mark.parametrize(
    "text",
    [
        "Prisoners began a hunger strike on Monday to demand a fair trial.",
        "Workers went on strike over unpaid wages at the port.",
        "The union announced strike action at three hospitals next week.",
        "Teachers held a strike on Tuesday, closing schools across the county.",
        "His strike hit the post late in the second half.",
        "A lightning strike on a house set the roof alight.",
        "Gunmen attacked a house and shot two brothers dead.",
        "Police fired tear gas at protesters outside parliament.",
        # Missiles with no aircraft named: the codebook's Shelling/artillery/missile attack.
        "Missiles hit a car on the road to the town, killing two.",
    ],
)
def test_events_air_not_an_air_strike(text: str) -> None:
    assert implicit_air(text) is None
    assert classify_event(text)[1] != AIR
    assert classify_learned(text)[1] != AIR


def test_events_air_missiles_without_aircraft_stay_a_missile_attack() -> None:
    text = "Missiles hit a car on the road to the town, killing two."
    assert classify_event(text)[1] == "Shelling/artillery/missile attack"


def test_events_air_labour_strike_reads_as_a_protest() -> None:
    # The override leaves the rules' answer alone: a strike by workers is a demonstration.
    assert classify_event("Workers went on strike over unpaid wages at the port.")[1] == (
        "Peaceful protest"
    )


def test_events_air_ground_fighting_vetoes_the_strike_noun() -> None:
    text = "A strike on a compound was followed by clashes between troops and militants."
    assert implicit_air(text) is None
    # A drone acting is named outright, whatever fighting the text mentions.
    assert implicit_air("A drone struck a car after clashes in the town.") is not None


def test_events_air_override_keeps_the_codebook_order() -> None:
    text = "A strike on a compound killed four."
    assert override(text, "Attack") == (AIR, 0.8)
    assert override(text, None) == (AIR, 0.8)
    # A suicide bomb or a chemical weapon outranks an air strike; an air strike stays one.
    assert override(text, "Suicide bomb") is None
    assert override(text, "Chemical weapon") is None
    assert override(text, AIR) is None
    assert override("Traders closed their shops in protest.", "Peaceful protest") is None
