"""The SQLite corpus store: one SQLite file behind the ``Store`` interface.

Input: ``Document`` records and queries from ``ingest``, ``link`` and
``corpus``. Output: rows as the frozen records of ``store/base.py``.

The file is opened in WAL mode so readers (Datasette, the ``sqlite3`` shell,
``claimledger incidents``) can read while an ingest writes, and a process
killed mid-batch leaves only the transactions it committed. Queries are
parameterised and avoid SQLite-only syntax (``ON CONFLICT ... DO`` and
``LIMIT`` exist in PostgreSQL too): ``SQLStore`` gathers them, and the
PostgreSQL store (``store/postgres.py``) is one too.
Writes are in ``store/sqlite_write.py``, reads in ``store/sqlite_read.py``;
this module opens the file and runs the transactions. No SQL leaves ``store/``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from claimledger.errors import StoreError
from claimledger.store.base import Store
from claimledger.store.schema import (
    SCHEMA,
    SCHEMA_VERSION,
    SEARCH_TABLE,
    SQLITE_SEARCH,
    SQLITE_SEARCH_FILL,
    add_columns,
    backfill,
    backfill_addresses,
)
from claimledger.store.sqlite_curation import SQLiteCuration
from claimledger.store.sqlite_followups import SQLiteFollowups
from claimledger.store.sqlite_grades import SQLiteGrades
from claimledger.store.sqlite_read import SQLiteReads
from claimledger.store.sqlite_write import SQLiteWrites


class SQLStore(SQLiteCuration, SQLiteFollowups, SQLiteGrades, SQLiteWrites, SQLiteReads, Store):
    """Every query of the store in portable SQL: what SQLite and PostgreSQL share.

    A new group of queries is one more mixin here (``?`` placeholders, SQL that
    ``store/sql_dialect.py`` can translate): both backends then have it.
    """


class SQLiteStore(SQLStore):
    """A corpus store in one SQLite file (WAL mode)."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._con = self._connect(path, read_only)
        try:
            # Reading the schema version is the first read: a file that is not a
            # database ("file is not a database") fails here, not later.
            version = self._schema_version()
            if read_only:
                if version is None:
                    raise StoreError(f"{path}: not a claimledger store (no schema)")
            else:
                self._con.execute("PRAGMA journal_mode=WAL")
                # NORMAL is durable against process crashes (SIGKILL) in WAL mode;
                # only a power loss can drop the last commits.
                self._con.execute("PRAGMA synchronous=NORMAL")
                if version is None or version < SCHEMA_VERSION:  # a current one is kept
                    self._create(version)
            self._con.execute("PRAGMA foreign_keys=ON")
        except (sqlite3.Error, StoreError) as exc:
            self._con.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"{path}: cannot open the store: {exc}") from exc
        self._in_tx = False

    @staticmethod
    def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a batch is
        # exactly one transaction and nothing is committed behind our back.
        try:
            if not read_only:
                return sqlite3.connect(str(path), isolation_level=None, timeout=30.0)
            if not path.is_file():
                raise StoreError(f"{path}: no such store")
            # mode=ro: SQLite never writes the file (a read-only file or mount is fine).
            uri = path.resolve().as_uri() + "?mode=ro"
            return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30.0)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the store: {exc}") from exc

    def _schema_version(self) -> int | None:
        """The stored schema version; None for an empty file or one without ``meta``."""
        has_meta = self._con.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone()
        if has_meta is None:
            return None
        row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        try:
            return int(row[0]) if row is not None else None
        except ValueError:
            return None

    def _create(self, version: int | None = None) -> None:
        cur = self._con.cursor()
        cur.execute("BEGIN")
        # An existing store first gains the columns added since (an index may name them).
        added = version is not None and add_columns(self._con, self._columns)
        for stmt in SCHEMA:
            cur.execute(stmt)
        if added:
            backfill(self._con)
        backfill_addresses(self._con, version)
        self._create_search(cur)
        cur.execute(
            # An older store's version is raised once its missing tables exist.
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            ("schema_version", str(SCHEMA_VERSION)),
        )
        cur.execute("COMMIT")

    def _columns(self, table: str) -> set[str]:
        """The column names of a table."""
        return {r[1] for r in self._con.execute(f"PRAGMA table_info({table})")}

    @staticmethod
    def _create_search(cur: sqlite3.Cursor) -> None:
        """The full-text table of ``q`` and its trigger, filled when new (in the open transaction).

        A SQLite built without FTS5 gets no table: ``q`` then filters by LIKE.
        """
        found = cur.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (SEARCH_TABLE,)
        ).fetchone()
        if found is not None:
            return
        cur.execute("SAVEPOINT search_table")
        try:
            for stmt in SQLITE_SEARCH:
                cur.execute(stmt)
        except sqlite3.OperationalError as exc:  # "no such module: fts5"
            if "fts5" not in str(exc):
                raise
            cur.execute("ROLLBACK TO SAVEPOINT search_table")
        else:
            cur.execute(SQLITE_SEARCH_FILL)
        cur.execute("RELEASE SAVEPOINT search_table")

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
