"""The Datasette metadata file: valid, naming real tables, canned queries that run."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from claimledger.store.schema import SCHEMA
from tests.fixtures.corpus.handmade import build_store, corpus_incident_of

METADATA = Path(__file__).resolve().parents[2] / "src/claimledger/resources/datasette.json"


def _metadata() -> dict:  # type: ignore[type-arg]
    return json.loads(METADATA.read_text(encoding="utf-8"))


def test_datasette_metadata_names_every_table_and_hides_internal_ones() -> None:
    db = _metadata()["databases"]["corpus"]
    created = {s.split()[5] for s in SCHEMA if s.startswith("CREATE TABLE")}
    assert set(db["tables"]) == created
    hidden = {t for t, v in db["tables"].items() if v.get("hidden")}
    assert hidden == {
        "meta",
        "document_sketches",
        "document_terms",
        "incident_terms",
        "term_counts",
    }


def test_datasette_canned_queries_run_on_a_store(tmp_path: Path) -> None:
    store = build_store(tmp_path / "corpus.db")
    kirkuk = corpus_incident_of(store, "kirkuk-wire-1")
    store.close()
    queries = _metadata()["databases"]["corpus"]["queries"]
    con = sqlite3.connect(tmp_path / "corpus.db")
    side = con.execute(queries["claims_side_by_side"]["sql"], {"incident_id": kirkuk}).fetchall()
    killed = sorted((r[1], r[4]) for r in side if r[0] == "killed")
    assert killed == [
        ("Brigadier Saman Aziz", 10),
        ("Iraqi health ministry", 12),
        ("Iraqi health ministry", 12),
        ("Iraqi health ministry", 17),
        ("a doctor at Azadi hospital", 14),
        ("police", 10),
        ("police", 10),
    ]
    contested = con.execute(queries["contested_incidents"]["sql"]).fetchall()
    assert [(r[4], r[8], r[9], r[10], r[11]) for r in contested][0] == (
        "Kirkuk",
        "killed",
        10,
        14,
        17,
    )
    assert all(r[8] for r in contested)
