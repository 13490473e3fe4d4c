"""Competing characterisations of those harmed (helper G, twenty-eighth session): a party
calling the dead fighters while another calls them civilians is a contested incident, not a
discounted one. Invented texts; each hit has a near miss beside it."""

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
    doc = analyze(text, published="2026-05-08")
    return doc.incidents[0].grade if doc.incidents else None


WHO_WAS_IN = (
    "On 2 May 2026, four people were killed when a strike hit a building in Velmar. The army "
    "said only militants had been in the building. Families of the dead said the building "
    "stored flour for the bakery next door."
)
CHECKPOINT = (
    "On 6 May 2026, three men were killed outside Dorvan. The Dorvan militia said civilians "
    "had been shot at a checkpoint; the army said fighters were killed in a clash with troops."
)
MOURNED = (
    "On 7 May 2026, a strike hit a pickup truck near Ostel, killing three men. The armed group "
    "later mourned all three as its fighters, and local sources described them as members of "
    "its field command. No civilian harm was reported."
)


def test_a_dispute_over_who_was_in_the_building_is_contested() -> None:
    said = {(c.speaker, c.kind) for c in characterisations(_parsed(WHO_WAS_IN))}
    assert ("army", "combatants") in said and ("families of dead", "civilians") in said
    assert _grade(WHO_WAS_IN) == "contested"


def test_fighters_against_civilians_between_two_parties_is_contested() -> None:
    reason = victims_reason(_parsed(CHECKPOINT))
    assert reason is not None and "[fighters]" in reason and "[civilians]" in reason
    assert _grade(CHECKPOINT) == "contested"  # not discounted: the army's word alone


def test_only_combatants_said_stays_discounted() -> None:
    assert victims_reason(_parsed(MOURNED)) is None
    assert _grade(MOURNED) == "discounted"


@pytest.mark.parametrize(
    "text",
    [
        # the militants are the doers, not those harmed
        "Residents said two children were killed. The army said militants had fired a mortar "
        "at the school.",
        # a denial and an aim are no characterisation of the dead
        "A neighbour said there were no militants in the house. The army said it had targeted "
        "militants in the area.",
        # no party among the speakers
        "Most sources said the man was a militant. Other reports said the dead were farmers.",
        # one speaker names both: no competing account
        "The army said the strike killed two fighters and a shepherd. Villagers said the "
        "shepherd was a civilian.",
    ],
)
def test_near_misses_read_no_dispute_over_who_was_harmed(text: str) -> None:
    assert victims_reason(_parsed(text)) is None
