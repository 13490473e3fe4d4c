"""Error classes of both event classifiers on news text (sixth turn), on sentences written
for these tests: news of another kind is none, territory direction and violence, a crowd
dispersing by itself, an arrest of someone who "returned from" abroad, drones shot down."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claimledger.extract.events.air import override
from claimledger.extract.events.classify import classify_event
from claimledger.extract.events.gate import not_political
from claimledger.extract.events.model import classify_learned, load_model

NVT = "Non-violent transfer of territory"
NSO = "Non-state actor overtakes territory"
GRT = "Government regains territory"

NOT_POLITICAL = [
    # a disaster's deaths, an accident, a match, a rate rise, diplomacy
    "A strong earthquake shook the hill district of Varrow on Friday, killing 17 villagers.",
    "A blaze at a plastics factory in Tennet killed six workers; firefighters blamed an "
    "electrical fault.",
    "The visitors beat the home side 2-1 with a late goal to stay top of the league.",
    "The central bank left its interest rate unchanged as inflation eased to 4 percent.",
    "The two governments agreed to restore diplomatic relations and reopen their embassies.",
]


@pytest.mark.parametrize("text", NOT_POLITICAL)
def test_event_news_classes_other_news_is_none_for_both_classifiers(text: str) -> None:
    assert classify_event(text) == (None, None, 0.0)
    assert classify_learned(text)[:2] == (None, None)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # an armed actor, a bomb or a conflict word keeps the event
        ("Gunmen killed five villagers who had fled the floods near Varrow.", "Attack"),
        ("A roadside bomb exploded near the stadium after the match, killing two.", None),
        (
            "The army and the rebels agreed a ceasefire and an exchange of prisoners.",
            "Agreement",
        ),
    ],
)
def test_event_news_classes_the_gate_keeps_events(text: str, sub: str | None) -> None:
    _, got, _ = classify_event(text)
    assert got is not None
    assert not not_political(text, got)
    if sub:
        assert got == sub


def test_event_news_classes_gate_is_for_weak_readings_only() -> None:
    quake = "An earthquake killed 12 people in the valley."
    assert not_political(quake, "Attack")
    # A protest or a clash is never gated, whatever else the text says.
    assert not not_political(quake, "Peaceful protest")
    assert not not_political(quake, "Armed clash")
    # Epidemic measures stay strategic developments (ACLED codes curfews for an outbreak).
    assert not not_political("The governor ordered masks in public to curb the outbreak.", "Other")


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a state word inside a rebel group's name is no state force
        ("Fighters of the Western Liberation Army seized the town of Dumo after a battle.", NSO),
        ("Rebels of the Free Coast Army took control of the port after clashes with troops.", NSO),
        # the non-state subject right before the verb takes control
        ("After an ambush on an army convoy, insurgents seized the district capital.", NSO),
        # state forces taking it back
        ("Government troops took control of Dumo from the rebels after two days of fighting.", GRT),
        # no shot fired: a non-violent transfer, whoever takes it
        ("Militiamen took over the customs post without a shot being fired.", NVT),
        (
            "Soldiers took over the village, previously held by rebels. No clashes were reported.",
            NVT,
        ),
    ],
)
def test_event_news_classes_territory_direction_and_violence(text: str, sub: str) -> None:
    assert classify_event(text)[1] == sub


def test_event_news_classes_bloodless_needs_no_harm() -> None:
    # Killed in the takeover: not a non-violent transfer though "unopposed" is said of the end.
    text = "Insurgents seized the base, killing four guards, and then held the town unopposed."
    assert classify_event(text)[1] == NSO


@pytest.mark.parametrize(
    ("text", "rule", "learned"),
    [
        # the shipped model alone reads these as another change or a strategic development
        (
            "Fighters of the Western Liberation Army seized the town of Dumo after a battle.",
            NSO,
            NSO,
        ),
        ("Militiamen took over the customs post without a shot being fired.", NVT, NVT),
    ],
)
def test_event_news_classes_the_rule_territory_answer_wins_in_the_model(
    text: str, rule: str, learned: str
) -> None:
    model = load_model()
    _, rule_answer = model.scores(text)
    assert rule_answer == rule
    assert classify_learned(text)[1] == learned


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Hundreds of nurses rallied outside the health ministry in Dumo over pay "
            "before dispersing peacefully.",
            "Peaceful protest",
        ),
        (
            "Students marched to the town hall and later dispersed without incident.",
            "Peaceful protest",
        ),
        # dispersed by forces, or with the crowd as object: an intervention
        (
            "Hundreds of nurses rallied outside the health ministry and were dispersed "
            "peacefully by police.",
            "Protest with intervention",
        ),
        (
            "Police dispersed the protesters without incident after a two-hour sit-in.",
            "Protest with intervention",
        ),
    ],
)
def test_event_news_classes_self_dispersal_is_no_intervention(text: str, sub: str) -> None:
    assert classify_event(text)[1] == sub


def test_event_news_classes_returned_from_does_not_outrank_an_arrest() -> None:
    text = "Police detained an opposition organiser at the port of Dumo as he returned from exile."
    assert classify_event(text)[1] == "Arrests"
    # Without an arrest the cue still names Other.
    assert classify_event("Forty displaced families returned from the camps to Dumo.")[1] == "Other"


@pytest.mark.parametrize(
    "text",
    [
        "Air defences shot down three drones over the port of Dumo overnight; no one was hurt.",
        "The army said it intercepted two missiles fired towards the airport.",
        "Troops found and destroyed a cache of mortar rounds in a cave near Dumo.",
    ],
)
def test_event_news_classes_weapons_brought_down_are_disrupted(text: str) -> None:
    assert classify_event(text)[1] == "Disrupted weapons use"
    assert classify_learned(text)[1] == "Disrupted weapons use"
    assert override(text, "Disrupted weapons use") is None or "cache" in text


def test_event_news_classes_shot_dead_is_still_an_attack() -> None:
    assert classify_event("Gunmen shot dead two farmers near Dumo.")[1] == "Attack"
    assert classify_event("Soldiers shot down a drone, and then shot dead a man.")[1] != (
        "Disrupted weapons use"
    )


def test_event_news_classes_territory_rule_wins_only_over_strategic_or_territory_scores() -> None:
    model = load_model()
    text = "Militiamen took over the customs post without a shot being fired."

    def pushed(cls: str) -> str | None:
        bias = model.bias.copy()
        bias[model.classes.index(cls)] += 50.0
        return replace(model, bias=bias).predict(text)[0]

    # A score for a strategic development or another territory change: the rule's answer.
    assert pushed("Change to group/activity") == NVT
    assert pushed(GRT) == NVT
    # A score for violence is kept (the folds: letting the rule win there cost 2020 dev).
    assert pushed("Armed clash") == "Armed clash"


def test_event_news_classes_an_accidental_shooting_stays_a_shooting() -> None:
    # Chosen on GVA's first 600 articles: 13 accidental shootings were gated to none.
    text = "A 12-year-old boy was killed in an accidental shooting at his home, deputies said."
    assert classify_event(text)[1] == "Attack"
    assert not not_political(text, "Attack")
