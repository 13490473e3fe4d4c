"""Counts read by the parse (helper N, thirty-second session): people described as taken
read through the verb governing their noun ("executed four captured soldiers": killed 4;
"rescued 12 abducted persons", "19 hostages were freed": no claim), a vague "many" as the
subject or object of a conjoined casualty verb ("eight were killed and many injured":
injured 3+), and a group named by a detention participle ("three journalists were among
11 people detained": 3 and 11, a part and its whole as for the killed).
Sentences written for these tests (invented places and people), each with a hard
case beside it."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return sorted((m.figure, m.low) for m in extract_figures(nlp(text), "t1"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # taken people, then killed by the governing verb
        ("The militants executed three captured policemen near Orvan.", [("killed", 3)]),
        (
            "Rebels executed six captured government soldiers on Sunday.",
            [("killed", 6)],
        ),
        # hard: the capture itself, captives paraded, a film of captives
        ("Troops captured four insurgents near the border.", [("arrested", 4)]),
        ("Six captured soldiers were paraded before cameras in Ternak.", [("arrested", 6)]),
        ("The army released footage of three captured fighters.", [("arrested", 3)]),
        # taken people rescued or freed: no claim
        (
            "Police operatives rescued 12 abducted persons and arrested four suspects in Kalmo.",
            [("arrested", 4)],
        ),
        (
            "Seven of the gunmen were neutralised and 19 hostages were freed.",
            [("killed", 7)],
        ),
        ("Officers freed three kidnapped shopkeepers during the raid.", []),
        # hard: the kidnapping itself stays a claim
        ("Gunmen abducted 14 farmers from their fields near Tolva.", [("abducted", 14)]),
        ("Twenty passengers were kidnapped on the highway.", [("abducted", 20)]),
        ("Police rescued 5 injured miners from the shaft.", [("injured", 5)]),
        # many, conjoined to a counted casualty verb
        (
            "At least eight people were killed and many injured when a car bomb exploded.",
            [("injured", 3), ("killed", 8)],
        ),
        ("The strike killed five people and injured many.", [("injured", 3), ("killed", 5)]),
        # hard: many of them, many fled, many say
        ("Eleven people were killed, many of them children.", [("killed", 11)]),
        ("Three people were killed in the raid and many fled the village.", [("killed", 3)]),
        ("The explosion killed six workers and many say the plant was unsafe.", [("killed", 6)]),
        # a part among a group named by a detention participle
        (
            "Police said that three journalists were among 11 people detained during a protest.",
            [("arrested", 3), ("arrested", 11)],
        ),
        (
            "Among the 20 people arrested were four students, a spokesman said.",
            [("arrested", 4), ("arrested", 20)],
        ),
        # hard: a group not harmed
        ("Four teachers were among 30 people who attended the rally in Brel.", []),
        ("Two officers were among the 15 people questioned by investigators.", []),
    ],
)
def test_count_forms_n32(nlp, text: str, expected: list[tuple[str, int | None]]) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one victim's verbs conjoined: wounded, then captured
        (
            "Four attackers were killed and another was wounded and captured.",
            [("arrested", 1), ("injured", 1), ("killed", 4)],
        ),
        # the parser makes "another" a determiner of the verbs: still one victim
        (
            "One gunman was killed and another wounded and captured by the patrol.",
            [("arrested", 1), ("injured", 1), ("killed", 1)],
        ),
        # hard: a verb that harms no one
        (
            "Three suspects were arrested and another questioned and released.",
            [("arrested", 3)],
        ),
        # hard: the conjoined verb has an object of its own (the victim is the first's)
        (
            "Soldiers killed a commander of the cell, Ivo Brandt, and captured six of his men.",
            [("arrested", 6), ("killed", 1)],
        ),
        # hard: released, not taken
        ("The suspect was wounded and later released.", [("injured", 1)]),
    ],
)
def test_one_victim_wounded_and_captured(
    nlp, text: str, expected: list[tuple[str, int | None]]
) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected
