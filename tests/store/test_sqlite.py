"""The SQLite store: schema, round trips, transactions, savepoints."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimledger.errors import StoreError
from claimledger.records import Document
from claimledger.store import IncidentQuery, SQLiteStore, Store
from claimledger.store.schema import SCHEMA, schema_statements
from tests.fixtures.corpus.handmade import build_store, load_raws, read_document

TABLES = {
    "documents",
    "document_ids",
    "segments",
    "incidents",
    "incident_links",
    "corpus_incidents",
    "claims",
    "actors",
    "locations",
    "warnings",
    "errors",
    "corpus_figures",
    "document_estimates",
    "document_sketches",
    "document_terms",
    "term_counts",
    "meta",
}


def _doc(i: int = 0) -> Document:
    return read_document(load_raws()[i])


def test_sqlite_schema_creates_readable_tables_in_wal_mode(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    Store.open(db).close()
    con = sqlite3.connect(db)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert names >= TABLES
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    cols = [r[1] for r in con.execute("PRAGMA table_info(claims)")]
    for col in (
        "source_name",
        "source_kind",
        "qualifier",
        "hedged",
        "evidence_start",
        "document_date",
    ):
        assert col in cols


def test_sqlite_schema_postgres_key_placeholder() -> None:
    pg = schema_statements("BIGSERIAL PRIMARY KEY")
    assert any("id BIGSERIAL PRIMARY KEY" in s for s in pg)
    assert not any("{pk}" in s for s in SCHEMA)


def test_sqlite_open_dispatches_on_the_url_scheme(tmp_path: Path) -> None:
    with Store.open(tmp_path / "c.db") as store:
        assert isinstance(store, SQLiteStore)
    with Store.open(str(tmp_path / "postgresql.db")) as store:  # a file name, not a URL
        assert isinstance(store, SQLiteStore)


def test_sqlite_open_non_database_file_raises_store_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(StoreError):
        Store.open(bad)


def test_sqlite_document_round_trip_keeps_offsets(tmp_path: Path) -> None:
    doc = _doc(0)
    with Store.open(tmp_path / "c.db") as store, store.transaction():
        pk = store.add_document(doc, "h0")
        assert store.find_by_hash("h0") == pk
        assert store.find_by_hash("nope") is None
        stored = store.get_document(pk)
        assert stored.external_id == "kirkuk-wire-1"
        assert stored.stated_date == "2024-03-10"
        feats = store.link_features(pk)
        assert len(feats) == 1
        assert (feats[0].place, feats[0].country_code, feats[0].date) == (
            "Kirkuk",
            "IQ",
            "2024-03-10",
        )
        text = store.document_text(pk)
    con = sqlite3.connect(tmp_path / "c.db")
    rows = con.execute(
        "SELECT evidence_start, evidence_end, evidence_text, source_name FROM claims ORDER BY id"
    ).fetchall()
    assert len(rows) == 3
    for start, end, ev, _ in rows:
        assert text[start:end] == ev
    assert rows[0][3] == "Iraqi health ministry"


def test_sqlite_external_ids_are_aliases(tmp_path: Path) -> None:
    with Store.open(tmp_path / "c.db") as store, store.transaction():
        pk = store.add_document(_doc(0), "h0")
        assert store.add_external_id(pk, "mirror-7") is True
        assert store.add_external_id(pk, "mirror-7") is False
        assert store.get_document(pk).external_ids == ("kirkuk-wire-1", "mirror-7")


def test_sqlite_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "c.db")
    with pytest.raises(RuntimeError), store.transaction():
        store.add_document(_doc(0), "h0")
        raise RuntimeError("crash in the middle")
    assert store.counts().documents == 0
    assert store.counts().claims == 0


def test_sqlite_savepoint_undoes_only_its_document(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "c.db")
    with store.transaction():
        store.add_document(_doc(0), "h0")
        with pytest.raises(RuntimeError), store.savepoint():
            store.add_document(_doc(1), "h1")
            raise RuntimeError("bad document")
    counts = store.counts()
    assert (counts.documents, counts.incidents) == (1, 1)


def test_sqlite_record_error_is_idempotent(tmp_path: Path) -> None:
    with Store.open(tmp_path / "c.db") as store, store.transaction():
        assert store.record_error("a.txt", 0, "empty file") is True
        assert store.record_error("a.txt", 0, "empty file") is False
        assert [(e.source, e.reason) for e in store.errors()] == [("a.txt", "empty file")]


def test_sqlite_sketch_neighbours_counts_shared_hashes(tmp_path: Path) -> None:
    with Store.open(tmp_path / "c.db") as store, store.transaction():
        a = store.add_document(_doc(0), "h0")
        b = store.add_document(_doc(1), "h1")
        store.add_sketch(a, [1, 2, 3, 4])
        store.add_sketch(b, [3, 4, 5])
        assert set(store.sketch_neighbours([3, 4, 9], 2)) == {(a, 2), (b, 2)}
        assert store.sketch_neighbours([1, 2], 2) == [(a, 2)]


def test_sqlite_term_counts_accumulate(tmp_path: Path) -> None:
    with Store.open(tmp_path / "c.db") as store, store.transaction():
        a = store.add_document(_doc(0), "h0")
        b = store.add_document(_doc(1), "h1")
        store.add_terms(a, ["kirkuk", "bazaar"])
        store.add_terms(b, ["kirkuk", "hospital"])
        assert store.term_document_counts(["kirkuk", "bazaar", "zzz"]) == {"kirkuk": 2, "bazaar": 1}
        assert store.get_terms([b]) == {b: ["kirkuk", "hospital"]}


def test_sqlite_query_filters(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    by = store.query_corpus_incidents
    assert {r.location for r in by(IncidentQuery(country="IQ"))} == {"Kirkuk", "Baghdad"}
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


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sqlite_read_only_store_is_readable_and_not_written(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    build_store(db).close()
    before = _digest(db)
    db.chmod(0o444)
    try:
        with Store.open(db, read_only=True) as store:
            assert len(store.query_corpus_incidents(IncidentQuery())) == 4
            with pytest.raises(sqlite3.OperationalError, match="readonly"), store.transaction():
                store.record_error("x", 1, "y")
    finally:
        db.chmod(0o644)
    assert _digest(db) == before


def test_sqlite_open_current_store_does_not_rewrite_the_schema(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    build_store(db).close()
    before = _digest(db)
    Store.open(db).close()  # opened for writing, nothing written
    assert _digest(db) == before


def test_sqlite_read_only_open_of_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "typo.db"
    with pytest.raises(StoreError, match="no such store"):
        Store.open(db, read_only=True)
    assert not db.exists()


def test_sqlite_read_only_open_of_a_non_database_raises_store_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(StoreError, match="not a database"):
        Store.open(bad, read_only=True)
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(StoreError, match="not a claimledger store"):
        Store.open(empty, read_only=True)


def test_sqlite_read_only_open_of_another_sqlite_file_says_not_a_store(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a claimledger store"):
        Store.open(other, read_only=True)
