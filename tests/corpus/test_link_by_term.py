"""An incident of unknown country finds its candidates by term: the same links as the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimledger.corpus import link, link_search
from claimledger.corpus.ingest import ingest_documents
from claimledger.options import Options
from claimledger.records import RawDocument
from claimledger.store import Store
from claimledger.store.base import LinkFeatures
from tests.corpus.test_link import _f
from tests.fixtures.corpus.handmade import load_raws
from tests.store.test_link_lookup import NO_PLACE, _analyzer


def _features(**kw: Any) -> LinkFeatures:
    """test_link's Kirkuk incident, with an actor, a corpus incident and a publication date."""
    more: dict[str, Any] = dict(actors=("ISIS",), corpus_incident_id=1, published="2024-03-10")
    return _f(**{**more, **kw})


def test_without_a_shared_term_no_pair_reaches_the_link_threshold() -> None:
    a, b = _features(), _features(incident_id=2, document_id=2)
    # Same day, same place, same type, same actors, no shared term: 2 of 5 weights.
    assert link.score_pair(a, b, 0.0, ())[0] == pytest.approx(link.NO_TEXT_MAX) == 0.4
    assert link.NO_TEXT_MAX < link.LINK_THRESHOLD and link.NO_TEXT_MAX < link.MERGE_THRESHOLD
    assert link.score_pair(a, b, 0.05, ())[0] > link.NO_TEXT_MAX  # any shared term adds


def test_candidate_terms_only_above_the_no_text_score() -> None:
    own = ({"qaysariya": 9.0, "kirkuk": 4.0}, 13.0)
    assert link.candidate_terms(own, link.LinkSettings()) == ["kirkuk", "qaysariya"]
    assert link.candidate_terms(own, link.GREEDY) == ["kirkuk", "qaysariya"]
    assert link.candidate_terms(own, link.LinkSettings(threshold=0.4)) is None
    assert link.candidate_terms(own, link.LinkSettings(merge_threshold=0.3)) is None


def _link_all(path: Path) -> dict[str, tuple[int, float, str]]:
    """Ingest the hand-made corpus and the place-less reports: each document's link."""
    raws = load_raws() + [
        RawDocument(id=k, text=text, published=day) for k, (day, text) in NO_PLACE.items()
    ]
    with Store.open(path) as store:
        ingest_documents(raws, store, Options(), analyzer=_analyzer)
        rows = store._con.execute(  # type: ignore[attr-defined]
            "SELECT d.external_id, k.corpus_incident_id, k.score, k.reason FROM incident_links k "
            "JOIN incidents i ON i.id = k.incident_id JOIN documents d ON d.id = i.document_id"
        ).fetchall()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def test_links_by_term_equal_the_links_from_the_whole_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    by_term = _link_all(tmp_path / "terms.db")
    monkeypatch.setattr(link_search, "candidate_terms", lambda *_: None)
    window = _link_all(tmp_path / "window.db")
    assert by_term.keys() == window.keys() and len(by_term) == 14
    for doc in by_term:  # same corpus incident and score for every incident
        assert by_term[doc][:2] == window[doc][:2], doc
    # The Kirkuk report without a place shares the town's names: it joins the bombing.
    assert by_term["kirkuk-noplace-5"][0] == by_term["kirkuk-wire-1"][0]
    assert "qaysariya" in by_term["kirkuk-noplace-5"][2]
    # The one sharing no name starts its own incident either way; only the reason
    # differs: no candidate was looked up, where the window's best scored below 0.5.
    bridge_terms, bridge_window = by_term["bridge-noplace-1"], window["bridge-noplace-1"]
    assert bridge_terms[2] == "new incident (no candidate in the date window and place)"
    assert bridge_window[2].startswith("new incident (best candidate scored 0.")
    changed = [d for d in by_term if by_term[d][2] != window[d][2]]
    assert changed == ["bridge-noplace-1"]
