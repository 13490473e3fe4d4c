"""The PostgreSQL corpus store: a PostgreSQL database behind the ``Store`` interface.

Input: a ``postgresql://`` (or ``postgres://``) connection URL, e.g.
``postgresql://user@host/dbname`` or ``postgresql:///dbname?host=/run/postgresql``.
Output: the same rows and records as ``SQLiteStore``: the same schema and the
same statements (the ``SQLiteWrites`` / ``SQLiteReads`` mixins), translated
by ``store/sql_dialect.py`` and run through a small adapter that gives psycopg 3
the interface of a ``sqlite3`` connection (``execute`` returning a cursor with
``rowcount`` and ``lastrowid``).

Guarantees, as in SQLite:

* one transaction per ``transaction()`` block (autocommit outside), so a
  killed writer loses only its uncommitted batch;
* the content hash is UNIQUE; an insert meeting it (a concurrent writer stored
  the text first) does nothing and ``add_document`` raises ``AlreadyStoredError``;
* writers are serialised per transaction by an advisory lock, as SQLite's file
  lock serialises them: concurrent ingests never deadlock on shared rows
  (term counts, corpus incidents) and each batch links against every batch
  committed before it. Readers never wait.

psycopg is the optional extra ``postgres`` and is imported only here, when a
PostgreSQL URL is opened.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

from claimledger.errors import StoreError
from claimledger.store.schema import (
    SCHEMA_VERSION,
    add_columns,
    backfill,
    backfill_addresses,
    schema_statements,
)
from claimledger.store.sql_dialect import postgres_sql, returning_id
from claimledger.store.sqlite import SQLStore
from claimledger.store.sqlite_read import query_words, text_match_sql

# pg_advisory_xact_lock key taken by every write transaction ("clg" + 1).
WRITER_LOCK = 0x636C6701
PK = "BIGSERIAL PRIMARY KEY"
# ``q`` on PostgreSQL: the word, whole and without case (``\m``/``\M`` are the
# regex word boundaries), in a title, text, statement or source name of the
# incident's documents and claims; the same incidents as SQLite's full-text table.
_WORD_MATCH = text_match_sql("~* ?")
INSTALL_HINT = "pip install 'claimledger[postgres]'"


def redact(url: str) -> str:
    """The URL with any password replaced by ``***`` (for messages)."""
    return re.sub(r"(://[^:/@?]*:)[^@/?]*@", r"\1***@", url)


def _psycopg() -> Any:
    """The psycopg module, or a StoreError saying how to install it."""
    try:
        import psycopg
    except ImportError as exc:
        raise StoreError(f"the PostgreSQL store needs psycopg 3: {INSTALL_HINT}") from exc
    return psycopg


def _configure(raw: Any) -> None:
    """Adapt types as SQLite does: bool -> 0/1, NUMERIC -> int or float, NUL kept out."""
    import psycopg
    from psycopg.adapt import Dumper, Loader
    from psycopg.types.string import StrDumperUnknown

    class BoolAsInt(Dumper):
        oid = psycopg.postgres.types["int8"].oid

        def dump(self, obj: Any) -> bytes:
            return b"1" if obj else b"0"

    class NumberLoader(Loader):
        # SUM/AVG of integers are NUMERIC in PostgreSQL; SQLite gives int or float.
        def load(self, data: Any) -> Any:
            text = bytes(data).decode()
            try:
                return int(text)
            except ValueError:
                return float(text)

    class TextWithoutNul(StrDumperUnknown):
        # PostgreSQL text cannot hold U+0000 (SQLite can): store U+FFFD, same length.
        def dump(self, obj: str) -> Any:
            return super().dump(obj.replace("\x00", "\ufffd") if "\x00" in obj else obj)

    raw.adapters.register_dumper(bool, BoolAsInt)
    raw.adapters.register_loader("numeric", NumberLoader)
    raw.adapters.register_dumper(str, TextWithoutNul)


_ROWS = re.compile(r"^\s*(SELECT|WITH|VALUES)\b|\bRETURNING\b", re.IGNORECASE)


class PGCursor:
    """A psycopg cursor with sqlite3's ``lastrowid``.

    In a write transaction the connection is in pipeline mode: statements are
    sent without waiting, and a cursor's results arrive when it is read from
    (its rows, its ``rowcount``).
    """

    def __init__(
        self, con: PGConnection, cur: Any, lastrowid: int | None, inserted: bool, rows: bool
    ) -> None:
        self._con = con
        self._cur = cur
        self._lastrowid = lastrowid
        self._inserted = inserted
        self._rows = rows

    @property
    def rowcount(self) -> int:
        if self._con.pipeline is not None and not self._rows:
            self._con.pipeline.sync()  # the count arrives with the results
        return int(self._cur.rowcount)

    @property
    def lastrowid(self) -> int | None:
        if self._lastrowid is None and self._inserted and self.rowcount > 0:
            # An insert into a table not known to number its ids: the session's last one.
            row = self._cur.connection.execute("SELECT lastval()").fetchone()
            self._lastrowid = int(row[0])
        return self._lastrowid

    def fetchone(self) -> Any:
        return self._cur.fetchone() if self._rows else None

    def fetchall(self) -> list[Any]:
        return list(self._cur.fetchall()) if self._rows else []

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class PGConnection:
    """A psycopg connection with the ``execute``/``executemany`` of a sqlite3 one."""

    def __init__(self, raw: Any) -> None:
        import psycopg

        self.raw = raw
        self.serial: frozenset[str] = frozenset()
        self.pipeline: Any = None  # the open pipeline of a write transaction
        # The server gone or the connection broken: one StoreError line, as a damaged
        # SQLite file gives (the command line prints it without a traceback).
        self._lost = psycopg.OperationalError

    def refresh_serial(self) -> None:
        """Learn which tables number their ``id`` (their inserts return it)."""
        rows = self.raw.execute(
            "SELECT table_name FROM information_schema.columns WHERE column_name = 'id' "
            "AND column_default LIKE 'nextval%%' AND table_schema = current_schema()",
            (),
        ).fetchall()
        self.serial = frozenset(r[0].lower() for r in rows)

    def execute(self, sql: str, parameters: Any = (), /) -> PGCursor:
        query = postgres_sql(sql)
        with_id = returning_id(query, self.serial)
        cur = self.raw.cursor()
        try:
            cur.execute(with_id or query, parameters)
        except self._lost as exc:
            raise StoreError(f"PostgreSQL: {exc}") from exc
        lastrowid = None
        if with_id is not None:
            row = cur.fetchone()
            lastrowid = int(row[0]) if row is not None else None
        inserted = query.lstrip()[:6].upper() == "INSERT"
        return PGCursor(self, cur, lastrowid, inserted, rows=bool(_ROWS.search(with_id or query)))

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> PGCursor:
        cur = self.raw.cursor()
        params = list(seq_of_parameters)
        if params:
            try:
                cur.executemany(postgres_sql(sql), params)
            except self._lost as exc:
                raise StoreError(f"PostgreSQL: {exc}") from exc
        return PGCursor(self, cur, None, inserted=False, rows=False)

    def close(self) -> None:
        self.raw.close()


class PostgresStore(SQLStore):
    """A corpus store in a PostgreSQL database (the tables of the connection's schema)."""

    # The mixins' queries call ``_con.execute`` as on a sqlite3 connection: the
    # adapter provides that interface (``sql_dialect.Connection``), not the class.
    _con: Any

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        psycopg = _psycopg()
        self.path = self.url = url
        self.read_only = read_only
        self._in_tx = False
        try:
            raw = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"{redact(url)}: cannot connect: {exc}") from exc
        _configure(raw)
        self._pg = self._con = PGConnection(raw)
        try:
            version = self._schema_version()
            if read_only:
                if version is None:
                    raise StoreError(f"{redact(url)}: not a claimledger store (no schema)")
                raw.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            elif version is None or version < SCHEMA_VERSION:  # a current one is kept
                self._create(version)
            self._pg.refresh_serial()
        except (psycopg.Error, StoreError) as exc:
            raw.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"{redact(url)}: cannot open the store: {exc}") from exc

    def _schema_version(self) -> int | None:
        """The stored schema version; None for a database without ``meta``."""
        if self._pg.raw.execute("SELECT to_regclass('meta')").fetchone()[0] is None:
            return None
        row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        try:
            return int(row[0]) if row is not None else None
        except ValueError:
            return None

    def _create(self, version: int | None = None) -> None:
        """Create (or complete) the schema: the same DDL as SQLite, in PostgreSQL types."""
        with self.transaction():  # the writer lock: concurrent first opens take turns
            # An existing store first gains the columns added since (an index may name them).
            added = version is not None and add_columns(self._con, self._columns)
            for stmt in schema_statements(pk=PK):
                self._con.execute(stmt)
            if added:
                backfill(self._con)
            backfill_addresses(self._con, version)
            self._con.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                ("schema_version", str(SCHEMA_VERSION)),
            )

    def _columns(self, table: str) -> set[str]:
        """The column names of a table of the connection's schema."""
        rows = self._con.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ?",
            (table,),
        )
        return {r[0] for r in rows}

    def close(self) -> None:
        self._pg.close()

    def _text_match(self, q: str) -> tuple[str, list[Any]]:
        """``q`` as whole words without case, as SQLite's full-text table matches it.

        Each word (letters and digits only, so nothing in it is a regex operator)
        must appear whole in the incident's texts: "hospital" does not find
        "hospitals" on either backend. Unlike SQLite's tokenizer, accents are not
        folded ("Bouaké" needs its accent). A scan of the texts: on a big store a
        trigram or ``tsvector`` index would serve it (not built; docs/scaling.md).
        A ``q`` without letters or digits is matched literally (the portable LIKE).
        """
        words = query_words(q)
        if not words:
            return self._text_match_portable(q)
        clauses = [_WORD_MATCH] * len(words)
        params: list[Any] = [p for w in words for p in [rf"\m{w}\M"] * 4]
        return " AND ".join(clauses), params

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_tx:  # nested: the outer transaction decides
            yield
            return
        self._pg.raw.execute("BEGIN")
        self._in_tx = True
        try:
            if self.read_only:
                yield
            else:
                self._pg.raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
                # Pipeline mode: writes go out without a round trip each; a read waits
                # for its own result only. Leaving the block waits for every result.
                with self._pg.raw.pipeline() as pipeline:
                    self._pg.pipeline = pipeline
                    try:
                        yield
                    finally:
                        self._pg.pipeline = None
        except BaseException:
            with suppress(Exception):  # a broken connection has nothing to roll back
                self._pg.raw.execute("ROLLBACK")
            raise
        else:
            self._pg.raw.execute("COMMIT")
        finally:
            self._in_tx = False

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        raw = self._pg.raw
        raw.execute("SAVEPOINT one_document")
        try:
            yield
            if self._pg.pipeline is not None:
                self._pg.pipeline.sync()  # a failed write of this document raises here
        except BaseException:
            raw.execute("ROLLBACK TO SAVEPOINT one_document")
            raw.execute("RELEASE SAVEPOINT one_document")
            raise
        else:
            raw.execute("RELEASE SAVEPOINT one_document")
