"""Count forms of relatives' posts and belligerents' releases (thirteenth session, helper N;
/work/notes/Q-needs.md): a partitive over a possessed noun ("four of the group's
fighters"), relatives buried ("buried his two sons"), the loss of a relative mourned ("mourned
the loss of her husband and their two children"), and a bare count after a named victim's
apposition ("killing a senior official, X, and one associate"). Texts written for these
tests (invented people and places)."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low) for m in extract_figures(nlp(text), "t1") if not m.negated]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four of the group's fighters were killed.", [("killed", 4)]),
        ("Three of the militia's commanders died in the strike on Orvel.", [("killed", 3)]),
        ("Two of the brigade's soldiers were wounded near Tarsa.", [("injured", 2)]),
        ("Six of the Front's senior fighters were killed overnight.", [("killed", 6)]),
    ],
)
def test_a_partitive_over_a_possessed_noun(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


def test_a_partitive_over_possessed_things_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "Four of the group's vehicles were destroyed in Orvel.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Omar Tell buried his two sons on Friday.", 2),
        ("Nadia Sarraf buried her three children in Kessa.", 3),
        ("The Haddad family buried their four daughters after the shelling.", 4),
    ],
)
def test_relatives_buried_are_dead(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("killed", expected)]


def test_things_buried_are_no_dead(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "Omar Tell buried his two rifles behind the house.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samia Odeh mourned the loss of her husband and their two children on Facebook.", 3),
        ("Rami Hadd mourned the loss of his brother and two cousins.", 3),
        ("Lina Farouk mourned the loss of her son.", 1),
    ],
)
def test_the_loss_of_relatives_mourned(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("killed", expected)]


def test_the_loss_of_a_home_is_no_death(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "Rami Hadd mourned the loss of his home in Orvel.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The drone strike hit a car in Tarbel, killing a senior official, Darim Oshan, "
            "and one associate.",
            2,
        ),
        ("Forces killed the targeted individual, Yusuf Barra, and one associate in the strike.", 2),
        ("Troops killed a commander, Hafez Kello, and two of his aides.", 3),
    ],
)
def test_a_count_after_a_named_victim(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("killed", expected)]


def test_a_count_after_a_named_victim_with_its_own_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Troops killed a commander, Hafez Kello, and two others escaped towards Orvel."
    assert _figures(nlp, text) == [("killed", 1)]
