"""An agreement or an abduction told with other events' words around it (thirty-second
session, coordinator; ``extract/events/main_event.py``). Our own invented snippets, read
by the shipped learned combination (``classify_learned``), with the hard cases beside:
fighting despite a truce, a deal that hands territory over, talks that fail, arrests by
the police of kidnappers who asked a ransom."""

from __future__ import annotations

import pytest

from claimledger.extract.events.main_event import abduction_told, agreement_is_main
from claimledger.extract.events.model import classify_learned

AGREEMENTS = (
    # the hostilities are what the agreement halts
    "The two armed movements signed a truce in Velmora on Monday, committing both to stop "
    "hostilities and to release captured fighters.",
    # the feud's dead and the stolen herds are the background
    "Elders of the Karsi and Donbe clans agreed after a week of talks to return looted goats "
    "and end raids that have killed 30 people, a district officer said.",
    # a headline in the present tense, fighting named in the next sentence
    "Rival militias sign peace pact in Orvane\nThe deal ends two months of fighting over the "
    "market town, local leaders said.",
    # a swap
    "Insurgents freed nine police officers in exchange for 20 of their own men held in Tarvel "
    "prison, mediators said.",
)
NOT_AGREEMENTS = {
    # fighting despite a truce: the fighting is the event
    "Despite a ceasefire signed last week, militants attacked an army post near Velmora, "
    "killing four soldiers.": "Armed clash",
}
# Territory handed over under a deal: the handover is the event (the model itself still
# reads this one as an Agreement; main_event only declines to force it).
HANDOVER = (
    "Under an agreement brokered by elders, the militia handed control of the Orvane bridge "
    "to the army without a fight."
)
ABDUCTIONS = (
    # "demanding" is no protest here: a ransom
    "Gunmen at a roadblock near Tarsen took away a surveyor and his driver and are demanding "
    "a ransom, their employer said.",
    "Seven farm workers were seized at gunpoint on the Dessany road on Sunday by an armed "
    "gang, relatives said.",
    "Twelve schoolboys were carried off from a boarding school in Kalvik overnight by "
    "fighters of a jihadist group, the principal said.",
)


@pytest.mark.parametrize("text", AGREEMENTS)
def test_an_agreement_made_is_the_event(text: str) -> None:
    assert agreement_is_main(text)
    assert classify_learned(text)[1] == "Agreement"
    assert classify_learned(text)[0] == "Strategic developments"


@pytest.mark.parametrize("text", sorted(NOT_AGREEMENTS))
def test_fighting_despite_a_truce_or_a_handover_is_no_agreement(text: str) -> None:
    assert not agreement_is_main(text)
    assert classify_learned(text)[1] == NOT_AGREEMENTS[text]


def test_a_handover_under_a_deal_is_not_forced_to_an_agreement() -> None:
    assert not agreement_is_main(HANDOVER)


def test_failed_talks_make_no_agreement() -> None:
    assert not agreement_is_main(
        "Fighting resumed in Tarvel after talks on a ceasefire collapsed on Friday."
    )


def test_an_agreement_demanded_by_protesters_is_a_protest() -> None:
    text = (
        "Bus drivers demonstrated outside the transport ministry in Dessany, demanding that "
        "officials reach an agreement on their unpaid wages."
    )
    assert not agreement_is_main(text)
    assert classify_learned(text)[1] == "Peaceful protest"


def test_a_swap_for_money_is_no_agreement() -> None:
    assert not agreement_is_main(
        "Rebels blew up a bridge near Kalvik and later ferried travellers across the river "
        "in exchange for money."
    )


@pytest.mark.parametrize("text", ABDUCTIONS)
def test_people_taken_are_an_abduction(text: str) -> None:
    assert abduction_told(text)
    assert classify_learned(text)[1] == "Abduction/forced disappearance"


def test_police_arresting_kidnappers_stay_arrests() -> None:
    text = (
        "Police in Dessany arrested three men who had demanded a ransom from a trader's "
        "family, a police spokesman said."
    )
    assert abduction_told(text)  # a ransom is told ...
    assert classify_learned(text)[1] == "Arrests"  # ... but the arrests are the event


def test_people_taken_and_killed_stay_an_attack() -> None:
    text = (
        "Gunmen took away two herders near Tarsen and shot dead a third who resisted, "
        "villagers said."
    )
    assert abduction_told(text)
    assert classify_learned(text)[1] == "Attack"


def test_goods_taken_away_are_no_abduction() -> None:
    assert not abduction_told(
        "Raiders took away 40 cattle and two motorbikes from a village near Kalvik."
    )
