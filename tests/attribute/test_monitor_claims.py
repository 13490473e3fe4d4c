"""Claims as monitors, belligerents and social media write them (issue 15).

One test per error class; every text is written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.attribute.members import group_members
from claimledger.attribute.sources import handle_kind, source_kind
from tests.claims_helpers import claims_reader

_claims = claims_reader(
    "figure", "low", "high", "qualifier", "name", "kind", published="2023-10-20"
)


@pytest.fixture(scope="module")
def nlp_loaded(nlp: Any) -> Any:  # the session's spaCy model, loaded once
    return nlp


def test_up_to_leaves_low_open(nlp_loaded: Any) -> None:
    rows = _claims("Up to four civilians were killed in the strike on the house, residents said.")
    assert rows == [("killed", None, 4, "up_to", "residents", "witness")]


def test_more_than_keeps_the_stated_number_as_low(nlp_loaded: Any) -> None:
    rows = _claims("More than 8 civilians were killed in the strike, the health ministry said.")
    assert rows == [("killed", 8, None, "more_than", "the health ministry", "official")]


def test_each_named_source_makes_its_own_claim(nlp_loaded: Any) -> None:
    rows = _claims("Al Jazeera and WAFA report that six civilians were killed in the strike.")
    assert rows == [
        ("killed", 6, 6, "exact", "Al Jazeera", "media"),
        ("killed", 6, 6, "exact", "WAFA", "media"),
    ]


def test_agencies_listed_then_all_referred_to_a_figure(nlp_loaded: Any) -> None:
    rows = _claims(
        "The agencies Shehab, Quds News Network and Palestine Today all referred to more than "
        "20 injured."
    )
    assert rows == [
        ("injured", 20, None, "more_than", "Shehab", "media"),
        ("injured", 20, None, "more_than", "Quds News Network", "media"),
        ("injured", 20, None, "more_than", "Palestine Today", "media"),
    ]


def test_local_sources_including_x_name_x(nlp_loaded: Any) -> None:
    rows = _claims(
        "Local sources, including Shehab News Agency, reported that five civilians were killed "
        "when the house was struck."
    )
    assert rows == [("killed", 5, 5, "exact", "Shehab News Agency", "media")]


def test_an_outlet_account_is_media_a_person_is_social_media(nlp_loaded: Any) -> None:
    outlet = _claims("@ShehabAgency tweeted that seven people were injured in the market strike.")
    assert outlet == [("injured", 7, 7, "exact", "@ShehabAgency", "media")]
    person = _claims("A user on Twitter wrote that four people were killed in the strike.")
    assert person == [("killed", 4, 4, "exact", "A user", "social_media")]
    assert [handle_kind(h) for h in ("@AJArabic", "@AlMayadeenLive", "@Yasser_Gaza")] == [
        "media",
        "media",
        "social_media",
    ]


def test_relatives_are_family_even_on_facebook(nlp_loaded: Any) -> None:
    rows = _claims("According to a relative on Facebook, three members of the family were killed.")
    assert rows == [("killed", 3, 3, "exact", "a relative", "family")]
    rows = _claims("The husband of the victims' sister said that five people were killed.")
    assert rows == [("killed", 5, 5, "exact", "The husband of the victims' sister", "family")]
    assert source_kind("my nephew") == source_kind("a cousin") == "family"


def test_neighbours_and_eyewitnesses_are_witnesses(nlp_loaded: Any) -> None:
    assert _claims("Neighbours said that two children were killed in the strike.") == [
        ("killed", 2, 2, "exact", "Neighbours", "witness")
    ]
    rows = _claims("An eyewitness told Al Jazeera that nine people were killed.")
    assert rows == [("killed", 9, 9, "exact", "An eyewitness", "witness")]


@pytest.mark.parametrize(
    "name",
    [
        "Al Mezan Center for Human Rights",
        "the Palestinian Center for Human Rights",
        "Human Rights Watch",
        "Euro-Med Human Rights Monitor",
    ],
)
def test_human_rights_organisations_are_ngo(name: str) -> None:
    assert source_kind(name) == "ngo"
    assert source_kind("the Ministry of Human Rights") == "official"


def test_incidental_figures_are_not_claims(nlp_loaded: Any) -> None:
    rows = _claims(
        "Mohammed Salem was at home with two of his brothers when the strike hit. "
        "Ahmed Yousef said the street was destroyed."
    )
    assert rows == []


def test_group_members_need_names() -> None:
    # a member the lexicon knows speaks ("Local sources, including X" is X's claim; K, 18th
    # session), a word it does not know names no one
    text = "sources including a relative"
    assert [(text[s:e], k) for s, e, k in group_members(text)] == [("a relative", "family")]
    assert group_members("sources including others") == []
    text = "Several outlets, including WAFA and Al Mayadeen,"
    got = [(text[s:e], k) for s, e, k in group_members(text)]
    assert got == [("WAFA", "media"), ("Al Mayadeen", "media")]


def test_named_victim_and_his_sons_count_together(nlp_loaded: Any) -> None:
    rows = _claims("Ahmed Hassan and his two sons were killed in the strike, his brother said.")
    assert rows == [("killed", 3, 3, "exact", "his brother", "family")]
    # Killed and injured stay apart.
    rows = _claims("Ahmed Hassan was killed and his two sons were injured, his brother said.")
    assert [(r[0], r[1]) for r in rows] == [("killed", 1), ("injured", 2)]


def test_a_relative_mourning_my_nephew_claims_one_death(nlp_loaded: Any) -> None:
    rows = _claims("My nephew, Khaled, was killed in the strike, a cousin wrote on Facebook.")
    assert rows == [("killed", 1, 1, "exact", "a cousin", "family")]
    # A relative who speaks is not a victim.
    rows = _claims("His brother said that four people were killed in the strike.")
    assert rows == [("killed", 4, 4, "exact", "His brother", "family")]


def test_victims_identified_by_name_count_once(nlp_loaded: Any) -> None:
    rows = _claims(
        "An airstrike hit the house. The victims were identified as Sami Odeh, Lina Odeh, "
        "Rami Odeh and Huda Odeh."
    )
    assert [r[:4] for r in rows] == [("killed", 4, 4, "exact")]


def test_a_person_posting_on_facebook_is_social_media(nlp_loaded: Any) -> None:
    rows = _claims(
        "Nader Salem wrote in his Facebook post that two people were killed in the strike."
    )
    assert rows == [("killed", 2, 2, "exact", "Nader Salem", "social_media")]
    # Said without a platform, the same person stays a witness.
    rows = _claims("Nader Salem said that two people were killed in the strike.")
    assert rows == [("killed", 2, 2, "exact", "Nader Salem", "witness")]


def test_a_poster_speaking_of_my_cousins_is_family(nlp_loaded: Any) -> None:
    rows = _claims('"My two cousins were killed in the strike," Rami Odeh wrote on Facebook.')
    assert rows == [("killed", 2, 2, "exact", "Rami Odeh", "family")]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Sabra Martyrs Organisation", "ngo"),
        ("the Osk Red Crescent Society", "ngo"),
        ("Palsawa news", "media"),
        ("Savro Live", "media"),
        ("Korva Voice", "media"),
    ],
)
def test_civil_bodies_are_ngo_and_outlets_by_their_name_media(name: str, kind: str) -> None:
    assert source_kind(name) == kind


def test_a_names_list_counts_every_name_once(nlp_loaded: Any) -> None:
    rows = _claims(
        "An airstrike hit the bridge in Brisk. The victims were identified as Ali Naser, "
        "Huda Naser, Karim Odeh and Salma Odeh."
    )
    assert [r[:4] for r in rows] == [("killed", 4, 4, "exact")]


def test_a_victim_named_in_apposition_and_her_sons_count_together(nlp_loaded: Any) -> None:
    rows = _claims("An airstrike on a house in Osk killed a woman, Rana Odeh, and her four sons.")
    assert rows == [("killed", 5, 5, "exact", "author", "author")]


def test_killed_and_wounded_gives_the_count_to_both_figures(nlp_loaded: Any) -> None:
    rows = _claims("An unknown number of civilians were killed and wounded in the strike on Osk.")
    assert [r[:4] for r in rows] == [("killed", 2, None, "vague"), ("injured", 2, None, "vague")]
    # Each figure with its own number stays apart.
    rows = _claims("Two people were killed and four wounded in the strike on Osk.")
    assert [r[:3] for r in rows] == [("killed", 2, 2), ("injured", 4, 4)]


def test_whoever_puts_the_toll_at_n_states_it(nlp_loaded: Any) -> None:
    rows = _claims("An airstrike hit the Odeh home in Osk. Relatives later put the toll at 22.")
    assert rows == [("killed", 22, 22, "exact", "Relatives", "family")]
    rows = _claims("An airstrike hit a house in Osk. Safa later updated the death toll to eight.")
    assert rows == [("killed", 8, 8, "exact", "Safa", "media")]


def test_a_generic_source_named_in_apposition_is_named(nlp_loaded: Any) -> None:
    rows = _claims(
        "An airstrike hit a house in Osk. Only one source, Shehab Agency, also mentioned that "
        "three people were injured."
    )
    assert rows == [("injured", 3, 3, "exact", "Shehab Agency", "media")]


def test_a_glued_sentence_does_not_lend_its_figures_to_the_next_source(nlp_loaded: Any) -> None:
    rows = _claims(
        "At least one person was killed in an airstrike on a house in Osk on October 17th, "
        "2023.Safa News Agency reported that several people had been injured."
    )
    assert rows == [
        ("killed", 1, None, "at_least", "author", "author"),
        ("injured", 3, None, "vague", "Safa News Agency", "media"),
    ]


def test_a_figure_of_the_clause_before_is_not_shared(nlp_loaded: Any) -> None:
    rows = _claims("One man was killed and at least 10 others were injured in the strike on Osk.")
    assert [r[:3] for r in rows] == [("killed", 1, 1), ("injured", 10, None)]
    rows = _claims("Safa News reported that the bombing injured and killed multiple civilians.")
    assert [r[:2] for r in rows] == [("injured", 3), ("killed", 3)]


def test_a_family_of_six_killed_counts_six(nlp_loaded: Any) -> None:
    rows = _claims("An airstrike hit the Odeh home in Osk, killing a family of six people.")
    assert rows == [("killed", 6, 6, "exact", "author", "author")]
    # A family's size without a casualty word is no count.
    rows = _claims("A family of five lived in the house in Osk; two people were injured.")
    assert [r[:3] for r in rows] == [("injured", 2, 2)]


def test_outlets_reporting_on_a_death_each_claim_it(nlp_loaded: Any) -> None:
    rows = _claims(
        "Local media including Safa and Shehab Agency reported on the death of two women in "
        "the bombing of Osk."
    )
    assert rows == [
        ("killed", 2, 2, "exact", "Safa", "media"),
        ("killed", 2, 2, "exact", "Shehab Agency", "media"),
    ]
