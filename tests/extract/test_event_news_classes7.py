"""Error classes of both event classifiers on news text (seventh turn), on sentences written
for these tests: a bomber's own charge, chemical exposure, a captive taken to an unknown place,
custody, a vehicle stopped with weapons, a building turned into a base, forces driven out or
taken back, a post handed over, a prisoner swap, rioters' petrol bombs, "riot police", a state
arrest the model read as an abduction, and an accident's "investigators suspect"."""

from __future__ import annotations

import pytest

from claimledger.extract.events.classify import classify_event
from claimledger.extract.events.features import mask_specifics
from claimledger.extract.events.gate import not_political
from claimledger.extract.events.model import classify_learned, state_arrest

GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
NVT = "Non-violent transfer of territory"
ABD = "Abduction/forced disappearance"
HQ = "Headquarters or base established"

BOTH = [
    (
        "A bomber set off his explosive belt at a wedding hall in Pardo, killing nine guests.",
        "Suicide bomb",
    ),
    ("A suicide truck bomber struck the perimeter of the Tolo airbase at dawn.", "Suicide bomb"),
    (
        "The attacker drove a van packed with explosives into the checkpoint and detonated it, "
        "killing himself and two policemen.",
        "Suicide bomb",
    ),
    (
        "A young woman with explosives strapped to her waist walked into the bus station of "
        "Imri and blew the charge.",
        "Suicide bomb",
    ),
    (
        "Doctors said the victims showed signs of chlorine poisoning after the barrage on Kessel.",
        "Chemical weapon",
    ),
    (
        "A panel found that toxic chemicals had been used as a weapon in the assault on Marro.",
        "Chemical weapon",
    ),
    (
        "Bandits stopped a minibus near Dorva and took the driver and four passengers to an "
        "unknown location.",
        ABD,
    ),
    ("Gunmen seized a Danish aid worker at a roadblock outside Pello.", ABD),
    ("The union leader was bundled into a white pickup by masked men outside the court.", ABD),
    (
        "The student leader has not been heard from since men in uniform took him from a "
        "roadblock on Monday.",
        ABD,
    ),
    ("Fighters took three herders hostage near Bimbo.", ABD),
    ("Police took the mayor of Rell and two of his aides into custody on Friday.", "Arrests"),
    (
        "Customs officers at the Ravel crossing stopped a lorry loaded with rifles and ammunition "
        "bound for the rebels.",
        "Disrupted weapons use",
    ),
    (
        "Engineers dismantled an explosive device found near the school in Ossu.",
        "Disrupted weapons use",
    ),
    ("The insurgents turned the old district hospital in Pera into their headquarters.", HQ),
    ("The movement relocated its headquarters to the hill town of Asso.", HQ),
    ("Troops chased the rebels out of the market town of Lesso on Sunday.", GRT),
    ("Government forces took back the airport from the insurgents after a week of fighting.", GRT),
    ("The army is back in full control of the provincial capital, the governor said.", GRT),
    ("After the recapture of Fendi by the army, residents began to return.", GRT),
    ("The militia drove the army out of the border post at Kamo after a night of fighting.", NSO),
    ("The soldiers handed the border post over to the rebels and left for the capital.", NVT),
    ("Fighters rolled into Ambo unopposed after the garrison left.", NVT),
    (
        "The two militias freed their captives in exchange for 20 of their own fighters.",
        "Agreement",
    ),
    (
        "Protesters hurled petrol bombs at the police station in Ulm after the verdict.",
        "Violent demonstration",
    ),
]


@pytest.mark.parametrize(("text", "sub"), BOTH)
def test_event_news_classes7_both_classifiers(text: str, sub: str) -> None:
    assert classify_event(text)[1] == sub
    assert classify_learned(text)[1] == sub


