"""Count forms read in the eighteenth session (``numbers/remote``, ``negation``, ``people``,
``single_victim``, ``link``, ``casualty_words``): who the dead were ("the dead were five
charcoal burners", "Three cooks were among 9 people killed"), a new part after "among them",
a bare "nobody" only as a source's zero, a poster's header that is no victim, a subject
shared with a later passive ("fired on the patrol and was killed"), a side's "loss of" its
fighters and a formation's lost men, a participle aside before the casualty word, a crew held
with its skipper, and "nearly drowned". Sentences written for these tests (invented places
and people), with near misses that count no one."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Villagers said the dead were five charcoal burners.", ("killed", 5, 5)),
        ("Those killed were two bakers from Ansa.", ("killed", 2, 2)),
        ("The dead included three teachers from the Orra school.", ("killed", 3, 3)),
        ("The dead were identified as four porters.", ("killed", 4, 4)),
        ("Two nurses were among the wounded, the clinic said.", ("injured", 2, 2)),
    ],
)
def test_who_the_dead_were_is_a_count_of_the_dead(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _figures(nlp, text)


def test_a_part_among_a_count_is_its_own_figure_beside_the_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _figures(nlp, "Three cooks were among 9 people killed at the canteen in Hollo.")
    assert ("killed", 3, 3) in found
    assert ("killed", 9, 9) in found


@pytest.mark.parametrize(
    "text",
    ["The guests were four farmers from Lessa.", "The winners included two teachers."],
)
def test_a_copula_without_the_dead_counts_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == []


def test_a_new_victim_after_among_them_is_a_part(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _figures(nlp, "The clinic said six people had died, among them a 9-year-old girl.")
    assert found == [("killed", 6, 6), ("killed", 1, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nobody was injured when the crane toppled onto the quay.", []),
        ("No one was hurt in the fire at the Varo depot.", []),
        ("According to the harbour master, nobody was injured.", [("injured", 0, 0)]),
        ("Nobody died, the port authority insisted.", [("killed", 0, 0)]),
        ("None of the 12 dockers were hurt.", [("injured", 0, 0)]),
    ],
)
def test_a_bare_nobody_is_a_zero_only_when_a_source_says_it(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


def test_a_posters_header_is_no_victim(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kessa Watch (Telegram): According to residents, including a brother of one of the "
        "drivers, 3 drivers were killed and 2 injured by the shelling."
    )
    assert _figures(nlp, text) == [("killed", 3, 3), ("injured", 2, 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An absconder wanted by the district police resisted arrest and was killed.",
            [("killed", 1, 1)],
        ),
        (
            "A fugitive wanted in two robberies opened fire on the team and was killed.",
            [("killed", 1, 1)],
        ),
    ],
)
def test_a_subject_shared_with_a_later_passive_is_its_victim(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The front regrets the loss of 4 of its fighters.", [("killed", 4, 4)]),
        ("The 9th Regiment lost 25 men at Harrow Ford.", [("killed", 25, 25)]),
        ("The plant announced the loss of 40 jobs.", []),
        ("The bakery lost 12 men to the new factory.", []),
    ],
)
def test_a_sides_loss_of_its_fighters_is_its_dead(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


def test_a_participle_aside_stands_between_victims_and_their_death(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two porters, cut off by the flames in the storeroom, burned to death."
    assert _figures(nlp, text) == [("killed", 2, 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its skipper and four crewmen were held for questioning.", [("arrested", 5, 5)]),
        ("The master and three deckhands were held for questioning.", [("arrested", 4, 4)]),
        ("Its cargo and five crewmen were held up by the storm.", []),
    ],
)
def test_a_skipper_held_with_his_crew_is_counted_with_them(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fisherman nearly drowned off Cape Ollo but was pulled out alive.", []),
        ("The girl almost died in the fire at the Renn flats.", []),
        ("Nearly 20 people died in the fire at the Renn flats.", [("killed", 20, 20)]),
    ],
)
def test_nearly_said_of_a_death_is_none(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected
