"""An agreement whose noun carries a duration written in words ("a six-month ceasefire",
"a week-long truce", "a 72-hour truce") is made as any other (thirty-fourth session: only
"72-hour" in figures was read before, and "signed a six-month ceasefire" fell to Change to
group/activity). Invented snippets."""

from __future__ import annotations

import pytest

from claimledger.extract.events.main_event import agreement_is_main
from claimledger.extract.events.model import classify_learned


@pytest.mark.parametrize(
    "text",
    [
        "The army and the Velmar Front signed a six-month ceasefire in Orsk on Monday, ending two "
        "years of fighting over the valley.",
        "Clan elders in Dorvan agreed to a week-long truce after clashes over grazing land killed "
        "four herders.",
        "The two militias reached a three-day ceasefire to allow the wounded to be evacuated.",
    ],
)
def test_a_ceasefire_of_a_stated_length_is_an_agreement(text: str) -> None:
    assert agreement_is_main(text)
    assert classify_learned(text)[1] == "Agreement"


def test_a_stated_length_without_an_agreement_noun_is_none() -> None:
    text = "Fighters imposed a six-month curfew on the town after clashes with the army."
    assert not agreement_is_main(text)
    assert classify_learned(text)[1] != "Agreement"