@pytest.mark.parametrize(
    ("text", "not_sub"),
    [
        # a police operation against crime dismantles no weapon
        (
            "Police dismantled a drug-trafficking network in the port city and seized 40 "
            "kilograms of heroin.",
            "Disrupted weapons use",
        ),
        # an industrial leak is no chemical weapon; a suicide that is no bombing
        (
            "A toxic gas leak at a fertiliser plant forced hundreds from their homes.",
            "Chemical weapon",
        ),
        ("The man killed himself after a quarrel with his brother, police said.", "Suicide bomb"),
        # hostages freed are no town liberated; "demanded a ransom" after a beating stays an attack
        ("Militiamen freed the hostages after the liberation of the town by the army.", GRT),
        ("The fighters beat a trader in Sako and demanded a ransom from his family.", ABD),
    ],
)
def test_event_news_classes7_not_these_readings(text: str, not_sub: str) -> None:
    assert classify_event(text)[1] != not_sub


def test_event_news_classes7_riot_police_is_police_in_the_model_features() -> None:
    masked = mask_specifics("Anti-riot police and riot officers fired tear gas. A riot broke out.")
    assert "riot police" not in masked.lower() and "riot officers" not in masked
    assert "A riot broke out" in masked
    text = "Riot police used water cannon to push back students marching on the ministry in Kess."
    assert classify_learned(text)[1] == "Protest with intervention"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Security services detained six members of a farmers' union in Lotta.", True),
        ("Authorities detained a poet at the airport in Vesk on his return.", True),
        ("Militiamen detained two traders and demanded a fine.", False),
        ("Soldiers detained the teacher and took him to an unknown location.", False),
        ("Two traders were detained at a market.", False),
    ],
)
def test_event_news_classes7_a_state_arrest(text: str, state: bool) -> None:
    assert state_arrest(text) is state


def test_event_news_classes7_a_state_arrest_is_an_arrest_for_the_model() -> None:
    text = "Security forces detained 11 members of an outlawed separatist party in Dunmo on Monday."
    assert classify_learned(text)[1] == "Arrests"


def test_event_news_classes7_investigators_suspect_names_no_suspect() -> None:
    text = "A gas explosion wrecked a bakery in Tarn, injuring four; investigators suspect a faulty valve."
    assert not_political(text, "Remote explosive/landmine/IED")
    assert classify_learned(text)[:2] == (None, None)
    # a suspect named is an actor: no gate
    assert not not_political(
        "A gas explosion wrecked a bakery in Tarn and the suspect fled.", "Attack"
    )


@pytest.mark.parametrize(
    "text",
    [
        # "hacked" before its object (the cue once needed "hacked to death" or nothing after)
        "Raiders hacked nine farmers to death with machetes near Dolle, a local chief said.",
        # "the bodies of <who> were found"
        "The bodies of three traders were found by the road to Hesk on Tuesday, relatives said.",
    ],
)
def test_event_news_classes7_killings_named_by_their_victims(text: str) -> None:
    assert classify_event(text)[1] == "Attack"
    assert classify_learned(text)[1] == "Attack"


def test_event_news_classes7_traffic_police_are_no_armed_actor() -> None:
    crash = (
        "A lorry overturned on the coast road near Pelt, killing six passengers, the traffic "
        "police said. The driver lost control on a bend."
    )
    assert not_political(crash, "Attack")
    assert classify_learned(crash)[:2] == (None, None)
    assert not not_political("Police said an earthquake killed six near Pelt.", "Attack")


def test_event_news_classes7_decide_is_the_models_override_policy() -> None:
    from claimledger.extract.events.model import decide

    police = "Police detained four students in Vell."
    assert decide("Suicide bomb", "Remote explosive/landmine/IED", "x") == "Suicide bomb"
    assert decide(GRT, "Change to group/activity", "x") == GRT
    assert decide(GRT, "Armed clash", "x") == "Armed clash"  # violence is kept
    assert decide("Arrests", ABD, police) == "Arrests"
    assert decide("Arrests", ABD, "Rebels detained four students in Vell.") == ABD
    assert decide(None, None, "x") is None
