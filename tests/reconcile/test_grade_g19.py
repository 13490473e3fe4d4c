"""The grade's nineteenth-session readings (issue 13), on sentences of ours.

Invented places, parties and outlets (Velmar, Quist, the Velmar Ledger, Quist Radio, the
Ostry Gazette, the Tarn Brigade). Each class has a hit and a near miss that must not count.
"""

from __future__ import annotations

import pytest

import claimledger
from claimledger.attribute.parsed import parse_sentences
from claimledger.reconcile.grade_dispute import Dispute, find_disputes
from claimledger.reconcile.grade_sources import read_sources

pytestmark = pytest.mark.integration

_DAY = "On 9 August 2025, three labourers were killed in a strike on a quarry near Velmar. "


def grade(text: str) -> tuple[str, str]:
    inc = claimledger.analyze(_DAY + text, published="2025-08-10").incidents[0]
    return inc.grade or "", " ".join(inc.grade_reasons)


def disputes(*sentences: str) -> list[Dispute]:
    """The disputes of sentences of ours, each parsed alone."""
    return find_disputes(parse_sentences(list(sentences)), " ".join(sentences))


def names(sentence: str) -> list[str]:
    return [m.name for m in read_sources(parse_sentences([sentence])).sources]


def test_a_second_by_coordinated_with_a_for_is_another_source() -> None:
    text = (
        "The deaths were recorded by the Velmar League for Human Rights and by Quist Radio, "
        "which spoke to a foreman."
    )
    assert names(text)[0] == "the Velmar League for Human Rights"
    found, why = grade(text)
    assert found == "fair", why
    # an "and" inside the "for" phrase stays in the name
    assert names("The deaths were recorded by the League for Peace and Justice.") == [
        "the League for Peace and Justice"
    ]


def test_the_incident_itself_is_no_source() -> None:
    found, why = grade(
        "A cousin of one labourer wrote about it on Facebook. Airwars did not find this "
        "incident reported elsewhere."
    )
    assert found == "weak", why
    assert "this incident" not in why


def test_a_report_picked_up_by_outlets_names_them() -> None:
    assert names(
        "The story was picked up by the Velmar Ledger, the Ostry Gazette and Quist Radio."
    ) == [
        "the Velmar Ledger",
        "the Ostry Gazette",
        "Quist Radio",
    ]
    # picking up the dead is no report
    assert names("Rescuers from the Velmar Ledger picked up the bodies.") == []


def test_two_names_the_parser_joined_are_two_sources() -> None:
    # "Velmar Ledger" an nmod of "TV", "Quist" its conjunct
    found = names(
        "The Velmar Ledger and Quist TV, both citing hospital staff, gave a toll of three."
    )
    assert found[:2] == ["The Velmar Ledger", "Quist TV"]
    # names listed in apposition to a counted noun
    assert (
        len(
            names(
                "News of the deaths was picked up by two regional channels, Velmar Online and Quist Radio."
            )
        )
        == 2
    )
    # one name with "and" in it is one source
    assert names("The Velmar Ledger reported the deaths.") == ["The Velmar Ledger"]


def test_outlets_each_quoting_someone_unnamed_are_each_a_source() -> None:
    found, why = grade("The Velmar Ledger and Quist Radio both quoted medics at the quarry clinic.")
    assert found == "fair", why
    # one named origin quoted by both is still one origin, relayed
    found, why = grade(
        "The Velmar Ledger and Quist Radio both quoted the Tarn Brigade's statement."
    )
    assert "Velmar Ledger" not in why.split("independent source")[-1].split("relayed")[0] or (
        found != "fair"
    )


def test_alone_in_reporting_is_one_origin() -> None:
    found, why = grade("The Velmar Ledger was alone in reporting the deaths.")
    assert found == "weak", why
    assert "repeat one origin" in why


def test_others_merely_repeating_a_post_is_one_origin() -> None:
    found, why = grade("Quist Radio posted the news. Other pages merely repeated its post.")
    assert found == "weak", why
    # pages that repeat reports without "merely" are sources of their own
    found, _ = grade(
        "Quist Radio and the Velmar Ledger reported the deaths; other pages later shared them."
    )
    assert found == "fair"


def test_nothing_found_beyond_one_post_is_one_origin() -> None:
    found, why = grade("Nothing beyond one Facebook post by the Velmar Youth Forum could be found.")
    assert found == "weak", why
    assert "repeat one origin" in why


def test_coordinated_media_are_two_sources() -> None:
    assert names("The deaths were covered by local and national media.") == [
        "local media",
        "national media",
    ]


