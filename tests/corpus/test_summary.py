"""Reconciliation per corpus incident, timelines and queries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimledger.corpus import summary as corpus
from claimledger.records import Evidence
from claimledger.store import IncidentQuery, StoredClaim
from tests.fixtures.corpus.handmade import build_store, corpus_incident_of


def _claim(
    value: int | None,
    source: str,
    kind: str,
    *,
    doc: int = 1,
    date: str = "2024-05-01",
    high: int | None = -1,
    qualifier: str = "exact",
    hedged: bool = False,
    canonical: int | None = None,
    cid: int = 0,
) -> StoredClaim:
    return StoredClaim(
        id=cid or doc * 100 + (value or 0),
        incident_id=doc,
        corpus_incident_id=1,
        document_id=doc,
        canonical_document_id=canonical or doc,
        external_id=f"d{doc}",
        document_date=date,
        figure="killed",
        statement=f"{value} killed",
        low=value,
        high=value if high == -1 else high,
        qualifier=qualifier,
        source_name=source,
        source_kind=kind,
        source_via=None,
        hedged=hedged,
        victims=None,
        civilian=False,
        evidence=Evidence(0, 1, "x", f"d{doc}"),
    )


def test_corpus_relays_of_one_source_count_once() -> None:
    claims = [
        _claim(12, "the Health Ministry", "official", doc=1),
        _claim(12, "health ministry", "official", doc=2),
        _claim(12, "Health  Ministry", "official", doc=3),
        _claim(20, "a police officer", "anonymous", doc=2),
    ]
    f = corpus.reconcile_figure("killed", claims)
    assert f.n_sources == 2
    assert (f.low, f.best, f.high) == (12, 12, 20)
    assert f.contested is True


def test_corpus_revised_toll_supersedes_the_earlier_one() -> None:
    claims = [
        _claim(12, "health ministry", "official", doc=1, date="2024-05-01"),
        _claim(17, "health ministry", "official", doc=2, date="2024-05-02"),
    ]
    f = corpus.reconcile_figure("killed", claims)
    assert (f.low, f.best, f.high, f.n_sources, f.contested) == (17, 17, 17, 1, False)
    assert [c.low for c in f.sources[0].claims] == [12, 17]


def test_corpus_anonymous_sources_in_near_duplicates_count_once() -> None:
    claims = [
        _claim(9, "a security source", "anonymous", doc=1),
        _claim(9, "a security source", "anonymous", doc=2, canonical=1),
        _claim(9, "a security source", "anonymous", doc=3),
    ]
    f = corpus.reconcile_figure("killed", claims)
    assert f.n_sources == 2  # documents 1 and 3; 2 is a copy of 1


def test_corpus_hedged_and_vague_claims_do_not_set_the_range() -> None:
    claims = [
        _claim(8, "Syrian Observatory", "ngo", doc=1),
        _claim(30, "a resident", "witness", doc=2, hedged=True),
        _claim(50, "activists", "partisan", doc=3, qualifier="vague"),
    ]
    f = corpus.reconcile_figure("killed", claims)
    assert (f.low, f.best, f.high) == (8, 8, 8)
    assert f.n_sources == 3
    only_hedged = corpus.reconcile_figure("killed", claims[1:2])
    assert (only_hedged.low, only_hedged.high) == (30, 30)
    assert only_hedged.rule.startswith("only hedged")


def test_corpus_best_comes_from_the_most_reliable_tier() -> None:
    claims = [
        _claim(5, "army spokesman", "military", doc=1),
        _claim(11, "a security source", "anonymous", doc=2),
        _claim(7, "district chairman", "official", doc=3),
        _claim(9, "Red Crescent", "medical", doc=3),
    ]
    f = corpus.reconcile_figure("killed", claims)
    assert (f.low, f.best, f.high) == (5, 9, 11)
    assert "tier-1" in f.rule


def test_corpus_open_ended_and_ranged_claims() -> None:
    claims = [
        _claim(10, "police", "official", doc=1, high=None, qualifier="at_least"),
        _claim(12, "hospital", "medical", doc=2, high=16),
    ]
    f = corpus.reconcile_figure("killed", claims)
    assert (f.low, f.best, f.high) == (10, 14, 16)


def test_corpus_subset_figure_in_one_document_is_not_the_position() -> None:
    claims = [
        _claim(12, "health ministry", "official", doc=1, cid=1),
        _claim(3, "health ministry", "official", doc=1, cid=2),  # "among them 3 children"
    ]
    f = corpus.reconcile_figure("killed", claims)
    assert (f.low, f.best, f.high) == (12, 12, 12)


def test_corpus_timeline_orders_by_document_date() -> None:
    claims = [
        _claim(17, "health ministry", "official", doc=3, date="2024-05-02"),
        _claim(12, "health ministry", "official", doc=1, date="2024-05-01"),
        _claim(12, "health ministry", "official", doc=2, date="2024-05-01"),
    ]
    points = corpus.claim_timeline(claims)
    assert [(p.date, p.low) for p in points] == [("2024-05-01", 12), ("2024-05-02", 17)]


def _figures(store: Any, ext: str) -> dict[str, tuple[Any, ...]]:
    cid = corpus_incident_of(store, ext)
    inc = corpus.get_incident(store, cid)  # type: ignore[arg-type]
    assert inc is not None
    return {k: (f.low, f.best, f.high, f.n_sources) for k, f in inc.figures.items()}


def test_corpus_handmade_incidents_have_the_expected_figures(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    # Kirkuk: ministry 12 then 17 (revised, one source), police >= 10, the police
    # chief 10, a doctor 14 (medical: the best); the repost adds no source.
    assert _figures(store, "kirkuk-wire-1") == {
        "injured": (30, 30, 30, 1),
        "killed": (10, 14, 17, 4),
    }
    # Idlib: two monitors 8 and 9 (lower median 8); the hedged witness is kept apart.
    assert _figures(store, "idlib-monitor-1") == {"killed": (8, 8, 9, 3)}
    # Borno: army 5, anonymous 11, local official 7 (the most reliable tier present).
    assert _figures(store, "borno-army-1") == {"killed": (5, 7, 11, 3)}
    assert _figures(store, "baghdad-1") == {"injured": (1, 1, 1, 1), "killed": (3, 3, 3, 1)}


def test_corpus_get_incident_has_documents_sentences_and_warnings(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    inc = corpus.get_incident(store, corpus_incident_of(store, "baghdad-1"))  # type: ignore[arg-type]
    assert inc is not None
    assert [d.external_id for d in inc.documents] == ["baghdad-1", "baghdad-2"]
    assert inc.row.n_independent_documents == 2
    assert inc.claims[0].sentence.startswith("Gunmen opened fire on an army checkpoint")
    assert [w.message for w in inc.warnings] == ["hand-made warning for the test"]
    kirkuk = corpus.get_incident(store, corpus_incident_of(store, "kirkuk-wire-1"))  # type: ignore[arg-type]
    assert kirkuk is not None
    assert (kirkuk.row.n_documents, kirkuk.row.n_independent_documents) == (4, 3)
    assert [
        (p.date, p.low)
        for p in kirkuk.timeline
        if p.source_name == "Iraqi health ministry" and p.figure == "killed"
    ] == [
        ("2024-03-10", 12),
        ("2024-03-11", 17),
    ]
    assert corpus.get_incident(store, 999) is None


def test_corpus_list_incidents_carries_stored_figures(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    rows = corpus.list_incidents(store, IncidentQuery(contested=True, country="SY"))
    assert len(rows) == 1
    (killed,) = rows[0].figures
    assert (killed.figure, killed.low, killed.best, killed.high, killed.contested) == (
        "killed",
        8,
        8,
        9,
        True,
    )


def test_corpus_list_pages_count_and_new_filters(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    page = corpus.list_incidents(store, IncidentQuery(limit=2, offset=1))
    assert [r.row.location for r in page] == ["Baghdad", "Maarrat Misrin"]
    assert corpus.count_incidents(store, IncidentQuery(limit=2, offset=1)) == 4
    # limit None with an offset: everything after it
    assert [r.row.location for r in corpus.list_incidents(store, IncidentQuery(offset=3))] == [
        "Damboa"
    ]
    by_sub = corpus.list_incidents(store, IncidentQuery(event_type="remote explosive/landmine/ied"))
    assert [r.row.location for r in by_sub] == ["Kirkuk"]
    words = IncidentQuery(q="qaysariya")  # only in the Kirkuk documents' text
    assert [r.row.location for r in corpus.list_incidents(store, words)] == ["Kirkuk"]
    assert corpus.count_incidents(store, IncidentQuery(q="Brigadier Saman")) == 1  # a source name
    iraq = IncidentQuery(bbox=(40.0, 30.0, 50.0, 40.0), country="IQ")
    assert corpus.count_incidents(store, iraq) == 2
    assert corpus.count_incidents(store, IncidentQuery(bbox=(0.0, 0.0, 1.0, 1.0))) == 0


def test_corpus_get_document_has_text_segments_claims(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    doc_id = next(
        i for i in store.document_ids() if store.get_document(i).external_id == "kirkuk-local-2"
    )
    view = corpus.get_document(store, doc_id)
    assert view is not None
    assert [(s.kind, s.start) for s in view.segments] == [("headline", 0)]
    spans = [view.text[c.evidence.start : c.evidence.end] for c in view.claims]
    assert spans == ["10 people were killed", "14 bodies"]
    assert {c.corpus_incident_id for c in view.claims} == {
        corpus_incident_of(store, "kirkuk-wire-1")
    }
    assert corpus.document_segments(store, [doc_id])[doc_id] == view.segments
    assert corpus.get_document(store, 10_000) is None
