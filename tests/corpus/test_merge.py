"""Corpus incidents that merge and split: bridging documents, redirects, manual decisions."""

from __future__ import annotations

import pytest

from claimledger.corpus import get_incident, link, merge
from claimledger.corpus.ingest import ingest_documents
from claimledger.options import Options
from claimledger.records import (
    Document,
    RawDocument,
)
from claimledger.store import Store
from tests.fixtures.corpus.handmade import DAYTON, TOLEDO, link_of, shooting_document

# Two reports of one shooting that share no name: linking keeps them apart.
# The third names the people of both, so it bridges them.
TEXTS = {
    "dayton-a": "Shots on Salem Avenue. Officers found Darnell Whitcomb wounded near Gettysburg "
    "Park, and Lieutenant Okafor said two men were shot.",
    "dayton-b": "Gunfire at a Hoover Avenue party. Medic Priya Castellano treated Jerome Aldana, "
    "and Sergeant Vukovich said two men were shot.",
    "dayton-c": "Police named the victims. Darnell Whitcomb and Jerome Aldana were shot at Salem "
    "Avenue near Gettysburg Park; Lieutenant Okafor and Sergeant Vukovich spoke. "
    "Medic Priya Castellano said two men were shot.",
    "toledo-a": "A robbery at a Dorr Street store. Clerk Hassan Breckenridge said one man was shot.",
    "dayton-e": "Names released: Jerome Aldana and Darnell Whitcomb. Medic Priya Castellano, "
    "Sergeant Vukovich and Lieutenant Okafor said two men were shot near Gettysburg Park.",
    # Five weeks later: a funeral, dated by its own publication day.
    "dayton-f": "Relatives buried Darnell Whitcomb on Saturday. Pastor Amos Delacroix spoke "
    "of the May 4 shooting, in which two men were shot.",
    "dayton-g": "Relatives buried Darnell Whitcomb on Saturday. Pastor Amos Delacroix spoke "
    "of the shooting, in which two men were shot.",
    "dayton-d": "More on Salem Avenue: Darnell Whitcomb remains in hospital, Lieutenant Okafor "
    "said, and two men were shot near Gettysburg Park.",
}


def _analyzer(raws: list[RawDocument], options: Options) -> list[Document]:
    del options
    out = []
    for raw in raws:
        place = TOLEDO if raw.id.startswith("toledo") else DAYTON
        figure = "one man was shot" if raw.id.startswith("toledo") else "two men were shot"
        out.append(shooting_document(raw, raw.published or "", place, figure, 2))
    return out


def _ingest(store: Store, *ids: str, published: str = "2024-05-04") -> None:
    raws = [RawDocument(id=i, text=TEXTS[i], published=published) for i in ids]
    ingest_documents(raws, store, Options(), analyzer=_analyzer)


def _cid(store: Store, external_id: str) -> int:
    return link_of(store, external_id)[0]


def test_merge_bridging_document_merges_two_incidents_and_the_absorbed_id_redirects(
    store: Store,
) -> None:
    _ingest(store, "dayton-a", "dayton-b")
    a, b = _cid(store, "dayton-a"), _cid(store, "dayton-b")
    assert a != b  # no shared name: two incidents so far
    _ingest(store, "dayton-c")
    assert _cid(store, "dayton-a") == _cid(store, "dayton-b") == _cid(store, "dayton-c") == a
    assert store.corpus_incident_ids() == [a]  # the absorbed incident is no longer listed
    inc = get_incident(store, b)  # the absorbed id answers with the survivor
    assert inc is not None and inc.row.id == a and inc.row.n_documents == 3
    assert store.resolve_corpus_incident(b) == a and store.absorbed_into(a) == [b]
    (decision,) = merge.history(store, b)
    assert (decision.action, decision.corpus_incident_id, decision.other_id) == ("merge", a, b)
    assert not decision.manual and "bridged by incident" in (decision.note or "")


def test_merge_greedy_linker_never_merges(store: Store) -> None:
    with link.using(link.GREEDY):
        _ingest(store, "dayton-a", "dayton-b", "dayton-c")
    assert _cid(store, "dayton-a") != _cid(store, "dayton-b")
    assert store.absorbed_into(_cid(store, "dayton-a")) == []


