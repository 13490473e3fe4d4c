"""SQLite reads: queries of ``ingest``, ``link``, ``corpus`` and ``export`` -> records.

Input: ids and filters (``IncidentQuery``). Output: rows as the frozen records
of ``store/base.py``. Queries are parameterised and avoid SQLite-only syntax
(``LIMIT`` and ``COALESCE`` exist in PostgreSQL too). :class:`SQLiteReads` is
one half of ``SQLiteStore``; the connection is ``store/sqlite.py``'s.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from claimledger.errors import StoreError
from claimledger.records import SUSPECTED, Evidence, Location
from claimledger.store.base import (
    CorpusIncidentRow,
    ErrorRow,
    FigureRow,
    IncidentQuery,
    LinkFeatures,
    SegmentRow,
    StoreCounts,
    StoredClaim,
    StoredDocument,
    StoredIncident,
    WarningRow,
)
from claimledger.store.schema import SEARCH_TABLE
from claimledger.store.sqlite_memo import MatchMemo

# SQLite limits host parameters per statement (999 in old builds); chunk IN lists.
_MAX_PARAMS = 500


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """``items`` in slices of at most _MAX_PARAMS."""
    for i in range(0, len(items), _MAX_PARAMS):
        yield items[i : i + _MAX_PARAMS]


def _marks(n: int) -> str:
    """``n`` comma-separated parameter marks."""
    return ", ".join("?" * n)


def _candidate_ids(
    date_from: str, date_to: str, country_code: str | None, terms: Sequence[str] | None
) -> tuple[list[str], list[Any]]:
    """Subqueries (to join by UNION ALL) of the ids of a window's link candidates.

    The country's incidents: one range of idx_incidents_country_date. Those of
    unknown country (all of them without ``country_code``): another range of it,
    or, with ``terms``, one (term, date) range of incident_terms per term (an
    incident is filed under each term of its document), with the country tested
    on each incident found when ``country_code`` is given.
    """
    ids: list[str] = []
    params: list[Any] = []
    window = "c.date >= ? AND c.date <= ?"
    if country_code:
        ids.append(f"SELECT c.id FROM incidents c WHERE c.country_code = ? AND {window}")
        params += [country_code, date_from, date_to]
    if terms is None:
        unknown = "c.country_code IS NULL AND " if country_code else ""
        ids.append(f"SELECT c.id FROM incidents c WHERE {unknown}{window}")
        params += [date_from, date_to]
        return ids, params
    join = " JOIN incidents c ON c.id = p.incident_id" if country_code else ""
    unknown = " AND c.country_code IS NULL" if country_code else ""
    for part in _chunks(sorted(set(terms))):
        ids.append(
            f"SELECT p.incident_id FROM incident_terms p{join} WHERE p.term IN "
            f"({_marks(len(part))}) AND p.date >= ? AND p.date <= ?{unknown}"
        )
        params += [*part, date_from, date_to]
    return ids, params


# Filters compare without case by SQLite's own means (``COLLATE NOCASE``, and
# LIKE, which ignores ASCII case): as LOWER() did (SQLite folds ASCII only), at
# a third of the cost per row. Words are matched literally (``%``, ``_`` escaped).
# ``q`` (portable form): a document of the incident has the word in its title or
# text, or a claim of it in its statement or source (what the exports' notes are
# made of); one such clause per word, every word must match.
def text_match_sql(test: str) -> str:
    """The ``q`` clause for one word, ``test`` (e.g. "LIKE ?") applied to each of the four
    texts in turn; its four parameters are the word's pattern, once per text."""
    return (
        "c.id IN (SELECT k.corpus_incident_id FROM incident_links k "
        "JOIN incidents i ON i.id = k.incident_id WHERE i.document_id IN "
        f"(SELECT id FROM documents WHERE title {test} OR text {test}) "
        "UNION SELECT k.corpus_incident_id FROM incident_links k "
        "JOIN claims cl ON cl.incident_id = k.incident_id "
        f"WHERE cl.statement {test} OR cl.source_name {test})"
    )


_TEXT_MATCH = text_match_sql("LIKE ? ESCAPE '\\'")
# ``q`` through SQLite's full-text table (``schema.SQLITE_SEARCH``): the words of
# every document and claim of a corpus incident, one row per corpus incident.
# ``+c.id``: the page is read in date order from the list index, each row looked
# up in the matches, so a page of a common word stops after its rows.
_SEARCH_IDS = f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?"
_COUNTRY_CODE = re.compile(r"[A-Za-z]{2}")
# A word as the full-text tokenizer (unicode61) cuts one: letters and digits.
_WORD = re.compile(r"[^\W_]+")


def _like(words: str) -> str:
    """A LIKE pattern matching ``words`` anywhere, literally."""
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def query_words(q: str) -> list[str]:
    """The words of a ``q`` filter (letters and digits; the rest separates them)."""
    return _WORD.findall(q)


def search_expression(words: Sequence[str]) -> str:
    """An FTS5 query: every word (whole words; a prefix query costs 20x more)."""
    return " AND ".join(f'"{w}"' for w in words)


class SQLiteReads:
    """The reading methods of the SQLite store."""

    _con: sqlite3.Connection

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._con.execute(sql, params).fetchone()
        return row[0] if row is not None else None

    def _rows_in(self, sql: str, items: Sequence[Any]) -> Iterator[Any]:
        """The rows of ``sql`` over ``items`` in slices: ``{marks}`` in ``sql``
        stands for one slice's parameter marks (the ``IN (...)`` list)."""
        for part in _chunks(items):
            yield from self._con.execute(sql.format(marks=_marks(len(part))), tuple(part))

    # --- documents -------------------------------------------------------
    def find_by_hash(self, content_hash: str) -> int | None:
        value = self._one("SELECT id FROM documents WHERE content_hash = ?", (content_hash,))
        return int(value) if value is not None else None

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

    def errors(self) -> list[ErrorRow]:
        rows = self._con.execute("SELECT source, line, reason FROM errors ORDER BY id")
        return [ErrorRow(*r) for r in rows]

    # --- near-duplicates and text similarity ----------------------------
    def sketch_neighbours(self, hashes: Sequence[int], min_shared: int) -> list[tuple[int, int]]:
        if not hashes:
            return []
        shared: dict[int, int] = {}
        for doc_id, n in self._rows_in(
            "SELECT document_id, COUNT(*) FROM document_sketches WHERE hash IN "
            "({marks}) GROUP BY document_id ORDER BY document_id",
            list(hashes),
        ):
            shared[doc_id] = shared.get(doc_id, 0) + n
        return sorted(((d, n) for d, n in shared.items() if n >= min_shared), key=lambda x: -x[1])

    def get_sketch(self, document_id: int) -> list[int]:
        rows = self._con.execute(
            "SELECT hash FROM document_sketches WHERE document_id = ? ORDER BY hash", (document_id,)
        )
        return [r[0] for r in rows]

    def get_terms(self, document_ids: Sequence[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for doc_id, terms in self._rows_in(
            "SELECT document_id, terms FROM document_terms WHERE document_id IN ({marks})",
            list(document_ids),
        ):
            out[doc_id] = terms.split()
        return out

    def get_addresses(self, document_ids: Sequence[int]) -> dict[int, frozenset[str]]:
        out: dict[int, set[str]] = {}
        for doc_id, address in self._rows_in(
            "SELECT document_id, address FROM document_addresses WHERE document_id IN ({marks})",
            list(document_ids),
        ):
            out.setdefault(doc_id, set()).add(address)
        return {d: frozenset(a) for d, a in out.items()}

    def term_document_counts(self, terms: Sequence[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for term, n in self._rows_in(
            "SELECT term, n_documents FROM term_counts WHERE term IN ({marks})", list(set(terms))
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
        for inc_id, name in self._rows_in(
            "SELECT incident_id, name FROM actors WHERE incident_id IN ({marks})", ids
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
        self,
        date_from: str,
        date_to: str,
        country_code: str | None,
        exclude_document: int,
        terms: Sequence[str] | None = None,
    ) -> list[LinkFeatures]:
        # The incidents of the window are first found in index ranges alone (see
        # _candidate_ids); only they are then joined to their documents and links.
        # Before, every incident of the window, of every country, was visited.
        ids, params = _candidate_ids(date_from, date_to, country_code, terms)
        if not ids:
            return []
        sql = (
            self._FEATURES_SQL + "WHERE i.id IN (" + " UNION ALL ".join(ids) + ") "
            "AND k.corpus_incident_id IS NOT NULL AND i.document_id <> ?"
        )
        params.append(exclude_document)
        # The order of the date index, made explicit: candidates tied on score are
        # decided by it, so every backend must give it.
        sql += " ORDER BY i.date, i.id"
        return self._features(self._con.execute(sql, params).fetchall())

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
        "c.n_documents, c.n_independent_documents, c.contested, c.city FROM corpus_incidents c "
    )

    @staticmethod
    def _corpus_row(r: Any) -> CorpusIncidentRow:
        values = list(r)
        values[15] = bool(values[15])
        return CorpusIncidentRow(*values)

    def _where(self, query: IncidentQuery) -> tuple[str, list[Any]]:
        """The WHERE clause and parameters of the filters of ``query``."""
        where = ["c.n_documents > 0"]
        params: list[Any] = []
        if query.since:
            where.append("COALESCE(c.date_end, c.date) >= ?")
            params.append(query.since)
        if query.until:
            where.append("COALESCE(c.date_start, c.date) <= ?")
            params.append(query.until)
        if query.country and _COUNTRY_CODE.fullmatch(query.country):
            # An ISO alpha-2 code (no country name has two letters): stored in capitals,
            # compared as is, so an index can serve it.
            where.append("c.country_code = ?")
            params.append(query.country.upper())
        elif query.country:
            where.append("(c.country = ? COLLATE NOCASE OR c.country_code = ? COLLATE NOCASE)")
            params += [query.country, query.country]
        if query.place:
            where.append("(c.location LIKE ? ESCAPE '\\' OR c.admin1 LIKE ? ESCAPE '\\')")
            params += [_like(query.place)] * 2
        if query.event_type:
            where.append("(c.event_type = ? COLLATE NOCASE OR c.sub_event_type = ? COLLATE NOCASE)")
            params += [query.event_type, query.event_type]
        if query.contested:
            where.append("c.contested = 1")
        if query.actor:
            clause, more = self._matching(
                "actor",
                "c.id",
                "SELECT k.corpus_incident_id FROM incident_links k JOIN actors a "
                "ON a.incident_id = k.incident_id WHERE a.name LIKE ? ESCAPE '\\'",
                [_like(query.actor)],
            )
            where.append(clause)
            params += more
        if query.bbox is not None:
            where.append("c.longitude BETWEEN ? AND ? AND c.latitude BETWEEN ? AND ?")
            lon0, lat0, lon1, lat1 = query.bbox
            params += [lon0, lon1, lat0, lat1]
        if query.q:
            clause, more = self._text_match(query.q)
            where.append(clause)
            params += more
        return " AND ".join(where), params

    def _text_match(self, q: str) -> tuple[str, list[Any]]:
        """The ``q`` filter: every word in the incident's documents or claims.

        SQLite with its full-text table (``schema.SQLITE_SEARCH``) matches whole
        words (case and accents ignored: "hospital" is not "hospitals"); otherwise,
        and for a ``q`` without letters or digits, :meth:`_text_match_portable`.
        A backend with its own full-text index overrides this method.
        """
        words = query_words(q)
        if words and self._has_search():
            return self._matching("q", "+c.id", _SEARCH_IDS, [search_expression(words)])
        return self._text_match_portable(q)

    def _matching(
        self, slot: str, column: str, subquery: str, params: list[Any]
    ) -> tuple[str, list[Any]]:
        """``column IN (subquery)``; on SQLite its ids are read once per filter and store
        version (``store/sqlite_memo.py``): a page and its total share them."""
        if not isinstance(self._con, sqlite3.Connection):
            return f"{column} IN ({subquery})", params
        memo: MatchMemo | None = getattr(self, "_memo", None)
        if memo is None:
            memo = self._memo = MatchMemo(self._con)
        return memo.clause(slot, column, subquery, params)

    @staticmethod
    def _text_match_portable(q: str) -> tuple[str, list[Any]]:
        """``q`` by LIKE scans (standard SQL; PostgreSQL's dialect makes them ILIKE).

        Each word (or the whole ``q`` when it has none) must appear, as a
        substring without case, in a title, text, statement or source name of
        the incident's documents and claims. Reads every text: slow on big stores.
        """
        words = query_words(q) or [q]
        clauses = [_TEXT_MATCH] * len(words)
        params: list[Any] = [p for w in words for p in [_like(w)] * 4]
        return " AND ".join(clauses), params

    def _has_search(self) -> bool:
        """Whether this SQLite store has its full-text table (asked once per connection)."""
        found: bool | None = getattr(self, "_search_found", None)
        if found is None:
            found = isinstance(self._con, sqlite3.Connection) and (
                self._one(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                    (SEARCH_TABLE,),
                )
                is not None
            )
            self._search_found: bool | None = found
        return found

    def query_corpus_incidents(self, query: IncidentQuery) -> list[CorpusIncidentRow]:
        where, params = self._where(query)
        sql = self._CORPUS_SQL + "WHERE " + where + " ORDER BY c.date_start, c.id"
        if query.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [query.limit, query.offset]
        elif query.offset:
            sql += " LIMIT ? OFFSET ?"  # no limit: the largest 64-bit value
            params += [2**63 - 1, query.offset]
        return [self._corpus_row(r) for r in self._con.execute(sql, params)]

    def count_corpus_incidents(self, query: IncidentQuery) -> int:
        where, params = self._where(query)
        return int(self._one("SELECT COUNT(*) FROM corpus_incidents c WHERE " + where, params))

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
            "l.latitude, l.longitude, l.geonameid, l.relation, l.country_code, k.score, k.reason, "
            "l.city "
            "FROM incident_links k JOIN incidents i ON i.id = k.incident_id "
            "JOIN documents d ON d.id = i.document_id "
            "LEFT JOIN locations l ON l.incident_id = i.id "
            "WHERE k.corpus_incident_id = ? ORDER BY i.id",
            (corpus_incident_id,),
        ).fetchall()
        out = []
        for r in rows:
            rows_a = self._con.execute(
                "SELECT name, role, certainty FROM actors WHERE incident_id = ? ORDER BY id",
                (r[0],),
            ).fetchall()
            actors = tuple((a[0], a[1]) for a in rows_a)
            suspected = tuple(a[0] for a in rows_a if a[2] == SUSPECTED)
            loc = (
                Location(r[8], r[9], r[10], r[11], r[12], r[13], r[14], None, r[15], r[18])
                if r[8] is not None
                else None
            )
            values = [*r[:8], loc, actors, r[16], r[17], suspected]
            out.append(StoredIncident(*values))
        return out

    _CLAIMS_SQL = (
        "SELECT c.id, c.incident_id, COALESCE(k.corpus_incident_id, 0), c.document_id, "
        "COALESCE(d.duplicate_of, d.id), d.external_id, c.document_date, c.figure, "
        "c.statement, c.low, c.high, c.qualifier, c.source_name, c.source_kind, c.source_via, "
        "c.hedged, c.victims, c.civilian, c.evidence_start, c.evidence_end, c.evidence_text, "
        "c.extractor, c.confidence, c.aggregate FROM claims c "
        "LEFT JOIN incident_links k ON k.incident_id = c.incident_id "
        "JOIN documents d ON d.id = c.document_id "
    )

    @staticmethod
    def _claim(r: Any) -> StoredClaim:
        return StoredClaim(
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
            aggregate=bool(r[23]),
        )

    def claims_of(self, corpus_incident_id: int) -> list[StoredClaim]:
        rows = self._con.execute(
            self._CLAIMS_SQL + "WHERE k.corpus_incident_id = ? ORDER BY c.document_date, c.id",
            (corpus_incident_id,),
        ).fetchall()
        return [self._claim(r) for r in rows]

    def claims_of_document(self, document_id: int) -> list[StoredClaim]:
        rows = self._con.execute(
            self._CLAIMS_SQL + "WHERE c.document_id = ? ORDER BY c.evidence_start, c.id",
            (document_id,),
        ).fetchall()
        return [self._claim(r) for r in rows]

    def has_document(self, document_id: int) -> bool:
        return self._one("SELECT 1 FROM documents WHERE id = ?", (document_id,)) is not None

    def segments_of(self, document_id: int) -> list[SegmentRow]:
        rows = self._con.execute(
            "SELECT start_offset, end_offset, kind, loaded_terms FROM segments "
            "WHERE document_id = ? ORDER BY start_offset, id",
            (document_id,),
        )
        return [
            SegmentRow(r[0], r[1], r[2], tuple(t for t in (r[3] or "").split("; ") if t))
            for r in rows
        ]

    def figures_of_many(self, corpus_incident_ids: Sequence[int]) -> dict[int, list[FigureRow]]:
        out: dict[int, list[FigureRow]] = {i: [] for i in corpus_incident_ids}
        for r in self._rows_in(
            "SELECT corpus_incident_id, figure, low, best, high, n_sources, contested, rule "
            "FROM corpus_figures WHERE corpus_incident_id IN ({marks}) "
            "ORDER BY corpus_incident_id, figure",
            list(corpus_incident_ids),
        ):
            out[r[0]].append(FigureRow(r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7]))
        return out

    def figures_of(self, corpus_incident_id: int) -> list[FigureRow]:
        rows = self._con.execute(
            "SELECT figure, low, best, high, n_sources, contested, rule FROM corpus_figures "
            "WHERE corpus_incident_id = ? ORDER BY figure",
            (corpus_incident_id,),
        )
        return [FigureRow(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6]) for r in rows]

    def warnings_of(self, document_ids: Sequence[int]) -> list[WarningRow]:
        return [
            WarningRow(*r)
            for r in self._rows_in(
                "SELECT w.document_id, d.external_id, w.message, w.evidence_text "
                "FROM warnings w JOIN documents d ON d.id = w.document_id "
                "WHERE w.document_id IN ({marks}) ORDER BY w.id",
                list(document_ids),
            )
        ]
