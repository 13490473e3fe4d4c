"""Schema 7: each document's addresses stored at ingest (``document_addresses``), on both
backends, and read from the texts of a store written before it (helper L, 21st session)."""

from __future__ import annotations

from typing import Any

from claimledger.corpus.ingest import ingest_documents
from claimledger.options import Options
from claimledger.records import Document, RawDocument
from claimledger.store import Store
from claimledger.store.schema import SCHEMA_VERSION
from tests.fixtures.corpus.handmade import DAYTON, shooting_document

# Our own texts: (day, text).
TEXTS = {
    "block": ("2024-06-01", "A man was shot in the 4300 block of Quillhaven Drive early Saturday."),
    "house": ("2024-06-01", "Deputies said one man was shot at 4318 Quillhaven Dr. and died."),
    "corner": ("2024-06-02", "A woman was shot near 71st and Darrowby on Sunday night."),
    "none": ("2024-06-02", "A boy was shot in Farrant County; no street was given."),
}


def _analyzer(raws: list[RawDocument], options: Options) -> list[Document]:
    del options
    return [shooting_document(r, TEXTS[r.id][0], DAYTON, "was shot", 1) for r in raws]


def _rows(store: Store) -> list[tuple[str, str]]:
    rows = store._con.execute(  # type: ignore[attr-defined]
        "SELECT d.external_id, a.address FROM document_addresses a "
        "JOIN documents d ON d.id = a.document_id ORDER BY d.external_id, a.address"
    ).fetchall()
    return [tuple(r) for r in rows]


def test_ingest_stores_each_document_s_addresses(store_at: Any) -> None:
    raws = [RawDocument(id=k, text=t, published=d) for k, (d, t) in TEXTS.items()]
    with Store.open(store_at()) as store:
        ingest_documents(raws, store, Options(), analyzer=_analyzer)
        assert _rows(store) == [
            ("block", "4300 quillhaven dr"),
            ("corner", "71st & darrowby"),
            ("house", "4300 quillhaven dr"),
        ]
        ids = {store.get_document(i).external_id: i for i in store.document_ids()}
        got = store.get_addresses([ids["house"], ids["none"], ids["corner"]])
        assert got == {
            ids["house"]: frozenset({"4300 quillhaven dr"}),
            ids["corner"]: frozenset({"71st & darrowby"}),
        }
        assert store.get_addresses([]) == {}


def test_an_older_store_gains_its_addresses_from_its_texts(store_at: Any) -> None:
    where = store_at()
    raws = [RawDocument(id=k, text=t, published=d) for k, (d, t) in TEXTS.items()]
    with Store.open(where) as store:
        ingest_documents(raws, store, Options(), analyzer=_analyzer)
        written = _rows(store)
        n_links = store._con.execute("SELECT COUNT(*) FROM incident_links").fetchone()[0]  # type: ignore[attr-defined]
        with store.transaction():  # back to a version-6 store: no table
            con = store._con  # type: ignore[attr-defined]
            con.execute("DROP TABLE document_addresses")
            con.execute("UPDATE meta SET value = '6' WHERE key = 'schema_version'")
    with Store.open(where) as store:  # the step adds the table and reads the texts
        assert _rows(store) == written
        con = store._con  # type: ignore[attr-defined]
        assert con.execute("SELECT COUNT(*) FROM incident_links").fetchone()[0] == n_links
        version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        assert int(version[0]) == SCHEMA_VERSION >= 7
    with Store.open(where) as store:  # a current store is not read again
        assert _rows(store) == written
