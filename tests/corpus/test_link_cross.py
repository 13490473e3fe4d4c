"""Linking across a wrongly read country (``link_search.CROSS_COUNTRY_TEXT``) and the
cluster check of a join (``corpus/link_cohesion.py``)."""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.corpus import link, link_cohesion, link_search
from claimledger.corpus.ingest import ingest_documents
from claimledger.options import Options
from claimledger.records import Document, RawDocument
from claimledger.store import Store
from tests.fixtures.corpus.handmade import DAYTON, shooting_document
from tests.fixtures.corpus.handmade import link_of as _cid

# A namesake abroad: the resolver read "Man" (a town in Côte d'Ivoire) as the place.
MAN = ("Man", "Côte d'Ivoire", "Montagnes", 7.412, -7.554, 2286304, "CI")
DANANE = ("Danané", "Côte d'Ivoire", "Montagnes", 7.262, -8.155, 2289887, "CI")

# Our own texts: (incident day, place as the pipeline read it, text).
DOCS: dict[str, tuple[str, tuple[Any, ...], str]] = {
    "dayton": (
        "2024-05-04",
        DAYTON,
        "Tavion Greer, 19, was shot on Wolf Creek Pike in Dayton on Saturday. Greer was "
        "taken to Miami Valley Hospital, Sgt. Lena Ortmann said.",
    ),
    "man": (
        "2024-05-05",
        MAN,
        "A Man was shot on Wolf Creek Pike late Saturday and remains at Miami Valley "
        "Hospital, Sgt. Lena Ortmann told reporters.",
    ),
    # Another event in that other country, the same weekend: it shares no name.
    "abroad": (
        "2024-05-05",
        DANANE,
        "A farmer was shot near the market of Danané, local officials said.",
    ),
}


def _analyzer(raws: list[RawDocument], options: Options) -> list[Document]:
    del options
    return [shooting_document(r, DOCS[r.id][0], DOCS[r.id][1], "was shot", 1) for r in raws]


def _ingest(store: Store, *ids: str) -> None:
    raws = [RawDocument(id=i, text=DOCS[i][2], published=DOCS[i][0]) for i in ids]
    ingest_documents(raws, store, Options(), analyzer=_analyzer)


def test_a_report_whose_place_was_read_in_another_country_joins_by_its_names(
    store: Store,
) -> None:
    _ingest(store, "dayton", "man", "abroad")
    cid, reason = _cid(store, "man")
    assert cid == _cid(store, "dayton")[0]
    assert reason.startswith("learned ") and "country CI≠US" in reason
    # The other country's own event shares nothing with either and stays apart.
    assert _cid(store, "abroad")[0] != cid


def test_without_the_cross_country_search_the_country_keeps_them_apart(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(link_search, "CROSS_COUNTRY_TEXT", None)
    _ingest(store, "dayton", "man")
    assert _cid(store, "man")[0] != _cid(store, "dayton")[0]
    assert _cid(store, "man")[1].startswith("new incident (no candidate")


def test_the_rules_linker_also_reads_the_other_country_at_high_text(store: Store) -> None:
    with link.using(link.RULES):
        _ingest(store, "dayton", "man")
    cid, reason = _cid(store, "man")
    assert cid == _cid(store, "dayton")[0]
    assert "places disagree (country CI≠US)" in reason


def test_an_incident_whose_members_disagree_is_passed_over(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scored = {1: (0.95, "a", 1), 2: (0.8, "b", 2)}
    members = {1: [0.95, 0.0, 0.0], 2: [0.8]}
    # Off (the default): the best member decides.
    assert link_cohesion.choose(scored, members, 0.7, 0.9) == (scored[1], [], False)
    monkeypatch.setattr(link_cohesion, "COHESION_SECOND", 0.3)
    assert link_cohesion.choose(scored, members, 0.7, 0.9) == (scored[2], [], True)
    members[1] = [0.95, 0.4, 0.0]
    assert link_cohesion.choose(scored, members, 0.7, 0.9) == (scored[1], [], False)


def test_a_merge_needs_several_members_of_each_side_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scored = {1: (0.97, "a", 1), 2: (0.95, "b", 2)}
    members = {1: [0.97, 0.96], 2: [0.95, 0.1]}
    assert link_cohesion.choose(scored, members, 0.7, 0.9)[1] == [1, 2]
    monkeypatch.setattr(link_cohesion, "MERGE_AGREE", 2)
    assert link_cohesion.choose(scored, members, 0.7, 0.9)[1] == []
    members[2] = [0.95, 0.92]
    assert link_cohesion.choose(scored, members, 0.7, 0.9)[1] == [1, 2]
