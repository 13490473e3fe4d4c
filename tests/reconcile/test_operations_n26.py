"""A release's operations (helper N, twenty-sixth session): the dead a side "left behind"
or counted "including N dead" are that side's, and add up with the speaker's own losses
and a civilian; a sentence opening on "Later that day" inside a paragraph that kills or
takes people is one more operation; a death by one's own explosion ends a raid; a
possessor's surrender. Texts written for these tests (invented places, units and people)."""

from __future__ import annotations

from tests.reconcile.builders import per_incident

HEAD = "Varno Military Region \u2014 Statement \u2014 25 June 2024\n"
MINISTRY = "Ministry of Defence of Tessin\nStatement, 9 March 2026\n"


def test_bodies_left_behind_add_up_with_our_losses_and_a_civilian() -> None:
    text = HEAD + (
        "At dawn today, raiders attacked the Orlo outpost. The attack was beaten off; the "
        "raiders left 9 bodies behind. We lost three soldiers, and a herder was killed by a "
        "stray bullet."
    )
    assert per_incident(text) == [{"date": "2024-06-25", "killed": 13}]


def test_dead_counted_among_a_sides_losses_add_up_with_our_martyrs() -> None:
    text = HEAD + (
        "Our units on Monday repelled an advance by the militias near the dam. The militias "
        "suffered heavy losses, including 6 dead whose bodies are in our hands. Our units "
        "lost 2 martyrs."
    )
    assert per_incident(text)[0]["killed"] == 8


def test_bodies_with_no_side_before_them_stay_the_highest_count() -> None:
    # (no side named before the bodies: the count of people stands alone, not summed)
    text = HEAD + "Rescuers recovered 9 bodies from the rubble in Orlo. Three people died."
    assert per_incident(text)[0]["killed"] == 9


def test_later_that_day_with_people_killed_is_one_more_operation() -> None:
    text = MINISTRY + (
        "Yesterday afternoon, an enemy drone struck a bus near Dorra, killing four civilians. "
        "Later that day, air defence units destroyed the launch site and killed the three "
        "operators."
    )
    assert per_incident(text) == [
        {"date": "2026-03-08", "killed": 4},
        {"date": "2026-03-08", "killed": 3},
    ]


def test_later_that_day_with_no_people_stays_with_the_operation() -> None:
    text = MINISTRY + (
        "Yesterday afternoon, an enemy drone struck a bus near Dorra, killing four civilians. "
        "Later that day, the road was reopened."
    )
    assert per_incident(text) == [{"date": "2026-03-08", "killed": 4}]


def test_a_suspect_who_blew_himself_up_is_the_raids_dead() -> None:
    text = (
        "Tessin Regional Police Command\nPress release no. 14/2024, 17 June 2024\n"
        "On Saturday, officers stopped a van at the Orlo toll gate. The driver and his two "
        "passengers were detained. On Sunday, a special unit raided a flat in Dorra, where a "
        "suspect blew himself up as officers approached; no officer was hurt."
    )
    assert per_incident(text) == [
        {"date": "2024-06-15", "arrested": 3},
        {"date": "2024-06-16", "killed": 1, "injured": 0},
    ]


def test_dead_of_another_clause_take_no_side_from_the_sentences_subject() -> None:
    # ("Soldiers ... the shooting that left five dead": the shooting's dead, not theirs)
    text = (
        "Soldiers at the Orlo base could face new rules after a report on the shooting that "
        "left five dead. The gunman opened fire on his colleagues, killing three before "
        "taking his own life."
    )
    assert per_incident(text)[0]["killed"] == 5
