"""Tests of the floor baselines."""

from __future__ import annotations

import pytest

from claimledger.bench.baselines import constant, first_count_before_casualty_word, majority_class


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Two killed in an ambush on the highway.", "killed", 2),
        ("Police said 6 people were killed overnight.", "killed", 6),
        ("twenty-five soldiers were killed", "killed", 25),
        ("Officials said 1,200 people died in the floods.", "killed", 1200),
        ("A raid killing 6 people.", "killed", None),  # the count follows the verb
        ("In 2009 killed three.", "killed", None),  # a year is not a count
        ("Dozens dead after the blast.", "killed", 12),
        ("3 killed and 4 wounded near the market.", "injured", 4),
        ("3 killed and 4 wounded near the market.", "killed", 3),
        ("Nine were hurt when the roof fell.", "injured", 9),
        ("There were 7 cars parked outside; nobody was hurt.", "injured", None),
        ("The deadline passed with 5 days left.", "killed", None),  # "deadline" is not "dead"
    ],
)
def test_baselines_first_count_before_casualty_word(
    text: str, figure: str, expected: int | None
) -> None:
    assert first_count_before_casualty_word(text, figure) == expected


def test_baselines_default_figure_is_killed() -> None:
    assert first_count_before_casualty_word("4 wounded, 2 dead") == 2


def test_baselines_majority_class() -> None:
    assert majority_class(["b", "a", "a", "b", "c"]) == "b"  # tie: first seen wins
    assert majority_class(["x", "y", "y"]) == "y"
    assert majority_class([]) is None
    assert constant(0, 3) == [0, 0, 0]
