"""SQLite writes: analysed documents, sketches, terms, links and corpus incidents -> rows.

Input: ``Document`` records from ``ingest`` and the decisions of ``link`` and
``corpus``. Output: rows in the tables of ``store/schema.py``. The statements
are parameterised and portable (``ON CONFLICT ... DO`` exists in PostgreSQL
too). :class:`SQLiteWrites` is one half of ``SQLiteStore``; the connection and
the transactions are ``store/sqlite.py``'s.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from claimledger.records import (
    Actor,
    Claim,
    Document,
    Estimate,
    Evidence,
    Incident,
    Location,
)
from claimledger.store.base import AlreadyStoredError, CorpusIncidentRow, FigureRow, FollowupRow


def _now() -> str:
    """The current UTC time as an ISO timestamp."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _ev(e: Evidence | None) -> tuple[int | None, int | None, str | None]:
    """Evidence as its three stored columns."""
    return (e.start, e.end, e.text) if e is not None else (None, None, None)


class SQLiteWrites:
    """The writing methods of the SQLite store."""

    _con: sqlite3.Connection

    # --- documents -------------------------------------------------------
    def add_external_id(self, document_id: int, external_id: str) -> bool:
        cur = self._con.execute(
            "INSERT INTO document_ids (external_id, document_id) VALUES (?, ?) "
            "ON CONFLICT (external_id, document_id) DO NOTHING",
            (external_id, document_id),
        )
        return cur.rowcount > 0

    def external_id_owner(self, external_id: str) -> int | None:
        # A read, kept with the writes: ingest asks it just before writing a document.
        row = self._con.execute(
            "SELECT MIN(document_id) FROM document_ids WHERE external_id = ?", (external_id,)
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def add_document(self, doc: Document, content_hash: str) -> int:
        con = self._con
        cur = con.execute(
            "INSERT INTO documents (external_id, content_hash, title, url, source, path, "
            "stated_date, stated_date_source, n_chars, ingested_at, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING",
            (
                doc.id,
                content_hash,
                doc.title,
                doc.url,
                doc.source,
                doc.path,
                doc.stated_date,
                doc.stated_date_source,
                len(doc.text),
                _now(),
                doc.text,
            ),
        )
        if cur.rowcount == 0:  # a concurrent ingest stored the same text first
            row = con.execute(
                "SELECT id FROM documents WHERE content_hash = ?", (content_hash,)
            ).fetchone()
            raise AlreadyStoredError(int(row[0]))
        doc_pk = int(cur.lastrowid or 0)
        self.add_external_id(doc_pk, doc.id)
        con.executemany(
            "INSERT INTO segments (document_id, start_offset, end_offset, kind, loaded_terms, "
            "confidence) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (doc_pk, s.start, s.end, s.kind, "; ".join(s.loaded_terms) or None, s.confidence)
                for s in doc.segments
            ],
        )
        con.executemany(
            "INSERT INTO warnings (document_id, message, evidence_start, evidence_end, "
            "evidence_text) VALUES (?, ?, ?, ?, ?)",
            [
                (doc_pk, w.message, *_ev(w.evidence[0] if w.evidence else None))
                for w in doc.date_warnings
            ],
        )
        for inc in doc.incidents:
            self._add_incident(doc_pk, doc, inc)
        return doc_pk

    def _add_incident(self, doc_pk: int, doc: Document, inc: Incident) -> int:
        """Write one incident of a document with its location, actors, claims and estimates."""
        inc_pk = self._add_incident_row(doc_pk, doc, inc)
        if inc.location is not None:
            self._add_location(inc_pk, doc_pk, inc.location)
        self._add_actors(inc_pk, doc_pk, inc.actors)
        self._add_claims(inc_pk, doc_pk, doc.stated_date, inc.claims)
        self._add_estimates(inc_pk, inc.estimates)
        return inc_pk

    def _add_incident_row(self, doc_pk: int, doc: Document, inc: Incident) -> int:
        """Write the incident's own row (its date, else the document's); return its id."""
        date = inc.date.value if inc.date is not None else None
        from_doc = 0
        precision = inc.date.precision if inc.date is not None else None
        confidence = inc.date.confidence if inc.date is not None else None
        if date is None and doc.stated_date:
            # Reports are usually written within days of the event: the document
            # date stands in, flagged so linking widens its window.
            date, precision, confidence, from_doc = doc.stated_date[:10], "week", 0.3, 1
        cur = self._con.execute(
            "INSERT INTO incidents (document_id, incident_key, event_type, sub_event_type, date, "
            "date_precision, date_confidence, date_from_document, evidence_start, evidence_end, "
            "evidence_text, country_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc_pk,
                inc.id,
                inc.event_type,
                inc.sub_event_type,
                date,
                precision,
                confidence,
                from_doc,
                *_ev(inc.evidence),
                # Its location's, copied: link candidates are read by (country, date).
                inc.location.country_code if inc.location is not None else None,
            ),
        )
        return int(cur.lastrowid or 0)

    def _add_location(self, inc_pk: int, doc_pk: int, loc: Location) -> None:
        """Write the incident's location."""
        self._con.execute(
            "INSERT INTO locations (incident_id, document_id, name, country, country_code, "
            "admin1, latitude, longitude, geonameid, relation, evidence_start, evidence_end, "
            "evidence_text, city) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                inc_pk,
                doc_pk,
                loc.name,
                loc.country,
                loc.country_code,
                loc.admin1,
                loc.lat,
                loc.lon,
                loc.geonameid,
                loc.relation,
                *_ev(loc.evidence),
                loc.city,
            ),
        )

    def _add_actors(self, inc_pk: int, doc_pk: int, actors: Sequence[Actor]) -> None:
        """Write the incident's actors."""
        self._con.executemany(
            "INSERT INTO actors (incident_id, document_id, name, role, evidence_start, "
            "evidence_end, evidence_text, certainty) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(inc_pk, doc_pk, a.name, a.role, *_ev(a.evidence), a.certainty) for a in actors],
        )

    def _add_claims(
        self, inc_pk: int, doc_pk: int, stated_date: str | None, claims: Sequence[Claim]
    ) -> None:
        """Write the incident's claims, each with the document date."""
        self._con.executemany(
            "INSERT INTO claims (incident_id, document_id, document_date, figure, statement, low, "
            "high, qualifier, source_name, source_kind, source_via, hedged, victims, civilian, "
            "evidence_start, evidence_end, evidence_text, extractor, confidence, aggregate) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    inc_pk,
                    doc_pk,
                    stated_date,
                    c.figure,
                    c.statement,
                    c.low,
                    c.high,
                    c.qualifier,
                    c.source.name,
                    c.source.kind,
                    c.source.via,
                    int(c.hedged),
                    c.victims,
                    int(c.civilian),
                    c.evidence.start,
                    c.evidence.end,
                    c.evidence.text,
                    c.evidence.extractor,
                    c.evidence.confidence,
                    int(c.aggregate),
                )
                for c in claims
            ],
        )

    def _add_estimates(self, inc_pk: int, estimates: Mapping[str, Estimate]) -> None:
        """Write the incident's per-figure estimates, by figure name."""
        self._con.executemany(
            "INSERT INTO document_estimates (incident_id, figure, low, best, high, rule) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(inc_pk, f, e.low, e.best, e.high, e.rule) for f, e in sorted(estimates.items())],
        )

    def mark_duplicate(self, document_id: int, of_document: int, similarity: float) -> None:
        self._con.execute(
            "UPDATE documents SET duplicate_of = ?, duplicate_similarity = ? WHERE id = ?",
            (of_document, round(similarity, 4), document_id),
        )

    def record_error(self, source: str, line: int, reason: str) -> bool:
        cur = self._con.execute(
            "INSERT INTO errors (source, line, reason, recorded_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (source, line, reason) DO NOTHING",
            (source, line, reason, _now()),
        )
        return cur.rowcount > 0

    # --- near-duplicates and text similarity ----------------------------
    def add_sketch(self, document_id: int, hashes: Sequence[int]) -> None:
        self._con.executemany(
            "INSERT INTO document_sketches (document_id, hash) VALUES (?, ?) "
            "ON CONFLICT (document_id, hash) DO NOTHING",
            [(document_id, h) for h in hashes],
        )

    def add_terms(self, document_id: int, terms: Sequence[str]) -> None:
        self._con.execute(
            "INSERT INTO document_terms (document_id, terms) VALUES (?, ?)",
            (document_id, " ".join(terms)),
        )
        self._con.executemany(
            "INSERT INTO term_counts (term, n_documents) VALUES (?, 1) "
            "ON CONFLICT (term) DO UPDATE SET n_documents = term_counts.n_documents + 1",
            [(t,) for t in set(terms)],
        )
        # Each of the document's dated incidents under each term (link candidates by term).
        self._con.executemany(
            "INSERT INTO incident_terms (term, date, incident_id) SELECT ?, date, id "
            "FROM incidents WHERE document_id = ? AND date IS NOT NULL "
            "ON CONFLICT (term, date, incident_id) DO NOTHING",
            [(t, document_id) for t in sorted(set(terms))],
        )

    def add_addresses(self, document_id: int, addresses: Sequence[str]) -> None:
        self._con.executemany(
            "INSERT INTO document_addresses (document_id, address) VALUES (?, ?) "
            "ON CONFLICT (document_id, address) DO NOTHING",
            [(document_id, a) for a in sorted(set(addresses))],
        )

    def attach_followup(self, row: FollowupRow) -> None:
        ev = row.evidence
        self._con.execute(
            "INSERT INTO document_followups (document_id, corpus_incident_id, score, reason, "
            "evidence_start, evidence_end, evidence_text, extractor) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (document_id) DO UPDATE SET "
            "corpus_incident_id = excluded.corpus_incident_id, score = excluded.score, "
            "reason = excluded.reason, evidence_start = excluded.evidence_start, "
            "evidence_end = excluded.evidence_end, evidence_text = excluded.evidence_text, "
            "extractor = excluded.extractor",
            (
                row.document_id,
                row.corpus_incident_id,
                row.score,
                row.reason,
                ev.start,
                ev.end,
                ev.text,
                ev.extractor,
            ),
        )

    # --- linking ---------------------------------------------------------
    def new_corpus_incident(self) -> int:
        cur = self._con.execute(
            "INSERT INTO corpus_incidents (n_documents, n_independent_documents, contested, "
            "updated_at) VALUES (0, 0, 0, ?)",
            (_now(),),
        )
        return int(cur.lastrowid or 0)

    def link(self, incident_id: int, corpus_incident_id: int, score: float, reason: str) -> None:
        self._con.execute(
            "INSERT INTO incident_links (incident_id, corpus_incident_id, score, reason) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (incident_id) DO UPDATE SET "
            "corpus_incident_id = excluded.corpus_incident_id, score = excluded.score, "
            "reason = excluded.reason",
            (incident_id, corpus_incident_id, round(score, 4), reason),
        )

    def update_corpus_incident(self, row: CorpusIncidentRow, figures: Sequence[FigureRow]) -> None:
        self._con.execute(
            "UPDATE corpus_incidents SET event_type = ?, sub_event_type = ?, date = ?, "
            "date_precision = ?, date_start = ?, date_end = ?, location = ?, country = ?, "
            "country_code = ?, admin1 = ?, latitude = ?, longitude = ?, n_documents = ?, "
            "n_independent_documents = ?, contested = ?, updated_at = ?, city = ? WHERE id = ?",
            (
                row.event_type,
                row.sub_event_type,
                row.date,
                row.date_precision,
                row.date_start,
                row.date_end,
                row.location,
                row.country,
                row.country_code,
                row.admin1,
                row.latitude,
                row.longitude,
                row.n_documents,
                row.n_independent_documents,
                int(row.contested),
                _now(),
                row.city,
                row.id,
            ),
        )
        self._con.execute("DELETE FROM corpus_figures WHERE corpus_incident_id = ?", (row.id,))
        self._con.executemany(
            "INSERT INTO corpus_figures (corpus_incident_id, figure, low, best, high, n_sources, "
            "contested, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (row.id, f.figure, f.low, f.best, f.high, f.n_sources, int(f.contested), f.rule)
                for f in figures
            ],
        )
