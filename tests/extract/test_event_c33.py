"""Event types (coordinator, thirty-third session): a curfew imposed after or against violence
is the government's measure (Change to group/activity), not the clash it follows; territory
"retaken" is taken. Texts written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.events.main_event import curfew_is_main
from claimledger.extract.events.model import classify_learned


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Authorities imposed a dusk-to-dawn curfew on Osk after overnight clashes between "
            "two clans left three dead.",
            "Change to group/activity",
        ),
        (
            "Following two days of riots, the governor declared a 48-hour curfew in Osk.",
            "Change to group/activity",
        ),
        (
            "Police imposed a curfew in Osk to quell clashes between rival groups.",
            "Change to group/activity",
        ),
        # the violence told first, the curfew after it: the violence is the event
        (
            "Gunmen killed five villagers in Osk on Monday; authorities later imposed a curfew.",
            "Attack",
        ),
        (
            "Troops retook the village of Osk from the rebels after heavy fighting.",
            "Government regains territory",
        ),
        (
            "Iraqi forces said they had retaken the last villages held by the militants near Osk.",
            "Government regains territory",
        ),
    ],
)
def test_main_event_of_curfews_and_territory(text: str, expected: str) -> None:
    assert classify_learned(text)[1] == expected


def test_a_curfew_defied_by_marchers_is_not_imposed_here() -> None:
    assert not curfew_is_main("Protesters defied a curfew and marched on the palace in Osk.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police in Osk detained 30 opposition activists ahead of a planned rally.", "Arrests"),
        ("Police arrested the organisers to prevent a march on parliament in Osk.", "Arrests"),
        # a protest that happened: the arrests are its intervention
        ("Police arrested 12 protesters during a rally in Osk.", "Protest with intervention"),
    ],
)
def test_arrests_before_a_protest_yet_to_come(text: str, expected: str) -> None:
    assert classify_learned(text)[1] == expected


def test_oil_prices_and_output_cuts_are_no_event() -> None:
    text = "Oil prices rose sharply after the exporters' group announced deeper output cuts."
    assert classify_learned(text)[1] is None
