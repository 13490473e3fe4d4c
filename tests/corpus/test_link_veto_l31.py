"""A strong learned score lifting the text vetoes and an ordinal "second shooting in N
days" keeping the earlier incident apart (``corpus/link_veto.py``), holidays as named
days (``corpus/link_days.py``), a month sentence naming the candidate's street
(``corpus/link_month.py``); helper L, thirty-first session. Our own invented reports."""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.corpus import link_month, link_search, link_veto
from claimledger.corpus.link_rules import referred_dates
from claimledger.corpus.link_veto import days_apart, strong
from claimledger.store import Store
from claimledger.store.base import LinkFeatures
from tests.fixtures.corpus.handmade import DAYTON, ingest_shootings
from tests.fixtures.corpus.handmade import link_of as _cid


def _feat(incident: int, corpus: int, day: str) -> LinkFeatures:
    return LinkFeatures(
        incident, incident, incident, day, "day", "Violence against civilians", "US",
        "Ohio", "Dayton", 4509884, 39.759, -84.192, (), corpus, day,
    )  # fmt: skip


def test_a_strong_score_sharing_some_text_lifts_the_text_vetoes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(link_veto, "STRONG_LINK", 0.95)
    assert strong(0.97, 0.06)
    assert not strong(0.97, 0.01)  # sharing nothing: still vetoed
    assert not strong(0.9, 0.12)
    monkeypatch.setattr(link_veto, "STRONG_LINK", None)
    assert not strong(1.0, 0.5)


