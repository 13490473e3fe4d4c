"""Context-free gazetteer rankings are remembered per gazetteer, and equal to a fresh ranking."""

from __future__ import annotations

from claimledger.extract.places.spans import _rank
from claimledger.resources.gazetteer.index import load_gazetteer


def test_rank_is_remembered_and_unchanged() -> None:
    gaz = load_gazetteer()
    for name in ("Baghdad", "Springfield", "Nowhere-on-Velm", "Iraqi"):
        first = _rank(gaz, name)
        assert first == gaz.rank(name)
        assert _rank(gaz, name) is first
