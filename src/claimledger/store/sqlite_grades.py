"""Stored credibility grades and independent sources of corpus incidents.

Input: what ``corpus/summary.refresh`` decides for a corpus incident (its
grade, the reasons, its independent sources with their relays). Output: rows in
``corpus_grades`` and ``corpus_sources`` read back as
:class:`~claimledger.store.base.CorpusGradeRow`. Lists (reasons, relays,
document ids) are stored as JSON text. The statements are parameterised and
portable (``ON CONFLICT ... DO`` exists in PostgreSQL too); the connection and
the transactions are the backend's.

A store written before these tables existed and opened read-only has none of
them: the read then answers None (no stored grade).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from claimledger.store.base import CorpusGradeRow, CorpusSourceRow


class SQLiteGrades:
    """Writing and reading the grade and independent sources of corpus incidents."""

    _con: sqlite3.Connection

    def set_corpus_grade(self, row: CorpusGradeRow) -> None:
        """Store (replace) a corpus incident's grade, reasons and independent sources."""
        con = self._con
        con.execute(
            "INSERT INTO corpus_grades (corpus_incident_id, grade, reasons, "
            "n_independent_sources) VALUES (?, ?, ?, ?) ON CONFLICT (corpus_incident_id) "
            "DO UPDATE SET grade = excluded.grade, reasons = excluded.reasons, "
            "n_independent_sources = excluded.n_independent_sources",
            (row.corpus_incident_id, row.grade, json.dumps(list(row.reasons)), len(row.sources)),
        )
        con.execute(
            "DELETE FROM corpus_sources WHERE corpus_incident_id = ?", (row.corpus_incident_id,)
        )
        for position, s in enumerate(row.sources):
            con.execute(
                "INSERT INTO corpus_sources (corpus_incident_id, position, source_key, name, "
                "kind, relays, n_claims, document_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    row.corpus_incident_id,
                    position,
                    s.key,
                    s.name,
                    s.kind,
                    json.dumps(list(s.relays)),
                    s.n_claims,
                    json.dumps(list(s.document_ids)),
                ),
            )

    def drop_corpus_grade(self, corpus_incident_id: int) -> None:
        """Forget the grade of a corpus incident left without documents."""
        for table in ("corpus_sources", "corpus_grades"):
            self._con.execute(
                f"DELETE FROM {table} WHERE corpus_incident_id = ?", (corpus_incident_id,)
            )

    def corpus_grade(self, corpus_incident_id: int) -> CorpusGradeRow | None:
        """The stored grade and independent sources of a corpus incident, if any."""
        try:
            head = self._con.execute(
                "SELECT grade, reasons FROM corpus_grades WHERE corpus_incident_id = ?",
                (corpus_incident_id,),
            ).fetchone()
        except sqlite3.OperationalError:  # an older store, read-only: no table
            return None
        if head is None:
            return None
        rows = self._con.execute(
            "SELECT source_key, name, kind, relays, n_claims, document_ids FROM corpus_sources "
            "WHERE corpus_incident_id = ? ORDER BY position",
            (corpus_incident_id,),
        ).fetchall()
        return CorpusGradeRow(
            corpus_incident_id=corpus_incident_id,
            grade=head[0],
            reasons=tuple(json.loads(head[1])),
            sources=tuple(_source(r) for r in rows),
        )


def _source(r: Sequence[object]) -> CorpusSourceRow:
    return CorpusSourceRow(
        key=str(r[0]),
        name=str(r[1]),
        kind=str(r[2]),
        relays=tuple(json.loads(str(r[3]))),
        n_claims=int(str(r[4])),
        document_ids=tuple(int(d) for d in json.loads(str(r[5]))),
    )
