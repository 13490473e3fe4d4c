"""Counts read by the parse (helper N, thirty-first session): a toll a verb of estimating
puts at a number with words between ("put the death toll from the strike on the mill at 23",
"the number of people killed in ... at 40"), a doer by its form after a counted head of
people ("two teachers and a caretaker": 3), a count of someone's people the parse hung on
the verb after an apposition ("killed the commander of the sector, X, and two of his
guards": 3), people by their form after "no" ("No guardsmen were hurt": injured 0), one
victim read twice over the same words ("my father's body": 1), one person still missing (no
count), a count of more people left without its verb ("... and two more on Monday"), a side's
people by their form lost ("the enemy lost 45 servicemen": killed).
Sentences written for these tests (invented places and people), each with a hard
case beside it."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll put at a number, words between
        (
            "The regional health office put the death toll from the air strike on a flour "
            "mill in Vessa at 23 on Tuesday.",
            [("killed", 23)],
        ),
        ("The governor put the injury toll from the blast at 30.", [("injured", 30)]),
        (
            "Health officials put the number of people killed in the strike on the Dorvan "
            "market at 40.",
            [("killed", 40)],
        ),
        (
            "The directorate later put the death toll from the strike on a crowded bakery "
            "at 19 people.",
            [("killed", 19)],
        ),
        ("The office put the number of homes destroyed in the strike at 40.", []),
        ("The ministry put the number at six.", []),
        # a doer by its form after a counted head of people
        (
            "Three nurses and a hospital porter were among those killed when the shell hit "
            "the clinic in Dorvan.",
            [("killed", 4)],
        ),
        ("Two teachers and a caretaker were killed in the strike.", [("killed", 3)]),
        ("Three nurses and a hospital porter treated the wounded in Dorvan.", []),
        # someone's people hung on the verb after an apposition
        (
            "The drone strike killed the commander of the northern sector, Ramiz Tolla, and "
            "two of his bodyguards.",
            [("killed", 3)],
        ),
        (
            "The drone strike killed the commander of the northern sector, Ramiz Tolla, and "
            "wounded two of his bodyguards.",
            [("killed", 1), ("injured", 2)],
        ),
        ("Troops killed the head of the cell, Ramiz Tolla, and two of his cars.", [("killed", 1)]),
        # people by their form after "no"
        ("No guardsmen were hurt during the boarding.", [("injured", 0)]),
        ("No crew were hurt in the incident.", [("injured", 0)]),
        ("No computers were damaged in the incident.", []),
        # one victim read once
        ('"We found my father\'s body under the stairs," said Rani Vell.', [("killed", 1)]),
        ("Rescuers found the body of a boy under the stairs.", [("killed", 1)]),
        # a count of more people without a verb of its own (those before added: ``totals``)
        (
            "Three of them were detained at the scene and two more on Monday.",
            [("arrested", 3), ("arrested", 5)],
        ),
        ("Police detained three men and two more fled.", [("arrested", 3)]),
        # a side's people by the noun's form, lost: its dead
        ("The enemy lost 45 servicemen in the Velsk direction.", [("killed", 45)]),
        ("The battalion lost 12 personnel.", [("killed", 12)]),
        ("The company lost 12 salesmen last year.", []),
        # one person still missing: no count; a count of the missing stays
        ('"My brother is still missing," said Hadi Lomar.', []),
        ("Nine people are missing after the strike on Osra.", [("missing", 9)]),
    ],
)
def test_count_forms_n31(nlp, text: str, expected: list[tuple[str, int | None]]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(_figures(nlp, text)) == sorted(expected)
