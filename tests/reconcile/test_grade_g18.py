"""The grade's eighteenth-session readings (issue 13), on sentences of ours.

Invented places, parties and outlets (Jorva, Saltmere, the Brann Courier, Jorva Today, the
Saltmere Echo, the Hessel army). Each class has a hit and a near miss that must not count.
"""

from __future__ import annotations

import pytest

import claimledger
from claimledger.attribute.parsed import parse_sentences
from claimledger.reconcile.grade_dispute import Dispute, find_disputes
from claimledger.reconcile.grade_sources import read_sources

pytestmark = pytest.mark.integration

_DAY = "On 4 June 2025, two porters were killed in a strike on the Jorva docks. "


def grade(text: str) -> tuple[str, str]:
    inc = claimledger.analyze(_DAY + text, published="2025-06-05").incidents[0]
    return inc.grade or "", " ".join(inc.grade_reasons)


def disputes(*sentences: str) -> list[Dispute]:
    """The disputes of sentences of ours, each parsed alone."""
    return find_disputes(parse_sentences(list(sentences)), " ".join(sentences))


def test_names_listed_after_a_name_are_each_a_source() -> None:
    # the parser hangs the second name on the first in apposition, the third on the second
    found, why = grade("The deaths were covered by Jorva Today, Brann FM and the Saltmere Echo.")
    assert found == "fair"
    assert "3 independent sources" in why
    # a name in apposition to a noun is that noun's name: one source
    found, _ = grade("One outlet, Brann FM, reported the deaths.")
    assert found == "weak"


@pytest.mark.parametrize(
    "text",
    [
        "The Saltmere Civic League alone reported the strike.",
        "The strike was reported by Brann FM alone, which gave no names.",
        "Just one outlet, the Brann Courier, reported the deaths, citing a cousin.",
    ],
)
def test_one_source_alone_is_one_origin(text: str) -> None:
    found, why = grade(text)
    assert found == "weak", why
    assert "repeat one origin" in why


@pytest.mark.parametrize(
    "text",
    [
        "Brann FM and the Saltmere Echo reported the deaths; the Echo alone named the porters.",
        # one source alone on who did it, or on one more detail, beside others on the harm
        "Brann FM and the Saltmere Echo reported the deaths. Only one source, the Echo, wrote "
        "that the strike was perpetrated by the Hessel army.",
        "Brann FM and the Saltmere Echo reported the deaths. Only one source, a dock worker, "
        "also recorded the death of a third man.",
    ],
)
def test_one_alone_on_a_detail_is_no_single_origin(text: str) -> None:
    found, why = grade(text)
    assert found == "fair", why


@pytest.mark.parametrize(
    "text",
    [
        "Brann FM and the Saltmere Echo carried the story, but both relied on a single "
        "statement by the port council.",
        "The account rests solely on a post by a dock worker, later repeated by Brann FM.",
    ],
)
def test_reports_resting_on_one_origin(text: str) -> None:
    found, why = grade(text)
    assert found == "weak", why


def test_reports_resting_on_several_are_no_single_origin() -> None:
    found, why = grade(
        "Brann FM and the Saltmere Echo carried the story, relying on statements by the port "
        "council and by the porters' union."
    )
    assert found == "fair", why


def test_pages_passing_on_one_post_are_one_origin() -> None:
    found, why = grade("A tweet by a Jorva resident was shared and quoted by several pages.")
    assert found == "weak", why
    found, why = grade("Four pages carried the claim, all citing the same Telegram post.")
    assert found == "weak", why
    # figures that agree are two sources
    found, why = grade("Brann FM and the Saltmere Echo gave the same toll.")
    assert found == "fair", why


@pytest.mark.parametrize(
    "text",
    [
        "Sources include the Jorva Star, Brann FM and the port authority.",
        "The deaths were reported in the Jorva Star and on Brann FM.",
    ],
)
def test_outlets_a_text_lists_as_where_it_was_reported(text: str) -> None:
    found, why = grade(text)
    assert found == "fair", why


def test_a_place_a_report_was_made_in_is_no_outlet() -> None:
    found, why = grade("The deaths were reported in the Jorva Strip and on Brann FM.")
    assert found == "weak", why


def test_coverage_from_an_outlet_names_it() -> None:
    read = read_sources(parse_sentences(["Word of the strike featured in coverage from Brann FM."]))
    assert [m.name for m in read.sources] == ["Brann FM"]


@pytest.mark.parametrize(
    "sentences",
    [
        # an attack from the air against a store that went off by itself
        (
            "Farmers said the barn was hit from the air, but the Hessel army said an "
            "ammunition store inside the barn had exploded.",
        ),
        # a jet heard against a tank that went off by accident
        (
            "Residents said they heard a jet before the blast.",
            "The police said a fuel tank had ignited accidentally.",
        ),
        # a party owning up to a strike but naming a military object as its target
        (
            "The Hessel air force acknowledged a strike near the mill, but said its target was "
            "a militant camp.",
        ),
        (
            "The Hessel navy conceded it had fired on the harbour, but insisted its target was a "
            "smuggling boat.",
        ),
        # an aircraft's attack against fuel that caught fire
        (
            "Dockers insisted a warplane had bombed the shed; the mayor said its fuel had caught fire.",
        ),
        # an attack of no party named against a secondary blast
        (
            "The Hessel ministry said the blast was a secondary explosion of ammunition hidden "
            "in the shed, while survivors described a missile strike.",
        ),
        # a party's attack reported against another's, and a bomb planted by "terrorists"
        (
            "Pro-Hessel outlets reported a rebel mortar attack, whereas opposition media said "
            "an army tank shelled the school.",
        ),
        (
            "Opposition groups blamed Hessel army shelling; state media said terrorists had "
            "planted a bomb in the market.",
        ),
    ],
)
def test_disputes_read(sentences: tuple[str, ...]) -> None:
    assert disputes(*sentences), sentences


@pytest.mark.parametrize(
    "sentences",
    [
        ("Farmers said the barn was hit from the air.",),
        ("An air strike hit the Hessel army's depot, which exploded.",),
        ("Survivors described a missile strike on the shed.",),
        (
            "The Hessel air force acknowledged a strike on the mill and said its target was a "
            "militant camp.",
        ),
    ],
)
def test_near_misses_are_no_dispute(sentences: tuple[str, ...]) -> None:
    assert not disputes(*sentences), sentences
