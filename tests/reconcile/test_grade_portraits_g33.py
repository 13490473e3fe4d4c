"""Those harmed told by what they were doing or did for a living (helper G, thirty-third
session): a belligerent's portrait of a fighter ("a cell assembling drones", "a man carrying
explosives") against the victims' side's trade, activity or age ("mechanics repairing
scooters", "a pupil collecting firewood", "a 15-year-old") is a contested incident; a trade
with no accusation, an accusation the relatives accept, an armed group's deed that is not
said of those harmed, and a thing carrying arms are not. Invented texts; each hit has a
near miss beside it."""

from __future__ import annotations

import re

import pytest

from claimledger.attribute.parsed import parse_sentences
from claimledger.pipeline import analyze
from claimledger.reconcile.grade_victims import characterisations, victims_reason


def _parsed(text: str) -> list:  # type: ignore[type-arg]
    sentences = [m.group(0).strip() for m in re.finditer(r"[^.!?\n]+(?:[.!?]+|$)", text)]
    return parse_sentences([s for s in sentences if s])


def _grade(text: str) -> str | None:
    doc = analyze(text, published="2026-06-20")
    return doc.incidents[0].grade if doc.incidents else None


def _said(text: str) -> set[tuple[str, str, str]]:
    return {(c.speaker, c.kind, c.cue) for c in characterisations(_parsed(text))}


WORKSHOP = (
    "On 3 June 2026, three men were killed when a drone struck a workshop in Velmar. The army "
    "said it had hit a cell assembling drones. Relatives told the Velmar Post the men were "
    "mechanics repairing scooters."
)
FIREWOOD = (
    "On 5 June 2026 a boy of 14 was killed near the Ostel fence. Soldiers fired on a man "
    "carrying explosives, the army said. His family said he was a pupil collecting firewood, "
    "a neighbour told Ostel FM."
)
PUMP = (
    "A strike killed a man on the outskirts of Dorvan on 4 June 2026. The military said it had "
    "targeted a militant spotter; residents said he was a pump operator on his way to work, "
    "and Dorvan Radio named him."
)
COURIER = (
    "On 7 June 2026 a car was hit on the Tarrow road, killing its driver. The coalition said "
    "the strike killed a courier for the rebels. The driver's family said he was a taxi driver "
    "taking a patient to hospital, according to the Tarrow Observer."
)
BREAD = (
    "A man was shot dead near the Mirsa crossing on 9 June 2026. Police and the army said he "
    "was a gunman who had opened fire on a patrol. His employer, a bakery, said he was "
    "delivering bread, and the Mirsa Rights Group documented the killing."
)
AGE = (
    "A teenager was shot near the Dalat barrier on 16 June 2026. Border police said they shot "
    "an infiltrator trying to plant a device. His parents said he was a 15-year-old on his way "
    "to school, Dalat FM reported."
)
SHEPHERDS = (
    "Two brothers were killed by a drone in the hills above Karsa on 6 June 2026. The air "
    "force described them as insurgents moving weapons; the village council said they were "
    "shepherds grazing their flock."
)
LOOKOUT = (
    "On 14 June 2026 a 16-year-old was killed by sniper fire in Korl. The military said troops "
    "shot a lookout directing mortar fire. His mother told Korl News that he was a schoolboy "
    "fetching water for the family."
)


def test_a_cell_assembling_drones_against_mechanics_is_contested() -> None:
    said = _said(WORKSHOP)
    assert ("army", "combatants", "assembling") in said
    assert ("relatives", "civilians", "mechanics") in said
    assert _grade(WORKSHOP) == "contested"  # not confirmed: "said it had hit"


def test_a_man_carrying_explosives_told_after_the_clause_against_a_pupil() -> None:
    said = _said(FIREWOOD)
    assert ("army", "combatants", "carrying") in said  # "..., the army said."
    assert ("his family", "civilians", "pupil") in said
    assert _grade(FIREWOOD) == "contested"


def test_a_militant_spotter_against_a_pump_operator() -> None:
    reason = victims_reason(_parsed(PUMP))
    assert reason is not None and "[spotter]" in reason and "[operator]" in reason


def test_a_courier_for_the_rebels_against_a_taxi_driver() -> None:
    reason = victims_reason(_parsed(COURIER))
    assert reason is not None and "coalition [courier]" in reason and "[driver]" in reason
    assert _grade(COURIER) == "contested"


def test_a_gunman_against_a_man_delivering_bread() -> None:
    said = _said(BREAD)
    assert ("police and army", "combatants", "gunman") in said
    assert any(k == "civilians" and cue == "delivering" for _, k, cue in said)
    assert _grade(BREAD) == "contested"


def test_a_child_by_age_against_an_infiltrator_of_police_that_shot_him() -> None:
    said = {(c.speaker, c.sides, c.kind, c.cue) for c in characterisations(_parsed(AGE))}
    # the police name no side, but say they shot him: a party ("doer")
    assert ("border police", frozenset({"doer"}), "combatants", "infiltrator") in said
    assert ("his parents", frozenset(), "civilians", "15") in said  # "a 15-year-old"
    assert _grade(AGE) == "contested"


@pytest.mark.parametrize("text", [SHEPHERDS, LOOKOUT])
def test_more_portraits_are_contested(text: str) -> None:
    assert victims_reason(_parsed(text)) is not None
    assert _grade(text) == "contested"


# --- near misses -------------------------------------------------------------------------

TRADE_ALONE = (
    "On 3 June 2026, three men were killed when a drone struck a workshop in Velmar. Relatives "
    "told the Velmar Post the men were mechanics repairing scooters, and Velmar TV named all "
    "three."
)
DOCTOR = (
    "On 5 June 2026 a doctor at the Ostel hospital said the dead were civilians, among them "
    "two children. Ostel FM and the Ostel Courier reported that an air strike hit the house, "
    "killing five."
)
ACCEPTED = (
    "A strike killed two men near Karsa on 6 June 2026. The army said it had struck fighters "
    "of the Karsa Front. The Front mourned both as its members, and relatives said they had "
    "joined the group a year earlier, Karsa Radio reported."
)
DOERS = (
    "On 14 July 2026 a strike killed two men in Osk. The army said militants fired rockets "
    "from the village. Residents said the dead were farmers, Osk FM and the Tarrow Observer "
    "reported."
)
TRUCK = (
    "On 9 July 2026 the coalition said its aircraft struck a truck carrying rockets near "
    "Harran. Harran FM and the Harran Herald reported that the driver and his assistant were "
    "killed."
)
ALSO = (
    "On 4 July 2026 the army said the strike hit militants launching rockets near Brill. "
    "Witnesses said a boy selling tea nearby was also killed, Brill TV and Osk FM reported."
)


def test_a_trade_with_no_accusation_is_fair() -> None:
    assert ("relatives", "civilians", "mechanics") in _said(TRADE_ALONE)
    assert victims_reason(_parsed(TRADE_ALONE)) is None
    assert _grade(TRADE_ALONE) == "fair"


def test_civilians_said_by_a_doctor_with_no_combatant_claim_is_fair() -> None:
    assert victims_reason(_parsed(DOCTOR)) is None
    assert _grade(DOCTOR) == "fair"


def test_an_accusation_the_relatives_accept_is_not_contested() -> None:
    # "its members" is the Front's word (the subject of "mourned"), not Karsa Radio's
    said = {(c.speaker, c.kind) for c in characterisations(_parsed(ACCEPTED))}
    assert ("karsa radio", "combatants") in said and ("karsa radio", "civilians") not in said
    assert victims_reason(_parsed(ACCEPTED)) is None
    assert _grade(ACCEPTED) != "contested"


def test_what_militants_did_is_no_portrait_of_those_harmed() -> None:
    assert not any(k == "combatants" for _, k, _ in _said(DOERS))
    assert _grade(DOERS) == "fair"


def test_a_truck_carrying_rockets_is_no_portrait_of_people() -> None:
    assert not any(k == "combatants" for _, k, _ in _said(TRUCK))
    assert victims_reason(_parsed(TRUCK)) is None


def test_a_bystander_also_killed_beside_the_fighters_is_not_contested() -> None:
    assert victims_reason(_parsed(ALSO)) is None
    assert _grade(ALSO) != "contested"


def test_a_drone_operator_is_a_fighter_and_a_pump_operator_a_civilian() -> None:
    drone = "The army said it had killed a drone operator. Relatives said he was a pump operator."
    said = _said(drone)
    assert ("army", "combatants", "operator") in said
    assert ("relatives", "civilians", "operator") in said


def test_an_age_of_an_adult_is_no_portrait() -> None:
    adult = "The army said it had killed a militant. His family said he was a 35-year-old."
    assert not any(s == "his family" for s, _, _ in _said(adult))


