"""A name one report gives as a person's and the other writes only as two capitalised
words (``link_names.one_sided``), helper L, twenty-eighth session: a follow-up that
names the victim without an age, and never by the surname alone, is not vetoed in a
crowded window (the learned scorer's score stands)."""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.corpus import link_names, link_search
from claimledger.corpus.link import content_terms
from claimledger.corpus.link_names import name_terms, one_sided
from claimledger.store import Store
from tests.fixtures.corpus.handmade import DAYTON, ingest_shootings
from tests.fixtures.corpus.handmade import link_of as _cid

# Our own texts: (incident day, publication day, place, text).
DOCS: dict[str, tuple[str, str, tuple[Any, ...], str]] = {
    "first": (
        "2024-09-14",
        "2024-09-15",
        DAYTON,
        "Dorrin Halvey, 24, was shot several times Saturday night in a parking lot on "
        "Quenby Avenue, Dayton police said. Halvey died at Kessling Memorial Hospital. "
        "No arrest has been made.",
    ),
    # Three days on: the victim named with a suffix, never by his surname alone.
    "later": (
        "2024-09-14",
        "2024-09-17",
        DAYTON,
        "Relatives gathered at Crandell Park on Monday to remember Dorrin Halvey Jr. of "
        "Brisco Township, a father of two shot last weekend. Detectives asked anyone with "
        "information to call the tip line.",
    ),
    # The same night's other shootings in the city, naming other streets and people: the
    # window is crowded, and a pair sharing little text needs a name there.
    "other": (
        "2024-09-14",
        "2024-09-15",
        DAYTON,
        "Marcel Tunney, 31, was shot Saturday night on Ostrow Street, Dayton police said. "
        "Tunney was taken to Kessling Memorial Hospital.",
    ),
    "third": (
        "2024-09-14",
        "2024-09-15",
        DAYTON,
        "A woman was shot in the leg late Saturday outside a bar on Pellam Road, Dayton "
        "police said. Her wound was not life-threatening.",
    ),
}


def _ingest(store: Store, *ids: str) -> None:
    ingest_shootings(store, DOCS, *ids)


def test_a_name_given_in_one_report_only_is_shared_one_sided() -> None:
    first, later = DOCS["first"][3], DOCS["later"][3]
    assert "dorrin_halvey" in name_terms(first)
    assert "dorrin_halvey" not in name_terms(later)  # no age, the surname never alone
    got = one_sided({"dorrin_halvey"}, content_terms(first), set(), content_terms(later))
    assert got == ["dorrin_halvey"]
    # Either way round.
    assert one_sided(set(), content_terms(later), {"dorrin_halvey"}, content_terms(first)) == [
        "dorrin_halvey"
    ]


def test_one_word_of_the_name_is_not_enough() -> None:
    # "Dorrin" alone (a first name written elsewhere) shares no name.
    text = "Officers spoke with Dorrin at Crandell Park on Monday."
    assert one_sided({"dorrin_halvey"}, ["halvey"], set(), content_terms(text)) == []


@pytest.fixture
def _crowded_09(monkeypatch: pytest.MonkeyPatch) -> None:
    """The crowded window's learned floor as it was (0.9): the follow-up's 0.85 is vetoed
    there unless the name lifts it. Since the thirty-second session the floor is 0.8
    (``link_search.CROWDED_LINK``) and the 0.85 stands by itself (the last test)."""
    monkeypatch.setattr(link_search, "CROWDED_LINK", 0.9)


@pytest.mark.usefixtures("_crowded_09")
def test_the_follow_up_joins_by_the_one_sided_name(store: Store) -> None:
    _ingest(store, "first", "other", "third", "later")
    first = _cid(store, "first")[0]
    assert _cid(store, "later")[0] == first
    assert "not vetoed: writes dorrin_halvey" in _cid(store, "later")[1]
    assert _cid(store, "other")[0] != first
    assert _cid(store, "third")[0] not in (first, _cid(store, "other")[0])


@pytest.mark.usefixtures("_crowded_09")
def test_without_one_sided_names_the_follow_up_stays_apart(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(link_names, "ONE_SIDED", False)
    _ingest(store, "first", "other", "third", "later")
    assert _cid(store, "later")[0] != _cid(store, "first")[0]
    assert "crowded" in _cid(store, "later")[1]


def test_at_the_default_crowded_floor_the_learned_score_alone_joins(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(link_names, "ONE_SIDED", False)
    _ingest(store, "first", "other", "third", "later")
    first = _cid(store, "first")[0]
    assert _cid(store, "later")[0] == first
    assert _cid(store, "later")[1].startswith("learned 0.8")
    assert _cid(store, "other")[0] != first