def test_the_vetoes_hold_below_the_strong_score(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(link_veto, "STRONG_LINK", 0.95)
    c = _feat(1, 1, "2025-01-11")
    item = (c, False, 1.0, 0.06, None, None)
    # A thin report in a crowded week: text .06 is below both vetoes.
    assert link_search._vetoed(item, frozenset(), {}, 3, 0.8) == "text 0.06 below 0.1"
    assert link_search._vetoed(item, frozenset(), {}, 3, 0.97) is None
    crowded = (c, False, 1.0, 0.12, None, None)
    assert link_search._vetoed(crowded, frozenset(), {}, 3, 0.93) is not None
    assert link_search._vetoed(crowded, frozenset(), {}, 3, 0.96) is None


def test_holidays_name_their_day() -> None:
    text = "Police charged a man in the shooting at a cookout on the Fourth of July."
    assert referred_dates(text, "2025-07-18") == {"2025-07-04"}
    # A holiday after publication is last year's; a year given is kept.
    assert referred_dates("She was killed on July Fourth.", "2025-03-02") == {"2024-07-04"}
    assert referred_dates("killed on Labor Day 2023", "2025-03-02") == {"2023-09-04"}
    assert referred_dates("He died on Memorial Day.", "2025-06-10") == {"2025-05-26"}
    assert referred_dates("the vigil on Christmas Eve", "2025-01-05") == {"2024-12-24"}


def test_seasons_and_unanchored_holidays_name_no_day() -> None:
    # "over Christmas" is a season (extract.dates.holidays); no year and no publication.
    assert referred_dates("Shootings rose over Christmas.", "2025-01-05") == frozenset()
    assert referred_dates("the Fourth of July shooting", None) == frozenset()
    assert referred_dates("A fourth man was shot in July.", "2025-08-01") == frozenset()
    # A holiday of the report's own week is every shooting's of the weekend: not read.
    assert referred_dates("a violent Fourth of July weekend", "2025-07-06") == frozenset()


def test_an_ordinal_in_n_days_says_another_incident_lies_back() -> None:
    assert days_apart("It was the second fatal shooting in Kessler Park in eight days.") == [(7, 9)]
    assert days_apart("the city's third homicide in two weeks") == [(8, 15)]
    assert days_apart("the 2nd person killed on Orrin Street in 5 days") == [(4, 6)]
    # No span of days, or no killing counted.
    assert days_apart("the second shooting in the neighborhood this year") == []
    assert days_apart("A second suspect was arrested in 2024 after days of search") == []
    assert days_apart("He was shot in the second half of the game, in four days of play") == []


# id -> (incident day, published, place, text)
DOCS: dict[str, tuple[Any, ...]] = {
    "first": (
        "2025-05-08",
        "2025-05-08",
        DAYTON,
        "Two men were shot and killed Thursday outside the Brannock Tavern on Veller Road "
        "in the Kessler Park neighborhood, Dayton police said. The victims were Tobin "
        "Ashgrove, 24, and Lyle Merriwether, 27.",
    ),
    "second": (
        "2025-05-11",
        "2025-05-11",
        DAYTON,
        "A woman was shot and killed Sunday on Veller Road near the Brannock Tavern, the "
        "second fatal shooting in Kessler Park in three days, Dayton police said. Tobin "
        "Ashgrove, 24, and Lyle Merriwether, 27, were shot and killed outside the Brannock "
        "Tavern on Veller Road in the Kessler Park neighborhood on Thursday.",
    ),
    "cookout": (
        "2025-07-04",
        "2025-07-04",
        DAYTON,
        "A man was shot and killed at a cookout on Quarry Lane in Dayton on Friday, "
        "police said. The victim was Orlan Petrasek, 41.",
    ),
    "arrest": (
        "2025-07-18",
        "2025-07-18",
        DAYTON,
        "Dayton police arrested a man Friday in the shooting at a cookout on the Fourth "
        "of July that killed a man shot on Quarry Lane.",
    ),
}


def test_the_second_shooting_in_three_days_stays_apart(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest_shootings(store, DOCS, "first", "second")
    assert _cid(store, "second")[0] != _cid(store, "first")[0]


def test_switched_off_the_second_shooting_joins_the_first(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The hard case the rule exists for: the later report retells the earlier one.
    monkeypatch.setattr(link_veto, "ORDINAL_APART", False)
    ingest_shootings(store, DOCS, "first", "second")
    assert _cid(store, "second")[0] == _cid(store, "first")[0]


def test_an_arrest_naming_the_holiday_joins_the_cookout(store: Store) -> None:
    ingest_shootings(store, DOCS, "cookout", "arrest")
    cid, reason = _cid(store, "arrest")
    assert cid == _cid(store, "cookout")[0]
    assert "2025-07-04" in reason


class _Texts:
    """A store that knows only the new document's text."""

    def document_text(self, document_id: int) -> str:
        del document_id
        return (
            "Police arrested a man in the January killing of a cyclist on Garrow Street "
            "in Dayton. The mayor spoke on Monday."
        )


def test_a_month_sentence_naming_the_candidates_street_follows_it_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(link_month, "MONTH_NAMED_TEXT", 0.1)
    # The rare name's rule alone: this store gives every document the same text, so the
    # street rule (link_month.MONTH_STREET, tests/corpus/test_link_followup_n36) is off.
    monkeypatch.setattr(link_month, "MONTH_STREET", False)
    new, jan = _feat(9, 0, "2025-03-04"), _feat(1, 1, "2025-01-11")
    store: Any = _Texts()
    rare = {1: ({"garrow": 60.0, "dayton": 60.0}, 120.0)}
    got = link_month.followups(store, new, [(jan, 1.0, 0.12)], terms=rare)
    assert list(got) == [1] and "names garrow" in got[1][1]
    # The place's own name, a common word, a word of another sentence, too little text.
    only_city = {1: ({"dayton": 60.0, "mayor": 60.0}, 120.0)}
    assert link_month.followups(store, new, [(jan, 1.0, 0.12)], terms=only_city) == {}
    common = {1: ({"garrow": 9.0}, 9.0)}
    assert link_month.followups(store, new, [(jan, 1.0, 0.12)], terms=common) == {}
    assert link_month.followups(store, new, [(jan, 1.0, 0.05)], terms=rare) == {}
    monkeypatch.setattr(link_month, "MONTH_NAMED_TEXT", None)
    assert link_month.followups(store, new, [(jan, 1.0, 0.12)], terms=rare) == {}
