"""Actors' certainty in the store (schema version 8), in ``show`` and in the web payload.

A perpetrator the text names only as a possibility ("may have been planted by X",
extract/actors/suspicion.py) is kept as suspected; one document stating it makes the
corpus incident's actor stated. Readings are the hand-made corpus's, with one actor
marked by hand (no NLP).
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Any

from rich.console import Console

from claimledger import Options
from claimledger.cli.render import print_sides
from claimledger.corpus import get_incident
from claimledger.corpus.ingest import ingest_documents
from claimledger.export._actors import suspected_names
from claimledger.records import Actor, Document, Evidence, RawDocument
from claimledger.serve.payload import incident_sides
from claimledger.store import Store
from claimledger.store.schema import SCHEMA_VERSION
from tests.fixtures.corpus.handmade import load_raws, read_document

_GROUP = "Velmor Brigades"


def _suspecting(raw: RawDocument) -> Document:
    """The hand-made reading with a suspected perpetrator added to its first incident."""
    doc = read_document(raw)
    if not doc.incidents:
        return doc
    first = doc.incidents[0]
    ev = Evidence(0, 5, raw.text[:5], raw.id, "test", 0.5)
    actor = Actor(_GROUP, "perpetrator", ev, certainty="suspected")
    return replace(
        doc, incidents=(replace(first, actors=(actor, *first.actors)), *doc.incidents[1:])
    )


def _analyzer(raws: list[RawDocument], options: Options) -> list[Document]:
    return [_suspecting(r) for r in raws]


def _with_actor(store: Any) -> Any:
    for cid in store.corpus_incident_ids():
        inc = get_incident(store, cid)
        if inc is not None and any(n == _GROUP for i in inc.incidents for n, _ in i.actors):
            return inc
    raise AssertionError("no incident with the suspected group")


def test_suspected_actor_round_trips_and_shows(store_at: Any) -> None:
    store = Store.open(store_at())
    ingest_documents(load_raws()[:1], store, Options(), analyzer=_analyzer)
    inc = _with_actor(store)
    assert all(_GROUP in i.suspected for i in inc.incidents if (_GROUP, "perpetrator") in i.actors)
    assert suspected_names(inc) == {_GROUP}
    sides = incident_sides(inc)
    assert sides["actor1"] == _GROUP and sides["suspected"] == [_GROUP]
    console = Console(record=True, width=200)
    print_sides(console, inc)
    assert f"Sides: {_GROUP} (suspected)" in console.export_text()
    store.close()


def test_one_document_stating_the_actor_makes_it_stated() -> None:
    from tests.export.made import incident

    inc = incident(actors=((_GROUP, "perpetrator"), ("Civilians", "target")), documents=({}, {}))
    first, second = inc.incidents
    only_suspected = replace(
        inc, incidents=(replace(first, suspected=(_GROUP,)), replace(second, suspected=(_GROUP,)))
    )
    assert suspected_names(only_suspected) == {_GROUP}
    one_states = replace(inc, incidents=(replace(first, suspected=(_GROUP,)), second))
    assert suspected_names(one_states) == frozenset()
    assert incident_sides(one_states)["suspected"] == []
    assert incident_sides(only_suspected)["actor2"] == "Civilians (Iraq)"


def test_a_version_7_store_gains_the_column_and_reads_stated(tmp_path: Any) -> None:
    where = str(tmp_path / "v7.db")
    store = Store.open(where)
    ingest_documents(load_raws()[:1], store, Options(), analyzer=_analyzer)
    store.close()
    con = sqlite3.connect(where)
    con.execute("ALTER TABLE actors DROP COLUMN certainty")
    con.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with Store.open(where) as store:  # opened for writing: the column is added
        inc = _with_actor(store)
        assert suspected_names(inc) == frozenset()  # NULL reads as stated
        version = store._con.execute(  # type: ignore[attr-defined]
            "SELECT value FROM meta WHERE key = 'schema_version'"
        ).fetchone()[0]
        assert int(version) == SCHEMA_VERSION
