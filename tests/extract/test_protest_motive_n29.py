"""A death a protest is about is no casualty of that protest (helper N, twenty-ninth
session): read from the parse, the death's words reach a protest through a link of motive
(a preposition of cause, a clause of purpose or cause, the dead person's kin). A protest
where people are killed keeps its dead. Sentences written for these tests (invented
places and people), each rule with a hard case beside it."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    "text",
    [
        # a preposition of cause on a verb or noun of protest
        "Students held a rally in Varno over the death of a classmate in police custody.",
        "Hundreds of traders protested in Meskel over the killing of a money changer.",
        # a clause of purpose
        "Journalists staged a sit-in in Orbe to denounce the killing of a blogger.",
        "Villagers marched in Tarsk to demand justice for a trader, shot by police last month.",
        # a clause of cause after a verb of protest
        "Residents protested in Dolva after a soldier shot and killed a taxi driver.",
        # the dead person's kin protest
        "Relatives of a farmer who died in custody rallied outside the court in Pell.",
    ],
)
def test_a_death_a_protest_is_about_is_no_casualty(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people killed at the protest keep their count
        ("Police killed two protesters during a march against the new tax in Varno.", 2),
        ("A rally in which three people were killed was held in Meskel.", 3),
        # "after" binds a motive only to the protest itself, not to what protesters did
        ("The protest in Orbe turned violent after police opened fire, killing two.", 2),
        # the motive left out, the protest's own dead kept
        (
            "Demonstrators marched in Tarsk over the death of a motorcyclist; police shot "
            "dead three of them.",
            3,
        ),
        # no protest: a cause of another action keeps its dead
        ("Soldiers raided the village in Dolva over the killing of a chief, killing four.", 4),
    ],
)
def test_a_protest_where_people_are_killed_keeps_its_dead(nlp, text: str, expected: int) -> None:  # type: ignore[no-untyped-def]
    assert [n for fig, n in _figures(nlp, text) if fig == "killed"] == [expected]
