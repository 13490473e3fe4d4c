"""The store on both backends (SQLite, PostgreSQL): round trips, transactions, savepoints,
queries, read-only opening. ``store_at`` (tests/conftest.py) runs each test on each."""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.errors import StoreError
from claimledger.records import Document
from claimledger.store import IncidentQuery, Store
from claimledger.store.schema import SCHEMA_VERSION
from tests.fixtures.corpus.handmade import build_store, load_raws, read_document


def _doc(i: int = 0) -> Document:
    return read_document(load_raws()[i])


def test_store_document_round_trip_keeps_offsets(store_at: Any) -> None:
    doc = _doc(0)
    with Store.open(store_at()) as store, store.transaction():
        pk = store.add_document(doc, "h0")
        assert store.find_by_hash("h0") == pk
        assert store.find_by_hash("nope") is None
        stored = store.get_document(pk)
        assert stored.external_id == "kirkuk-wire-1"
        assert stored.stated_date == "2024-03-10"
        assert stored.content_hash == "h0"
        feats = store.link_features(pk)
        assert len(feats) == 1
        assert (feats[0].place, feats[0].country_code, feats[0].date) == (
            "Kirkuk",
            "IQ",
            "2024-03-10",
        )
        text = store.document_text(pk)
        assert text == doc.text
        claims = store.claims_of_document(pk)
        assert len(claims) == 3
        for c in claims:
            assert text[c.evidence.start : c.evidence.end] == c.evidence.text
        assert claims[0].source_name == "Iraqi health ministry"
        assert isinstance(claims[0].hedged, bool)
        assert [s.kind for s in store.segments_of(pk)] == [s.kind for s in doc.segments]


def test_store_ids_are_numbered_in_insertion_order(store_at: Any) -> None:
    with Store.open(store_at()) as store, store.transaction():
        a = store.add_document(_doc(0), "h0")
        b = store.add_document(_doc(1), "h1")
        c1, c2 = store.new_corpus_incident(), store.new_corpus_incident()
        assert 0 < a < b and 0 < c1 < c2
        assert store.document_ids() == [a, b]


def test_store_same_hash_twice_is_already_stored(store_at: Any) -> None:
    from claimledger.store.base import AlreadyStoredError

    with Store.open(store_at()) as store, store.transaction():
        pk = store.add_document(_doc(0), "h0")
        with pytest.raises(AlreadyStoredError) as err, store.savepoint():
            store.add_document(_doc(1), "h0")
        assert err.value.document_id == pk
        assert store.counts().documents == 1  # the transaction goes on after the conflict
        store.add_document(_doc(1), "h1")
        assert store.counts().documents == 2


def test_store_external_ids_are_aliases(store_at: Any) -> None:
    with Store.open(store_at()) as store, store.transaction():
        pk = store.add_document(_doc(0), "h0")
        assert store.add_external_id(pk, "mirror-7") is True
        assert store.add_external_id(pk, "mirror-7") is False
        assert store.get_document(pk).external_ids == ("kirkuk-wire-1", "mirror-7")
        assert store.external_id_owner("mirror-7") == pk
        assert store.external_id_owner("nobody") is None


def test_store_transaction_rolls_back_on_error(store_at: Any) -> None:
    with Store.open(store_at()) as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.add_document(_doc(0), "h0")
            raise RuntimeError("crash in the middle")
        assert store.counts().documents == 0
        assert store.counts().claims == 0


def test_store_savepoint_undoes_only_its_document(store_at: Any) -> None:
    with Store.open(store_at()) as store:
        with store.transaction():
            store.add_document(_doc(0), "h0")
            with pytest.raises(RuntimeError), store.savepoint():
                store.add_document(_doc(1), "h1")
                raise RuntimeError("bad document")
        counts = store.counts()
        assert (counts.documents, counts.incidents) == (1, 1)


def test_store_savepoint_recovers_from_a_failed_statement(store_at: Any) -> None:
    # PostgreSQL aborts the whole transaction on an error unless a savepoint catches it.
    with Store.open(store_at()) as store:
        with store.transaction():
            store.add_document(_doc(0), "h0")
            with pytest.raises(Exception, match="(?i)foreign key|constraint"), store.savepoint():
                store.link(999_999, 999_999, 1.0, "no such incident")
            store.record_error("x.txt", 1, "after the failure")
        assert store.counts().documents == 1
        assert [e.reason for e in store.errors()] == ["after the failure"]


def test_store_record_error_is_idempotent(store_at: Any) -> None:
    with Store.open(store_at()) as store, store.transaction():
        assert store.record_error("a.txt", 0, "empty file") is True
        assert store.record_error("a.txt", 0, "empty file") is False
        assert [(e.source, e.reason) for e in store.errors()] == [("a.txt", "empty file")]


def test_store_sketch_neighbours_count_shared_64_bit_hashes(store_at: Any) -> None:
    big = [2**62 + 1, -(2**63), 2**63 - 1]  # SQLite's INTEGER is 64-bit: so must PostgreSQL's be
    with Store.open(store_at()) as store, store.transaction():
        a = store.add_document(_doc(0), "h0")
        b = store.add_document(_doc(1), "h1")
        store.add_sketch(a, [1, 2, 3, 4, *big])
        store.add_sketch(b, [3, 4, 5])
        assert set(store.sketch_neighbours([3, 4, 9], 2)) == {(a, 2), (b, 2)}
        assert store.sketch_neighbours([1, 2], 2) == [(a, 2)]
        assert store.get_sketch(a) == sorted([1, 2, 3, 4, *big])


