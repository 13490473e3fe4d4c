"""The toll over time: claims by document date, each source's latest figure, revisions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimledger.corpus import get_incident
from claimledger.corpus.timeline import describe, figure_timeline, toll_json, toll_timelines
from claimledger.records import Evidence
from claimledger.store import StoredClaim
from tests.fixtures.corpus.handmade import build_store, corpus_incident_of


def _claim(
    cid: int,
    doc: int,
    day: str,
    low: int,
    high: int | None = None,
    source: str = "Iraqi health ministry",
    kind: str = "official",
    sentence: str = "",
    figure: str = "killed",
) -> StoredClaim:
    high = low if high is None else high
    return StoredClaim(
        id=cid,
        incident_id=doc,
        corpus_incident_id=1,
        document_id=doc,
        canonical_document_id=doc,
        external_id=f"doc-{doc}",
        document_date=day,
        figure=figure,
        statement=f"{low} killed",
        low=low,
        high=high,
        qualifier="exact",
        source_name=source,
        source_kind=kind,
        source_via=None,
        hedged=False,
        victims=None,
        civilian=False,
        evidence=Evidence(cid * 10, cid * 10 + 5, f"{low}", f"doc-{doc}", "test", 1.0),
        sentence=sentence,
    )


def test_timeline_same_source_raising_its_toll_is_a_revision() -> None:
    t = figure_timeline(
        "killed",
        [
            _claim(3, 2, "2024-03-11", 17),
            _claim(1, 1, "2024-03-10", 12),
            _claim(2, 1, "2024-03-10", 10, source="police"),
        ],
    )
    assert [(p.date, p.value, p.source_name) for p in t.points] == [
        ("2024-03-10", 12, "Iraqi health ministry"),
        ("2024-03-10", 10, "police"),
        ("2024-03-11", 17, "Iraqi health ministry"),
    ]
    (rev,) = t.revisions
    assert (rev.claim_id, rev.revision, rev.revises, rev.revision_basis) == (
        3,
        "raised",
        12,
        "same source",
    )
    assert describe(rev) == "raised from 12 (same source)"
    # Each source's latest figure: the ministry's 17 and the police's 10.
    assert sorted((p.source_name, p.value) for p in t.latest) == [
        ("Iraqi health ministry", 17),
        ("police", 10),
    ]
    # Another source's different figure is a disagreement, not a revision.
    assert t.points[1].revision is None


def test_timeline_wording_marks_a_revision_within_one_document() -> None:
    said = "The toll rose to 40 by evening, a hospital official said."
    t = figure_timeline(
        "killed",
        [
            _claim(1, 1, "2024-05-01", 30, source="police"),
            _claim(2, 1, "2024-05-01", 40, source="a hospital official", sentence=said),
        ],
    )
    assert [(p.value, p.revision, p.revises, p.revision_basis) for p in t.points] == [
        (30, None, None, None),
        (40, "raised", 30, "wording"),
    ]


def test_timeline_lowered_and_subset_figures() -> None:
    t = figure_timeline(
        "killed",
        [
            _claim(1, 1, "2024-05-01", 12),
            _claim(2, 1, "2024-05-01", 3),  # "among them 3 children": not a revision
            _claim(3, 2, "2024-05-03", 9),
        ],
    )
    assert [p.revision for p in t.points] == [None, None, "lowered"]
    assert t.points[2].revises == 12
    assert [p.value for p in t.latest] == [9]


def test_timeline_of_the_handmade_kirkuk_incident_shows_the_revised_toll(tmp_path: Path) -> None:
    store = build_store(tmp_path / "c.db")
    try:
        cid = corpus_incident_of(store, "kirkuk-wire-1")
        assert cid is not None
        inc = get_incident(store, cid)
        assert inc is not None
        toll = toll_timelines(inc.claims)
        killed = toll["killed"]
        # The ministry's 12 on 10 March, its 17 on 11 March ("risen to 17").
        (rev,) = killed.revisions
        assert (rev.date, rev.value, rev.revises, rev.source_name) == (
            "2024-03-11",
            17,
            12,
            "Iraqi health ministry",
        )
        assert rev.revision == "raised" and rev.external_id == "kirkuk-wire-3"
        latest = {p.source_name: p.value for p in killed.latest}
        assert latest["Iraqi health ministry"] == 17
        assert latest["a doctor at Azadi hospital"] == 14
        body: dict[str, Any] = toll_json(toll)
        assert body["killed"]["revisions"] == [rev.claim_id]
        assert body["injured"]["revisions"] == []
        assert [p["value"] for p in body["injured"]["points"]] == [30]
    finally:
        store.close()
