"""Independent sources across a corpus incident's documents, and the estimates over them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from claimledger.corpus import summary as corpus
from claimledger.corpus.independence import (
    grade_corpus_incident,
    independent_sources,
    origin_keys,
)
from claimledger.records import Evidence
from claimledger.store import Store, StoredClaim
from claimledger.store.schema import SCHEMA_VERSION
from tests.fixtures.corpus.handmade import build_store, corpus_incident_of


def _claim(
    cid: int,
    value: int | None,
    source: str,
    kind: str,
    *,
    doc: int,
    via: str | None = None,
    canonical: int | None = None,
    statement: str = "",
    date: str = "2024-03-11",
) -> StoredClaim:
    return StoredClaim(
        id=cid,
        incident_id=doc,
        corpus_incident_id=1,
        document_id=doc,
        canonical_document_id=canonical or doc,
        external_id=f"d{doc}",
        document_date=date,
        figure="killed" if value is not None else None,
        statement=statement or f"{value} people were killed",
        low=value,
        high=value,
        qualifier="exact" if value is not None else None,
        source_name=source,
        source_kind=kind,
        source_via=via,
        hedged=False,
        victims=None,
        civilian=False,
        evidence=Evidence(0, 1, "x", f"d{doc}"),
    )


OUTLETS = {1: "Reuters", 2: "Al Jazeera", 3: "Daily Star", 4: "Kirkuk Now"}


def test_relay_chain_across_outlets_is_one_source() -> None:
    claims = [
        # Reuters' story: the spokesman told Reuters; Reuters' own sentence restates it.
        _claim(1, 12, "Ali Hassan, a police spokesman", "official", doc=1, via="Reuters"),
        _claim(2, 12, "author", "author", doc=1),
        # Al Jazeera relays Reuters.
        _claim(3, 12, "Reuters", "media", doc=2),
        # The Daily Star's copy of the Al Jazeera story (a near-duplicate).
        _claim(4, 12, "Reuters", "media", doc=3, canonical=2),
    ]
    sources = independent_sources(claims, OUTLETS)
    assert len(sources) == 1
    only = sources[0]
    assert only.name == "Ali Hassan, a police spokesman"
    assert only.claim_ids == (1, 2, 3, 4)
    assert only.document_ids == (1, 2, 3)
    assert "Reuters (relay)" in only.relays
    assert "d3 (near-duplicate copy)" in only.relays
    assert "Reuters (restates it)" in only.relays
    f = corpus.reconcile_claims(claims, OUTLETS)["killed"]
    assert (f.n_sources, f.low, f.best, f.high, f.contested) == (1, 12, 12, 12, False)


def test_near_duplicate_reposts_count_once_in_the_estimate() -> None:
    claims = [
        _claim(1, 10, "author", "author", doc=1),
        _claim(2, 10, "author", "author", doc=2, canonical=1),  # repost of doc 1
        _claim(3, 10, "author", "author", doc=3, canonical=1),  # another repost
        _claim(4, 16, "author", "author", doc=4),
    ]
    outlets = {1: None, 4: "Kirkuk Now"}
    f = corpus.reconcile_claims(claims, outlets)["killed"]
    # Three sources (10, 10, 16) would give best 10 from the lower median of 10/10/16 too,
    # but the count says what was counted: two sources, and the lower median of 10 and 16.
    assert f.n_sources == 2
    assert (f.low, f.best, f.high) == (10, 10, 16)
    assert sorted(s.name for s in independent_sources(claims, outlets)) == ["Kirkuk Now", "d1"]


def test_reposts_do_not_outvote_a_source() -> None:
    # One account's figure reposted by two copies, against two other sources.
    claims = [
        _claim(1, 30, "@gaza_now", "social_media", doc=1),
        _claim(2, 30, "@gaza_now", "social_media", doc=2, canonical=1),
        _claim(3, 30, "@gaza_now", "social_media", doc=3, canonical=1),
        _claim(4, 18, "health ministry", "official", doc=4),
        _claim(5, 18, "Al-Shifa hospital", "medical", doc=4),
    ]
    f = corpus.reconcile_claims(claims, {})["killed"]
    assert f.n_sources == 3
    assert (f.low, f.best, f.high) == (18, 18, 30)


def test_accounts_repeating_one_wording_count_once() -> None:
    words = "the ministry of interior said that two people were injured in the raid on the house"
    claims = [
        _claim(1, 2, "@account_one", "social_media", doc=1, statement=words),
        _claim(2, 2, "@account_two", "social_media", doc=2, statement=words.upper()),
        _claim(3, 2, "@account_three", "social_media", doc=3, statement="2 injured"),
    ]
    keys = origin_keys(claims, {})
    assert keys[1] == keys[2] != keys[3]


def test_unnamed_sources_are_per_document_unless_relayed_by_one_outlet() -> None:
    claims = [
        _claim(1, 5, "a security source", "anonymous", doc=1),
        _claim(2, 5, "a security source", "anonymous", doc=2),
        _claim(3, 5, "a security source", "anonymous", doc=3, via="AFP"),
        _claim(4, 5, "a security source", "anonymous", doc=4, via="AFP"),
    ]
    keys = origin_keys(claims, {})
    assert len({keys[1], keys[2], keys[3]}) == 3
    assert keys[3] == keys[4]


def test_corpus_grade_from_independent_sources_and_texts() -> None:
    relayed = [
        _claim(1, 12, "Ali Hassan, a police spokesman", "official", doc=1, via="Reuters"),
        _claim(3, 12, "Reuters", "media", doc=2),
    ]
    grade, reasons, sources = grade_corpus_incident(relayed, OUTLETS, ["A bomb went off."])
    assert grade == "weak" and len(sources) == 1
    assert "1 independent source: Ali Hassan, a police spokesman" in reasons[0]
    second = [*relayed, _claim(5, 14, "Kirkuk hospital", "medical", doc=4)]
    grade, reasons, _ = grade_corpus_incident(second, OUTLETS, ["A bomb went off."])
    assert grade == "fair" and "Kirkuk hospital" in reasons[0]
    text = ["Islamic State claimed responsibility for the bombing in a statement."]
    assert grade_corpus_incident(second, OUTLETS, text)[0] == "confirmed"


def test_grade_and_sources_are_stored_at_ingest(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    kirkuk = corpus_incident_of(store, "kirkuk-wire-1")
    assert kirkuk is not None
    row = store.corpus_grade(kirkuk)
    assert row is not None and row.grade == "fair"
    names = [s.name for s in row.sources]
    assert names[:2] == ["Iraqi health ministry", "police"]
    # kirkuk-repost-4 near-duplicates kirkuk-wire-1: its claims fold under the originals.
    ministry = row.sources[0]
    assert "kirkuk-repost-4 (near-duplicate copy)" in ministry.relays
    assert "4 independent sources" in row.reasons[0]
    # What show/export compute equals what was stored.
    inc = corpus.get_incident(store, kirkuk)
    assert inc is not None and inc.grade == row.grade
    assert [s.name for s in inc.sources] == names
    store.close()


def test_an_older_store_gains_the_grade_tables(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    build_store(path).close()
    con = sqlite3.connect(path)
    con.execute("DROP TABLE corpus_sources")
    con.execute("DROP TABLE corpus_grades")
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION - 1,))
    con.commit()
    con.close()
    store = Store.open(path)
    cid = corpus_incident_of(store, "idlib-monitor-1")
    assert cid is not None
    assert store.corpus_grade(cid) is None  # the tables exist again, empty
    with store.transaction():
        corpus.refresh(store, [cid])
    row = store.corpus_grade(cid)
    assert row is not None and row.grade == "fair" and len(row.sources) == 3
    store.close()


def test_a_merged_incident_hands_its_grade_to_the_survivor(tmp_path: Path) -> None:
    from claimledger.corpus import merge

    store = build_store(tmp_path / "c.db")
    kirkuk = corpus_incident_of(store, "kirkuk-wire-1")
    baghdad = corpus_incident_of(store, "baghdad-1")
    assert kirkuk is not None and baghdad is not None
    assert store.corpus_grade(baghdad) is not None
    assert merge.merge(store, kirkuk, baghdad, note="test") == kirkuk
    assert store.corpus_grade(baghdad) is None
    row = store.corpus_grade(kirkuk)
    assert row is not None
    assert "Iraqi interior ministry" in [s.name for s in row.sources]
    store.close()
