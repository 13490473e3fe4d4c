"""Linking at scale: candidates come from indexes alone, and they are the same as before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimledger.bench.link_scale import _date_only_candidates, fill
from claimledger.corpus.ingest import ingest_documents
from claimledger.options import Options
from claimledger.store import Store
from tests.fixtures.corpus.handmade import handmade_analyzer, load_raws


def _store(tmp_path: Path) -> Store:
    """600 synthetic linked incidents over two years around the hand-made corpus, then it."""
    db = tmp_path / "c.db"
    fill(db, 600, date(2024, 3, 10), years=2, seed=3)
    store = Store.open(db)
    ingest_documents(load_raws(), store, Options(), analyzer=handmade_analyzer)
    return store


def test_indexed_link_candidates_equal_the_date_only_ones(tmp_path: Path) -> None:
    store = _store(tmp_path)
    try:
        windows = [("2024-02-01", "2024-04-30"), ("2023-06-01", "2024-12-31"), ("2024-03-10",) * 2]
        seen = 0
        for lo, hi in windows:
            for country in ("IQ", "SY", "NG", "US", None):
                for exclude in (0, 1):
                    got = store.link_candidates(lo, hi, country, exclude)
                    assert got == _date_only_candidates(store, lo, hi, country, exclude)
                    seen += len(got)
        assert seen > 50  # the comparison saw many candidates, not empty lists
        # The hand-made Kirkuk reports are candidates of one another's window.
        iq = store.link_candidates("2024-03-01", "2024-03-20", "IQ", 0)
        assert {c.place for c in iq} >= {"Kirkuk", "Baghdad"}
        assert all(c.country_code in ("IQ", None) for c in iq)
    finally:
        store.close()


def _plan(store: Store, *args: object) -> str:
    """The query plan of the candidate query ``link_candidates(*args)`` makes."""
    con = store._con  # type: ignore[attr-defined]
    statements: list[str] = []
    con.set_trace_callback(statements.append)
    store.link_candidates(*args)  # type: ignore[arg-type]
    con.set_trace_callback(None)
    (sql,) = [s for s in statements if "k.corpus_incident_id IS NOT NULL" in s]
    return " | ".join(r[3] for r in con.execute("EXPLAIN QUERY PLAN " + sql))


def test_link_candidates_read_one_country_range_not_the_whole_window(tmp_path: Path) -> None:
    store = _store(tmp_path)
    try:
        plan = _plan(store, "2024-02-01", "2024-04-30", "IQ", 0)
        # Two ranges of (country, date): the country's and the unknown country's.
        ranges = "COVERING INDEX idx_incidents_country_date (country_code=? AND date>? AND date<?)"
        assert plan.count(ranges) == 2, plan
        assert "idx_incidents_date" not in plan, plan
        assert "SCAN" not in plan, plan
        # Unknown country with terms: the term postings' (term, date) ranges.
        plan = _plan(store, "2024-02-01", "2024-04-30", None, 0, ["kirkuk", "qaysariya"])
        assert (
            "COVERING INDEX sqlite_autoindex_incident_terms_1 (term=? AND date>? AND date<?)"
            in (plan)
        ), plan
        assert "idx_incidents_date" not in plan and "SCAN" not in plan, plan
        # A known country with terms: its range, and the term ranges for the unknown country.
        plan = _plan(store, "2024-02-01", "2024-04-30", "IQ", 0, ["kirkuk", "qaysariya"])
        assert plan.count(ranges) == 1, plan
        assert "sqlite_autoindex_incident_terms_1 (term=? AND date>? AND date<?)" in plan, plan
        assert "SCAN" not in plan, plan
    finally:
        store.close()
