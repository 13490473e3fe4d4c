"""Tests of air.py: air/drone strikes named without "air" or "drone strike" (sentences written
for these tests), and the override in classify_event and classify_learned."""

from __future__ import annotations

import pytest

from claimledger.extract.events.air import AIR, from_context, implicit_air, override
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
        # Missiles with no aircraft named and no target of a targeted killing: the
        # codebook's Shelling/artillery/missile attack.
        "Missiles hit the town overnight, killing two.",
    ],
)
def test_events_air_not_an_air_strike(text: str) -> None:
    assert implicit_air(text) is None
    assert classify_event(text)[1] != AIR
    assert classify_learned(text)[1] != AIR


def test_events_air_missiles_without_aircraft_stay_a_missile_attack() -> None:
    text = "Missiles hit the town overnight, killing two."
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


# --- fourth turn: a vehicle destroyed, strikes named elsewhere, planned suicide, context ---


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Four men died when their car was destroyed on the road to the market.", "destroyed"),
        ("A local leader among three dead when compound destroyed near the river.", "destroyed"),
        (
            "Missiles were fired at a camp near the river and two people were reported "
            "killed. It was unclear who carried out the strikes.",
            "strike-in-context",
        ),
        (
            "Two separate strikes by American aircraft left nine dead in the valley.",
            "strike-in-context",
        ),
    ],
)
def test_events_air_fourth_turn_cues(text: str, cue: str) -> None:
    found = implicit_air(text)
    assert found is not None and found[0] == cue
    assert classify_event(text)[1] == AIR
    assert classify_learned(text)[1] == AIR


@pytest.mark.parametrize(
    "text",
    [
        # A vehicle destroyed by a named bomb, or with nobody killed.
        "A car was destroyed when a roadside bomb went off, killing the driver.",
        "Two houses were destroyed in the storm overnight.",
        # "strikes" with no air weapon or state named, or a labour strike.
        "The strikes closed the port for a week.",
        "Missiles were shown at a parade. Dock workers joined the strikes the next day.",
    ],
)
def test_events_air_fourth_turn_not_air(text: str) -> None:
    assert implicit_air(text) is None


def test_events_air_a_planned_suicide_attack_does_not_outrank_the_strikes() -> None:
    text = (
        "Missiles hit fighters said to be on the verge of launching a suicide attack; "
        "three separate strikes targeted a farmhouse."
    )
    assert override(text, "Suicide bomb") == (AIR, 0.8)
    assert classify_event(text)[1] == AIR
    assert classify_learned(text)[1] == AIR
    carried_out = "A suicide bomber blew himself up at the gate after US strikes on the town."
    assert override(carried_out, "Suicide bomb") is None


def test_events_air_the_document_tells_an_incident_was_an_air_strike() -> None:
    doc = (
        "Two men died when a CIA strike hit their compound on Monday. "
        "A third person was killed in the attack, his brother said."
    )
    own = "A third person was killed in the attack, his brother said."
    assert classify_learned(own)[1] == "Attack"
    got = classify_learned(own, context=doc)
    assert got[:2] == ("Explosions/Remote violence", AIR)
    assert got[2] == round(0.8 * 0.8, 3)
    assert from_context(own, "Attack", doc) == round(0.8 * 0.8, 3)
    # Own sentences that name the attacker, or another weapon, keep their reading.
    gunmen = "Gunmen shot a third person dead, his brother said."
    assert from_context(gunmen, "Attack", doc + " " + gunmen) is None
    assert from_context(own, "Remote explosive/landmine/IED", doc) is None
    # A document naming no air strike lends nothing.
    assert from_context(own, "Attack", "Three people were killed in the valley.") is None


def test_events_air_a_strike_mention_in_a_document_with_an_implicit_air_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimledger.extract.events import extract_events

    text = (
        "Early on Tuesday a strike destroyed two farm buildings. There was no word on casualties."
    )
    mentions = extract_events(nlp(text), "t1")
    assert [(m.sub_event_type, m.evidence.text) for m in mentions] == [(AIR, "strike")]
    # Without any weapon or air cue a bare "strike" is no event mention.
    assert extract_events(nlp("The strike closed the port for a week."), "t2") == []


