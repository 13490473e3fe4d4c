"""The incident list's ``q`` (full-text table in SQLite, LIKE elsewhere) and its indexes."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from claimledger.corpus import summary as corpus
from claimledger.store import Store
from claimledger.store.base import IncidentQuery
from claimledger.store.schema import SCHEMA_VERSION, SEARCH_TABLE
from tests.fixtures.corpus.handmade import build_store

WORDS = [
    ("qaysariya", ["Kirkuk"]),  # one document's text only
    ("Saman", ["Kirkuk"]),  # a source's name
    ("CONVOY damboa", ["Damboa"]),  # every word, any order, any case
    ("ministry", ["Kirkuk", "Baghdad"]),
    ("ministry convoy", []),  # no incident has both
    ("Adhamiya gunmen", ["Baghdad"]),  # title and text of two documents
    ("%", []),  # no letters: a literal LIKE, wildcards escaped
]


def _places(store: Store, q: str) -> list[str]:
    return [r.row.location or "" for r in corpus.list_incidents(store, IncidentQuery(q=q))]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "corpus.db"
    build_store(path).close()
    return path


def _downgrade(path: Path) -> None:
    """Make ``path`` look like a store written before the search table and indexes."""
    con = sqlite3.connect(path)
    con.execute(f"DROP TRIGGER {SEARCH_TABLE}_refresh")
    con.execute(f"DROP TABLE {SEARCH_TABLE}")
    for name in ("idx_corpus_incidents_list", "idx_corpus_incidents_country", "idx_actors_name"):
        con.execute(f"DROP INDEX {name}")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.commit()
    con.close()


def _names(path: Path, kind: str) -> set[str]:
    con = sqlite3.connect(path)
    rows = con.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,)).fetchall()
    con.close()
    return {r[0] for r in rows}


@pytest.mark.parametrize(("q", "expected"), WORDS)
def test_search_words_match_through_the_full_text_table(
    db: Path, q: str, expected: list[str]
) -> None:
    with Store.open(db, read_only=True) as store:
        assert store._has_search()  # the table was filled as the corpus was ingested
        clause, _params = store._text_match(q)
        # Words go through the full-text table, read once into the connection's
        # memo of matches (store/sqlite_memo.py); "%" has no word: a LIKE scan.
        assert ("temp.claimledger_q" in clause) == (q != "%")
        assert _places(store, q) == expected
        assert corpus.count_incidents(store, IncidentQuery(q=q)) == len(expected)


@pytest.mark.parametrize(("q", "expected"), WORDS)
def test_search_portable_like_fallback_gives_the_same_incidents(
    db: Path, q: str, expected: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db, read_only=True) as store:
        monkeypatch.setattr(store, "_has_search", lambda: False)
        clause, _params = store._text_match(q)
        assert "LIKE" in clause and SEARCH_TABLE not in clause
        assert _places(store, q) == expected


def test_search_table_and_indexes_are_added_to_an_older_store(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    build_store(path).close()
    _downgrade(path)
    with Store.open(path, read_only=True) as store:  # read-only: never migrated, LIKE instead
        assert not store._has_search()
        assert _places(store, "qaysariya") == ["Kirkuk"]
    Store.open(path).close()  # a writable open migrates
    assert SEARCH_TABLE in _names(path, "table")
    assert {"idx_corpus_incidents_list", "idx_actors_name"} <= _names(path, "index")
    with Store.open(path, read_only=True) as store:
        assert store._one("SELECT value FROM meta WHERE key = 'schema_version'") == str(
            SCHEMA_VERSION
        )
        assert store._has_search()
        assert store._one(f"SELECT COUNT(*) FROM {SEARCH_TABLE} WHERE body IS NOT NULL") == 4
        assert _places(store, "CONVOY damboa") == ["Damboa"]


def test_search_country_code_in_any_case_uses_the_code(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        rows = corpus.list_incidents(store, IncidentQuery(country="iq"))
        assert [r.row.location for r in rows] == ["Kirkuk", "Baghdad"]
        where, params = store._where(IncidentQuery(country="iq"))
        assert "c.country_code = ?" in where and params == ["IQ"]
        named = corpus.list_incidents(store, IncidentQuery(country="NIGERIA"))
        assert [r.row.location for r in named] == ["Damboa"]


# Whole words on every backend: a part of a word finds nothing ("minis" is not
# "ministry", "bazaar" is not "bazaars"), accents aside (docs of `_text_match`).
PARTS = [("minis", []), ("bazaars", []), ("Kirkuk's", ["Kirkuk"]), ("ADHAMIYA", ["Baghdad"])]


@pytest.mark.parametrize(("q", "expected"), WORDS + PARTS)
def test_search_matches_whole_words_alike_on_sqlite_and_postgresql(
    store_at: Callable[[str], str], q: str, expected: list[str]
) -> None:
    from claimledger.corpus.ingest import ingest_documents
    from claimledger.options import Options
    from tests.fixtures.corpus.handmade import handmade_analyzer, load_raws

    with Store.open(store_at("search")) as store:
        ingest_documents(load_raws(), store, Options(), analyzer=handmade_analyzer)
        assert _places(store, q) == expected
        assert corpus.count_incidents(store, IncidentQuery(q=q)) == len(expected)