def test_stored_rockets_which_detonated_are_their_owners_doing() -> None:
    found = disputes(
        "Residents blamed an air strike, but the ministry said the hut had been used to store "
        "Tarn Brigade rockets, which detonated."
    )
    assert found and found[0].kind == "two accounts"


@pytest.mark.parametrize(
    "cause",
    [
        "attributed the collapse to an explosion in an illegal fuel store",
        "said a fire at a gas depot had caused the deaths",
        "blamed faulty wiring",
        "said an electrical fault had started the fire",
    ],
)
def test_a_blast_in_a_store_or_a_fault_beside_an_attack(cause: str) -> None:
    found = disputes(f"Quist Radio reported a drone strike, while the town council {cause}.")
    assert found and found[0].kind == "two accounts", cause


def test_a_blast_in_a_store_said_by_the_reporter_of_the_strike_is_no_dispute() -> None:
    # one speaker, no alternatives: the strike and its blast in a store are one account
    assert not disputes("Quist Radio said a drone strike caused an explosion in a fuel store.")


def test_a_bomb_that_went_off_too_early_is_no_attack() -> None:
    found = disputes(
        "The army said the men died when their own bomb exploded prematurely, but their "
        "families blamed an army drone."
    )
    assert found


@pytest.mark.parametrize(
    "said", ["army gunners were to blame", "the army's air defences were at fault"]
)
def test_to_blame_and_at_fault_give_the_harm(said: str) -> None:
    found = disputes(f"The governor blamed a Tarn Brigade rocket; a Brigade spokesman said {said}.")
    assert found and found[0].kind == "two accounts", said


def test_not_responsible_for_another_matter_gives_nothing() -> None:
    assert not disputes(
        "The army said the Tarn Brigade was responsible for guarding the quarry, and the "
        "Brigade blamed an army drone."
    )


def test_a_clause_before_a_semicolon_is_not_said_by_the_next_speaker() -> None:
    found = disputes(
        "According to police, a gas cylinder exploded in the kitchen; Brigade media claimed an "
        "army drone had hit the house."
    )
    assert found and found[0].kind == "two accounts"
    found = disputes("Activists blamed the army; the army denied firing into the town.")
    assert found and found[0].kind == "denial"


def test_news_picked_up_by_two_channels_is_read_in_a_document() -> None:
    # no reporting word but "picked up": the sentence is handed to the grade
    found, why = grade(
        "News of their deaths was picked up by two regional channels, Velmar Online and "
        "Radio Quist."
    )
    assert found == "fair", why


def test_a_report_based_entirely_on_a_post_is_one_origin() -> None:
    found, why = grade(
        "Quist Radio's report was based entirely on a post by the Velmar Youth Forum."
    )
    assert found == "weak", why
    assert "repeat one origin" in why


def test_what_the_blast_was_said_to_be_gives_the_harm() -> None:
    found = disputes(
        "The army said a device planted by the Tarn Brigade caused the blast; the Brigade "
        "insisted it was a drone."
    )
    assert found and found[0].kind == "two accounts"
    # a shell (it does not fly) names no party
    assert not disputes("The Brigade insisted it was a shell.")


def test_a_bomb_those_harmed_were_handling_is_no_attack() -> None:
    found = disputes(
        "The army said the blast was caused by a bomb the men were assembling, while relatives "
        "blamed an army drone."
    )
    assert found and found[0].kind == "two accounts"


def test_none_of_its_weapons_there_is_the_partys_denial() -> None:
    found = disputes(
        "Residents said a drone fired a missile; the army said there were no drones in the area."
    )
    assert found and found[0].kind == "denial"
    # residents saying so clear no party of their own
    assert not disputes(
        "The army blamed a Tarn Brigade rocket. Residents said there were no soldiers nearby."
    )


def test_a_spokesman_whose_party_was_blamed_denies_for_it() -> None:
    found = disputes("Local sources blamed the army, whose spokesman rejected the allegation.")
    assert found and found[0].kind == "denial"


def test_stored_fuel_as_an_alternative_to_a_strike() -> None:
    found = disputes(
        "It is not known whether the explosion was caused by a strike or by stored fuel."
    )
    assert found


def test_an_outlet_that_simply_reproduced_a_post_relays_it() -> None:
    found, why = grade(
        "The Velmar Ledger and Quist Radio reported the deaths, but Quist Radio simply "
        "reproduced the Ledger's post."
    )
    assert found == "weak", why
    # reproducing with a report of its own is no relay
    found, why = grade(
        "The Velmar Ledger and Quist Radio reported the deaths, and Quist Radio also "
        "interviewed a foreman."
    )
    assert found == "fair", why
