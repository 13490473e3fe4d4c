"""The author's own toll is a floor for the best estimate (issue 15, Airwars assessments)."""

from __future__ import annotations

from claimledger.reconcile.estimates import estimate
from tests.reconcile.builders import killed_claim


def test_relayed_parts_do_not_pull_best_below_the_authors_toll() -> None:
    # "At least 40 were killed" (author); relatives each mourn one or five of them.
    claims = [
        killed_claim(40, name="author", kind="author", hedged=True),
        killed_claim(5, name="Mohammad Ahmad", kind="family"),
        killed_claim(1, name="Omm Ibraheem", kind="family"),
        killed_claim(4, name="a neighbour", kind="witness"),
    ]
    est = estimate(claims)
    # The relative mourning one victim names a victim, not a toll: no low of 1.
    assert (est.low, est.best, est.high) == (4, 40, 40)
    # Alone (no source counting more) a relative's one death is the low.
    assert estimate([killed_claim(1, name="Omm Ibraheem", kind="family")]).low == 1


def test_without_an_author_figure_best_is_the_upper_median() -> None:
    claims = [
        killed_claim(3, name="Safa", kind="media"),
        killed_claim(5, name="Shehab", kind="media"),
        killed_claim(9, name="WAFA", kind="media"),
    ]
    assert estimate(claims).best == 5


def test_a_higher_source_figure_still_wins_over_the_author() -> None:
    claims = [
        killed_claim(2, name="author", kind="author"),
        killed_claim(7, name="the ministry", kind="official"),
    ]
    assert estimate(claims).best == 7


def test_a_monitors_toll_is_a_floor_but_a_foundations_is_not() -> None:
    parts = [
        killed_claim(6, name="Safa", kind="media"),
        killed_claim(8, name="Shehab", kind="media"),
        killed_claim(9, name="Nabd", kind="media"),
    ]
    monitor = killed_claim(30, name="the Dovra Centre for Human Rights", kind="ngo")
    assert estimate([*parts, monitor]).best == 30
    charity = killed_claim(150, name="the Holy Lantern Foundation", kind="ngo")
    assert estimate([*parts, charity]).best == 9