def test_store_term_counts_accumulate(store_at: Any) -> None:
    with Store.open(store_at()) as store, store.transaction():
        a = store.add_document(_doc(0), "h0")
        b = store.add_document(_doc(1), "h1")
        store.add_terms(a, ["kirkuk", "bazaar"])
        store.add_terms(b, ["kirkuk", "hospital"])
        assert store.term_document_counts(["kirkuk", "bazaar", "zzz"]) == {"kirkuk": 2, "bazaar": 1}
        assert store.get_terms([b]) == {b: ["kirkuk", "hospital"]}
        assert store.total_documents() == 2


def test_store_query_filters(store_at: Any) -> None:
    store = build_store(store_at())
    by = store.query_corpus_incidents
    assert {r.location for r in by(IncidentQuery(country="IQ"))} == {"Kirkuk", "Baghdad"}
    assert {r.location for r in by(IncidentQuery(country="iq"))} == {"Kirkuk", "Baghdad"}
    assert {r.location for r in by(IncidentQuery(country="nigeria"))} == {"Damboa"}
    assert [r.location for r in by(IncidentQuery(since="2024-03-11", until="2024-03-31"))] == [
        "Baghdad",
        "Maarrat Misrin",
    ]
    assert [r.location for r in by(IncidentQuery(place="idlib"))] == ["Maarrat Misrin"]
    assert [r.location for r in by(IncidentQuery(actor="boko"))] == ["Damboa"]
    assert {r.location for r in by(IncidentQuery(event_type="battles"))} == {"Damboa", "Baghdad"}
    contested = {r.location for r in by(IncidentQuery(contested=True))}
    assert contested == {"Kirkuk", "Maarrat Misrin", "Damboa"}
    assert by(IncidentQuery(place="100%")) == []  # LIKE wildcards are matched literally
    everything = by(IncidentQuery())
    assert [r.location for r in by(IncidentQuery(limit=2, offset=1))] == [
        r.location for r in everything[1:3]
    ]
    assert [r.location for r in by(IncidentQuery(offset=3))] == [r.location for r in everything[3:]]
    assert store.count_corpus_incidents(IncidentQuery(country="IQ")) == 2
    store.close()


def test_store_reads_figures_and_incidents(store_at: Any) -> None:
    store = build_store(store_at())
    ids = store.corpus_incident_ids()
    assert len(ids) == 4
    many = store.figures_of_many(ids)
    for cid in ids:
        assert many[cid] == store.figures_of(cid)
        row = store.get_corpus_incident(cid)
        assert row is not None and isinstance(row.contested, bool)
        for inc in store.incidents_of(cid):
            assert inc.corpus_incident_id == cid
            assert isinstance(inc.link_score, float)
    kirkuk = next(r for r in store.query_corpus_incidents(IncidentQuery(place="kirkuk")))
    killed = next(f for f in store.figures_of(kirkuk.id) if f.figure == "killed")
    assert (killed.low, killed.best, killed.high) == (10, 14, 17)
    assert isinstance(kirkuk.latitude, float)
    store.close()


def test_store_reopen_keeps_the_schema_version(store_at: Any) -> None:
    where = store_at()
    build_store(where).close()
    with Store.open(where) as store:
        assert store.counts().documents == 13
    with Store.open(where, read_only=True) as store:
        assert store.counts().documents == 13
        assert (
            int(
                store._con.execute(
                    "SELECT value FROM meta WHERE key = 'schema_version'"
                ).fetchone()[0]
            )
            == SCHEMA_VERSION
        )  # type: ignore[attr-defined]  # noqa: E501


def test_store_older_schema_is_completed_on_a_write_open(store_at: Any) -> None:
    where = store_at()
    with Store.open(where) as store, store.transaction():
        store.add_document(_doc(0), "h0")
        con = store._con  # type: ignore[attr-defined]
        con.execute("DROP TABLE term_counts")  # a table an older version did not have
        con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    with Store.open(where) as store:  # the missing table appears, the version is raised
        assert store.counts().documents == 1
        with store.transaction():
            store.add_terms(store.document_ids()[0], ["kirkuk"])
        assert store.term_document_counts(["kirkuk"]) == {"kirkuk": 1}
        version = store._con.execute(  # type: ignore[attr-defined]
            "SELECT value FROM meta WHERE key = 'schema_version'"
        ).fetchone()[0]
        assert int(version) == SCHEMA_VERSION


def test_store_read_only_store_is_readable_and_not_written(store_at: Any) -> None:
    where = store_at()
    build_store(where).close()
    with Store.open(where, read_only=True) as store:
        assert len(store.query_corpus_incidents(IncidentQuery())) == 4
        with pytest.raises(Exception, match="(?i)read.?only"), store.transaction():
            store.record_error("x", 1, "y")
        assert store.errors() == []


def test_store_read_only_open_of_an_empty_store_says_not_a_store(store_at: Any) -> None:
    where = store_at()
    if store_at.backend == "sqlite":
        open(where, "wb").close()
    with pytest.raises(StoreError, match="not a claimledger store"):
        Store.open(where, read_only=True)
