"""The SQLite corpus store: the only module that writes SQL.

Input: ``Document`` records and queries from ``ingest``, ``link`` and
``corpus``. Output: rows as the frozen records of ``store/base.py``.

The file is opened in WAL mode so readers (Datasette, the ``sqlite3`` shell,
``claimledger incidents``) can read while an ingest writes, and a process
killed mid-batch leaves only the transactions it committed. Queries are
parameterised and avoid SQLite-only syntax (``ON CONFLICT ... DO`` and
``LIMIT`` exist in PostgreSQL too) so a PostgreSQL backend can reuse them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from claimledger.errors import StoreError
from claimledger.records import Document, Evidence, Location
from claimledger.store.base import (
    CorpusIncidentRow,
    ErrorRow,
    FigureRow,
    IncidentQuery,
    LinkFeatures,
    Store,
    StoreCounts,
    StoredClaim,
    StoredDocument,
    StoredIncident,
    WarningRow,
)
from claimledger.store.schema import SCHEMA, SCHEMA_VERSION

# SQLite limits host parameters per statement (999 in old builds); chunk IN lists.
_MAX_PARAMS = 500


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _ev(e: Evidence | None) -> tuple[int | None, int | None, str | None]:
    """Evidence as its three stored columns."""
    return (e.start, e.end, e.text) if e is not None else (None, None, None)


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), _MAX_PARAMS):
        yield items[i : i + _MAX_PARAMS]


def _marks(n: int) -> str:
    return ", ".join("?" * n)


class SQLiteStore(Store):
    """A corpus store in one SQLite file (WAL mode)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a batch is
            # exactly one transaction and nothing is committed behind our back.
            self._con = sqlite3.connect(str(path), isolation_level=None, timeout=30.0)
            self._con.execute("PRAGMA journal_mode=WAL")
            # NORMAL is durable against process crashes (SIGKILL) in WAL mode; only a
            # power loss can drop the last commits.
            self._con.execute("PRAGMA synchronous=NORMAL")
            self._con.execute("PRAGMA foreign_keys=ON")
            self._create()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the store: {exc}") from exc
        self._in_tx = False

    def _create(self) -> None:
        cur = self._con.cursor()
        cur.execute("BEGIN")
        for stmt in SCHEMA:
            cur.execute(stmt)
        cur.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
            ("schema_version", str(SCHEMA_VERSION)),
        )
        cur.execute("COMMIT")

    def close(self) -> None:
        self._con.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_tx:  # nested: the outer transaction decides
            yield
            return
        self._con.execute("BEGIN")
        self._in_tx = True
        try:
            yield
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        else:
            self._con.execute("COMMIT")
        finally:
            self._in_tx = False

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        # SAVEPOINT / ROLLBACK TO / RELEASE are standard SQL (PostgreSQL has them too).
        self._con.execute("SAVEPOINT one_document")
        try:
            yield
        except BaseException:
            self._con.execute("ROLLBACK TO SAVEPOINT one_document")
            self._con.execute("RELEASE SAVEPOINT one_document")
            raise
        else:
            self._con.execute("RELEASE SAVEPOINT one_document")

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._con.execute(sql, params).fetchone()
        return row[0] if row is not None else None

    # --- documents -------------------------------------------------------
    def find_by_hash(self, content_hash: str) -> int | None:
        value = self._one("SELECT id FROM documents WHERE content_hash = ?", (content_hash,))
        return int(value) if value is not None else None

    def add_external_id(self, document_id: int, external_id: str) -> bool:
        cur = self._con.execute(
            "INSERT INTO document_ids (external_id, document_id) VALUES (?, ?) "
            "ON CONFLICT (external_id, document_id) DO NOTHING",
            (external_id, document_id),
        )
        return cur.rowcount > 0

    def add_document(self, doc: Document, content_hash: str) -> int:
        con = self._con
        cur = con.execute(
            "INSERT INTO documents (external_id, content_hash, title, url, source, path, "
            "stated_date, stated_date_source, n_chars, ingested_at, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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

    def _add_incident(self, doc_pk: int, doc: Document, inc: Any) -> int:
        con = self._con
        date = inc.date.value if inc.date is not None else None
        from_doc = 0
        precision = inc.date.precision if inc.date is not None else None
        confidence = inc.date.confidence if inc.date is not None else None
        if date is None and doc.stated_date:
            # Reports are usually written within days of the event: the document
            # date stands in, flagged so linking widens its window.
            date, precision, confidence, from_doc = doc.stated_date[:10], "week", 0.3, 1
        cur = con.execute(
            "INSERT INTO incidents (document_id, incident_key, event_type, sub_event_type, date, "
            "date_precision, date_confidence, date_from_document, evidence_start, evidence_end, "
            "evidence_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            ),
        )
        inc_pk = int(cur.lastrowid or 0)
        loc = inc.location
        if loc is not None:
            con.execute(
                "INSERT INTO locations (incident_id, document_id, name, country, country_code, "
                "admin1, latitude, longitude, geonameid, relation, evidence_start, evidence_end, "
                "evidence_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                ),
            )
        con.executemany(
            "INSERT INTO actors (incident_id, document_id, name, role, evidence_start, "
            "evidence_end, evidence_text) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(inc_pk, doc_pk, a.name, a.role, *_ev(a.evidence)) for a in inc.actors],
        )
        con.executemany(
            "INSERT INTO claims (incident_id, document_id, document_date, figure, statement, low, "
            "high, qualifier, source_name, source_kind, source_via, hedged, victims, civilian, "
            "evidence_start, evidence_end, evidence_text, extractor, confidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    inc_pk,
                    doc_pk,
                    doc.stated_date,
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
                )
                for c in inc.claims
            ],
        )
        con.executemany(
            "INSERT INTO document_estimates (incident_id, figure, low, best, high, rule) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(inc_pk, f, e.low, e.best, e.high, e.rule) for f, e in sorted(inc.estimates.items())],
        )
        return inc_pk

    def mark_duplicate(self, document_id: int, of_document: int, similarity: float) -> None:
        self._con.execute(
            "UPDATE documents SET duplicate_of = ?, duplicate_similarity = ? WHERE id = ?",
            (of_document, round(similarity, 4), document_id),
        )

    def get_document(self, document_id: int) -> StoredDocument:
        row = self._con.execute(
            "SELECT id, external_id, content_hash, title, url, source, path, stated_date, "
            "duplicate_of, duplicate_similarity FROM documents WHERE id = ?",
            (document_id,),
        ).fetchone()
        if row is None:
            raise StoreError(f"no document {document_id}")
        ids = [
            r[0]
            for r in self._con.execute(
                "SELECT external_id FROM document_ids WHERE document_id = ? ORDER BY external_id",
                (document_id,),
            )
        ]
        ext = [row[1]] + [i for i in ids if i != row[1]]
        return StoredDocument(
            id=row[0],
            external_id=row[1],
            external_ids=tuple(ext),
            content_hash=row[2],
            title=row[3],
            url=row[4],
            source=row[5],
            path=row[6],
            stated_date=row[7],
            duplicate_of=row[8],
            duplicate_similarity=row[9],
        )

    def document_ids(self) -> list[int]:
        return [r[0] for r in self._con.execute("SELECT id FROM documents ORDER BY id")]

    def document_text(self, document_id: int) -> str:
        return str(self._one("SELECT text FROM documents WHERE id = ?", (document_id,)) or "")

    def record_error(self, source: str, line: int, reason: str) -> bool:
        cur = self._con.execute(
            "INSERT INTO errors (source, line, reason, recorded_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (source, line, reason) DO NOTHING",
            (source, line, reason, _now()),
        )
        return cur.rowcount > 0

    def errors(self) -> list[ErrorRow]:
        rows = self._con.execute("SELECT source, line, reason FROM errors ORDER BY id")
        return [ErrorRow(*r) for r in rows]

    # --- near-duplicates and text similarity ----------------------------
    def add_sketch(self, document_id: int, hashes: Sequence[int]) -> None:
        self._con.executemany(
            "INSERT INTO document_sketches (document_id, hash) VALUES (?, ?) "
            "ON CONFLICT (document_id, hash) DO NOTHING",
            [(document_id, h) for h in hashes],
        )

    def sketch_neighbours(self, hashes: Sequence[int], min_shared: int) -> list[tuple[int, int]]:
        if not hashes:
            return []
        shared: dict[int, int] = {}
        for part in _chunks(list(hashes)):
            for doc_id, n in self._con.execute(
                f"SELECT document_id, COUNT(*) FROM document_sketches WHERE hash IN "
                f"({_marks(len(part))}) GROUP BY document_id",
                tuple(part),
            ):
                shared[doc_id] = shared.get(doc_id, 0) + n
        return sorted(((d, n) for d, n in shared.items() if n >= min_shared), key=lambda x: -x[1])

    def get_sketch(self, document_id: int) -> list[int]:
        rows = self._con.execute(
            "SELECT hash FROM document_sketches WHERE document_id = ? ORDER BY hash", (document_id,)
        )
        return [r[0] for r in rows]

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

    def get_terms(self, document_ids: Sequence[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for part in _chunks(list(document_ids)):
            for doc_id, terms in self._con.execute(
                f"SELECT document_id, terms FROM document_terms WHERE document_id IN "
                f"({_marks(len(part))})",
                tuple(part),
            ):
                out[doc_id] = terms.split()
        return out

    def term_document_counts(self, terms: Sequence[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for part in _chunks(list(set(terms))):
            for term, n in self._con.execute(
                f"SELECT term, n_documents FROM term_counts WHERE term IN ({_marks(len(part))})",
                tuple(part),
            ):
                out[term] = n
        return out

    def total_documents(self) -> int:
        return int(self._one("SELECT COUNT(*) FROM documents") or 0)

    # --- linking ---------------------------------------------------------
    _FEATURES_SQL = (
        "SELECT i.id, i.document_id, COALESCE(d.duplicate_of, d.id), i.date, i.date_precision, "
        "i.event_type, l.country_code, l.admin1, l.name, l.geonameid, l.latitude, l.longitude, "
        "k.corpus_incident_id, d.stated_date FROM incidents i JOIN documents d ON d.id = i.document_id "
        "LEFT JOIN locations l ON l.incident_id = i.id "
        "LEFT JOIN incident_links k ON k.incident_id = i.id "
    )

    def _features(self, rows: list[Any]) -> list[LinkFeatures]:
        ids = [r[0] for r in rows]
        actors: dict[int, list[str]] = {}
        for part in _chunks(ids):
            for inc_id, name in self._con.execute(
                f"SELECT incident_id, name FROM actors WHERE incident_id IN ({_marks(len(part))})",
                tuple(part),
            ):
                actors.setdefault(inc_id, []).append(name)
        return [
            LinkFeatures(
                incident_id=r[0],
                document_id=r[1],
                canonical_document_id=r[2],
                date=r[3],
                precision=r[4] or "year",
                event_type=r[5],
                country_code=r[6],
                admin1=r[7],
                place=r[8],
                geonameid=r[9],
                lat=r[10],
                lon=r[11],
                actors=tuple(sorted(set(actors.get(r[0], [])))),
                corpus_incident_id=r[12],
                published=r[13],
            )
            for r in rows
        ]

    def link_features(self, document_id: int) -> list[LinkFeatures]:
        rows = self._con.execute(
            self._FEATURES_SQL + "WHERE i.document_id = ? ORDER BY i.id", (document_id,)
        ).fetchall()
        return self._features(rows)

    def link_candidates(
        self, date_from: str, date_to: str, country_code: str | None, exclude_document: int
    ) -> list[LinkFeatures]:
        sql = (
            self._FEATURES_SQL + "WHERE k.corpus_incident_id IS NOT NULL AND i.date >= ? "
            "AND i.date <= ? AND i.document_id <> ?"
        )
        params: list[Any] = [date_from, date_to, exclude_document]
        if country_code:
            sql += " AND (l.country_code = ? OR l.country_code IS NULL)"
            params.append(country_code)
        return self._features(self._con.execute(sql, params).fetchall())

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
            "n_independent_documents = ?, contested = ?, updated_at = ? WHERE id = ?",
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

    # --- reading ---------------------------------------------------------
    def counts(self) -> StoreCounts:
        def n(sql: str) -> int:
            return int(self._one(sql) or 0)

        return StoreCounts(
            documents=n("SELECT COUNT(*) FROM documents"),
            duplicates=n("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL"),
            incidents=n("SELECT COUNT(*) FROM incidents"),
            corpus_incidents=n("SELECT COUNT(*) FROM corpus_incidents WHERE n_documents > 0"),
            claims=n("SELECT COUNT(*) FROM claims"),
            errors=n("SELECT COUNT(*) FROM errors"),
        )

    _CORPUS_SQL = (
        "SELECT c.id, c.event_type, c.sub_event_type, c.date, c.date_precision, c.date_start, "
        "c.date_end, c.location, c.country, c.country_code, c.admin1, c.latitude, c.longitude, "
        "c.n_documents, c.n_independent_documents, c.contested FROM corpus_incidents c "
    )

    @staticmethod
    def _corpus_row(r: Any) -> CorpusIncidentRow:
        values = list(r)
        values[15] = bool(values[15])
        return CorpusIncidentRow(*values)

    def query_corpus_incidents(self, query: IncidentQuery) -> list[CorpusIncidentRow]:
        where = ["c.n_documents > 0"]
        params: list[Any] = []
        if query.since:
            where.append("COALESCE(c.date_end, c.date) >= ?")
            params.append(query.since)
        if query.until:
            where.append("COALESCE(c.date_start, c.date) <= ?")
            params.append(query.until)
        if query.country:
            where.append("(LOWER(c.country) = LOWER(?) OR LOWER(c.country_code) = LOWER(?))")
            params += [query.country, query.country]
        if query.place:
            where.append("(LOWER(c.location) LIKE ? OR LOWER(c.admin1) LIKE ?)")
            params += [f"%{query.place.lower()}%"] * 2
        if query.event_type:
            where.append("LOWER(c.event_type) = LOWER(?)")
            params.append(query.event_type)
        if query.contested:
            where.append("c.contested = 1")
        if query.actor:
            where.append(
                "c.id IN (SELECT k.corpus_incident_id FROM incident_links k JOIN actors a "
                "ON a.incident_id = k.incident_id WHERE LOWER(a.name) LIKE ?)"
            )
            params.append(f"%{query.actor.lower()}%")
        sql = self._CORPUS_SQL + "WHERE " + " AND ".join(where) + " ORDER BY c.date_start, c.id"
        return [self._corpus_row(r) for r in self._con.execute(sql, params)]

    def get_corpus_incident(self, corpus_incident_id: int) -> CorpusIncidentRow | None:
        r = self._con.execute(self._CORPUS_SQL + "WHERE c.id = ?", (corpus_incident_id,)).fetchone()
        return self._corpus_row(r) if r is not None else None

    def corpus_incident_ids(self) -> list[int]:
        rows = self._con.execute(
            "SELECT id FROM corpus_incidents WHERE n_documents > 0 ORDER BY date_start, id"
        )
        return [r[0] for r in rows]

    def incidents_of(self, corpus_incident_id: int) -> list[StoredIncident]:
        rows = self._con.execute(
            "SELECT i.id, i.document_id, d.external_id, k.corpus_incident_id, i.event_type, "
            "i.sub_event_type, i.date, i.date_precision, l.name, l.country, l.admin1, "
            "l.latitude, l.longitude, l.geonameid, l.relation, l.country_code, k.score, k.reason "
            "FROM incident_links k JOIN incidents i ON i.id = k.incident_id "
            "JOIN documents d ON d.id = i.document_id "
            "LEFT JOIN locations l ON l.incident_id = i.id "
            "WHERE k.corpus_incident_id = ? ORDER BY i.id",
            (corpus_incident_id,),
        ).fetchall()
        out = []
        for r in rows:
            actors = tuple(
                (a[0], a[1])
                for a in self._con.execute(
                    "SELECT name, role FROM actors WHERE incident_id = ? ORDER BY id", (r[0],)
                )
            )
            loc = (
                Location(r[8], r[9], r[10], r[11], r[12], r[13], r[14], None, r[15])
                if r[8] is not None
                else None
            )
            values = [*r[:8], loc, actors, r[16], r[17]]
            out.append(StoredIncident(*values))
        return out

    def claims_of(self, corpus_incident_id: int) -> list[StoredClaim]:
        rows = self._con.execute(
            "SELECT c.id, c.incident_id, k.corpus_incident_id, c.document_id, "
            "COALESCE(d.duplicate_of, d.id), d.external_id, c.document_date, c.figure, "
            "c.statement, c.low, c.high, c.qualifier, c.source_name, c.source_kind, c.source_via, "
            "c.hedged, c.victims, c.civilian, c.evidence_start, c.evidence_end, c.evidence_text, "
            "c.extractor, c.confidence FROM claims c "
            "JOIN incident_links k ON k.incident_id = c.incident_id "
            "JOIN documents d ON d.id = c.document_id "
            "WHERE k.corpus_incident_id = ? ORDER BY c.document_date, c.id",
            (corpus_incident_id,),
        ).fetchall()
        return [
            StoredClaim(
                id=r[0],
                incident_id=r[1],
                corpus_incident_id=r[2],
                document_id=r[3],
                canonical_document_id=r[4],
                external_id=r[5],
                document_date=r[6],
                figure=r[7],
                statement=r[8],
                low=r[9],
                high=r[10],
                qualifier=r[11],
                source_name=r[12],
                source_kind=r[13],
                source_via=r[14],
                hedged=bool(r[15]),
                victims=r[16],
                civilian=bool(r[17]),
                evidence=Evidence(r[18], r[19], r[20], r[5], r[21] or "", r[22] or 1.0),
            )
            for r in rows
        ]

    def figures_of(self, corpus_incident_id: int) -> list[FigureRow]:
        rows = self._con.execute(
            "SELECT figure, low, best, high, n_sources, contested, rule FROM corpus_figures "
            "WHERE corpus_incident_id = ? ORDER BY figure",
            (corpus_incident_id,),
        )
        return [FigureRow(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6]) for r in rows]

    def warnings_of(self, document_ids: Sequence[int]) -> list[WarningRow]:
        out: list[WarningRow] = []
        for part in _chunks(list(document_ids)):
            out += [
                WarningRow(*r)
                for r in self._con.execute(
                    "SELECT w.document_id, d.external_id, w.message, w.evidence_text "
                    "FROM warnings w JOIN documents d ON d.id = w.document_id "
                    f"WHERE w.document_id IN ({_marks(len(part))}) ORDER BY w.id",
                    tuple(part),
                )
            ]
        return out
