"""A statistic over a period or an area ("so far this year, 140 people have been killed in
the city") is listed with its incident and never counted in its figures: at the document
level as before, and now at the corpus level too (the store keeps the flag, schema version
10). Before, the store dropped the flag and the corpus incident read "killed 2-140, sources
disagree" where its document read 2. Invented text; the whole pipeline."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

from claimledger.corpus import summary as corpus
from claimledger.corpus.ingest import ingest_documents
from claimledger.corpus.timeline import toll_timelines
from claimledger.export.claims_csv import write_claims_csv
from claimledger.options import Options
from claimledger.records import RawDocument
from claimledger.store import Store
from claimledger.store.schema import SCHEMA_VERSION

TEXT = (
    "Two men were shot dead outside a bakery in Dorvel on Tuesday night, police said. So far "
    "this year, 140 people have been killed in shootings in the city, according to police "
    "figures."
)


def _store(path: Path) -> tuple[Store, int]:
    store = Store.open(path)
    ingest_documents(
        [RawDocument(id="dorvel-1", text=TEXT, published="2026-05-06")], store, Options()
    )
    ids = list(store.corpus_incident_ids())
    assert len(ids) == 1
    return store, int(ids[0])


def test_a_statistic_is_stored_and_not_counted(tmp_path: Path) -> None:
    store, cid = _store(tmp_path / "c.db")
    inc = corpus.get_incident(store, cid)
    assert inc is not None
    stats = [(c.low, c.aggregate) for c in inc.claims if c.figure == "killed"]
    assert sorted(stats) == [(2, False), (140, True)]
    killed = inc.figures["killed"]
    assert (killed.low, killed.best, killed.high) == (2, 2, 2)
    assert not killed.contested
    assert [p.low for p in toll_timelines(inc.claims)["killed"].points] == [2]
    out = io.StringIO()
    write_claims_csv([inc], out)
    rows = {r["statement"][:8]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert rows["So far t"]["aggregate"] == "1" and rows["Two men "]["aggregate"] == "0"
    store.close()


def test_an_older_store_gains_the_column_and_reads_its_claims_as_counted(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    store, cid = _store(path)
    store.close()
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE claims DROP COLUMN aggregate")  # a store of version 9
    con.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    store = Store.open(path)
    inc = corpus.get_incident(store, cid)
    assert inc is not None
    assert not any(c.aggregate for c in inc.claims)  # NULL: what every claim was taken for
    assert inc.figures["killed"].high == 140
    store.close()
    con = sqlite3.connect(path)
    version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    assert int(version[0]) == SCHEMA_VERSION >= 10
    con.close()
