"""How monitors' assessments and relays name who gave a count (issue 15, sixth session).

Every sentence is written for these tests (invented places, outlets, people and numbers).
"""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.attribute.sources import bare_person_name, cites_posts, source_kind
from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "high", "name", "kind", published="2024-05-02")


@pytest.fixture(scope="module")
def nlp_loaded(nlp: Any) -> Any:  # the session's spaCy model, loaded once
    return nlp


# --- "X put the number of killed at N" ------------------------------------------------


def test_put_the_number_at_is_the_posters_claim(nlp_loaded: Any) -> None:
    rows = _claims(
        "A post from Lina Farouk put the number of dead at four while Tamer Said reported "
        "that three people were killed."
    )
    assert rows[0] == ("killed", 4, 4, "Lina Farouk", "social_media")
    assert rows[1][:4] == ("killed", 3, 3, "Tamer Said")


def test_put_the_number_killed_at_a_quoted_more_than(nlp_loaded: Any) -> None:
    rows = _claims(
        'A tweet from @VarnaAgency put the number killed at "more than 30" and said many '
        "had fled there."
    )
    assert rows == [("killed", 30, None, "@VarnaAgency", "media")]


def test_put_the_toll_shares_the_subject_of_an_earlier_verb(nlp_loaded: Any) -> None:
    rows = _claims(
        "A Facebook post from Hadi Noor identified the house as his uncle's and put the "
        "death toll at 16 killed."
    )
    assert rows == [("killed", 16, 16, "Hadi Noor", "social_media")]


def test_put_the_number_in_a_relative_clause_of_a_post(nlp_loaded: Any) -> None:
    rows = _claims("A post from Sami Rafi, which put the number of deaths at 11, named the family.")
    assert rows == [("killed", 11, 11, "Sami Rafi", "social_media")]


def test_a_number_of_children_killed_at_n(nlp_loaded: Any) -> None:
    rows = _claims("@Orla_K put the number of children killed at five.")
    assert rows == [("killed", 5, 5, "@Orla_K", "social_media")]
    # "killed at" a place is no toll.
    assert _claims("The number of children killed at the school rose.") == []


# --- kinds in a text built on posts ------------------------------------------------------

_POSTS = (
    "A house in Varna was hit on Monday. A Facebook post showed the rubble, and a tweet "
    "from a neighbour shared photos. Other posts followed. "
)


def test_a_bare_name_in_a_text_built_on_posts_is_a_poster(nlp_loaded: Any) -> None:
    rows = _claims(_POSTS + "Rana Aziz reported that three people were killed.")
    assert rows == [("killed", 3, 3, "Rana Aziz", "social_media")]
    # The same sentence in a text that cites no posts: a person named without a role.
    rows = _claims("A house in Varna was hit. Rana Aziz reported that three people were killed.")
    assert rows == [("killed", 3, 3, "Rana Aziz", "witness")]


def test_residents_stay_witnesses_in_a_text_built_on_posts(nlp_loaded: Any) -> None:
    rows = _claims(_POSTS + "Residents said that two people were injured.")
    assert rows == [("injured", 2, 2, "Residents", "witness")]


def test_cites_posts_and_bare_names() -> None:
    assert cites_posts("A Facebook post, a tweet and two posts on X.")
    assert not cites_posts("He posted a letter.")
    assert bare_person_name("Rana Aziz")
    assert not bare_person_name("resident Rana Aziz")
    assert not bare_person_name("the Kestrel Network")


def test_the_death_of_his_brother_is_a_relative_speaking(nlp_loaded: Any) -> None:
    rows = _claims("Omar Haddad mourned the death of his brother in the strike on Varna.")
    assert rows == [("killed", 1, 1, "Omar Haddad", "family")]


def test_a_one_word_outlet_name_is_media() -> None:
    assert source_kind("Alwadi.tv") == "media"
    assert source_kind("KestrelAgency") == "media"
    assert source_kind("Kestrel") == "witness"


# --- lists of sources ------------------------------------------------------------------


def test_reportage_from_a_list_with_a_group_of_posters(nlp_loaded: Any) -> None:
    rows = _claims(
        "On Monday, at least nine civilians were killed in a strike on a house in Varna. "
        "Initial reportage from Orlo news, Kestrel voice, and sources on social media stated "
        "there were eight civilians killed in the strike, with Orlo and other sources on "
        "social and local media including Brindle Today later updating the death toll to nine."
    )
    assert rows == [
        ("killed", 9, None, "author", "author"),
        ("killed", 8, 8, "Orlo news", "media"),
        ("killed", 8, 8, "Kestrel voice", "media"),
        ("killed", 8, 8, "sources on social media", "social_media"),
        ("killed", 9, 9, "Orlo", "media"),
        ("killed", 9, 9, "Brindle Today", "media"),
    ]