def test_merge_manual_split_survives_the_next_ingest(store: Store) -> None:
    _ingest(store, "dayton-a", "dayton-b")
    b = _cid(store, "dayton-b")
    _ingest(store, "dayton-c")
    a = _cid(store, "dayton-a")
    result = merge.split(store, a, documents=["dayton-b"], note="another party")
    new = result.new_corpus_incident_id
    assert _cid(store, "dayton-b") == new and _cid(store, "dayton-a") == a
    assert store.kept_apart(a, new) and store.kept_apart(new, a)
    # dayton-e names the people of both sides, as dayton-c did when it merged
    # them: it joins one side and does not bring the other back.
    _ingest(store, "dayton-e", "dayton-d")
    assert _cid(store, "dayton-e") in (a, new)
    assert _cid(store, "dayton-d") == a
    assert _cid(store, "dayton-b") == new
    assert store.absorbed_into(a) == [b]  # only the merge before the split
    assert get_incident(store, new) is not None
    assert [d.action for d in merge.history(store, a)] == ["merge", "split"]


def test_merge_manual_merge_is_respected_by_later_ingests(store: Store) -> None:
    _ingest(store, "dayton-a", "toledo-a")
    a, t = _cid(store, "dayton-a"), _cid(store, "toledo-a")
    assert a != t  # 200 km apart: linking keeps them apart
    assert merge.merge(store, t, a, note="one spree") == t
    _ingest(store, "dayton-b", "dayton-d")
    assert _cid(store, "dayton-a") == _cid(store, "toledo-a") == _cid(store, "dayton-d") == t
    inc = get_incident(store, a)
    assert inc is not None and inc.row.id == t
    (decision,) = merge.history(store, t)
    assert decision.manual and decision.note == "one spree"


def test_merge_manual_merge_lifts_a_split(store: Store) -> None:
    _ingest(store, "dayton-a", "dayton-c")
    a = _cid(store, "dayton-a")
    new = merge.split(store, a, documents=["dayton-c"]).new_corpus_incident_id
    assert merge.merge(store, a, new) == a
    assert not store.kept_apart(a, new)
    assert _cid(store, "dayton-c") == a


def test_merge_errors(store: Store) -> None:
    _ingest(store, "dayton-a", "dayton-c")
    a = _cid(store, "dayton-a")
    with pytest.raises(merge.CurationError, match="no incident 99"):
        merge.merge(store, a, 99)
    with pytest.raises(merge.CurationError, match="already one"):
        merge.merge(store, a, a)
    with pytest.raises(merge.CurationError, match="not part of this incident"):
        merge.split(store, a, documents=["toledo-a"])
    with pytest.raises(merge.CurationError, match="at least one"):
        merge.split(store, a, documents=["dayton-a", "dayton-c"])
    with pytest.raises(merge.CurationError, match="name the documents"):
        merge.split(store, a)


def test_merge_follow_up_weeks_later_attaches_through_the_day_it_names(store: Store) -> None:
    _ingest(store, "dayton-a")
    a = _cid(store, "dayton-a")
    # The funeral report is dated 12 June (its incident date is its own day):
    # beyond the date window, it joins through the "May 4" it names.
    _ingest(store, "dayton-f", published="2024-06-12")
    assert _cid(store, "dayton-f") == a
    (report,) = [i for i in store.incidents_of(a) if i.external_id == "dayton-f"]
    assert report.date == "2024-06-12"
    assert "follow-up naming 2024-05-04" in (report.link_reason or "")


def test_merge_follow_up_without_the_day_starts_its_own_incident(store: Store) -> None:
    _ingest(store, "dayton-a")
    # The same funeral text without the day it refers to: too far back to join.
    _ingest(store, "dayton-g", published="2024-06-12")
    assert _cid(store, "dayton-g") != _cid(store, "dayton-a")


def test_merge_greedy_linker_leaves_the_follow_up_alone(store: Store) -> None:
    with link.using(link.GREEDY):
        _ingest(store, "dayton-a")
        _ingest(store, "dayton-f", published="2024-06-12")
    assert _cid(store, "dayton-f") != _cid(store, "dayton-a")
