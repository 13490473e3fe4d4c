"""A follow-up naming the month and the candidate's person ("Suspect arrested in April
slaying of Marcus Delahunt") counts as placed alike when the places agree as one state's
(``link_month.MONTH_PERSON_PLACE``), helper L, thirty-fifth session: 0.7 of place held such
a follow-up at 0.65, below the link threshold. Our own invented values."""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.corpus import link_month
from claimledger.store.base import LinkFeatures


def _feat(incident: int, place: str, gid: int, day: str, at: tuple[float, float]) -> LinkFeatures:
    return LinkFeatures(
        incident, incident, incident, day, "day", "Battles", "US", "Michigan", place, gid,
        at[0], at[1], (), incident, day,
    )  # fmt: skip


class _Texts:
    """A store that knows only the new document's text."""

    def document_text(self, document_id: int) -> str:
        del document_id
        return "A man was arrested Tuesday in the April slaying of Orrin Delacourt in Flint."


STORE: Any = _Texts()
NEW = _feat(
    9, "Detroit", 4990729, "2026-05-19", (42.331, -83.046)
)  # the arrest, placed in the state's city
FLINT = _feat(
    1, "Flint", 4992982, "2026-04-10", (43.013, -83.687)
)  # the killing, 92 km away (0.7: one state)


def test_the_person_named_lifts_one_states_place(monkeypatch: pytest.MonkeyPatch) -> None:
    names = {1: frozenset({"orrin_delacourt"})}
    got = link_month.followups(STORE, NEW, [(FLINT, 0.7, 0.3)], names=names)
    assert got[1][0] == pytest.approx(1.0)
    assert "names orrin delacourt" in got[1][1]
    assert "places 0.70 apart in one state, the person named" in got[1][1]
    monkeypatch.setattr(link_month, "MONTH_PERSON_PLACE", False)
    got = link_month.followups(STORE, NEW, [(FLINT, 0.7, 0.3)], names=names)
    assert got[1][0] == pytest.approx(0.7 * 4.2 / 4.5)  # held below the link threshold


def test_the_month_without_the_person_keeps_the_place_gate() -> None:
    # The candidate's person is not the sentence's: the month and the text alone.
    names = {1: frozenset({"lena_marsh"})}
    got = link_month.followups(STORE, NEW, [(FLINT, 0.7, 0.3)], names=names)
    assert got[1][0] == pytest.approx(0.7 * 4.2 / 4.5)
    assert "names" not in got[1][1]
    # Another state's place (below one state's 0.7): no follow-up at all.
    assert link_month.followups(STORE, NEW, [(FLINT, 0.5, 0.3)], names=names) == {}
