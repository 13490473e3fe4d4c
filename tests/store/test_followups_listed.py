"""Follow-ups shown to users: a document that reads no incident of its own, attached to
the incident it follows up (``corpus/link_followup.py``), is listed by ``show``, the API
and the JSON export, under the survivor of a merge too; schema version 9 lists its table.
Our own invented reports (thirtieth session, coordinator)."""

from __future__ import annotations

import json
import sqlite3
from io import StringIO
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from claimledger.cli import main
from claimledger.corpus import get_incident, merge
from claimledger.corpus.summary import get_document
from claimledger.export.json import write_json
from claimledger.serve.payload import document as document_payload
from claimledger.serve.payload import incident as incident_payload
from claimledger.store import Store
from claimledger.store.schema import SCHEMA_VERSION
from tests.fixtures.corpus.handmade import DAYTON, TOLEDO, ingest_shootings, stored_id
from tests.fixtures.corpus.handmade import link_of as _cid

# id -> (incident day or None: no incident read, published, place, text)
DOCS: dict[str, tuple[Any, ...]] = {
    "orrin": (
        "2025-05-02",
        "2025-05-03",
        DAYTON,
        "A man was shot and killed Friday outside a laundromat on Pellham Road, Dayton "
        "police said. The coroner named him as Tobias Orrinfeld, 41.",
    ),
    "wren": (
        "2025-05-09",
        "2025-05-10",
        TOLEDO,
        "A woman was shot Friday near a bus shelter on Cobbet Street, Toledo police said. "
        "Police named her as Marisol Wrenhaven, 29, who was treated and released.",
    ),
    # Four weeks on: a charge naming the first victim; no incident is read in it.
    "charge": (
        None,
        "2025-05-30",
        None,
        "A 24-year-old man was charged Thursday with murder in the death of Tobias "
        "Orrinfeld. Orrinfeld had worked nights at the laundromat for a decade.",
    ),
}


def _ingest(store: Store, *ids: str) -> None:
    ingest_shootings(store, DOCS, *ids)


def _doc(store: Store, external_id: str) -> int:
    return stored_id(store, DOCS, external_id)


def test_the_follow_up_is_listed_with_its_evidence_not_among_the_documents(
    store_at: Any,
) -> None:
    with Store.open(store_at()) as store:
        _ingest(store, "orrin", "wren", "charge")
        cid = _cid(store, "orrin")[0]
        inc = get_incident(store, cid)
        assert inc is not None
        (fu,) = inc.followups
        assert fu.document.id == _doc(store, "charge")
        assert fu.document.external_id == "charge"
        assert fu.reason == "follow-up: names tobias orrinfeld"
        assert fu.evidence.text == "Tobias Orrinfeld"
        assert DOCS["charge"][3][fu.evidence.start : fu.evidence.end] == "Tobias Orrinfeld"
        # a follow-up is not one of the incident's documents, and adds no claim
        assert [d.external_id for d in inc.documents] == ["orrin"]
        assert inc.row.n_documents == 1
        other = get_incident(store, _cid(store, "wren")[0])
        assert other is not None and other.followups == ()
        # the API and the JSON export carry it
        payload = incident_payload(inc)
        (api,) = payload["followups"]
        assert api["external_id"] == "charge"
        assert api["date"] == "2025-05-30"
        assert api["evidence"]["text"] == "Tobias Orrinfeld"
        assert api["reason"] == "follow-up: names tobias orrinfeld"
        out = StringIO()
        write_json([inc, other], out)
        rows = json.loads(out.getvalue())["incidents"]
        assert [f["document"]["external_id"] for f in rows[0]["followups"]] == ["charge"]
        assert rows[0]["followups"][0]["evidence"]["text"] == "Tobias Orrinfeld"
        assert rows[1]["followups"] == []
        # the follow-up's document says which incident it follows up; another says none
        charge, orrin = (
            get_document(store, _doc(store, "charge")),
            get_document(store, _doc(store, "orrin")),
        )
        assert charge is not None and orrin is not None
        page = document_payload(charge)
        assert page["followup_of"] == {
            "corpus_incident_id": cid,
            "reason": "follow-up: names tobias orrinfeld",
            "score": fu.score,
            "evidence": {
                "start": fu.evidence.start,
                "end": fu.evidence.end,
                "text": "Tobias Orrinfeld",
                "extractor": fu.evidence.extractor,
                "confidence": fu.evidence.confidence,
            },
        }
        # the incident view gives the same evidence, extractor included
        assert api["evidence"] == page["followup_of"]["evidence"]
        assert fu.evidence.extractor == "followup.v1"
        assert document_payload(orrin)["followup_of"] is None


def test_a_follow_up_of_an_absorbed_incident_is_listed_under_the_survivor(
    store_at: Any,
) -> None:
    with Store.open(store_at()) as store:
        _ingest(store, "orrin", "wren", "charge")
        absorbed, survivor = _cid(store, "orrin")[0], _cid(store, "wren")[0]
        assert store.followups_of(survivor) == []
        merge.merge(store, survivor, absorbed, note="one event after all")
        inc = get_incident(store, absorbed)  # the absorbed id answers with the survivor
        assert inc is not None and inc.row.id == survivor
        assert [f.document.external_id for f in inc.followups] == ["charge"]
        assert [r.document_id for r in store.followups_of(survivor)] == [_doc(store, "charge")]
        # the follow-up's own page names the survivor, the row as recorded keeps the old id
        view = get_document(store, _doc(store, "charge"))
        assert view is not None and view.followup_of is not None
        assert view.followup_of.corpus_incident_id == survivor
        got = store.followup_of(_doc(store, "charge"))
        assert got is not None and got.corpus_incident_id == absorbed


def test_show_prints_the_follow_up(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with Store.open(db) as store:
        _ingest(store, "orrin", "charge")
        cid = _cid(store, "orrin")[0]
    result = CliRunner().invoke(main, ["show", str(cid), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Follow-ups (1, no incident read of their own)" in result.output
    assert "follow-up: names tobias orrinfeld" in result.output
    assert "'Tobias Orrinfeld'" in result.output


def test_version_9_makes_the_table_on_open_and_an_older_store_keeps_reading(
    tmp_path: Path,
) -> None:
    where = tmp_path / "old.db"
    with Store.open(where) as store:
        _ingest(store, "orrin")
    con = sqlite3.connect(where)
    con.execute("DROP TABLE document_followups")
    con.execute("UPDATE meta SET value = '8' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with Store.open(where) as store:  # opened for writing: the schema's statements run
        assert store.followups_of(_cid(store, "orrin")[0]) == []
    con = sqlite3.connect(where)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    con.close()
    assert "document_followups" in tables
    assert int(version[0]) == SCHEMA_VERSION
