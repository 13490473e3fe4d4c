"""The town a neighbourhood lies in ("Englewood" -> Chicago, resources/gazetteer/postal.py)
is kept by the store (schema version 11: locations.city, corpus_incidents.city) and shown
by the exports and the API: a shooting in a city's neighbourhood is filed under the city.
Invented text; the whole pipeline."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from claimledger.corpus import summary as corpus
from claimledger.corpus.ingest import ingest_documents
from claimledger.export.geojson import write_geojson
from claimledger.export.ucdp_csv import write_ucdp_csv
from claimledger.options import Options
from claimledger.records import RawDocument
from claimledger.resources.gazetteer.uszips import zipcodes_version
from claimledger.serve.payload import incident_row
from claimledger.store import Store

pytestmark = pytest.mark.skipif(zipcodes_version() is None, reason="zipcodes not installed")

TEXT = (
    "CHICAGO - A 19-year-old man was shot and wounded in the Englewood neighborhood on "
    "Saturday night, police said. He was taken to a hospital in fair condition."
)


def _store(path: Path) -> tuple[Store, int]:
    store = Store.open(path)
    ingest_documents([RawDocument(id="eng-1", text=TEXT, published="2026-06-08")], store, Options())
    ids = list(store.corpus_incident_ids())
    assert len(ids) == 1
    return store, int(ids[0])


def test_the_city_of_a_neighbourhood_is_stored_and_exported(tmp_path: Path) -> None:
    store, cid = _store(tmp_path / "c.db")
    inc = corpus.get_incident(store, cid)
    assert inc is not None
    assert (inc.row.location, inc.row.city, inc.row.admin1) == ("Englewood", "Chicago", "Illinois")
    assert [i.location.city for i in inc.incidents if i.location] == ["Chicago"]
    assert inc.row.place_words() == "Englewood, Chicago, Illinois, United States"
    assert incident_row(inc.row)["city"] == "Chicago"
    out = io.StringIO()
    write_geojson([inc], out)
    assert json.loads(out.getvalue())["features"][0]["properties"]["city"] == "Chicago"
    out = io.StringIO()
    write_ucdp_csv([inc], out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["where_description"] == "Englewood, Chicago, Illinois, United States"
    store.close()


def test_an_older_store_gains_the_columns_empty(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    store, cid = _store(path)
    store.close()
    con = sqlite3.connect(path)
    con.execute("ALTER TABLE locations DROP COLUMN city")  # a store of version 10
    con.execute("ALTER TABLE corpus_incidents DROP COLUMN city")
    con.execute("UPDATE meta SET value = '10' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    store = Store.open(path)
    inc = corpus.get_incident(store, cid)
    assert inc is not None
    assert (inc.row.location, inc.row.city) == ("Englewood", None)  # re-ingest to fill
    assert inc.row.place_words() == "Englewood, Illinois, United States"
    store.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("11",)
    con.close()
