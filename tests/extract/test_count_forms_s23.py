"""Count forms read in the twenty-third session (``numbers/elliptic``, ``quantities``,
``coordinated``, ``victim_roles``): a bare count a body confirms after the harm was told
("The health office has so far confirmed 5."); "the names of the N victims"; "higher than
N" as more than N; an age aside between a count and the relative listed with it or its casualty
word ("three brothers, aged 8 to 15, and their mother", "two sisters, aged 8 and 11, were
killed"); a possessed companion of a counted subject of
"died" ("five migrants and their driver died"). Sentences written for these tests
(invented places and people), with near misses."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A shell hit the Dorno bakery on Monday, killing 7 people. "
            "The district health office has so far confirmed 4.",
            [("killed", 7, 7), ("killed", 4, 4)],
        ),
        (
            "Eleven people were wounded in the blast at Kessel. Medics have recorded 9 to date.",
            [("injured", 11, 11), ("injured", 9, 9)],
        ),
        # near misses: no harm told before, a count of something else, more after the count
        ("The Varno health office has so far confirmed 4.", []),
        ("The ministry has so far confirmed 6 new cases of measles in Orlo.", []),
        (
            "A shell hit the Dorno bakery, killing 7 people. The office confirmed 4 on Tuesday.",
            [("killed", 7, 7)],
        ),
    ],
)
def test_a_bare_count_a_body_confirms(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Orlo council published the names of the 6 victims of Sunday's strike.",
            [("killed", 6, 6)],
        ),
        ("Police released the names of the 3 suspects on Friday.", []),
    ],
)
def test_the_names_of_the_victims(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A medic in Tessin wrote that the real number of dead was higher than 15.",
            [("killed", 15, None)],
        ),  # fmt: skip
        (
            "Relatives said the number of wounded was greater than 40.",
            [("injured", 40, None)],
        ),
    ],
)
def test_higher_than_is_more_than(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    found = [(m.figure, m.low, m.high, m.qualifier) for m in extract_figures(nlp(text), "t1")]
    assert found == [(*e, "more_than") for e in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two brothers, aged 7 to 12, and their father were killed when the shell hit Orlo.",
            [("killed", 3, 3)],
        ),
        (
            "Three sisters, aged 4 and 9, and their grandmother were wounded in Kessel.",
            [("injured", 4, 4)],
        ),
        ("Three boys, aged 7 to 12, were wounded in the shelling of Dorno.", [("injured", 3, 3)]),
        ("Two girls, aged 5 and 10, were reportedly killed in Tessin.", [("killed", 2, 2)]),
        # near miss: a clause of its own after the aside
        (
            "Two brothers, aged 7 to 12, were killed, and their father was wounded in Orlo.",
            [("killed", 2, 2), ("injured", 1, 1)],
        ),
    ],
)
def test_an_age_aside_before_the_relative(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two nurses and their driver died when the ambulance was hit.", [("killed", 3, 3)]),
        # near misses: the companion in a clause of its own; a thing that died
        (
            "Seven pilgrims died and their driver was arrested after the crash.",
            [("killed", 7, 7), ("arrested", 1, 1)],
        ),
        ("Seven pilgrims were hurt and their engine died on the road.", [("injured", 7, 7)]),
    ],
)
def test_a_companion_of_a_counted_subject_of_died(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected
