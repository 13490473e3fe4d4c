"""Claims named by lists, residents on platforms, "citing", civil defence, release leads.

Issue 15's error classes, each with sentences written for these tests (invented places,
outlets and numbers).
"""

from __future__ import annotations

from typing import Any

import pytest

from claimledger import analyze
from claimledger.attribute.members import group_members
from claimledger.attribute.releases import _lead_sentence
from claimledger.attribute.sources import source_kind
from tests.claims_helpers import claims_reader

_claims = claims_reader("figure", "low", "high", "name", "kind", published="2024-05-02")


@pytest.fixture(scope="module")
def nlp_loaded(nlp: Any) -> Any:  # the session's spaCy model, loaded once
    return nlp


def test_three_names_without_a_group_noun_each_claim(nlp_loaded: Any) -> None:
    rows = _claims(
        "The Tamsin Watch monitor, Orlo News and Kestrel Today all referred to more than 14 "
        "injured at the ferry terminal."
    )
    assert rows == [
        ("injured", 14, None, "The Tamsin Watch monitor", "ngo"),
        ("injured", 14, None, "Orlo News", "media"),
        ("injured", 14, None, "Kestrel Today", "media"),
    ]


def test_names_list_members_start_capitalised_the_aside() -> None:
    text = "Sources, including the Brindle Youth Network,"
    got = [(text[s:e], k) for s, e, k in group_members(text)]
    assert got == [("the Brindle Youth Network", "media")]
    # Lower-case pieces are no list of names; two names alone are one coordinated source.
    assert group_members("the army, police and the governor") == []
    assert group_members("Ostrow and Lenk") == []


def test_local_sources_including_the_x_name_x(nlp_loaded: Any) -> None:
    rows = _claims(
        "Local sources, including the Brindle Youth Network, reported that four people were "
        "killed at the depot."
    )
    assert rows == [("killed", 4, 4, "the Brindle Youth Network", "media")]


def test_residents_posting_on_facebook_stay_witnesses(nlp_loaded: Any) -> None:
    rows = _claims("Residents of Parvo said on Facebook that three people died in the shelling.")
    assert rows == [("killed", 3, 3, "Residents of Parvo", "witness")]
    # A person posting stays an individual poster.
    rows = _claims("Idris Calloway said on Facebook that three people died in the shelling.")
    assert rows == [("killed", 3, 3, "Idris Calloway", "social_media")]


def test_a_source_cited_before_the_verb_is_the_source(nlp_loaded: Any) -> None:
    rows = _claims(
        "Radio Pellam, citing the civil defence, said on its page that six bodies were "
        "recovered from the market."
    )
    assert rows == [("killed", 6, 6, "the civil defence", "official")]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the civil defence", "official"),
        ("Civil Defense", "official"),
        ("the defence forces", "military"),
        ("the defence ministry", "official"),
    ],
)
def test_civil_defence_is_official_defence_forces_military(name: str, kind: str) -> None:
    assert source_kind(name) == kind


def test_a_release_lead_sentence_runs_past_a_month_abbreviation(nlp_loaded: Any) -> None:
    text = (
        "MARROW POINT, Tessaly (Mar. 9, 2024) — A review of the raid of Feb. 27 in Odrin "
        "found that three civilians were killed. The rights group Clearwater had reported nine."
    )
    start, end = _lead_sentence(text) or (0, 0)
    assert text[start:end].strip().endswith("three civilians were killed.")
    rows = _claims(text)
    assert ("killed", 3, 3, "author", "author") in rows


def test_a_descriptor_parsed_as_second_subject_gives_the_kind(nlp_loaded: Any) -> None:
    # The pinned parse makes "group" and "Ledger" two subjects of "reported".
    rows = _claims("The monitoring group Night Ledger had reported eight dead.")
    assert rows == [("killed", 8, 8, "Night Ledger", "ngo")]


def test_a_relatives_death_as_a_poster_tells_it(nlp_loaded: Any) -> None:
    rows = _claims("Tarek Nuri confirmed his brother’s passing in a post after the raid on Velm.")
    assert rows == [("killed", 1, 1, "Tarek Nuri", "family")]
    rows = _claims("Tarek Nuri confirmed his brother's passing in a post after the raid on Velm.")
    assert rows == [("killed", 1, 1, "Tarek Nuri", "family")]
    rows = _claims('"Today I mourn my niece," wrote Salwa Darin on Facebook.')
    assert rows == [("killed", 1, 1, "Salwa Darin", "family")]
    rows = _claims('"We buried my cousin, Adel, at noon," a relative said.')
    assert rows == [("killed", 1, 1, "a relative", "family")]


def test_losses_that_are_not_deaths_are_not_claims(nlp_loaded: Any) -> None:
    assert _claims("The family lost their home and my uncle lost his shop in Velm.") == []
    assert _claims("He mourned the loss of his house after the raid on Velm.") == []
    # Residents speaking of "his son" are not his relatives.
    rows = _claims("Residents said his son was killed in the raid on Velm.")
    assert rows == [("killed", 1, 1, "Residents", "witness")]


def test_a_relatives_single_death_sets_no_low_beside_a_toll(nlp_loaded: Any) -> None:
    doc = analyze(
        "Officials said five people were killed in the strike on Velm. "
        '"Today I mourn my niece," wrote Salwa Darin on Facebook.',
        published="2024-05-02",
    )
    est = doc.incidents[0].estimates["killed"]
    assert (est.low, est.best, est.high) == (5, 5, 5)
    kinds = sorted(c.source.kind for c in doc.incidents[0].claims if c.figure == "killed")
    assert kinds == ["anonymous", "family"]
