"""One victim and those with them, counted once (issue 15): "a woman along with her two
children" = 3, "killed a woman and two children" = 3. Texts written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures

Row = tuple[str, int | None, int | None, str]


def _rows(nlp, text: str) -> list[Row]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high, m.qualifier) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a young mother along with her two small sons was killed in a strike on Dovra.",
        "A farmer together with his two daughters was killed when a shell hit the orchard.",
        "A shell hit the orchard in Dovra on Monday and killed a farmer and two children.",
    ],
)
def test_one_victim_with_a_counted_group_adds_up(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, text) == [("killed", 3, 3, "exact")]


def test_one_victim_and_a_group_shot_adds_up(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "A man and two women were shot outside the Kelm bakery on Friday night.")
    assert rows == [("injured", 3, 3, "exact")]


def test_a_death_and_a_group_injured_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "A man was killed and two children were injured in Dovra on Monday.")
    assert rows == [("killed", 1, 1, "exact"), ("injured", 2, 2, "exact")]


def test_counts_of_two_sentences_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "A farmer was killed in Dovra. Two children were killed in Tarrow.")
    assert rows == [("killed", 1, 1, "exact"), ("killed", 2, 2, "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Brill man who accidentally shot and killed his cousin was sentenced on Monday.",
            1,
        ),
        ("The gunman wounded a 17-year-old boy and injured five others at the fair.", 5),
    ],
)
def test_a_clause_opening_on_a_casualty_word_is_not_a_companion(  # type: ignore[no-untyped-def]
    nlp, text: str, expected: int
) -> None:
    rows = _rows(nlp, text)
    assert max(r[1] or 0 for r in rows) == expected


def test_companions_the_parse_does_not_link_add_up(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On May 2, a strike on a house east of Dovra killed a woman, Rana Ziyad Odeh "
        "(also known as Rana Abdeen), and her four sons – Sami, Omar, Adam, and Ali."
    )
    assert _rows(nlp, text) == [("killed", 5, 5, "exact")]


def test_kin_after_a_finished_clause_are_not_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "A man was killed, and his three daughters survived.") == [
        ("killed", 1, 1, "exact")
    ]


def test_the_deaths_of_listed_names_count_the_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The attack resulted in the deaths of Sami Ali Odeh, Omar Ali Odeh, and Adam Khalil Yusuf Odeh."
    assert _rows(nlp, text) == [("killed", 3, 3, "exact")]
