"""A vehicle said to have been carrying arms (thirty-fourth session): a party's account of
what the struck vehicle was ("the vehicle was carrying rocket launchers") is a portrait of
those in it as combatants, so against their families' trade it is a contested incident. A
target named in passing ("struck a truck carrying rockets"), a load that is no arm, and a
vehicle carrying people draw nothing. Invented texts."""

from __future__ import annotations

import re

from claimledger.attribute.parsed import parse_sentences
from claimledger.pipeline import analyze
from claimledger.reconcile.grade_victims import characterisations, victims_reason


def _parsed(text: str) -> list:  # type: ignore[type-arg]
    sentences = [m.group(0).strip() for m in re.finditer(r"[^.!?\n]+(?:[.!?]+|$)", text)]
    return parse_sentences([s for s in sentences if s])


def _said(text: str) -> set[tuple[str, str, str]]:
    return {(c.speaker, c.kind, c.cue) for c in characterisations(_parsed(text))}


LAUNCHERS = (
    "Two men were killed when a drone hit a pickup near Orvel on 2 May 2026. The army said the "
    "vehicle was carrying rocket launchers; the men's relatives told Orvel Radio they were "
    "shepherds moving their flock."
)
FLOUR = (
    "Two men were killed when a drone hit a truck near Orvel on 2 May 2026. The army said the "
    "truck was carrying flour to a rebel depot; the men's relatives told Orvel Radio they were "
    "shepherds."
)
FAMILY = (
    "Three people were killed when a missile hit a car near Orvel on 3 May 2026. The army said "
    "the car was carrying a family; relatives told Orvel Radio they were farmers."
)


def test_a_vehicle_carrying_launchers_against_shepherds_is_contested() -> None:
    said = _said(LAUNCHERS)
    assert ("army", "combatants", "carrying") in said
    assert any(k == "civilians" for _, k, _ in said)
    reason = victims_reason(_parsed(LAUNCHERS))
    assert reason is not None and reason.startswith("who was harmed: army [carrying]")
    doc = analyze(LAUNCHERS, published="2026-05-04")
    assert doc.incidents and doc.incidents[0].grade == "contested"


def test_a_vehicle_carrying_no_arms_draws_nothing() -> None:
    assert not any(k == "combatants" for _, k, _ in _said(FLOUR))
    assert victims_reason(_parsed(FLOUR)) is None


def test_a_vehicle_carrying_people_draws_nothing() -> None:
    assert not any(k == "combatants" for _, k, _ in _said(FAMILY))
    assert victims_reason(_parsed(FAMILY)) is None
