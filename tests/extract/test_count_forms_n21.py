"""Count forms read in the twenty-first session (``numbers/quantities``, ``parts``,
``single_victim``, ``link``, ``kin_companions``, ``figures``): an age or a brood after "of"
("a boy of ten", "a mother of four") is no count; one victim named as a part in an aside
before the whole's verb ("nine people, among them a toddler, were killed"); a possessed
relative the parser hangs on a name ("my sister-in-law Dana was killed"); a verb of
detention sharing its object ("arrested and charged a 40-year-old woman"); a side's lost
men when the parse makes the side an apposition; relatives listed between one victim and
their casualty word ("a man and his granddaughter died", "... are gone"). Sentences
written for these tests (invented places and people), with near misses."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A boy of ten was shot dead near the well in Pellam.", [("killed", 1, 1)]),
        ("Witnesses said a mother of four was wounded by shrapnel.", [("injured", 1, 1)]),
    ],
)
def test_an_age_or_a_brood_after_of_is_no_count(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


def test_a_group_of_n_is_still_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("killed", 6, 6) in _figures(nlp, "A family of six was killed in the strike on Orvo.")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("At least nine people, among them a toddler, were killed in Varsa.", ("killed", 1, 1)),
        ("Six villagers, including a pregnant woman, were wounded in Tessa.", ("injured", 1, 1)),
    ],
)
def test_a_single_part_in_an_aside_before_the_verb(nlp, text, part) -> None:  # type: ignore[no-untyped-def]
    assert part in _figures(nlp, text)


def test_a_part_of_a_count_no_casualty_word_states_is_none(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "Twelve pupils, including a girl from Orvo, won prizes.") == []


def test_a_possessed_relative_hung_on_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Nadia Farr (X): my brother-in-law Tamer was killed at the Orvo checkpoint this evening."
    assert _figures(nlp, text) == [("killed", 1, 1)]


def test_a_detention_verb_sharing_its_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officers arrested and charged a 40-year-old woman over the arson in Pellam."
    assert _figures(nlp, text) == [("arrested", 1, 1)]


def test_lost_men_of_a_side_the_parse_makes_an_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "According to the sector chief, Major Lena Varga, the attackers lost at least nine men to return fire."
    assert ("killed", 9, None) in _figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the village head, a woman and her nephew died and 2 houses burned.", 2),
        (
            "Residents said the drone hit a wedding party in a garden, killing a driver, his wife and their two sons.",
            4,
        ),
        ("My aunt Rima, her husband and their four children were killed.", 6),
        ("My aunt Rima, her husband and their four children are gone.", 6),
        ("Omar (Facebook): My grandfather, his brother and my cousin Tala are gone.", 3),
    ],
)
def test_relatives_listed_with_one_victim(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    found = _figures(nlp, text)
    assert ("killed", expected, expected) in found
    assert [f for f in found if f[0] == "killed"] == [("killed", expected, expected)]


def test_a_relative_of_a_clause_of_its_own_is_not_listed(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _figures(nlp, "A man was killed and his son was injured in Varsa.")
    assert sorted(found) == [("injured", 1, 1), ("killed", 1, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At dawn, troops stormed the depot in Varsa and arrested four wounded gunmen.", 4),
        ("A sweep of the ridge led to the capture of three wounded raiders.", 3),
        ("Later searches in Orvo led to the arrest of her two accomplices.", 2),
        ("The raid ended in the apprehension of five smugglers near Kellam.", 5),
    ],
)
def test_detained_counts_of_wounded_or_possessed_people(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("arrested", expected, expected)]


def test_wounded_people_not_detained_stay_injured(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "Medics evacuated four wounded soldiers from Varsa.") == [
        ("injured", 4, 4)
    ]
