"""Tests of claimledger.extract.events (texts written for these tests)."""

from __future__ import annotations

import pytest

from claimledger.extract.events import (
    EXTRACTOR,
    HYPOTHETICAL_CONFIDENCE,
    case2021_label,
    classify_case2021,
    classify_event,
    event_type_of,
    extract_events,
    old_event_type,
    taxonomy,
)
from claimledger.extract.events.model import classify_learned
from claimledger.resources.demonyms import demonym_words


def test_event_types_taxonomy_has_six_types_and_twenty_five_subtypes() -> None:
    tax = taxonomy()
    assert len(tax) == 25
    assert len(set(tax.values())) == 6
    assert tax["Air/drone strike"] == "Explosions/Remote violence"
    assert tax["Mob violence"] == "Riots"
    assert event_type_of("Non-violent transfer of territory") == "Strategic developments"
    assert event_type_of("no such type") is None


def test_event_types_case_and_old_taxonomy_mappings() -> None:
    assert case2021_label("Shelling/artillery/missile attack") == "ART_MISS_ATTACK"
    assert case2021_label("Excessive force against protesters") == "FORCE_AGAINST_PROTEST"
    assert case2021_label(None) is None
    assert {case2021_label(s) for s in taxonomy()} >= {"AIR_STRIKE", "SUIC_BOMB", "OTHER"}
    assert old_event_type("Armed clash") == "Battle-No change of territory"
    assert old_event_type("Peaceful protest") == "Riots/Protests"
    assert old_event_type("Grenade") == "Remote violence"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # An air strike that kills civilians is still an air strike.
        (
            "On 2 June, warplanes struck a wedding party near the river, killing 11 civilians.",
            "Air/drone strike",
        ),
        ("A drone strike hit a car carrying two men on the highway.", "Air/drone strike"),
        (
            "Rebels fired mortar shells at the army barracks; no casualties were reported.",
            "Shelling/artillery/missile attack",
        ),
        (
            "A roadside bomb exploded as a police pickup passed, wounding three officers.",
            "Remote explosive/landmine/IED",
        ),
        ("A man threw a hand grenade into a bar, injuring six customers.", "Grenade"),
        ("A suicide bomber blew himself up at the gate of the ministry.", "Suicide bomb"),
        ("Soldiers and insurgents exchanged fire for two hours near the bridge.", "Armed clash"),
        ("Militants ambushed an army convoy, killing four soldiers.", "Armed clash"),
        ("Gunmen shot dead a shopkeeper and his son in the market.", "Attack"),
        (
            "Armed men kidnapped three aid workers on the road to the camp.",
            "Abduction/forced disappearance",
        ),
        ("Two women were raped by militiamen in the village.", "Sexual violence"),
        (
            "The army recaptured the town of Kuma from the insurgents after a week.",
            "Government regains territory",
        ),
        (
            "Militants seized control of the district headquarters.",
            "Non-state actor overtakes territory",
        ),
        ("Arrests: police detained two journalists at their office.", "Arrests"),
        (
            "Police recovered a cache of weapons and defused two IEDs in the forest.",
            "Disrupted weapons use",
        ),
        (
            "Fighters looted shops and torched the market before leaving.",
            "Looting/property destruction",
        ),
        (
            "The army established a new military base near the border crossing.",
            "Headquarters or base established",
        ),
        ("The two armed groups signed a ceasefire agreement in the capital.", "Agreement"),
        (
            "Insurgents seized a string of villages north of the river after a long battle.",
            "Non-state actor overtakes territory",
        ),
        (
            "A van packed with explosives blew up outside the stadium, killing six people.",
            "Remote explosive/landmine/IED",
        ),
        ("A cyclist died after a soldier opened fire at a roadblock near the market.", "Attack"),
        (
            "Gunmen attacked a camp for displaced families, killing three people who had fled "
            "fighting in the hills last year.",
            "Attack",
        ),
    ],
)
def test_event_types_classify_event_by_weapon_and_victim(text: str, sub: str) -> None:
    event_type, got, confidence = classify_event(text)
    assert got == sub
    assert event_type == event_type_of(sub)
    assert 0.0 < confidence <= 1.0


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Nurses held a sit-in outside the hospital to demand unpaid wages. [size=dozens]",
            "Peaceful protest",
        ),
        (
            "Students protested against fee increases; police fired tear gas to disperse them.",
            "Protest with intervention",
        ),
        (
            "Several protesters were arrested by police during the march. [size=no report]",
            "Protest with intervention",
        ),
        (
            "Troops opened fire on the protesters, and two demonstrators were shot dead.",
            "Excessive force against protesters",
        ),
        (
            "Demonstrators pelted stones at police and burned tyres on the highway to protest "
            "power cuts. [size=hundreds]",
            "Violent demonstration",
        ),
        ("A mob lynched a suspected thief in the village square. [size=no report]", "Mob violence"),
        (
            "An angry crowd in the old quarter beat two men to death after a rumour spread.",
            "Mob violence",
        ),
    ],
)
def test_event_types_classify_event_demonstrations_follow_codebook(text: str, sub: str) -> None:
    assert classify_event(text)[1] == sub


def test_event_types_classify_event_protest_about_an_arrest_is_peaceful() -> None:
    # The arrest is the protest's motive, not an intervention against it.
    text = (
        "Teachers protested in the square, demanding the release of a colleague who was "
        "arrested last week. [size=no report]"
    )
    assert classify_event(text)[1] == "Peaceful protest"


def test_event_types_classify_event_negated_and_empty_give_none() -> None:
    assert classify_event("No clashes were reported in the area on Sunday.") == (None, None, 0.0)
    assert classify_event("The minister opened a new school.") == (None, None, 0.0)


def test_event_types_classify_event_ignores_acled_markup() -> None:
    # The coder's tag and size remark are labels, not reporting: never read.
    plain = "Gunmen shot dead a shopkeeper in the market."
    tagged = "Arrests: " + plain + " [size=no report]"
    assert classify_event(tagged) == classify_event(plain)
    assert classify_event(tagged)[1] == "Attack"
    # A tag alone names no event.
    assert classify_event("Looting: the minister opened a new school.") == (None, None, 0.0)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The group claimed responsibility for the bombing of the checkpoint.", "ATTRIB"),
        (
            "A strong earthquake destroyed hundreds of homes in the mountain villages.",
            "NATURAL_DISASTER",
        ),
        (
            "A bus collided with a truck on the highway, killing nine passengers.",
            "MAN_MADE_DISASTER",
        ),
        ("Customs officers broke up a ring smuggling cigarettes across the border.", "ORG_CRIME"),
        ("The government recalled its ambassador and imposed sanctions on the regime.", "DIPLO"),
        ("Residents protested against the lockdown imposed during the pandemic.", "PEACE_PROTEST"),
        ("Jets struck an ammunition depot in the north.", "AIR_STRIKE"),
        ("The weather was mild and the market reopened.", "OTHER"),
    ],
)
def test_event_types_classify_case2021_labels(text: str, label: str) -> None:
    assert classify_case2021(text) == label


def _mentions(nlp, text: str):  # type: ignore[no-untyped-def]
    return extract_events(nlp(text), "t1")


def test_event_types_extract_events_types_and_evidence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "An airstrike hit the depot on Monday, and clashes broke out near the bridge."
    events = _mentions(nlp, text)
    assert [(e.sub_event_type, e.evidence.text) for e in events] == [
        ("Air/drone strike", "airstrike"),
        ("Armed clash", "clashes"),
    ]
    assert events[0].event_type == "Explosions/Remote violence"
    for e in events:
        assert text[e.evidence.start : e.evidence.end] == e.evidence.text
        assert e.evidence.doc_id == "t1"
        assert e.evidence.extractor == EXTRACTOR


def test_event_types_extract_events_drops_negated_and_figurative(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _mentions(nlp, "No clashes were reported in the town overnight.") == []
    assert _mentions(nlp, "The paper published a bombshell report on the budget.") == []
    assert _mentions(nlp, "The young singer shot to fame after one video.") == []


def test_event_types_extract_events_hypothetical_gets_low_confidence(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _mentions(nlp, "The rebels threatened to launch airstrikes on the capital.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    assert events[0].evidence.confidence == HYPOTHETICAL_CONFIDENCE


def test_event_types_extract_events_bare_strike_needs_weapons_context(nlp) -> None:  # type: ignore[no-untyped-def]
    # A labour strike is no military strike; with aircraft named, "the strike" is one.
    assert _mentions(nlp, "The strike closed every factory in the city for a day.") == []
    events = _mentions(nlp, "Jets bombed the hills. The strike killed two fighters.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike", "Air/drone strike"]


def test_event_types_reference_text(nlp, fallujah_text: str) -> None:  # type: ignore[no-untyped-def]
    events = extract_events(nlp(fallujah_text), "ref")
    subs = [e.sub_event_type for e in events]
    assert subs.count("Air/drone strike") >= 6
    assert "Armed clash" in subs  # the close combat with the militants
    assert classify_event(fallujah_text)[1] == "Air/drone strike"
    # The learned model (names and numbers masked) reads it so too.
    assert classify_learned(fallujah_text)[:2] == ("Explosions/Remote violence", "Air/drone strike")


def test_event_types_extract_events_ambiguous_words_take_sentence_type(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _mentions(nlp, "Militants attacked an army checkpoint, killing two soldiers.")
    assert [(e.sub_event_type, e.evidence.text) for e in events] == [("Armed clash", "attacked")]
    events = _mentions(nlp, "Gunmen attacked a wedding party, killing two guests.")
    assert [(e.sub_event_type, e.evidence.text) for e in events] == [("Attack", "attacked")]


@pytest.mark.parametrize(
    "text",
    [
        "The minister shot back that the budget would kill any hope of delay.",
        "Shares shot up after the firm said it had killed it in export markets.",
        "The coach called the 4-0 defeat a heavy blow but praised the counter-attack.",
    ],
)
def test_event_types_figurative_language_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _mentions(nlp, text) == []
    assert classify_event(text) == (None, None, 0.0)


def test_event_types_extract_events_one_type_per_demonstration(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police fired tear gas at a crowd that gathered to protest rent rises. "
        "Several protesters were treated in hospital. The protest ended at dusk."
    )
    events = _mentions(nlp, text)
    assert {e.sub_event_type for e in events} == {"Protest with intervention"}
    # (the crowd's noun names the demonstration too since the twenty-eighth session)
    assert [e.evidence.text for e in events] == ["tear gas", "protest", "protesters", "protest"]


def test_event_types_state_forces_named_by_any_demonym_of_the_table() -> None:
    # The "{demonym} forces" cue of state forces takes its words from resources/demonyms.py.
    for word in demonym_words():
        text = f"{word} forces seized control of the district headquarters."
        assert classify_event(text)[1] == "Government regains territory", word
    text = "Rebel forces seized control of the district headquarters."
    assert classify_event(text)[1] == "Non-state actor overtakes territory"