# --- discounted only when no civilian is said to be harmed ---------------------------------

SOME_MILITANTS = (
    "On 12 May 2026, two civilians were killed and five injured in a strike on a house in "
    "Velmar, according to Velmar TV and the Osk Post. Two militants were likely also killed. "
    "Based on the statements, the monitor has classified Ali Hamar and Omar Sel as militants."
)
ALL_FIGHTERS = (
    "On 13 May 2026, a strike hit a pickup truck near Ostel, killing three men. The armed group "
    "later mourned all three as its fighters, and local sources described them as members of "
    "its field command. No civilian harm was reported."
)


def test_combatants_among_civilians_harmed_are_not_discounted() -> None:
    doc = analyze(SOME_MILITANTS, published="2026-05-20")
    inc = doc.incidents[0]
    assert any(c.civilian and (c.high or 0) >= 2 for c in inc.claims)
    assert inc.grade == "fair"


def test_combatants_alone_are_still_discounted() -> None:
    assert _grade(ALL_FIGHTERS) == "discounted"


# --- a second round, from invented probes scored once after the first commit ----------------

BEEKEEPERS = (
    "A drone strike on 2 August 2026 killed three men on a farm road near Tamir. A military "
    "spokesman said the men belonged to a unit firing rockets at the border. Their village's "
    "mayor told Tamir FM they were beekeepers checking their hives."
)
GARAGE = (
    "On 3 August 2026 an airstrike hit a garage in Ressa, killing two. The air force said it "
    "had destroyed a workshop where militants built explosive devices. The garage owner's son "
    "said his father and uncle were fixing a tractor when the missile struck, Ressa News "
    "Network reported."
)
THIRTEEN = (
    "A strike on 12 August 2026 killed a 13-year-old in Sorra. The army said it had targeted "
    "a militant observing troop movements. The boy's teacher told Sorra TV that he was 13 and "
    "had been walking home from school."
)


def test_belonging_to_a_unit_firing_rockets_against_beekeepers() -> None:
    said = _said(BEEKEEPERS)
    assert ("military spokesman", "combatants", "firing") in said
    assert _grade(BEEKEEPERS) == "contested"


def test_militants_where_the_place_was_hit_against_kin_fixing_a_tractor() -> None:
    said = _said(GARAGE)
    assert ("air force", "combatants", "militants") in said
    assert ("garage owner 's son", "civilians", "uncle") in said
    assert _grade(GARAGE) == "contested"


def test_a_bare_age_under_eighteen_against_a_militant() -> None:
    said = _said(THIRTEEN)
    assert ("boy 's teacher", "civilians", "13") in said
    assert _grade(THIRTEEN) == "contested"


def test_a_bare_count_is_no_age() -> None:
    count = "The army said it had killed militants. Relatives said the dead were 3 brothers."
    assert not any(cue == "3" for _, _, cue in _said(count))
    adult = "The army said it had killed a militant. His brother said he was 41."
    assert not any(s == "his brother" for s, _, _ in _said(adult))


CELL_IN_CAR = (
    "An air strike on 2 September 2026 killed four people in a car near Gravna. The army said "
    "the car was carrying a cell that had fired on troops. The Gravna municipality said the "
    "four were council employees returning from a water pumping station, Gravna Radio "
    "reported."
)
FERRY = (
    "Three people died when a strike hit a boat off Ezmar on 4 September 2026. The navy said "
    "the boat was ferrying fighters and weapons to the rebels. The Ezmar fishermen's "
    "cooperative said the dead were its members hauling in nets."
)
SOLDIERS_WHO_FIRED = (
    "On 6 September 2026 two soldiers who had fired on the village were killed by a rebel "
    "rocket, the army said. The Sabrel Times and Sabrel FM said the dead were conscripts."
)


def test_a_cell_that_had_fired_on_troops_against_council_employees() -> None:
    said = _said(CELL_IN_CAR)
    assert ("army", "combatants", "cell") in said
    assert _grade(CELL_IN_CAR) == "contested"


def test_a_boat_ferrying_fighters_against_the_cooperative_s_members() -> None:
    said = _said(FERRY)
    assert ("navy", "combatants", "fighters") in said
    assert _grade(FERRY) == "contested"


def test_a_state_s_soldiers_who_fired_are_no_claim_of_combatants() -> None:
    assert not any(k == "combatants" for _, k, _ in _said(SOLDIERS_WHO_FIRED))
