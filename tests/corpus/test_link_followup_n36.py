"""Follow-ups months later that identify the shooting they follow up (helper N, thirty-sixth
session): the victim's slot of a sentencing or a charge ("for the June killing of Marcus
Hale") makes the pair after it a person's name (``link_names.VICTIM_SLOT``), and a street
the sentence naming the month writes ("last month's fatal shooting on Northwest Sixth
Street") decides a month's follow-up as a rare name does (``link_month.MONTH_STREET``).
Invented sentences and values."""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.corpus import link_month, link_names
from claimledger.corpus.link_names import name_terms
from claimledger.store.base import LinkFeatures


def test_the_victims_slot_names_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "A Buffalo man was sentenced Tuesday to 25 years for the June killing of Marcus Hale."
    assert name_terms(text) == ["marcus_hale"]
    assert name_terms("He was charged in the shooting death of Jerome Tate.") == ["jerome_tate"]
    # A middle name: the first and last words only, not "marcus_allen".
    assert name_terms("Charged in the slaying of Marcus Allen Hale.") == ["marcus_hale"]
    # No slot, no age, the surname never alone: no name.
    assert name_terms("Marcus Hale attended the hearing on Tuesday.") == []
    monkeypatch.setattr(link_names, "VICTIM_SLOT", False)
    assert name_terms(text) == []


def _feat(incident: int, place: str | None, day: str, published: str) -> LinkFeatures:
    return LinkFeatures(
        incident, incident, incident, day, "day", "Battles", "US", "Florida", place,
        4156404 if place else None, 29.65 if place else None, -82.32 if place else None,
        (), incident, published,
    )  # fmt: skip


class _Texts:
    """A store knowing two documents' texts."""

    def __init__(self, new: str, old: str) -> None:
        self.texts = {9: new, 1: old}

    def document_text(self, document_id: int) -> str:
        return self.texts[document_id]


KILLING = "A man was shot and killed on Northwest Sixth Street in Gainesville on Friday night."
CHARGE = (
    "Gainesville police have charged a 19-year-old with murder in last month's fatal "
    "shooting on Northwest Sixth Street."
)
TERMS = {1: ({"sixth": 9.0}, 81.0)}  # weights below a rare name's
NEW = _feat(9, None, "2026-09-26", "2026-09-26")  # the charge: its place unread
OLD = _feat(1, "Gainesville", "2026-08-21", "2026-08-22")


def test_a_street_the_months_sentence_names_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    store: Any = _Texts(CHARGE, KILLING)
    got = link_month.followups(store, NEW, [(OLD, None, 0.12)], terms=TERMS)
    assert "names sixth" in got[1][1] and "2026-08" in got[1][1]
    monkeypatch.setattr(link_month, "MONTH_STREET", False)
    assert link_month.followups(store, NEW, [(OLD, None, 0.12)], terms=TERMS) == {}


def test_another_street_another_town_or_month_decide_nothing() -> None:
    other_street = CHARGE.replace("Northwest Sixth Street", "Southeast Hawthorne Road")
    store: Any = _Texts(other_street, KILLING)
    assert link_month.followups(store, NEW, [(OLD, None, 0.12)], terms=TERMS) == {}
    # The place unknown and the candidate's town not named: no follow-up.
    store = _Texts(CHARGE.replace("Gainesville police", "Police"), KILLING)
    assert link_month.followups(store, NEW, [(OLD, None, 0.12)], terms=TERMS) == {}
    # The street named, but in a sentence of another month ("in June").
    store = _Texts(CHARGE.replace("last month's", "a June"), KILLING)
    assert link_month.followups(store, NEW, [(OLD, None, 0.12)], terms=TERMS) == {}
