"""Error classes of both event classifiers on news text (eighth turn: the fourth one-shot
set's misses, read after its score), on sentences written for these tests: authority or
control restored over a place, forces chased "of <Name>" from a place or police driven out,
a remand in custody, a pick-up by the security services, "held by police", a
"martyrdom-seeker", a device "made safe", a go-slow and pot-banging, a gathering that broke
up by itself, and non-political news (fire officers, heavy snow, a bond sale)."""

from __future__ import annotations

import pytest

from claimledger.extract.events.classify import classify_event
from claimledger.extract.events.gate import not_political
from claimledger.extract.events.model import classify_learned

GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"

BOTH = [
    (
        "Troops have restored government control over the river town of Amsel after a week "
        "of fighting, the army said.",
        GRT,
    ),
    ("The army reasserted its authority over Dellin district on Monday.", GRT),
    ("Soldiers chased the fighters of the Koro Brigade from the hill village of Dass.", GRT),
    ("Rebels drove the police out of the town hall of Amek after a gunfight.", NSO),
    ("The student leader was picked up by the security services outside his home.", "Arrests"),
    ("A reporter has been held by police in Tarn since Monday, his paper said.", "Arrests"),
    (
        "A martyrdom-seeker rammed a car full of explosives into the checkpoint at Vell.",
        "Suicide bomb",
    ),
    (
        "Sappers made safe a home-made bomb found on the platform at Dorrin station.",
        "Disrupted weapons use",
    ),
    (
        "The device was made safe by army technicians and the road reopened.",
        "Disrupted weapons use",
    ),
    ("Shopkeepers staged a go-slow in the market of Tiro over new taxes.", "Peaceful protest"),
    (
        "Residents banged pots and pans on their balconies in Vessa against the power cuts.",
        "Peaceful protest",
    ),
    # a crowd that breaks up by itself is no intervention; police who break it up are
    (
        "About 200 nurses sat outside the ministry in Kell over unpaid wages; the gathering "
        "broke up in the evening.",
        "Peaceful protest",
    ),
    (
        "Police broke up a sit-in of nurses outside the ministry in Kell.",
        "Protest with intervention",
    ),
]


@pytest.mark.parametrize(("text", "sub"), BOTH)
def test_event_news_classes8_both_classifiers(text: str, sub: str) -> None:
    assert classify_event(text)[1] == sub
    assert classify_learned(text)[1] == sub


def test_event_news_classes8_a_remand_is_an_arrest_for_the_rules() -> None:
    # The learned model still reads this one as an Attack (its n-grams outweigh the
    # rules' Arrests feature; docs/models.md, eighth turn): the rules' answer is pinned.
    assert classify_event("Four activists were remanded in custody by a court in Osso.")[1] == (
        "Arrests"
    )


@pytest.mark.parametrize(
    "text",
    [
        # control or authority restored over no place
        "The bank said it had restored control over its payment systems after a cyber incident.",
        "The council re-established its authority over the school budget after the audit.",
        "Engineers restored power in the district after the storm.",
        # non-political news
        "A gas cylinder exploded in a bakery in Ostro, injuring three workers; fire officers "
        "said a hose had leaked.",
        "Weather warning: heavy snow and gale-force winds are expected over the Dorn hills on "
        "Sunday.",
        "The treasury will sell five-year bonds worth 300 million next week to refinance its debt.",
    ],
)
def test_event_news_classes8_no_event(text: str) -> None:
    assert classify_event(text)[:2] == (None, None)
    assert classify_learned(text)[:2] == (None, None)


def test_event_news_classes8_fire_officers_are_no_armed_actor_but_officers_are() -> None:
    blast = "A gas cylinder exploded in a cafe in Ostro; fire officers said a hose had leaked."
    assert not_political(blast, "Remote explosive/landmine/IED")
    assert not not_political("Officers said a bomb exploded in a cafe in Ostro.", "Attack")
    assert classify_event("Fire officers were attacked by gunmen in Ostro.")[1] is not None
