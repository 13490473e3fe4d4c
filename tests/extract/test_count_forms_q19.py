"""Count forms read in the nineteenth session (``numbers/adjacent``, ``coordinated``,
``victim_phrase``, ``single_victim``, ``casualty_words``, ``groups``, ``figures``, ``tolls``,
``remote``): a follow-up death ("Two of them did not make it"), a relative's list with a
name and its companions ("killed my cousin Fadi and his two little boys"), the victim a
poster's header hides ("X (Facebook): My nephew J. and three of his classmates were
killed"), a rank's named man shot ("Sergeant X was shot in the leg"), a shooter's own death
beside those he shot ("shot two constables and was killed"), a side's losses as an amount
of people ("enemy losses amounted to up to 35 personnel"), and a relative's names "among
those killed". Sentences written for these tests (invented places and people), with near
misses that count no one or keep the old reading."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We treated 12 wounded at the post in Dorsa. Three of them did not make it.", 3),
        ("Five were hurt in the blast; two didn't make it through the night.", 2),
        ("Nine people were burned in the fire. Four of the children never made it.", 4),
    ],
)
def test_a_count_that_did_not_make_it_is_killed(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert ("killed", expected, expected) in _figures(nlp, text)


def test_not_making_it_somewhere_is_no_death(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "Two of the guests did not make it to the wedding in Orla.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They killed my uncle Bassam and his three small girls last night.", 4),
        ("Soldiers killed my neighbour Idris and his two young sons near the mill.", 3),
    ],
)
def test_a_named_relative_and_companions_add_up(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert ("killed", expected, expected) in _figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omar Tello (Facebook): My nephew Sami and four of his friends were killed by a shell.",
            5,
        ),
        ("Rima Noor (@rimanoor) on X: My sister-in-law and her two sons were killed today.", 3),
    ],
)
def test_the_victim_after_a_posters_header_is_counted(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert ("killed", expected, expected) in _figures(nlp, text)


def test_a_rank_named_man_shot_beside_another_death_is_injured(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "One gunman was killed when the patrol returned fire. "
        "Corporal Ilan Vesk was shot in the hand and is recovering."
    )
    assert _figures(nlp, text) == [("killed", 1, 1), ("injured", 1, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Sergeant Ilan Vesk was shot in the hand on Monday. He later died in hospital.",
        "Sergeant Ilan Vesk was shot in the hand on Monday. The sergeant later died.",
    ],
)
def test_a_rank_named_man_who_later_died_is_killed_once(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("killed", 1, 1)]


def test_a_shooters_own_death_is_apart_from_those_he_shot(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A wanted robber fired on the post at Melk, shot two guards and was killed."
    found = _figures(nlp, text)
    assert ("killed", 1, 1) in found
    assert ("injured", 2, 2) in found
    assert ("killed", 2, 2) not in found


def test_shot_and_killed_together_still_kill(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "Two farmers were shot and killed near Melk.") == [("killed", 2, 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the day, enemy losses near Tarsk amounted to up to 48 personnel.", (None, 48)),
        ("Enemy losses in the southern sector totalled 70 servicemen.", (70, 70)),
    ],
)
def test_a_sides_losses_of_people_are_killed(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert ("killed", *expected) in _figures(nlp, text)


def test_losses_of_money_count_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "The firm's losses amounted to 12 million euros last year.") == []


def test_a_relatives_names_among_those_killed_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A cousin, Lara Mend, wrote that his sister Dalia and her husband were among those killed."
    )
    assert ("killed", 2, 2) in _figures(nlp, text)


def test_names_walked_through_among_the_victims_stay_unread(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Also Fares Lomm and his mother-in-law were among the victims killed."
    assert _figures(nlp, text) == []


def test_an_elided_ordinal_after_a_count_is_one_more(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _figures(
        nlp, "Three guards were killed and a fourth wounded when the post was shelled."
    )
    assert found == [("killed", 3, 3), ("injured", 1, 1)]


def test_an_ordinal_share_of_a_place_is_no_victim(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _figures(nlp, "Nine people died and a third of the market was destroyed.")
    assert found == [("killed", 9, 9)]


def test_people_pulled_out_injured_are_injured(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _figures(nlp, "The rescuers said four people were dug out injured from the flats.")
    assert ("injured", 4, 4) in found


def test_people_pulled_out_alive_are_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "Two children were pulled out alive from the flats.") == []
