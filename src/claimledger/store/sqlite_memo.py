"""The ids a costly filter matched, read once per store version (SQLite only).

Input: a slot name (``q``, ``actor``), the subquery that finds a filter's
corpus incident ids and its parameters. Output: a clause
``column IN temp.claimledger_<slot>`` (a one-column table of ids, which
SQLite probes directly, without copying it), for ``SQLiteReads._where``.

A page of incidents and its total are two statements over the same filters
(``query_corpus_incidents``, ``count_corpus_incidents``), and the next page of
a list repeats them. The cheap filters (date, country, type) are served by
indexes; two are not: ``q`` (a full-text match of common words returns most
of the store) and ``actor`` (a substring of a name, tested on every actor
row). Their ids are computed once into a temporary table of the connection
and reused while the filter and the store are unchanged.

Unchanged means: the same subquery and parameters, the same
``PRAGMA data_version`` (which changes when another connection commits) and
the same ``total_changes`` of this connection (its own writes). A temporary
table lives in the connection's own temporary database, so this works on a
store opened read-only (``mode=ro``) and is never seen by another connection.
PostgreSQL plans such subqueries itself; its backend does not use this.
"""

from __future__ import annotations

import sqlite3
from typing import Any


def table(slot: str) -> str:
    """The temporary table holding a slot's ids."""
    if not slot.isidentifier():
        raise ValueError(f"not a slot name: {slot!r}")
    return f"temp.claimledger_{slot}"


class MatchMemo:
    """Per connection: each slot's last filter, its matching ids and the store version."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self._con = con
        # Temporary tables in memory, not in a file under /var/tmp: they are small
        # (one integer per match) and a file costs system calls on every fill.
        con.execute("PRAGMA temp_store = MEMORY")
        self._filled: dict[str, tuple[str, tuple[Any, ...], tuple[int, int]]] = {}

    def _version(self) -> tuple[int, int]:
        """(data_version, total_changes): changes when anything commits or this connection writes."""
        row = self._con.execute("PRAGMA data_version").fetchone()
        return int(row[0]), self._con.total_changes

    def clause(
        self, slot: str, column: str, subquery: str, params: list[Any]
    ) -> tuple[str, list[Any]]:
        """``column IN`` the ids ``subquery`` returns, computed now or reused.

        Args:
            slot: which filter (one remembered filter per slot and connection).
            column: the id column the clause tests, e.g. ``c.id``.
            subquery: a SELECT of one column of ids.
            params: the subquery's parameters.
        """
        key = (subquery, tuple(params))
        filled = self._filled.get(slot)
        if filled is None or filled[:2] != key or filled[2] != self._version():
            self._fill(slot, subquery, params)
            self._filled[slot] = (*key, self._version())
        return f"{column} IN {table(slot)}", []

    def _fill(self, slot: str, subquery: str, params: list[Any]) -> None:
        """Replace the slot's ids with what ``subquery`` returns (one transaction of
        its own, unless the connection is already inside one)."""
        con = self._con
        own = not con.in_transaction
        if own:
            con.execute("BEGIN")
        try:
            name = table(slot)
            con.execute(f"CREATE TABLE IF NOT EXISTS {name} (id INTEGER PRIMARY KEY)")
            con.execute(f"DELETE FROM {name}")
            con.execute(f"INSERT OR IGNORE INTO {name} (id) SELECT * FROM ({subquery})", params)
        except BaseException:
            if own:
                con.execute("ROLLBACK")
            self._filled.pop(slot, None)
            raise
        if own:
            con.execute("COMMIT")
