"""A group of people sized by "of" counted with the people it is listed with (sixteenth
session, ``numbers/people._group_size``): "detained its master and crew of three" is 4,
a class seen in two held-out release batches after their one score. Sentences written for
these tests, with invented vessels and places; a group that is not the verb's victim counts
no one."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low) for m in extract_figures(nlp(text), "t1") if not m.negated]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A patrol boat stopped the Marel and detained its master and crew of three.", 4),
        ("Off Cape Varo the frigate arrested the captain and his crew of four.", 5),
        ("On Sunday the cutter arrested the captain and crew of six near Tessa.", 7),
    ],
)
def test_a_person_and_a_sized_crew_count_together(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert ("arrested", expected) in _figures(nlp, text)


def test_a_sized_group_that_is_not_the_victim_adds_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _figures(nlp, "Police arrested the driver, and a family of five was rescued.")
    assert ("arrested", 6) not in got
    assert ("arrested", 1) in got
