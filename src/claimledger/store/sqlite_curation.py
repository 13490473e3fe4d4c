"""SQLite merges, splits and redirects of corpus incidents.

Input: the decisions of ``corpus/merge.py`` (automatic merges while linking,
and a user's ``claimledger merge`` / ``split``). Output: rows in
``corpus_redirects``, ``curation_decisions`` and ``corpus_kept_apart``, and
the moved ``incident_links``. The statements are parameterised and portable
(``ON CONFLICT ... DO`` exists in PostgreSQL too). :class:`SQLiteCuration` is
one part of ``SQLiteStore``; the connection and the transactions are
``store/sqlite.py``'s.

A store written before these tables existed and opened read-only has none of
them: the reads then answer as for a store without merges.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime

from claimledger.store.base import CurationRow


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class SQLiteCuration:
    """Merging, splitting and redirecting corpus incidents."""

    _con: sqlite3.Connection

    def merge_corpus_incidents(
        self, survivor: int, absorbed: int, *, manual: bool, reason: str
    ) -> None:
        con = self._con
        con.execute(
            "UPDATE incident_links SET corpus_incident_id = ? WHERE corpus_incident_id = ?",
            (survivor, absorbed),
        )
        # Earlier redirects to the absorbed id now point at the survivor (one hop always).
        con.execute(
            "UPDATE corpus_redirects SET survivor_id = ? WHERE survivor_id = ?",
            (survivor, absorbed),
        )
        con.execute(
            "INSERT INTO corpus_redirects (absorbed_id, survivor_id, manual, reason, merged_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (absorbed_id) DO UPDATE SET "
            "survivor_id = excluded.survivor_id, manual = excluded.manual, "
            "reason = excluded.reason, merged_at = excluded.merged_at",
            (absorbed, survivor, int(manual), reason, _now()),
        )
        # What was kept apart from the absorbed incident is kept apart from the survivor.
        pairs = con.execute(
            "SELECT corpus_incident_id, other_id, decision_id FROM corpus_kept_apart "
            "WHERE corpus_incident_id = ? OR other_id = ?",
            (absorbed, absorbed),
        ).fetchall()
        con.execute(
            "DELETE FROM corpus_kept_apart WHERE corpus_incident_id = ? OR other_id = ?",
            (absorbed, absorbed),
        )
        for a, b, decision in pairs:
            a2 = survivor if a == absorbed else a
            b2 = survivor if b == absorbed else b
            if a2 != b2:
                self._keep_apart_row(a2, b2, decision)

    def _keep_apart_row(self, a: int, b: int, decision_id: int | None) -> None:
        self._con.execute(
            "INSERT INTO corpus_kept_apart (corpus_incident_id, other_id, decision_id) "
            "VALUES (?, ?, ?) ON CONFLICT (corpus_incident_id, other_id) DO NOTHING",
            (a, b, decision_id),
        )

    def keep_apart(self, a: int, b: int, decision_id: int | None) -> None:
        self._keep_apart_row(a, b, decision_id)
        self._keep_apart_row(b, a, decision_id)

    def allow_together(self, a: int, b: int) -> None:
        self._con.execute(
            "DELETE FROM corpus_kept_apart WHERE (corpus_incident_id = ? AND other_id = ?) "
            "OR (corpus_incident_id = ? AND other_id = ?)",
            (a, b, b, a),
        )

    def kept_apart(self, a: int, b: int) -> bool:
        try:
            row = self._con.execute(
                "SELECT 1 FROM corpus_kept_apart WHERE corpus_incident_id = ? AND other_id = ?",
                (a, b),
            ).fetchone()
        except sqlite3.OperationalError:  # an older store opened read-only
            return False
        return row is not None

    def resolve_corpus_incident(self, corpus_incident_id: int) -> int:
        try:
            row = self._con.execute(
                "SELECT survivor_id FROM corpus_redirects WHERE absorbed_id = ?",
                (corpus_incident_id,),
            ).fetchone()
        except sqlite3.OperationalError:
            return corpus_incident_id
        return int(row[0]) if row is not None else corpus_incident_id

    def absorbed_into(self, corpus_incident_id: int) -> list[int]:
        try:
            rows = self._con.execute(
                "SELECT absorbed_id FROM corpus_redirects WHERE survivor_id = ? "
                "ORDER BY absorbed_id",
                (corpus_incident_id,),
            ).fetchall()
        except sqlite3.OperationalError:
            return []
        return [int(r[0]) for r in rows]

    def record_curation(
        self,
        action: str,
        corpus_incident_id: int,
        other_id: int,
        *,
        manual: bool,
        incident_ids: Sequence[int] = (),
        note: str | None = None,
    ) -> int:
        cur = self._con.execute(
            "INSERT INTO curation_decisions (action, corpus_incident_id, other_id, manual, "
            "incident_ids, note, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                action,
                corpus_incident_id,
                other_id,
                int(manual),
                ",".join(str(i) for i in incident_ids) or None,
                note,
                _now(),
            ),
        )
        return int(cur.lastrowid or 0)

    def curation_of(self, corpus_incident_ids: Sequence[int]) -> list[CurationRow]:
        ids = sorted(set(corpus_incident_ids))
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        try:
            rows = self._con.execute(
                "SELECT id, action, corpus_incident_id, other_id, manual, incident_ids, note, "
                f"decided_at FROM curation_decisions WHERE corpus_incident_id IN ({marks}) "
                f"OR other_id IN ({marks}) ORDER BY id",
                (*ids, *ids),
            ).fetchall()
        except sqlite3.OperationalError:
            return []
        return [
            CurationRow(
                id=r[0],
                action=r[1],
                corpus_incident_id=r[2],
                other_id=r[3],
                manual=bool(r[4]),
                incident_ids=tuple(int(x) for x in (r[5] or "").split(",") if x),
                note=r[6],
                decided_at=r[7],
            )
            for r in rows
        ]
