"""Follow-ups that name the month of the event they follow up (``corpus/link_month.py``),
helper L, thirtieth session. Our own invented reports."""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.corpus import link_month
from claimledger.corpus.link_month import referred_months
from claimledger.store import Store
from claimledger.store.base import LinkFeatures
from tests.fixtures.corpus.handmade import DAYTON, ingest_shootings
from tests.fixtures.corpus.handmade import link_of as _cid


def test_months_named_in_a_sentence_telling_a_killing() -> None:
    text = (
        "Prosecutors charged a man Tuesday in the January killing on Orrin Street. "
        "A hearing is set for May."
    )
    # The hearing's month tells no killing; "the January killing" resolves back.
    assert referred_months(text, "2025-03-04") == {(2025, 1)}
    assert referred_months("The teen was shot in July outside a store.", "2025-09-02") == {
        (2025, 7)
    }
    # A month after the publication's is last year's; a year given is kept.
    assert referred_months("He died in the shooting in October.", "2025-03-01") == {(2024, 10)}
    assert referred_months("The shooting in October of 2023 left two dead.", "2025-03-01") == {
        (2023, 10)
    }
    assert referred_months("She was killed on Orrin Street last month.", "2025-01-09") == {
        (2024, 12)
    }


def test_days_bare_months_and_other_sentences_are_not_months() -> None:
    # A day is referred_dates' (link_rules); "May" alone may be a verb; no killing told.
    assert referred_months("The man was shot on July 7 near the depot.", "2025-08-01") == set()
    assert (
        referred_months("Police said the suspect may be armed after the shooting.", "2025-08-01")
        == set()
    )
    assert (
        referred_months("The council meets in January to vote on the budget.", "2025-03-01")
        == set()
    )
    assert referred_months("He was killed in January.", None) == set()


# id -> (incident day, published, place, text)
DOCS: dict[str, tuple[Any, ...]] = {
    "jan": (
        "2025-01-11",
        "2025-01-11",
        DAYTON,
        "A man was shot and killed Saturday outside the Pellworth Laundromat on Garrow "
        "Street, Dayton police said.",
    ),
    "feb-other": (
        "2025-02-02",
        "2025-02-02",
        DAYTON,
        "A woman was shot Sunday at a bus stop on Inkster Avenue, Dayton police said.",
    ),
    # Seven weeks on, an arrest: the extractor dates it by its own day; the text names
    # the month of the killing and the laundromat.
    "arrest": (
        "2025-03-04",
        "2025-03-04",
        DAYTON,
        "Dayton police arrested a suspect Tuesday in the January killing of a man shot "
        "outside the Pellworth Laundromat on Garrow Street.",
    ),
    # The same arrest naming March: no incident of that month shares its words.
    "arrest-wrong-month": (
        "2025-03-04",
        "2025-03-04",
        DAYTON,
        "Dayton police arrested a suspect Tuesday in the March killing of a man shot "
        "outside the Pellworth Laundromat on Garrow Street.",
    ),
    "jan-second": (
        "2025-01-20",
        "2025-01-20",
        DAYTON,
        "Two men were shot near the Pellworth Laundromat on Garrow Street overnight, "
        "Dayton police said.",
    ),
}


@pytest.fixture(autouse=True)
def _on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule switched on (``link_month.MONTH_FOLLOWUP``, the default), whatever it is."""
    monkeypatch.setattr(link_month, "MONTH_FOLLOWUP", True)


def test_an_arrest_naming_the_month_joins_the_shooting(store: Store) -> None:
    ingest_shootings(store, DOCS, "jan", "feb-other", "arrest")
    cid, reason = _cid(store, "arrest")
    assert cid == _cid(store, "jan")[0]
    assert "follow-up naming the month 2025-01" in reason
    assert cid != _cid(store, "feb-other")[0]


def test_another_month_or_two_shootings_of_the_month_keep_it_apart(store: Store) -> None:
    ingest_shootings(store, DOCS, "jan", "arrest-wrong-month")
    assert _cid(store, "arrest-wrong-month")[0] != _cid(store, "jan")[0]


class _Texts:
    """A store that knows only the new document's text."""

    def document_text(self, document_id: int) -> str:
        del document_id
        return "Police arrested a man in the January killing of a cyclist on Garrow Street."


def _feat(incident: int, corpus: int, day: str) -> LinkFeatures:
    return LinkFeatures(
        incident,
        incident,
        incident,
        day,
        "day",
        "Violence against civilians",
        "US",
        "Ohio",
        "Dayton",
        4509884,
        39.759,
        -84.192,
        (),
        corpus,
        day,
    )


def test_two_incidents_of_the_month_sharing_its_words_attach_none() -> None:
    new = _feat(9, 0, "2025-03-04")
    one, two = _feat(1, 1, "2025-01-11"), _feat(2, 2, "2025-01-20")
    store: Any = _Texts()
    got = link_month.followups(store, new, [(one, 1.0, 0.4)])
    assert list(got) == [1]
    assert got[1][1].startswith("follow-up naming the month 2025-01")
    # Two corpus incidents of that month: the month cannot tell which.
    assert link_month.followups(store, new, [(one, 1.0, 0.4), (two, 1.0, 0.3)]) == {}
    # Too little text shared, another state's place, or the linker reading no dates.
    assert link_month.followups(store, new, [(one, 1.0, 0.1)]) == {}
    assert link_month.followups(store, new, [(one, 0.0, 0.4)]) == {}
    assert link_month.followups(store, new, [(one, 1.0, 0.4)], on=False) == {}


def test_switched_off_the_arrest_stays_alone(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(link_month, "MONTH_FOLLOWUP", False)
    ingest_shootings(store, DOCS, "jan", "feb-other", "arrest")
    assert _cid(store, "arrest")[0] != _cid(store, "jan")[0]
