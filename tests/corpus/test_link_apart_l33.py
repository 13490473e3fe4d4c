"""Two shootings of one city and one night kept apart (``corpus/link_apart.py``), and
follow-ups weeks on naming the month and the victim attached (``corpus/link_month.py``),
helper L, thirty-third session. Our own invented reports."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from claimledger.corpus import link_apart, link_month
from claimledger.corpus.ingest import ingest_documents
from claimledger.corpus.link_apart import generic_only, says_unrelated
from claimledger.corpus.link_month import referred_months
from claimledger.options import Options
from claimledger.records import Document, RawDocument
from claimledger.store import Store
from claimledger.store.base import LinkFeatures
from tests.fixtures.corpus.handmade import DAYTON, shooting_document
from tests.fixtures.corpus.handmade import link_of as _cid


def test_a_text_saying_the_shootings_are_not_linked() -> None:
    assert says_unrelated(
        "A man was found shot on Corliss Avenue. Police said they did not believe the two "
        "shootings were related."
    )
    assert says_unrelated(
        "There was no indication the shooting was connected to Tuesday night's killing."
    )
    assert says_unrelated("Police have not linked the killing to last week's shooting.")
    assert says_unrelated("The two shootings are not believed to be connected, police said.")
    # Kinship, other charges, a crime scene's neighbour: no shootings said apart.
    assert not says_unrelated("Police said the gunman is not related to the victims.")
    assert not says_unrelated("He was already held on an unrelated weapons charge.")
    assert not says_unrelated("Police do not believe the farm is related to the crime.")
    # One shooting and something else; a round-up's incidents.
    assert not says_unrelated("The bomb threats are not believed to be connected to the shooting.")
    assert not says_unrelated("There is no indication that these incidents are related.")
    assert says_unrelated("There is no evidence that the two shooting are related.")
    assert not says_unrelated("Police believe the two shootings are related.")


def _feat(
    incident: int, place: str | None, gid: int | None, day: str = "2025-06-07"
) -> LinkFeatures:
    return LinkFeatures(
        incident, incident, incident, day, "day", "Battles", "US", "Ohio", place, gid,
        39.759, -84.192, (), incident, day,
    )  # fmt: skip


def test_sharing_only_the_city_and_the_day_is_two_events() -> None:
    a, b = _feat(1, "Dayton", 4509884), _feat(2, "Dayton", 4509884)
    city_day = ({"dayton": 9.0, "saturday": 9.0, "corliss": 9.0}, 27.0)
    other = ({"dayton": 9.0, "saturday": 9.0, "pellworth": 9.0}, 27.0)
    why = generic_only(a, b, city_day, other)
    assert why is not None and why.startswith("shares only dayton, saturday")
    # One street both give: one event.
    street = ({"dayton": 9.0, "saturday": 9.0, "corliss": 9.0, "pellworth": 9.0}, 36.0)
    assert generic_only(a, b, city_day, street) is None
    # "North Dayton" is a part of the city named after it: its words are the city's.
    north = _feat(3, "North Dayton", None)
    assert "dayton" in link_apart.generic_words(north, _feat(4, None, None))
    # A small place (a park, a neighbourhood the resolver placed) tells apart.
    assert "gage" not in link_apart.generic_words(_feat(5, "Gage Park", 4893365), b)


# id -> (incident day, published, place, text)
DOCS: dict[str, tuple[Any, ...]] = {
    "bar": (
        "2025-06-07",
        "2025-06-08",
        DAYTON,
        "A man was shot and killed late Saturday outside the Tamberlane Tavern on Corliss "
        "Avenue in Dayton, police said. Officers found him in the parking lot.",
    ),
    # The same night, another street, another victim: two first reports sharing only
    # the city and the day.
    "apartment": (
        "2025-06-07",
        "2025-06-08",
        DAYTON,
        "A woman was shot and wounded late Saturday at an apartment complex on the south "
        "side of Dayton, police said. She was taken to a hospital.",
    ),
    # The next night, a report saying its shooting is not the bar's.
    "park": (
        "2025-06-08",
        "2025-06-09",
        DAYTON,
        "A teenager was shot Sunday near Orvell Park in Dayton, a day after a man was killed "
        "outside the Tamberlane Tavern on Corliss Avenue. Police said they did not believe "
        "the two shootings were related.",
    ),
    "bar-named": (
        "2025-06-07",
        "2025-06-10",
        DAYTON,
        "The Montgomery County coroner identified the man shot outside the Tamberlane Tavern "
        "on Saturday as Deshawn Pruitt, 31. Pruitt was a cook, his brother said.",
    ),
    # Six weeks on, an arrest dated by its own day, naming the month and the victim.
    "arrest": (
        "2025-07-22",
        "2025-07-22",
        DAYTON,
        "Dayton police arrested a man on Tuesday in the June killing of Deshawn Pruitt, who "
        "was shot in the chest.",
    ),
}


# The reports telling a death (their one claim: 1 killed); the others tell 1 wounded.
KILLED = {"bar", "bar-named"}


def ingest_shootings(store: Store, docs: dict[str, tuple[Any, ...]], *ids: str) -> None:
    """``handmade.ingest_shootings`` with a death for the reports of ``KILLED``."""

    def read(r: RawDocument) -> Document:
        day, _, place, _ = docs[r.id]
        doc = shooting_document(r, day, place, "shot", 1)
        if r.id not in KILLED:
            return doc
        inc = doc.incidents[0]
        claim = dataclasses.replace(inc.claims[0], figure="killed")
        return dataclasses.replace(doc, incidents=(dataclasses.replace(inc, claims=(claim,)),))

    raws = [RawDocument(id=i, text=docs[i][3], published=docs[i][1]) for i in ids]
    ingest_documents(raws, store, Options(), analyzer=lambda rs, _o: [read(r) for r in rs])


def test_tolls_tell_two_shootings_apart() -> None:
    assert link_apart.tolls_differ((1, None), (None, 2))  # a death / only the wounded
    assert link_apart.tolls_differ((2, 2), (1, None))  # both give the dead, apart
    assert not link_apart.tolls_differ((5, 9), (None, 2))  # a mass shooting unfolding
    assert not link_apart.tolls_differ((2, 2), (2, None))
    assert not link_apart.tolls_differ((None, 5), (None, 4))  # the wounded alone: no proof
    assert not link_apart.tolls_differ((1, None), (None, None))  # one gives nothing


def test_two_first_reports_of_one_night_sharing_only_the_city_stay_apart(store: Store) -> None:
    ingest_shootings(store, DOCS, "bar", "apartment")
    cid, reason = _cid(store, "apartment")
    assert cid != _cid(store, "bar")[0]
    assert "vetoed: shares only dayton, saturday" in reason


def test_without_the_rule_the_scorer_joins_them(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(link_apart, "GENERIC_TEXT", None)
    ingest_shootings(store, DOCS, "bar", "apartment")
    assert _cid(store, "apartment")[0] == _cid(store, "bar")[0]


def test_one_toll_sharing_only_the_city_is_left_to_the_scorer(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Both tell one wounded: a thin report of the same shooting as often as not (GVA).
    monkeypatch.setattr(f"{__name__}.KILLED", set())
    ingest_shootings(store, DOCS, "bar", "apartment")
    assert _cid(store, "apartment")[0] == _cid(store, "bar")[0]


def test_a_report_saying_its_shooting_is_not_linked_stays_apart(store: Store) -> None:
    ingest_shootings(store, DOCS, "bar", "park")
    cid, reason = _cid(store, "park")
    assert cid != _cid(store, "bar")[0]


def test_without_the_statement_rule_the_report_joins(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(link_apart, "SAYS_UNRELATED", False)
    ingest_shootings(store, DOCS, "bar", "park")
    assert _cid(store, "park")[0] == _cid(store, "bar")[0]


def test_the_may_shooting_and_a_month_after_are_months() -> None:
    assert referred_months(
        "He was charged in the May shooting on Corliss Avenue.", "2025-06-20"
    ) == {(2025, 5)}
    assert referred_months(
        "A month after Deshawn Pruitt was shot, no one is charged.", "2025-07-09"
    ) == {(2025, 6)}
    assert referred_months("The shooting may have followed a dispute.", "2025-07-09") == set()


def test_an_arrest_naming_the_month_and_the_victim_joins(store: Store) -> None:
    ingest_shootings(store, DOCS, "bar", "bar-named", "apartment", "arrest")
    cid, reason = _cid(store, "arrest")
    assert cid == _cid(store, "bar-named")[0]
    assert "follow-up naming the month 2025-06" in reason
    # Since link_names.VICTIM_SLOT (thirty-sixth session) the arrest's "killing of Deshawn
    # Pruitt" is a name term of its own, and the incident's best link is the month's
    # follow-up of another of its reports; the name is then the arrest's.
    assert "names deshawn pruitt" in reason or "deshawn_pruitt" in _names(store, "arrest")


def _names(store: Store, external_id: str) -> frozenset[str]:
    """A stored document's name terms."""
    from claimledger.corpus.link_names import names_of

    for doc_id in range(1, 10):
        doc = store.get_document(doc_id)
        if doc is not None and doc.external_id == external_id:
            return names_of(store.get_terms([doc_id]).get(doc_id, []))
    return frozenset()