def test_others_including_x_reported_an_object(nlp_loaded: Any) -> None:
    rows = _claims(
        "A house in Varna was hit on Monday. According to sources there were a number of "
        "injuries, with some reporting at least two while others, including Orlo News Agency, "
        "reported up to six injuries."
    )
    assert rows == [
        ("injured", 2, None, "sources", "anonymous"),
        ("injured", None, 6, "Orlo News Agency", "media"),
    ]


def test_a_along_with_b_reported(nlp_loaded: Any) -> None:
    rows = _claims(
        "A house in Varna was hit. Orlo Press along with multiple Facebook users reported "
        "that the strike killed one civilian."
    )
    assert rows == [
        ("killed", 1, 1, "Orlo Press", "media"),
        ("killed", 1, 1, "multiple Facebook users", "social_media"),
    ]


# --- a stand-in named by an apposition, misparsed cues ---------------------------------


def test_a_source_named_in_an_apposition(nlp_loaded: Any) -> None:
    rows = _claims(
        "A house in Varna was hit on Monday. Further, a source on Facebook, Tamer Odeh, "
        "claimed that four people had been killed."
    )
    assert rows == [("killed", 4, 4, "Tamer Odeh", "social_media")]
    rows = _claims("A local source, the Kestrel Network, said two people were injured.")
    assert rows == [("injured", 2, 2, "the Kestrel Network", "media")]


def test_anonymity_said_of_a_source_still_counts(nlp_loaded: Any) -> None:
    rows = _claims(
        "A house in Varna was hit on Monday. A police officer, who spoke on condition of "
        "anonymity, said three people died."
    )
    assert rows == [("killed", 3, 3, "A police officer", "anonymous")]


def test_one_source_reported_on_facebook_that(nlp_loaded: Any) -> None:
    rows = _claims(
        "A house in Varna was hit. One source reported on Facebook, on May 14th, that 19 "
        "members of the Odeh family were killed in the incident."
    )
    assert rows == [("killed", 19, 19, "One source", "anonymous")]


def test_an_object_and_its_further_counts_are_reported(nlp_loaded: Any) -> None:
    rows = _claims(
        "Multiple news outlets, including journalist Sami Haddad, reported eleven civilians "
        "dead, 21 injured and a further 16 Palestinians missing under the rubble."
    )
    assert [r[:3] for r in rows] == [("killed", 11, 11), ("injured", 21, 21), ("missing", 16, 16)]
    assert {r[3] for r in rows} == {"Multiple news outlets"}


def test_counted_sources_and_pictures_are_no_casualties(nlp_loaded: Any) -> None:
    assert _claims("Nadia Odeh posted four pictures of the injured.") == []
    rows = _claims("Two sources said that three people were killed.")
    assert rows == [("killed", 3, 3, "Two sources", "anonymous")]


# --- mourning posts, quoted reports, "with X updating" ---------------------------------


def test_mourning_the_death_of_a_relative_is_a_family_claim(nlp_loaded: Any) -> None:
    rows = _claims(
        "A house in Varna was hit. Rana and Omar Haddad mourned the death of their grandmother."
    )
    assert rows == [
        ("killed", 1, 1, "Rana", "family"),
        ("killed", 1, 1, "Omar Haddad", "family"),
    ]
    # A crowd mourning victims states no count of its own.
    assert _claims("Thousands mourned the 12 victims of the blast.") == []


def test_a_tribute_on_facebook_mourning_is_the_posters(nlp_loaded: Any) -> None:
    rows = _claims(
        "A house in Varna was hit. Relatives posted messages on Facebook. The Odeh family "
        "account posted the tribute on Facebook mourning the death of the 12 family members."
    )
    assert rows == [("killed", 12, 12, "The Odeh family account", "family")]


def test_posted_about_a_death_then_a_quote(nlp_loaded: Any) -> None:
    rows = _claims(
        "A house in Varna was hit. In a message of grief online, Rana Aziz posted about the "
        "death of her husband: “Our tenth anniversary, my soul. We wished to grow old together.”"
    )
    assert rows == [("killed", 1, 1, "Rana Aziz", "family")]


def test_a_report_that_opens_a_quote_runs_to_its_end(nlp_loaded: Any) -> None:
    rows = _claims(
        "@Varnapress reported that “jets bombed the homes of the […] Odeh family […] resulting "
        "in a number of martyrs and injuries.”"
    )
    assert rows == [
        ("killed", 2, None, "@Varnapress", "media"),
        ("injured", 2, None, "@Varnapress", "media"),
    ]


def test_reportage_from_a_list_the_parse_made_a_root(nlp_loaded: Any) -> None:
    rows = _claims(
        "Initial reportage from Orlo news, Kestrel voice, and sources on social media stated "
        "there were eight civilians killed in the strike."
    )
    assert rows == [
        ("killed", 8, 8, "Orlo news", "media"),
        ("killed", 8, 8, "Kestrel voice", "media"),
        ("killed", 8, 8, "sources on social media", "social_media"),
    ]
