"""Territory changes read in headlines' present tense, the taker named in the clause of
the taking (not a headline or sentence above it), handovers named by their place,
defections and disappearances "for N days" (thirtieth session, coordinator). Our own
invented snippets; each is classified by the rules (``classify_event``) and by the
shipped learned combination (``classify_learned``)."""

from __future__ import annotations

import pytest

from claimledger.extract.events import classify_event
from claimledger.extract.events.model import classify_learned

CASES = {
    # present tense in a headline; the army named only as the object taken
    "Rebels overrun army outpost near Kalvik\nKALVIK - Fighters of a separatist movement "
    "stormed a hilltop position on Tuesday and held it overnight, residents said.": (
        "Non-state actor overtakes territory"
    ),
    "Government troops recapture river port of Dessany from insurgents after three-day "
    "offensive, the defence ministry says.": "Government regains territory",
    "Peacekeepers hand over Tessaly camp to the national army as their mission winds down.": (
        "Non-violent transfer of territory"
    ),
    "Militia commander defects to the army with 40 of his men in Orvane province, "
    "officials say.": "Change to group/activity",
    "A student activist has not been seen for three days since men in plain clothes "
    "stopped him outside his hostel in Varnay, his family says.": (
        "Abduction/forced disappearance"
    ),
}


@pytest.mark.parametrize("text", sorted(CASES))
def test_the_snippet_gets_its_sub_event_type(text: str) -> None:
    assert classify_event(text)[1] == CASES[text]
    assert classify_learned(text)[1] == CASES[text]


def test_the_taker_is_read_in_the_clause_of_the_taking() -> None:
    # "army" in the headline above does not make the body's takers state forces
    text = (
        "Army base attacked in the north\nDORVAL - Insurgents captured two villages "
        "near the base on Sunday, local officials said."
    )
    assert classify_event(text)[1] == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers seize 300 kg of heroin hidden in a lorry at the Kestel port.",
        "The comet has not been seen for centuries, astronomers at the Varnay observatory say.",
    ],
)
def test_no_territory_or_abduction_without_the_event(text: str) -> None:
    assert classify_event(text)[1] not in {
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Abduction/forced disappearance",
    }


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May, 140 residents were evacuated from Dravenko as the front line moved closer.",
        "About 900 refugees from the neighbouring war arrived in Sellin and were registered "
        "by the border authorities.",
        "Some 60 displaced families were moved from a stadium to a school in Ostrin on Monday, "
        "the local council said.",
    ],
)
def test_people_evacuated_displaced_or_arriving_as_refugees_are_other(text: str) -> None:
    # ACLED codes displacement with no violence told as Other (Strategic developments)
    assert classify_event(text)[1] == "Other"


def test_a_displacement_told_beside_an_attack_keeps_the_attack() -> None:
    text = "Gunmen stormed the village of Pell, killing four and forcing residents to flee their homes."
    assert classify_event(text)[1] == "Attack"
