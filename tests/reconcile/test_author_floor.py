"""The author's own toll is a floor for the best estimate (issue 15, Airwars assessments)."""

from __future__ import annotations

from claimledger.reconcile.estimates import estimate
from claimledger.records import Claim, Evidence, Source


def _claim(low: int, name: str, kind: str, hedged: bool = False) -> Claim:
    return Claim(
        figure="killed",
        statement="",
        low=low,
        high=low,
        qualifier="exact",
        source=Source(name, kind),
        hedged=hedged,
        evidence=Evidence(0, 1, "x"),
    )


def test_relayed_parts_do_not_pull_best_below_the_authors_toll() -> None:
    # "At least 40 were killed" (author); relatives each mourn one or five of them.
    claims = [
        _claim(40, "author", "author", hedged=True),
        _claim(5, "Mohammad Ahmad", "family"),
        _claim(1, "Omm Ibraheem", "family"),
        _claim(4, "a neighbour", "witness"),
    ]
    est = estimate(claims)
    # The relative mourning one victim names a victim, not a toll: no low of 1.
    assert (est.low, est.best, est.high) == (4, 40, 40)
    # Alone (no source counting more) a relative's one death is the low.
    assert estimate([_claim(1, "Omm Ibraheem", "family")]).low == 1


def test_without_an_author_figure_best_is_the_upper_median() -> None:
    claims = [_claim(3, "Safa", "media"), _claim(5, "Shehab", "media"), _claim(9, "WAFA", "media")]
    assert estimate(claims).best == 5


def test_a_higher_source_figure_still_wins_over_the_author() -> None:
    claims = [_claim(2, "author", "author"), _claim(7, "the ministry", "official")]
    assert estimate(claims).best == 7


def test_a_monitors_toll_is_a_floor_but_a_foundations_is_not() -> None:
    parts = [_claim(6, "Safa", "media"), _claim(8, "Shehab", "media"), _claim(9, "Nabd", "media")]
    monitor = _claim(30, "the Dovra Centre for Human Rights", "ngo")
    assert estimate([*parts, monitor]).best == 30
    charity = _claim(150, "the Holy Lantern Foundation", "ngo")
    assert estimate([*parts, charity]).best == 9
