"""The same input gives the same store on SQLite and on PostgreSQL: documents, claims,
incidents, links, corpus incidents and their figures (compared by content, not row ids)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from claimledger.corpus.ingest import ingest_documents
from claimledger.export import export
from claimledger.options import Options
from claimledger.store import IncidentQuery, Store
from tests.fixtures.corpus.handmade import generated_raws, handmade_analyzer, load_raws
from tests.store.pg_cluster import PGCluster


def snapshot(store: Any) -> dict[str, Any]:
    """Everything the store holds, keyed by external ids and content instead of row ids."""
    ids = store.document_ids()
    docs = {d: store.get_document(d) for d in ids}
    ext = {d: doc.external_id for d, doc in docs.items()}
    documents = sorted(
        (
            doc.content_hash,
            doc.external_ids,
            doc.title,
            doc.stated_date,
            ext.get(doc.duplicate_of) if doc.duplicate_of else None,
            doc.duplicate_similarity,
        )
        for doc in docs.values()
    )
    claims = sorted(
        (ext[c.document_id], c.figure, c.statement, c.low, c.high, c.qualifier, c.source_name,
         c.source_kind, c.hedged, c.civilian, c.evidence.start, c.evidence.end)
        for d in ids
        for c in store.claims_of_document(d)
    )  # fmt: skip
    corpus = []
    for cid in store.corpus_incident_ids():
        members = tuple(
            sorted(
                (ext[i.document_id], i.event_type, i.date, i.link_score, i.link_reason)
                for i in store.incidents_of(cid)
            )
        )
        row = store.get_corpus_incident(cid)
        figures = tuple(
            (f.figure, f.low, f.best, f.high, f.n_sources, f.contested, f.rule)
            for f in store.figures_of(cid)
        )
        corpus.append(
            (members, row.date, row.date_start, row.date_end, row.location, row.country_code,
             row.latitude, row.longitude, row.n_documents, row.n_independent_documents,
             row.contested, figures)
        )  # fmt: skip
    return {
        "counts": store.counts(),
        "documents": documents,
        "claims": claims,
        "corpus": sorted(corpus),
        "order": [c[0] for c in corpus],  # the date order of corpus_incident_ids()
        "listed": [r.location for r in store.query_corpus_incidents(IncidentQuery())],
        "errors": sorted((e.source, e.reason) for e in store.errors()),
    }


def _ingest(where: str) -> dict[str, Any]:
    raws = load_raws() + generated_raws(40)
    with Store.open(where) as store:
        report = ingest_documents(
            raws, store, Options(batch_size=4), analyzer=handmade_analyzer, commit_every=8
        )
        assert report.errors == 0
        # Idempotent on both: a second run stores nothing.
        again = ingest_documents(raws, store, Options(), analyzer=handmade_analyzer)
        assert (again.stored, again.already_stored) == (0, len(raws))
        return snapshot(store)


def test_store_same_input_gives_the_same_store_on_sqlite_and_postgresql(
    tmp_path: Path, pg_cluster: PGCluster
) -> None:
    lite = _ingest(str(tmp_path / "c.db"))
    pg = _ingest(pg_cluster.new_url("same"))
    assert lite["counts"].documents == 53 and lite["counts"].corpus_incidents >= 4
    assert lite["counts"].duplicates == 1
    for key in lite:
        assert pg[key] == lite[key], key


def test_store_exports_are_the_same_on_sqlite_and_postgresql(
    tmp_path: Path, pg_cluster: PGCluster
) -> None:
    outputs: dict[str, dict[str, str]] = {}
    for name, where in (("lite", str(tmp_path / "c.db")), ("pg", pg_cluster.new_url("export"))):
        with Store.open(where) as store:
            ingest_documents(load_raws(), store, Options(), analyzer=handmade_analyzer)
        with Store.open(where, read_only=True) as store:
            for fmt in ("json", "geojson", "acled-csv", "claims-csv"):
                out = io.StringIO()
                assert export(store, fmt, out, IncidentQuery()) > 0
                outputs.setdefault(name, {})[fmt] = out.getvalue()
    for fmt, text in outputs["lite"].items():
        assert text, fmt
        assert outputs["pg"][fmt] == text, fmt
