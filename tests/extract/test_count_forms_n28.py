"""Counts read by the parse and the word classes (helper N, twenty-eighth session): a
person a relative clause tells arrested ("who was arrested at his home"), a list of more
victims after a counted head ("Five soldiers, two police officers and a nurse"), a
family's members after its size ("a family of six, the parents and four children"), and
a doer's noun after a killing's "of" ("the murder of a shopkeeper").
Sentences written for these tests (invented places and people), each rule with a negative
or hard case beside it."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause tells the detention of the person a charge names
        (
            "Detectives charged a 31-year-old man, who was arrested at his home yesterday, "
            "with murder.",
            [("arrested", 1, 1)],
        ),
        (
            "Police have charged Aren Vost, 31, who was arrested at his home yesterday, "
            "with second-degree murder.",
            [("arrested", 1, 1)],
        ),
        # ... not when the arrest itself counts him, nor a relative clause of no taking
        ("Police arrested a man, who was later released.", [("arrested", 1, 1)]),
        ("Detectives charged a 31-year-old man, who was wanted for robbery.", []),
        ("Detectives charged a 31-year-old man, who was not arrested.", []),
        # a counted head then more victims listed: one list
        (
            "Five soldiers, two police officers and a nurse were killed in the attack.",
            [("killed", 8, 8)],
        ),
        ("The attack killed five soldiers, two police officers and a nurse.", [("killed", 8, 8)]),
        ("Police arrested three men, two women and a teenager.", [("arrested", 6, 6)]),
        # ... not a whole broken down, nor a part of the count
        (
            "Twelve civilians, five women and seven children, were killed.",
            [("killed", 12, 12), ("killed", 12, 12)],
        ),
        (
            "Five soldiers, including two officers, were killed.",
            [("killed", 5, 5), ("killed", 2, 2)],
        ),
        # a family's members after its size are among its count
        (
            "An air strike hit a house in Tarsk, killing a family of six, the parents and four "
            "children.",
            [("killed", 6, 6)],
        ),
        ("A shell killed a family of five, a mother and her four sons.", [("killed", 5, 5)]),
        # a doer's noun introduced by "a" after a killing's "of" is one victim
        (
            "Police are investigating the killing of a money changer at the central market.",
            [("killed", 1, 1)],
        ),
        ("Police are investigating the murder of a shopkeeper.", [("killed", 1, 1)]),
        (
            "Police have identified four suspects in the killing of a money changer.",
            [("killed", 1, 1)],
        ),
        # ... not a killing the detainees are wanted for, nor a thing, nor a shooting not
        # said to be fatal
        (
            "A police party raided a compound and arrested three suspects wanted in the "
            "killing of a shopkeeper.",
            [("arrested", 3, 3)],
        ),
        ("Police are investigating the killing of the plan.", []),
        ("Police are investigating the shooting of a shopkeeper.", [("injured", 1, 1)]),
        # ... not a clause of more victims after it
        (
            "The strike killed a family of four, and two neighbours were wounded.",
            [("killed", 4, 4), ("injured", 2, 2)],
        ),
    ],
)
def test_count_forms(nlp, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected
