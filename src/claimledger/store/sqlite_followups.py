"""SQLite reads of follow-ups: documents that read no incident of their own, attached
to the corpus incident they follow up (``corpus/link_followup.py``).

Input: a document id or a corpus incident id. Output: ``FollowupRow`` records from
``document_followups`` (schema version 9; the twenty-ninth session's stores of
version 8 made the table at their first attach). :class:`SQLiteFollowups` is one part
of ``SQLiteStore``; the writes (``attach_followup``) are ``store/sqlite_write.py``'s,
the connection ``store/sqlite.py``'s. A store opened read-only without the table
answers as one without follow-ups.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from claimledger.records import Evidence
from claimledger.store.base import FollowupRow

_COLUMNS = (
    "SELECT f.document_id, f.corpus_incident_id, f.score, f.reason, f.evidence_start, "
    "f.evidence_end, f.evidence_text, f.extractor, d.external_id FROM document_followups f "
    "JOIN documents d ON d.id = f.document_id "
)


def _row(r: Sequence[Any]) -> FollowupRow:
    """A ``document_followups`` row (``_COLUMNS``' order) as its record."""
    ev = Evidence(int(r[4]), int(r[5]), r[6], r[8], r[7], float(r[2]))
    return FollowupRow(int(r[0]), int(r[1]), float(r[2]), r[3], ev)


class SQLiteFollowups:
    """The follow-ups of a document or of a corpus incident."""

    _con: sqlite3.Connection

    def followup_of(self, document_id: int) -> FollowupRow | None:
        if not self._has_followups():
            return None
        r = self._con.execute(_COLUMNS + "WHERE f.document_id = ?", (document_id,)).fetchone()
        return None if r is None else _row(r)

    def followups_of(self, corpus_incident_id: int) -> list[FollowupRow]:
        if not self._has_followups():
            return []
        # its own and those of the incidents merged into it (redirects are one hop long)
        rows = self._con.execute(
            _COLUMNS + "WHERE f.corpus_incident_id = ? OR f.corpus_incident_id IN "
            "(SELECT absorbed_id FROM corpus_redirects WHERE survivor_id = ?) "
            "ORDER BY f.document_id",
            (corpus_incident_id, corpus_incident_id),
        ).fetchall()
        return [_row(r) for r in rows]

    def _has_followups(self) -> bool:
        """Whether the store has its follow-ups table (a store of version 8 or older,
        read without being opened for writing, may lack it; once found, not asked again)."""
        if getattr(self, "_followups_found", False):
            return True
        if isinstance(self._con, sqlite3.Connection):
            sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        else:
            sql = "SELECT 1 WHERE to_regclass(?) IS NOT NULL"
        found = self._con.execute(sql, ("document_followups",)).fetchone() is not None
        self._followups_found = found
        return found