# --- fifth turn: missiles at a house, compound or vehicle; the CIA acting; "was hit" ---


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Two missiles struck a compound near the border, killing five people.",
            "missile-at-target",
        ),
        (
            "Four people died when missiles struck their vehicle on the main road.",
            "missile-at-target",
        ),
        ("US missiles killed five suspected militants in the area.", "missile-at-target"),
        ("At least six people were killed when a house was hit by missiles.", "missile-at-target"),
        ("Missiles fired at a motorcycle killed two men riding it.", "missile-at-target"),
        ("The CIA targeted a compound in the village, killing five.", "platform"),
        ("A drone-fired missile killed three men in the district.", "platform"),
        ("Reports of a strike in the area that killed three.", "strike"),
        ("Four people were killed when their car was hit near the village.", "hit"),
    ],
)
def test_events_air_fifth_turn_cues(text: str, cue: str) -> None:
    found = implicit_air(text)
    assert found is not None and found[0] == cue
    assert classify_event(text)[1] == AIR
    assert classify_learned(text)[1] == AIR


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # A ground force fires the missiles, or the weapon is launched from the ground.
        (
            "Russian forces fired missiles at a house in the city, killing three.",
            "Shelling/artillery/missile attack",
        ),
        (
            "Insurgents fired an anti-tank missile at an army vehicle, killing two soldiers.",
            "Shelling/artillery/missile attack",
        ),
        (
            "A ballistic missile hit a compound in the city centre, killing four.",
            "Shelling/artillery/missile attack",
        ),
        (
            "Rockets and missiles hit a house on the edge of the town, killing a child.",
            "Shelling/artillery/missile attack",
        ),
        (
            "Artillery shells hit a house in the village, killing a child.",
            "Shelling/artillery/missile attack",
        ),
        # Missiles at a vehicle and nobody killed; a car hit by a named bomb or by a truck.
        ("Several missiles were fired into a compound belonging to a tribal elder.", None),
        (
            "A roadside bomb hit a vehicle carrying soldiers, killing three.",
            "Remote explosive/landmine/IED",
        ),
        ("Two people were killed when their car was hit by a truck on the highway.", None),
    ],
)
def test_events_air_fifth_turn_not_air(text: str, sub: str | None) -> None:
    assert implicit_air(text) is None
    assert classify_learned(text)[1] != AIR
    if sub is not None:
        assert classify_learned(text)[1] == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Two missiles struck a compound near the border town on Monday, killing five "
            "people, local officials said. A sixth man died of his wounds in hospital.",
            AIR,
        ),
        (
            "Four people were killed when US missiles hit their car on the main road. "
            "Their relatives said all four were farmers.",
            AIR,
        ),
        (
            "Russian forces fired missiles at a house in the city, killing three, the "
            "regional governor said.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_events_air_fifth_turn_cues_through_the_pipeline(text: str, sub: str) -> None:
    import claimledger

    doc = claimledger.analyze(text)
    assert [i.sub_event_type for i in doc.incidents] == [sub]


@pytest.mark.parametrize(
    "text",
    [
        "Students went on a strike on Friday to protest against the lack of water in the hostels.",
        "The opposition enforced a 48-hour strike against the fuel price rise; shops stayed shut.",
        "Transport owners continued their strike on Monday, leaving commuters stranded.",
        "Five buses were vandalised in the city for defying the strike on Monday.",
        "Hundreds of people observed an indefinite strike on Tuesday to press their demands.",
        "A hartal called by the opposition shut markets; one man was killed in clashes.",
    ],
)
def test_events_air_strikes_as_protest_are_no_air_strike(text: str) -> None:
    assert implicit_air(text) is None
    assert classify_learned(text)[1] != AIR
