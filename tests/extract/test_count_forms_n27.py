"""Counts read by the parse and the word classes (helper N, twenty-seventh session): a
detainee booked into a jail (a putting verb and a place of detention), a victim's relative
clause that tells the detention after another casualty, a doer hurt counted apart from the
victims, a group's size with its members in an apposition, and an abbreviation the
tokenizer keeps whole ("incl."). Sentences written for these tests (invented places and
people), each rule with a negative or hard case beside it."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # booked or lodged into a place of detention: taken
        (
            "A 41-year-old man was charged with arson and booked into the Orlo county jail.",
            [("arrested", 1, 1)],
        ),
        ("The two brothers were lodged in the Varno prison overnight.", [("arrested", 2, 2)]),
        # ... being in prison, or a charge alone, is no arrest of the operation
        ("Her husband has been in prison since 2019.", []),
        ("A 41-year-old man was charged with arson after the fire in Orlo.", []),
        # a victim's relative clause tells the detention after the injury
        (
            "Deputies shot and wounded the gunman, who was then arrested.",
            [("injured", 1, 1), ("arrested", 1, 1)],
        ),
        (
            "Guards shot the intruder, who was later taken into custody.",
            [("injured", 1, 1), ("arrested", 1, 1)],
        ),
        # ... not a detention denied, nor a relative clause that tells no taking
        ("Deputies shot and wounded the gunman, who was not detained.", [("injured", 1, 1)]),
        ("Deputies shot and wounded the gunman, who was carrying a rifle.", [("injured", 1, 1)]),
        # a group's size with its members listed in an apposition
        (
            "A family of six, parents and four children, died when the shell hit the house.",
            [("killed", 6, 6)],
        ),
        # "incl." no longer ends the sentence: the whole is counted with its part
        (
            "Seven people incl. three children were killed in the strike on Varn.",
            [("killed", 7, 7), ("killed", 3, 3)],
        ),
    ],
)
def test_count_forms(nlp, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


def test_a_doer_hurt_is_counted_apart_from_the_victims(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A man with an axe attacked commuters at the Orlo station on Monday, wounding five "
        "people. Officers shot and wounded the attacker, who was then arrested."
    )
    assert _figures(nlp, text) == [("injured", 5, 5), ("injured", 1, 1), ("arrested", 1, 1)]


def test_a_victim_named_again_after_a_count_is_not(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the victim is one of those counted: no second injury)
    text = "Three people were wounded in the attack in Orlo. The victim was taken to hospital."
    assert _figures(nlp, text) == [("injured", 3, 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal alone as a casualty verb's object or a holding's subject: one more
        (
            "They killed two gunmen and captured a third near the dam.",
            [("killed", 2, 2), ("arrested", 1, 1)],
        ),
        ("A third was held on Wednesday.", [("arrested", 1, 1)]),
        # ... not a share of a thing
        ("The flood destroyed a third of the harvest.", []),
        ("Troops captured a third of the town.", []),
    ],
)
def test_ordinal_people(nlp, text: str, expected: list[tuple[str, int, int]]) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected
