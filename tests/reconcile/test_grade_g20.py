"""The grade's twentieth-session readings (issue 13), on sentences of ours.

Competing accounts (``reconcile/grade_accounts.py``): two speakers, two causes of the harm
that cannot both hold. Sources: an outlet quoting someone in a participle relays them;
figures given "to" an outlet are the giver's; figures repeated "in coverage by" outlets are
theirs too. Invented places, parties and outlets (Dravik, Omsel, the Dravik Ledger, Omsel
Radio, the Harl Brigade). Each class has a hit and a near miss that must not count.
"""

from __future__ import annotations

import pytest

import claimledger
from claimledger.attribute.parsed import parse_sentences
from claimledger.reconcile.grade_accounts import accounts, competing
from claimledger.reconcile.grade_sources import read_sources

pytestmark = pytest.mark.integration

_DAY = "On 3 March 2026, two men were killed near Dravik. "


def grade(text: str) -> tuple[str, str]:
    inc = claimledger.analyze(_DAY + text, published="2026-03-04").incidents[0]
    return inc.grade or "", " ".join(inc.grade_reasons)


def compete(*sentences: str) -> bool:
    return competing(parse_sentences(list(sentences))) is not None


def read(sentence: str) -> tuple[list[str], list[str]]:
    found = read_sources(parse_sentences([sentence]))
    return [m.name for m in found.sources], list(found.relays)


def test_an_attack_and_a_cause_told_by_two_speakers_compete() -> None:
    text = (
        "Their mother said a gunship fired at the car; the district police said the car "
        "ran over an old mine."
    )
    assert compete(text)
    found, why = grade(text)
    assert found == "contested", why
    assert "competing accounts" in why


def test_a_crossfire_between_gangs_is_a_cause_no_attack() -> None:
    assert compete(
        "A neighbour said the men were shot from a helicopter. The prefect said they died in "
        "a crossfire between two smuggling gangs."
    )


def test_two_speakers_who_agree_do_not_compete() -> None:
    # both an attack, no side or the same side named
    assert not compete(
        "Relatives said a drone hit the car; a nurse said a drone strike killed both men."
    )
    assert not compete(
        "Relatives said an army patrol shot the men. The mayor said soldiers opened fire on them."
    )
    found, why = grade(
        "Relatives told the Dravik Ledger a drone hit the car, and a nurse told Omsel Radio "
        "that a drone strike killed both men."
    )
    assert found == "fair", why


def test_attacks_by_opposite_sides_compete() -> None:
    assert compete(
        "The Harl Brigade said an army patrol shot the men; the army said Brigade militants "
        "had fired on them."
    )


def test_the_target_of_an_attack_is_not_its_side() -> None:
    # the army struck rebels: a target, not a rebel attack against the residents' drone
    assert not compete(
        "Residents said a drone hit the house. The army said it struck rebel fighters hiding there."
    )


def test_what_exploded_decides_a_cause() -> None:
    assert compete(
        "Residents said a rocket hit the kitchen; the governor said a gas cylinder had exploded."
    )
    # a building that exploded after a strike is no other cause
    assert not compete(
        "Residents said a rocket hit the kitchen; the governor said the house exploded in flames."
    )


def test_a_denied_attack_is_no_account() -> None:
    accs = accounts(
        parse_sentences(
            ["The army said its soldiers had not opened fire and that rebels shot the men."]
        )
    )
    assert [a.sides for a in accs] == [frozenset({"nonstate"})]


def test_an_outlet_quoting_someone_in_a_participle_relays_them() -> None:
    names, relays = read("The Dravik Ledger reported the deaths, quoting a single unnamed farmer.")
    assert "a single unnamed farmer" in names
    assert relays == ["The Dravik Ledger"]
    found, why = grade("The Dravik Ledger reported the deaths, quoting a single unnamed farmer.")
    assert found == "weak", why


def test_figures_given_to_an_outlet_are_the_givers() -> None:
    names, relays = read(
        "The quarry foreman gave the names to Omsel Radio, and the district clinic confirmed them."
    )
    assert "The quarry foreman" in names
    assert relays == ["Omsel Radio"]
    # "gave no names" gives nothing to anyone
    assert read("The Dravik Ledger gave no names.")[1] == []


def test_figures_repeated_in_coverage_by_outlets_are_theirs() -> None:
    names, _ = read(
        "The figures were published by the village council and repeated in coverage by the "
        "Dravik Ledger."
    )
    assert names == ["the village council", "the Dravik Ledger"]
    # "merely repeated" is still a relay and a cue of one origin
    found, why = grade(
        "Only the village council posted the figures; other pages merely repeated its post."
    )
    assert found == "weak", why


def test_a_blast_in_a_store_is_a_cause_a_store_hit_is_not() -> None:
    assert compete(
        "Residents said a drone struck the yard; the mayor said a fire began in a fuel store."
    )
    assert not compete(
        "Residents said a drone struck the yard; the mayor said a drone hit a grocery store."
    )


def test_arms_kept_are_a_cause_food_kept_is_not() -> None:
    assert compete(
        "Villagers said a jet bombed the barn. The governor said the barn had been used to "
        "store rockets, which detonated."
    )
    assert not compete(
        "Villagers said a jet bombed the barn. The governor said the farmers stored grain there."
    )


def test_a_second_account_with_its_verb_left_out() -> None:
    assert compete(
        "Who fired remains unclear: the prefect spoke of a rebel rocket, the Harl Brigade of "
        "an army drone."
    )
    assert compete("Some villagers blamed the army, others a Brigade car bomb.")
    # a phrase after the comma that is no second speaker's account
    assert not compete("The mayor blamed the army, the worst attack in years.")


def test_a_crime_report_gives_no_account_of_an_attack_of_war() -> None:
    # no weapon of war and no side named: a shooting in a crime report is no attack account
    assert not compete(
        "Police said the shooting was accidental. A neighbour said a man shot the boy."
    )
    assert not compete('"It was a tragic accident," his aunt said, and police said he was shot.')
    # a weapon of war makes it one
    assert compete("Police said the shooting was accidental. A neighbour said a drone fired.")


def test_a_front_door_is_no_front() -> None:
    assert not compete(
        "Police said the shooting was an accident. A neighbour said a man fired by the front door."
    )
    assert compete(
        "Police said the blast was an accident. A neighbour said the Front fired a mortar round."
    )
