"""How a claim's figure counts in the estimates (issue 15): "more than N" as N + 1, a
vague plural as 2, a monitor's toll as a floor for best. Texts written for these tests."""

from __future__ import annotations

from claimledger import analyze
from claimledger.reconcile.estimates import estimate
from tests.reconcile.builders import killed_range


def test_more_than_n_counts_as_n_plus_one() -> None:
    est = estimate([killed_range(10, None, "more_than")])
    assert (est.low, est.best, est.high) == (11, 11, 11)


def test_at_least_n_still_counts_as_n() -> None:
    est = estimate([killed_range(10, None, "at_least")])
    assert (est.low, est.best, est.high) == (10, 10, 10)


def test_more_than_in_a_text_keeps_the_stated_number_on_thekilled_range() -> None:
    doc = analyze("More than 10 civilians were killed when a shell hit the market in Dovra.")
    claim = next(c for c in doc.incidents[0].claims if c.figure == "killed")
    assert (claim.low, claim.high, claim.qualifier) == (10, None, "more_than")
    est = doc.incidents[0].estimates["killed"]
    assert (est.low, est.best) == (11, 11)


def test_a_vague_plural_counts_as_two() -> None:
    for low in (2, 3):
        est = estimate([killed_range(low, None, "vague")])
        assert (est.low, est.best, est.high) == (2, 2, 2)


def test_dozens_keeps_its_reading() -> None:
    assert estimate([killed_range(12, None, "vague")]).best == 12


def test_a_few_keeps_its_closed_reading() -> None:
    assert estimate([killed_range(3, 3, "vague")]).best == 3


def test_several_injured_in_a_text_is_two_in_the_estimate() -> None:
    doc = analyze(
        "A drone struck a car near the Kelm junction on Friday, killing the driver. "
        "Several passers-by were injured, residents said."
    )
    inc = doc.incidents[0]
    claim = next(c for c in inc.claims if c.figure == "injured")
    assert (claim.low, claim.qualifier) == (3, "vague")
    assert inc.estimates["injured"].best == 2


def test_a_vague_plural_does_not_lower_a_counted_figure() -> None:
    claims = [
        killed_range(3, None, "vague", "Radio Kelm", "media"),
        killed_range(4, 4, "exact", "the hospital", "medical"),
    ]
    assert estimate(claims).best == 4


def test_a_monitors_toll_is_a_floor_for_best() -> None:
    # A rights group counted 30; two relatives each name a part of the family.
    claims = [
        killed_range(30, None, "at_least", "Rights Watch Dovra", "ngo"),
        killed_range(4, 4, "exact", "a neighbour", "witness"),
        killed_range(2, 2, "exact", "a cousin", "family"),
    ]
    est = estimate(claims)
    assert (est.low, est.best, est.high) == (2, 30, 30)


def test_a_hedged_monitors_toll_is_not_a_floor() -> None:
    claims = [
        killed_range(30, 30, "exact", "Rights Watch Dovra", "ngo", hedged=True),
        killed_range(4, 4, "exact", "a neighbour", "witness"),
        killed_range(2, 2, "exact", "a cousin", "family"),
    ]
    assert estimate(claims).best == 4


def test_a_media_toll_is_not_a_floor() -> None:
    claims = [
        killed_range(30, 30, "exact", "Radio Kelm", "media"),
        killed_range(4, 4, "exact", "a neighbour", "witness"),
        killed_range(2, 2, "exact", "a cousin", "family"),
    ]
    assert estimate(claims).best == 4
