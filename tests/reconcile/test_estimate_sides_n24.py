"""A side's own martyrs (twenty-fourth session, issue 15): "The brigade suffered three
martyrs" after "killing 9 rebels" is the speaker's own dead, a side of its own, so the
release counts 12; a detention told with its group ("A sabotage cell was captured ...: four
men") and a driver arrested after a hit-and-run. Texts written for these tests (invented
places, units and people)."""

from __future__ import annotations

from tests.reconcile.builders import per_incident

HEAD = "Western Command - Bulletin 31 - 12 March 2024\n"


def test_the_speakers_martyrs_add_to_the_enemy_dead() -> None:
    text = HEAD + (
        "On Sunday, units of the 5th Brigade engaged a rebel column near Tarsk, killing 9 "
        "rebels and arresting 2 others. The brigade suffered three martyrs."
    )
    assert per_incident(text)[0]["killed"] == 12


def test_a_group_told_with_its_members_is_its_members() -> None:
    text = HEAD + "On Sunday, a sabotage cell was captured near the Orlan bridge: four men."
    assert per_incident(text)[0]["arrested"] == 4


def test_a_driver_arrested_after_a_hit_and_run_is_one_more() -> None:
    text = (
        "Dorn City Police\nWeekly roundup, 12 March 2024\n"
        "On 4 March, officers arrested two men for a burglary in Dorn. On 6 March, a cyclist "
        "was killed in a hit-and-run on Mill Road; the driver was arrested a day later."
    )
    assert sum(i["arrested"] for i in per_incident(text)) == 3