class _Texts:
    """A store that knows only the new document's text."""

    def document_text(self, document_id: int) -> str:
        del document_id
        return "Police arrested a man Tuesday in the June killing of Deshawn Pruitt."


def test_the_month_sentence_naming_a_victim_picks_one_incident_of_the_month(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new = _feat(9, "Dayton", 4509884, "2025-07-22")
    one, two = _feat(1, "Dayton", 4509884), _feat(2, "Dayton", 4509884, "2025-06-20")
    store: Any = _Texts()
    names = {1: frozenset({"deshawn_pruitt"}), 2: frozenset({"lena_marsh"})}
    got = link_month.followups(store, new, [(one, 1.0, 0.3), (two, 1.0, 0.3)], names=names)
    assert list(got) == [1]
    assert "names deshawn pruitt" in got[1][1]
    # Without the person rule, two incidents of the month: none attached.
    monkeypatch.setattr(link_month, "MONTH_PERSON", False)
    assert link_month.followups(store, new, [(one, 1.0, 0.3), (two, 1.0, 0.3)], names=names) == {}
    # A surname alone, or the other incident's person: no pick.
    monkeypatch.setattr(link_month, "MONTH_PERSON", True)
    names = {1: frozenset({"marcus_pruitt"}), 2: frozenset({"lena_marsh"})}
    assert link_month.followups(store, new, [(one, 1.0, 0.3), (two, 1.0, 0.3)], names=names) == {}
