"""The PostgreSQL store: the dialect translation, opening by URL, types, the writer lock."""

from __future__ import annotations

import dataclasses
import sys
import threading
import time
from typing import Any

import pytest

from claimledger.errors import StoreError
from claimledger.store import Store
from claimledger.store.base import is_database_url
from claimledger.store.postgres import PostgresStore, redact
from claimledger.store.schema import schema_statements
from claimledger.store.sql_dialect import postgres_sql, returning_id, serial_tables
from tests.fixtures.corpus.handmade import load_raws, read_document
from tests.store.pg_cluster import PGCluster


def test_postgres_dialect_placeholders_like_and_nocase() -> None:
    sql = (
        "SELECT id FROM c WHERE (c.country = ? COLLATE NOCASE) AND c.location LIKE ? "
        "ESCAPE '\\' AND note = 'what? 100%' ORDER BY c.date_start, c.id LIMIT ? OFFSET ?"
    )
    assert postgres_sql(sql) == (
        "SELECT id FROM c WHERE (LOWER(c.country) = LOWER(%s)) AND c.location ILIKE %s "
        "ESCAPE '\\' AND note = 'what? 100%%' ORDER BY c.date_start NULLS FIRST, c.id "
        "LIMIT %s OFFSET %s"
    )


def test_postgres_dialect_null_order_is_sqlites() -> None:
    assert postgres_sql("SELECT a FROM t ORDER BY a DESC, b ASC, id") == (
        "SELECT a FROM t ORDER BY a DESC NULLS LAST, b ASC NULLS FIRST, id"
    )
    inner = postgres_sql("SELECT * FROM (SELECT a FROM t ORDER BY a) s ORDER BY COALESCE(x, y)")
    assert inner == (
        "SELECT * FROM (SELECT a FROM t ORDER BY a NULLS FIRST) s ORDER BY COALESCE(x, y) NULLS FIRST"
    )


def test_postgres_dialect_sqlite_only_functions_and_inserts() -> None:
    assert postgres_sql("SELECT GROUP_CONCAT(name), IFNULL(a, 0), MAX(a, b), MAX(c) FROM t") == (
        "SELECT string_agg(CAST(name AS TEXT), ','), COALESCE(a, 0), GREATEST(a, b), MAX(c) FROM t"
    )
    assert postgres_sql("SELECT ROUND(AVG(x), 2), CAST(y AS REAL) FROM t") == (
        "SELECT ROUND(CAST(AVG(x) AS NUMERIC), 2), CAST(y AS DOUBLE PRECISION) FROM t"
    )
    assert postgres_sql("INSERT OR IGNORE INTO t (a) VALUES (?)").strip() == (
        "INSERT INTO t (a) VALUES (%s) ON CONFLICT DO NOTHING"
    )


def test_postgres_dialect_ddl_types() -> None:
    ddl = postgres_sql("CREATE TABLE x (id INTEGER PRIMARY KEY, n INTEGER, r REAL, t TEXT)")
    assert ddl == (
        "CREATE TABLE x (id BIGSERIAL PRIMARY KEY, n BIGINT, r DOUBLE PRECISION, t TEXT)"
    )
    tables = serial_tables(schema_statements())
    assert {"documents", "incidents", "corpus_incidents", "claims"} <= tables
    assert "meta" not in tables and "term_counts" not in tables
    assert returning_id("INSERT INTO documents (a) VALUES (%s)", tables) == (
        "INSERT INTO documents (a) VALUES (%s) RETURNING id"
    )
    assert returning_id("INSERT INTO term_counts (a) VALUES (%s)", tables) is None


def test_postgres_url_dispatch_and_redaction() -> None:
    assert is_database_url("postgresql://u@h/db") and is_database_url("postgres:///db")
    assert not is_database_url("corpus.db")
    assert redact("postgresql://alice:s3cret@db.example/x") == "postgresql://alice:***@db.example/x"
    assert redact("postgresql:///x?host=/tmp") == "postgresql:///x?host=/tmp"


def test_postgres_missing_psycopg_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg -> ImportError
    with pytest.raises(StoreError, match=r"pip install 'claimledger\[postgres\]'"):
        Store.open("postgresql:///nowhere")


def test_postgres_unreachable_server_is_a_store_error_without_the_password(tmp_path: Any) -> None:
    url = f"postgresql://alice:s3cret@/x?host={tmp_path}&connect_timeout=2"
    with pytest.raises(StoreError, match="cannot connect") as err:
        Store.open(url)
    assert "s3cret" not in str(err.value)


def test_postgres_schema_uses_64_bit_integers_and_doubles(pg_cluster: PGCluster) -> None:
    url = pg_cluster.new_url("types")
    with Store.open(url) as store:
        assert isinstance(store, PostgresStore)
        types = dict(
            store._pg.raw.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = 'locations'"
            ).fetchall()
        )
    assert types["id"] == "bigint" and types["incident_id"] == "bigint"
    assert types["latitude"] == "double precision" and types["name"] == "text"


def test_postgres_url_forms(pg_cluster: PGCluster) -> None:
    url = pg_cluster.new_url("forms")  # postgresql:///db?host=/dir&user=postgres&options=...
    Store.open(url).close()
    host = url.split("host=")[1].split("&")[0]
    other = url.replace(
        "postgresql:///claimledger_test?", "postgresql://postgres@/claimledger_test?"
    )
    assert other != url and host
    with Store.open(other, read_only=True) as store:
        assert store.counts().documents == 0


def test_postgres_text_with_nul_is_stored_with_the_same_offsets(pg_cluster: PGCluster) -> None:
    raw = load_raws()[0]
    doc = read_document(raw)
    doc = dataclasses.replace(doc, title="a\x00b")
    with Store.open(pg_cluster.new_url("nul")) as store, store.transaction():
        pk = store.add_document(doc, "h")
        assert store.get_document(pk).title == "a\ufffdb"


def test_postgres_writers_take_turns(pg_cluster: PGCluster) -> None:
    url = pg_cluster.new_url("lock")
    first, second = Store.open(url), Store.open(url)
    order: list[str] = []

    def other() -> None:
        with second.transaction():
            order.append("second in")
            second.record_error("b", 1, "second")

    with first.transaction():
        first.record_error("a", 1, "first")
        thread = threading.Thread(target=other)
        thread.start()
        time.sleep(0.5)  # the other writer waits for this transaction's lock
        order.append("first out")
    thread.join(timeout=10)
    assert order == ["first out", "second in"]
    with Store.open(url, read_only=True) as store:
        assert [e.reason for e in store.errors()] == ["first", "second"]
        with store.transaction():  # a read-only transaction takes no writer lock
            assert store.counts().errors == 2
    first.close()
    second.close()


def test_postgres_lost_connection_is_a_store_error(pg_cluster: PGCluster) -> None:
    import psycopg

    url = pg_cluster.new_url("lost")
    with Store.open(url) as store:
        assert isinstance(store, PostgresStore)
        pid = store._pg.raw.info.backend_pid
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        with pytest.raises(StoreError, match="PostgreSQL"):
            store.counts()
