"""A release's operations and their days (helper N, thirty-first session): a second taking
told without its verb on a day of its own ("three of them were detained at the scene and two
more on Monday") is one more operation of its own count; a daily report's "over the last
day" / "within the past day" is the day before the report's. Texts written for these tests
(invented places, units and people), each with a near case beside it."""

from __future__ import annotations

from tests.reconcile.builders import per_incident

POLICE = "Harlow District Police\nMedia release\n31 August 2026\n"
STAFF = "Ministry of Defence of Norland\nDaily briefing\n30 October 2023\n"


def test_a_verbless_second_taking_on_its_own_day_is_one_more_operation() -> None:
    text = POLICE + (
        "A man was shot dead outside a bar on Vane Street on Sunday night. Officers chased "
        "the gunmen; three of them were detained at the scene and two more on Monday."
    )
    assert per_incident(text) == [
        {"date": "2026-08-30", "killed": 1, "arrested": 3},
        {"date": "2026-08-31", "arrested": 2},
    ]


def test_another_two_on_their_own_day_count_two() -> None:
    text = POLICE + (
        "A man was shot dead outside a bar on Vane Street on Sunday night. Officers arrested "
        "four suspects at the scene and another two on Monday."
    )
    assert per_incident(text) == [
        {"date": "2026-08-30", "killed": 1, "arrested": 4},
        {"date": "2026-08-31", "arrested": 2},
    ]


def test_more_people_on_the_same_day_stay_in_one_operation() -> None:
    text = POLICE + (
        "A man was shot dead outside a bar on Vane Street on Sunday night. Officers arrested "
        "four suspects at the scene and two more later on Sunday."
    )
    assert len(per_incident(text)) == 1


def test_over_the_last_day_is_the_day_before_the_report() -> None:
    text = (
        STAFF + "Over the last day, units of the Eastern group killed 45 enemy soldiers near Velsk."
    )
    assert per_incident(text) == [{"date": "2023-10-29", "killed": 45}]


def test_within_the_past_day_is_the_day_before_the_report() -> None:
    text = STAFF + "Within the past day, units of the Eastern group killed 30 enemy soldiers."
    assert per_incident(text) == [{"date": "2023-10-29", "killed": 30}]


def test_the_last_day_of_an_offensive_is_no_day_before() -> None:
    text = STAFF + (
        "Today, units of the Eastern group killed 30 enemy soldiers near Velsk in the last "
        "day of the offensive."
    )
    assert per_incident(text) == [{"date": "2023-10-30", "killed": 30}]
