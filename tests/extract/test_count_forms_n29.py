"""Counts read by the parse (helper N, twenty-ninth session): an object's conjunct the parser
hangs on the verb after an apposition ("killed the commander of the cell, X, and his
deputy"), wounded people who are captured (injured and detained both), a passive conjunct
that shares an active verb's subject ("The suspect fled ... and was caught"), a possessor's
companion said "also" killed ("His deputy was also killed": one more dead). Sentences
written for these tests (invented places and people), each with a hard case beside it."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 28 March, special forces killed the commander of the Orbe cell, Daro Venn, and "
            "his deputy in a raid near Pell.",
            [("killed", 2)],
        ),
        # a verb conjunct is no second victim
        (
            "Troops killed a militant, Aro Vell, and arrested two others.",
            [("killed", 1), ("arrested", 2)],
        ),
        ("Soldiers killed the commander, Aro Vell, and seized his weapons.", [("killed", 1)]),
        # wounded and captured: both
        ("Two wounded attackers were captured near the base.", [("injured", 2), ("arrested", 2)]),
        ("Two wounded soldiers were evacuated to the hospital.", [("injured", 2)]),
        # a passive conjunct shares the active verb's subject
        (
            "The suspect fled on a motorcycle and was caught a few hours later at a checkpoint.",
            [("arrested", 1)],
        ),
        ("The driver swerved and was caught in the crossfire.", []),
        # a possessor's companion said "also" killed adds to the dead before
        (
            "Special forces killed the commander of the Orbe cell, Daro Venn, in a raid near "
            "Pell. His deputy was also killed.",
            [("killed", 1), ("killed", 2)],
        ),
        # ... not without "also", nor another figure
        ("Police killed a robber. His accomplice was killed.", [("killed", 1), ("killed", 1)]),
        (
            "A gunman killed a shopkeeper. His neighbour was also injured.",
            [("killed", 1), ("injured", 1)],
        ),
    ],
)
def test_counts_read_by_the_parse(nlp, text: str, expected: list[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected
