"""The memo of costly filters' matches (``store/sqlite_memo.py``): reused, never stale."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimledger.corpus import summary as corpus
from claimledger.store import Store
from claimledger.store.base import IncidentQuery
from claimledger.store.sqlite_memo import MatchMemo
from tests.fixtures.corpus.handmade import build_store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.db"
    build_store(path).close()
    return path


def _places(store: Store, query: IncidentQuery) -> list[str]:
    return [r.row.location or "" for r in corpus.list_incidents(store, query)]


def _fills(memo: MatchMemo, calls: list[str]) -> None:
    real = memo._fill

    def counted(slot: str, subquery: str, params: list[object]) -> None:
        calls.append(slot)
        real(slot, subquery, params)

    memo._fill = counted  # type: ignore[method-assign]


def test_page_and_total_of_one_filter_read_the_matches_once(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        assert _places(store, IncidentQuery(q="damboa")) == ["Damboa"]  # creates the memo
        calls: list[str] = []
        _fills(store._memo, calls)
        # A new filter: each slot is filled once, then the total and the next page reuse it.
        query = IncidentQuery(q="ministry")
        assert _places(store, query) == ["Kirkuk", "Baghdad"]
        assert corpus.count_incidents(store, query) == 2
        assert _places(store, IncidentQuery(q="ministry", offset=1)) == ["Baghdad"]
        assert calls == ["q"]


def test_actor_filter_matches_a_substring_of_a_name_without_case(db: Path) -> None:
    with Store.open(db, read_only=True) as store:
        names = store._con.execute("SELECT DISTINCT name FROM actors ORDER BY name").fetchall()
        assert names, "the hand-made corpus names actors"
        name = names[0][0]
        part = name[1:-1].upper() if len(name) > 3 else name.upper()
        via_memo = _places(store, IncidentQuery(actor=part))
        assert "temp.claimledger_actor" in store._where(IncidentQuery(actor=part))[0]
        # the same incidents as the subquery written inline
        sub = (
            "SELECT DISTINCT c.location, c.date_start, c.id FROM corpus_incidents c "
            "JOIN incident_links k ON k.corpus_incident_id = c.id "
            "JOIN actors a ON a.incident_id = k.incident_id "
            "WHERE c.n_documents > 0 AND a.name LIKE ? ORDER BY c.date_start, c.id"
        )
        inline = [r[0] or "" for r in store._con.execute(sub, (f"%{part}%",))]
        assert via_memo == inline and via_memo


def test_a_commit_by_another_connection_refreshes_the_matches(db: Path) -> None:
    with Store.open(db, read_only=True) as reader:
        assert _places(reader, IncidentQuery(q="qaysariya")) == ["Kirkuk"]
        # Another connection rewrites the words of that incident (as an ingest would).
        con = sqlite3.connect(db)
        con.execute("UPDATE corpus_search SET body = 'nothing here' WHERE body LIKE '%qaysariya%'")
        con.commit()
        con.close()
        assert _places(reader, IncidentQuery(q="qaysariya")) == []
        assert corpus.count_incidents(reader, IncidentQuery(q="qaysariya")) == 0


def test_the_memo_works_inside_a_transaction_and_leaves_it_open(db: Path) -> None:
    with Store.open(db) as store:
        store._con.execute("BEGIN")
        assert _places(store, IncidentQuery(q="qaysariya")) == ["Kirkuk"]
        assert store._con.in_transaction  # the caller's transaction, not ended by the memo
        store._con.execute("ROLLBACK")
        assert not store._con.in_transaction


def test_slot_names_are_identifiers() -> None:
    from claimledger.store.sqlite_memo import table

    assert table("q") == "temp.claimledger_q"
    with pytest.raises(ValueError, match="not a slot name"):
        table("q; DROP TABLE documents")
