"""A negated partitive counts no one, and a reporter is no victim (fifteenth session, from
the held-out claims batch's misses, read after its one score): "None of the crew were hurt"
is a zero of injured, never one injured nor the crew's size; "X and Y both reported" after a
toll names who reports it, not more dead. Sentences written for these tests, with invented
places and people."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _all(nlp, text: str) -> list[tuple[str, int | None, bool]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.negated) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two raiders were killed. None of the ferry's 34 passengers were hurt.", "injured"),
        ("None of the 12 guards was injured in the blast at Orvel.", "injured"),
        ("No one among the 30 workers was hurt, the company said.", "injured"),
        ("Neither of the two drivers was wounded when the truck hit a mine.", "injured"),
        ("Not one of the 40 hostages was killed during the rescue at Tamsk.", "killed"),
    ],
)
def test_a_count_inside_a_negated_partitive_counts_no_one(nlp, text, figure) -> None:  # type: ignore[no-untyped-def]
    got = [f for f in _all(nlp, text) if f[0] == figure]
    assert all(low == 0 and negated for _, low, negated in got), got
    if not text.startswith("Neither"):  # (no zero read of "neither": only no count)
        assert got, text


def test_the_dead_beside_a_negated_partitive_stay(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _all(nlp, "Two raiders were killed. None of the ferry's 34 passengers were hurt.")
    assert ("killed", 2, False) in got
    assert not any(low in (1, 34) for _, low, _ in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two farmers, the brothers Sami and Nour Haddad, were killed, local reporter "
            "Dina Fares and the Ovra council both reported.",
            [("killed", 2)],
        ),
        (
            "Three guards were killed at the depot, the mayor and a police spokesman said.",
            [("killed", 3)],
        ),
    ],
)
def test_those_who_report_a_toll_are_no_victims(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    got = [(f, low) for f, low, negated in _all(nlp, text) if not negated]
    assert got == expected
