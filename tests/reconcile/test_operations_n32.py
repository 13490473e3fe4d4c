"""A release's two operations of one day (helper N, thirty-second session): a sentence
opening on a part of a day ("Last night", "early this morning") that the operation before
named only as the whole day ("On Tuesday") reports an action of its own. Texts written for
these tests (invented places, units and people), each with a near case beside it."""

from __future__ import annotations

from tests.reconcile.builders import per_incident

COMMAND = "Western Front Command\nStatement No. 61\n26 February 2025\n"


def test_a_night_after_the_whole_day_is_one_more_operation() -> None:
    text = COMMAND + (
        "On Tuesday, our snipers killed three enemy soldiers near Harvo. Last night, a unit "
        "ambushed an enemy patrol on the Brel road and captured one soldier."
    )
    assert per_incident(text) == [
        {"date": "2025-02-25", "killed": 3},
        {"date": "2025-02-25", "arrested": 1},
    ]


def test_a_night_after_a_part_of_the_same_day_stays_one_operation() -> None:
    text = COMMAND + (
        "On Tuesday night, our snipers killed three enemy soldiers near Harvo. Last night, our "
        "artillery shelled an enemy position and killed two soldiers."
    )
    assert len(per_incident(text)) == 1


def test_the_whole_day_again_stays_one_operation() -> None:
    text = COMMAND + (
        "On Tuesday, our snipers killed three enemy soldiers near Harvo. On Tuesday, our "
        "artillery shelled an enemy position and killed two soldiers."
    )
    assert len(per_incident(text)) == 1


def test_a_night_of_killing_after_the_whole_day_is_one_more_operation() -> None:
    text = COMMAND + (
        "On Tuesday, our snipers killed three enemy soldiers near Harvo. Last night, our "
        "artillery shelled an enemy position and killed two soldiers."
    )
    assert per_incident(text) == [
        {"date": "2025-02-25", "killed": 3},
        {"date": "2025-02-25", "killed": 2},
    ]


def test_a_news_story_keeps_its_night_with_the_day() -> None:
    text = (
        "Three soldiers were killed near Harvo on Tuesday, the governor said. Last night, "
        "police detained one man over the attack, his office added."
    )
    assert len(per_incident(text)) == 1
