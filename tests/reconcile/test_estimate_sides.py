"""One source's dead on two sides of a fight add up in the estimates (UCDP's best counts
both sides and civilians). Texts and claims written for these tests."""

from __future__ import annotations

import dataclasses

from claimledger import analyze
from claimledger.reconcile.estimates import estimate, side
from claimledger.records import Evidence
from tests.reconcile.builders import killed_claim


def test_sides_by_the_victims_head_noun() -> None:
    assert side(killed_claim(1, "suspected militants")) == "armed"
    assert side(killed_claim(1, "soldier")) == "state"
    assert side(killed_claim(1, "police officers")) == "state"
    assert side(killed_claim(1, "civilians")) == "civilian"
    assert side(killed_claim(1, "people")) is None
    assert side(killed_claim(1, None)) is None


def test_fighters_and_soldiers_of_one_source_add_up() -> None:
    est = estimate([killed_claim(14, "terrorists"), killed_claim(3, "soldiers")])
    assert (est.low, est.best, est.high) == (17, 17, 17)


def test_one_side_or_no_side_keeps_the_highest_figure() -> None:
    # two counts of soldiers are two readings of one count, not two groups
    est = estimate([killed_claim(4, "soldiers"), killed_claim(6, "troops")])
    assert (est.low, est.best, est.high) == (6, 6, 6)
    est = estimate([killed_claim(9, "people"), killed_claim(2, "children")])
    assert est.best == 9


def test_a_stated_total_is_not_exceeded_by_its_parts() -> None:
    est = estimate(
        [killed_claim(20, "people"), killed_claim(14, "militants"), killed_claim(3, "soldiers")]
    )
    assert (est.low, est.best, est.high) == (20, 20, 20)


def test_sides_of_two_sources_are_not_added() -> None:
    claims = [
        killed_claim(3, "soldiers", "the defence ministry", "military"),
        killed_claim(10, "civilians", "residents", "witness"),
    ]
    est = estimate(claims)
    assert (est.low, est.best, est.high) == (3, 10, 10)


def test_a_hedged_side_is_not_added() -> None:
    claims = [
        killed_claim(2, "civilians"),
        dataclasses.replace(killed_claim(2, "militants"), hedged=True),
    ]
    assert estimate(claims).best == 2
    claims = [killed_claim(5, "insurgents"), killed_claim(2, "policemen")]
    assert estimate(claims).best == 7


def test_a_release_counts_both_sides(nlp: object) -> None:
    text = (
        "Troops repelled an attack on a base near Orlo on Sunday and neutralised nine "
        "gunmen. Two soldiers lost their lives in the encounter."
    )
    doc = analyze(text, published="2024-02-06")
    est = doc.incidents[0].estimates["killed"]
    assert (est.low, est.best, est.high) == (11, 11, 11)


def test_a_part_inside_its_whole_is_not_added() -> None:
    whole = dataclasses.replace(killed_claim(4, "troops"), evidence=Evidence(0, 40, "w"))
    part = dataclasses.replace(killed_claim(1, "gunman"), evidence=Evidence(24, 40, "p"))
    assert estimate([whole, part]).best == 4


def test_a_distant_count_of_another_side_is_not_added() -> None:
    near = dataclasses.replace(killed_claim(3, "soldiers"), evidence=Evidence(900, 910, "s"))
    far = dataclasses.replace(killed_claim(10, "militants"), evidence=Evidence(0, 10, "m"))
    close = dataclasses.replace(killed_claim(2, "civilians"), evidence=Evidence(1200, 1210, "c"))
    # the largest count (10) anchors; the soldiers and civilians lie too far from it
    assert estimate([far, near, close]).best == 10
    assert estimate([near, close]).best == 5


def test_a_named_rank_gives_a_single_victim_his_side() -> None:
    named = dataclasses.replace(killed_claim(1, None), evidence=Evidence(0, 19, "Sepoy Arshad Ali"))
    assert side(named) == "state"
    # a count of several without a side noun stays without a side
    assert (
        side(dataclasses.replace(killed_claim(2, None), evidence=Evidence(0, 9, "two sepoys")))
        is None
    )


def test_sources_naming_one_victim_each_do_not_vote_on_best() -> None:
    # a monitor counts five; three outlets each name the one commander killed
    claims = [
        killed_claim(5, "civilians", "Osk Monitor", "ngo"),
        killed_claim(1, None, "Brill Radio", "media"),
        killed_claim(1, None, "Fenn Daily", "media"),
        killed_claim(1, None, "a relative", "family"),
    ]
    est = estimate(claims)
    assert (est.low, est.best, est.high) == (1, 5, 5)
    # when every source names one person, one it is
    est = estimate(claims[1:])
    assert (est.low, est.best, est.high) == (1, 1, 1)
    # a source's count of one soldier among sources of tolls still votes when it is a toll
    tolls = [
        killed_claim(1, "soldier", "ministry", "official"),
        killed_claim(25, "soldiers", "an officer", "military"),
        killed_claim(3, "soldiers", "medic", "medical"),
    ]
    assert estimate(tolls).best == 3
