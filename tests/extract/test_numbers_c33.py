"""Counts (coordinator, thirty-third session): a count wounded and then detained by a verb
conjoined to its casualty word ("Four insurgents were wounded and captured") is detainees too;
an attacker shot dead beside his victims adds to them in one source's toll ("A man who opened
fire on shoppers ... was shot dead by officers. Two shoppers were killed" = 3). Texts written
for these tests."""

from __future__ import annotations

import pytest

from claimledger import analyze
from claimledger.extract.numbers.figures import extract_figures
from tests.claims_helpers import claims_reader


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops clashed with rebels near Osk. Four rebels were wounded and captured.",
            [("injured", 4), ("arrested", 4)],
        ),
        (
            "Troops clashed with rebels near Osk. Six rebels were killed and two were wounded "
            "and captured.",
            [("killed", 6), ("injured", 2), ("arrested", 2)],
        ),
        (
            "Five rebels were wounded and later arrested in a clinic.",
            [("injured", 5), ("arrested", 5)],
        ),
        # not a detention: evacuated, taken to hospital
        ("Three soldiers were wounded and evacuated.", [("injured", 3)]),
        ("Two civilians were wounded and taken to hospital.", [("injured", 2)]),
    ],
)
def test_wounded_and_captured_counts_detainees(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    got = [(m.figure, m.low) for m in extract_figures(nlp(text), "d1")]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Osk City Police\nNews release, 23 January 2026\nA man who opened fire on shoppers at "
            "the Osk market on Tuesday afternoon was shot dead by officers. Two shoppers were "
            "killed and five others wounded before police arrived.",
            3,
        ),
        # one killed by gunmen, not an attacker: the source's highest count stands
        (
            "A man who lived next door was shot dead by gunmen on Tuesday. Two shoppers were killed.",
            2,
        ),
    ],
)
def test_an_attacker_shot_dead_adds_to_his_victims(text: str, killed: int) -> None:
    doc = analyze(text)
    assert [i.estimates["killed"].best for i in doc.incidents] == [killed]


_coordinated = claims_reader("figure", "low", "name", published="2026-01-10")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the parse hangs "4 soldiers" on "doctors"; the two counts are one subject
        (
            "Tirsa 24 on Telegram: according to Osk hospital doctors, 4 soldiers and 9 "
            "civilians were wounded in the night's shelling.",
            [("injured", 13, "Osk hospital doctors")],
        ),
        (
            "According to doctors, 4 soldiers and 9 civilians were wounded in the shelling.",
            [("injured", 13, "doctors")],
        ),
        # a count that is the object of another verb is not the first of the pair
        (
            "Police arrested two men and three women were injured in the clashes in Osk.",
            [("arrested", 2, "author"), ("injured", 3, "author")],
        ),
    ],
)
def test_two_counts_of_one_subject_after_a_source(text: str, rows: list) -> None:
    assert _coordinated(text) == rows
