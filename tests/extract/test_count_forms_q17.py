"""Count forms read in the seventeenth session (``numbers/remote``, ``totals``, ``parts``,
``negation``): a victim raised by a verb of belief ("are believed to have been killed"), a
side's losses ("inflicting losses of up to 30 troopers", "four of our riflemen were lost",
"No friendly forces were lost"), a death verb the parser put inside a relative clause ("A deckhand who
slipped off the gangway drowned"), a part named in an aside before its whole's verb ("nine
others, three of them seriously, were hurt"). Sentences written for these tests (invented
places and units), with near misses that count no one."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 14 herders are believed to have been killed near Orvel.", ("killed", 14, None)),
        ("Some eight drivers were thought to have died in the pile-up at Kess.", ("killed", 8, 8)),
        ("Nine porters are feared to have been abducted from the Lanta camp.", ("abducted", 9, 9)),
        ("Four miners appear to have died in the Drav shaft.", ("killed", 4, 4)),
    ],
)
def test_a_victim_raised_by_a_verb_of_belief_is_counted(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The corps repelled the attack, inflicting losses of up to 30 troopers.",
            ("killed", None, 30),
        ),
        ("Four of our riflemen were lost in the assault on Hollin.", ("killed", 4, 4)),
        ("The garrison suffered the losses of 7 gunners at Pirn.", ("killed", 7, 7)),
    ],
)
def test_a_sides_losses_of_people_are_its_dead(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _figures(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The regiment lost 12 trucks and lost contact with 3 patrols near Hollin.",
        "The port reported losses of up to 30 containers in the storm.",
        "Two hikers are believed to have reached the summit of Mount Varr.",
    ],
)
def test_losses_of_things_and_raised_subjects_of_other_verbs_count_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "No friendly forces were harmed in the sweep of Tarsa.",
            [("killed", 0, 0), ("injured", 0, 0)],
        ),
        ("No allied personnel were lost in the engagement off Cape Mell.", [("killed", 0, 0)]),
    ],
)
def test_a_sides_stated_zero_is_read(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A sailor who jumped overboard drowned despite the rescue.",
        "One prisoner suffocated in the sealed van outside Dorva.",
    ],
)
def test_a_single_victim_of_a_death_verb_is_one_killed(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("killed", 1, 1)]


def test_a_part_in_an_aside_before_its_wholes_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The shelling killed 20, and nine others, three of them seriously, were hurt."
    assert ("injured", 3, 3) in _figures(nlp, text)
    assert ("injured", 9, 9) in _figures(nlp, text)
