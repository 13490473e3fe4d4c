"""A strong learned score lifting the text vetoes (``corpus/link_veto.py``), helper L,
thirty-first session."""

from __future__ import annotations

import pytest

from claimledger.corpus import link_search, link_veto
from claimledger.corpus.link_veto import strong
from claimledger.store.base import LinkFeatures


def _feat(incident: int, corpus: int, day: str) -> LinkFeatures:
    return LinkFeatures(
        incident, incident, incident, day, "day", "Violence against civilians", "US",
        "Ohio", "Dayton", 4509884, 39.759, -84.192, (), corpus, day,
    )  # fmt: skip


def test_a_strong_score_sharing_some_text_lifts_the_text_vetoes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(link_veto, "STRONG_LINK", 0.95)
    assert strong(0.97, 0.06)
    assert not strong(0.97, 0.01)  # sharing nothing: still vetoed
    assert not strong(0.9, 0.12)
    monkeypatch.setattr(link_veto, "STRONG_LINK", None)
    assert not strong(1.0, 0.5)


def test_the_vetoes_hold_below_the_strong_score(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(link_veto, "STRONG_LINK", 0.95)
    c = _feat(1, 1, "2025-01-11")
    item = (c, False, 1.0, 0.06, None, None)
    # A thin report in a crowded week: text .06 is below both vetoes.
    assert link_search._vetoed(item, frozenset(), {}, 3, 0.8) == "text 0.06 below 0.1"
    assert link_search._vetoed(item, frozenset(), {}, 3, 0.97) is None
    crowded = (c, False, 1.0, 0.12, None, None)
    assert link_search._vetoed(crowded, frozenset(), {}, 3, 0.93) is not None
    assert link_search._vetoed(crowded, frozenset(), {}, 3, 0.96) is None
