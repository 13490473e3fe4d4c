"""A learned score of 0.95 or more lifts the local veto for a pair sharing its own words
(``link_veto.strong_apart``), helper L, thirty-fourth session: two reports of one event
that each give their own street ("a Christmas party at the Vorlane Inn on Kessick Road",
the victims' homes on another) join; two shootings of one city and night, sharing only the
city's name and the day, stay apart however high the score. Our own invented values."""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.corpus import link_veto
from claimledger.corpus.link_apart import own_text
from claimledger.store.base import LinkFeatures


def _feat(incident: int) -> LinkFeatures:
    day = "2025-12-25"
    return LinkFeatures(
        incident, incident, incident, day, "day", "Battles", "US", "Ohio", "Dayton", 4509884,
        39.759, -84.192, (), incident, day,
    )  # fmt: skip


A, B = _feat(1), _feat(2)
# Squared IDF weights and their sum per document (``TermIndex.vector``).
PARTY = (
    {"dayton": 4.0, "thursday": 3.0, "christmas": 16.0, "vorlane": 25.0, "kessick": 25.0},
    73.0,
)
HOMES = (
    {"dayton": 4.0, "thursday": 3.0, "christmas": 16.0, "vorlane": 25.0, "tessmer": 25.0},
    73.0,
)
OTHER = ({"dayton": 4.0, "thursday": 3.0, "pellworth": 25.0, "ambrey": 25.0}, 57.0)


AT_KESSLING = ({"dayton": 4.0, "kessling": 25.0, "memorial": 9.0, "kessick": 25.0}, 63.0)
HOSPITAL = ({"dayton": 4.0, "kessling": 25.0, "memorial": 9.0, "pellworth": 25.0}, 63.0)
TEXTS = {
    1: "Shots were fired at a Christmas party at the Vorlane Inn on Kessick Road, Dayton "
    "police said Thursday. Two men were taken to Kessling Memorial Hospital.",
    2: "Two men wounded at the Vorlane Inn's Christmas party live on Tessmer Street.",
}


class _Texts:
    """The one thing ``strong_apart`` asks of a store: a document's text."""

    def document_text(self, document_id: int) -> str:
        return TEXTS.get(document_id, "")


STORE: Any = _Texts()


@pytest.fixture
def on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(link_veto, "STRONG_APART", 0.95)
    monkeypatch.setattr(link_veto, "STRONG_APART_TEXT", 0.1)


def test_own_text_leaves_out_the_city_and_the_day() -> None:
    # Shared: dayton (the city), thursday (a weekday), christmas and vorlane (own words).
    assert own_text(A, B, PARTY, HOMES) == pytest.approx((16 + 25) / 73.0)
    assert own_text(A, B, PARTY, OTHER) == 0.0
    assert own_text(A, B, PARTY, ({}, 0.0)) == 0.0
    assert own_text(A, B, PARTY, HOMES, frozenset({"vorlane"})) == pytest.approx(16 / 73.0)


def test_hospital_words() -> None:
    assert link_veto.hospital_words(TEXTS[1]) == {"kessling", "memorial", "hospital"}
    assert link_veto.hospital_words("taken to UK Medical Center.") == {"uk", "medical", "center"}
    assert link_veto.hospital_words("taken to a hospital in Dayton") == frozenset()


@pytest.mark.usefixtures("on")
def test_a_strong_pair_sharing_its_own_words_lifts_the_local_veto() -> None:
    assert link_veto.strong_apart(0.97, (A, B), {1: PARTY, 2: HOMES}, STORE)


@pytest.mark.usefixtures("on")
def test_a_strong_pair_sharing_only_city_and_day_stays_vetoed() -> None:
    assert not link_veto.strong_apart(0.99, (A, B), {1: PARTY, 2: OTHER}, STORE)


@pytest.mark.usefixtures("on")
def test_a_strong_pair_sharing_only_a_hospital_stays_vetoed() -> None:
    # Kessling Memorial takes a city's shooting victims: two shootings may both name it.
    assert own_text(A, B, AT_KESSLING, HOSPITAL) == pytest.approx(34 / 63.0)
    assert not link_veto.strong_apart(0.99, (A, B), {1: AT_KESSLING, 2: HOSPITAL}, STORE)


@pytest.mark.usefixtures("on")
def test_below_the_strong_score_the_veto_holds() -> None:
    assert not link_veto.strong_apart(0.93, (A, B), {1: PARTY, 2: HOMES}, STORE)
