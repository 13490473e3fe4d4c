"""A release's operations and their days (helper N, twenty-seventh session): a daily
report's "past day" dates its later operations that name no day of their own; a clause
after a semicolon on a day of its own that takes or kills people is one more operation
(not a detention after a death: its follow-up); a detainee the number reader finds in
any words ("booked into the county jail") marks an arrest on its own day. Texts written
for these tests (invented places, units and people)."""

from __future__ import annotations

from tests.reconcile.builders import per_incident

STAFF = "Tessin Armed Forces General Staff\nOperational update as of 07:00, 12 March 2026\n"
MINISTRY = "Ministry of Interior of Varno \u2014 Statement \u2014 14 May 2025\n"
SHERIFF = "Orlo County Sheriff's Office\nPRESS RELEASE \u2014 June 6, 2025\n"


def test_a_later_operation_of_a_past_day_report_is_dated_by_the_period() -> None:
    text = STAFF + (
        "Over the past day, the enemy lost 22 personnel killed in the Dorra direction. "
        "Our units also took four enemy soldiers prisoner near Kesh."
    )
    assert per_incident(text) == [
        {"date": "2026-03-11", "killed": 22},
        {"date": "2026-03-11", "arrested": 4},
    ]


def test_a_later_undated_operation_without_a_period_keeps_the_report_date() -> None:
    text = MINISTRY + (
        "On Monday, police arrested three smugglers at the Kesh crossing. "
        "Separately, in Dorra, officers detained two men wanted for robbery."
    )
    assert per_incident(text) == [
        {"date": "2025-05-12", "arrested": 3},
        {"date": "2025-05-14", "arrested": 2},
    ]


def test_a_semicolon_clause_on_a_later_day_is_one_more_operation() -> None:
    text = MINISTRY + (
        "Police broke up a smuggling ring in the capital. Four members were arrested on "
        "Monday in Kesh; a fifth was shot dead the next day when he fired on officers in Dorra."
    )
    assert per_incident(text) == [
        {"date": "2025-05-12", "arrested": 4},
        {"date": "2025-05-13", "killed": 1},
    ]


def test_a_detention_after_a_death_in_the_next_clause_stays_its_follow_up() -> None:
    text = MINISTRY + (
        "On 10 May, a cyclist was killed by a lorry on the Kesh road; the lorry driver was "
        "arrested a day later."
    )
    assert per_incident(text) == [{"date": "2025-05-10", "killed": 1, "arrested": 1}]


def test_a_detainee_booked_into_jail_on_a_day_of_its_own_is_one_more_operation() -> None:
    text = SHERIFF + (
        "Deputies found a woman dead of stab wounds in a house on Birch Lane on Monday night. "
        "A 52-year-old man was charged with her murder and booked into the county jail on "
        "Wednesday."
    )
    assert per_incident(text) == [
        {"date": "2025-06-02", "killed": 1},
        {"date": "2025-06-04", "arrested": 1},
    ]


def test_a_detention_after_a_forces_killing_in_the_next_clause_is_one_more() -> None:
    text = MINISTRY + (
        "On Monday, troops killed two gunmen near Kesh; on Tuesday, they captured a third in Dorra."
    )
    assert per_incident(text) == [
        {"date": "2025-05-12", "killed": 2},
        {"date": "2025-05-13", "arrested": 1},
    ]


def test_a_second_action_after_and_on_a_day_counted_from_the_first() -> None:
    text = MINISTRY + (
        "Troops killed four gunmen near Kesh on Sunday, and two days later arrested three of "
        "their suppliers in Dorra."
    )
    assert per_incident(text) == [
        {"date": "2025-05-11", "killed": 4},
        {"date": "2025-05-13", "arrested": 3},
    ]


def test_an_operation_is_dated_by_its_sentence_that_takes_people() -> None:
    # (the air strike told after it, on its own day, reports no one)
    text = MINISTRY + (
        "Troops on Monday 12 May 2025 raided a camp at Kesh, killing 6 gunmen. Earlier on "
        "Sunday, troops at Dorra arrested 2 suspected couriers.\nThe air force also struck "
        "a hideout at Orlo on Tuesday; damage assessment is ongoing."
    )
    assert [i["date"] for i in per_incident(text)] == ["2025-05-12", "2025-05-11"]


def test_a_paragraph_on_its_own_day_after_a_strike_that_reports_no_one() -> None:
    text = (
        "Varno Defence Forces Spokesperson\nAnnouncement\nMay 14, 2025\n"
        "Overnight, aircraft struck 30 sites of the militia near Kesh. No injuries to our "
        "forces were reported.\nEarlier today, a patrol spotted three armed men near the "
        "Dorra fence. The patrol opened fire, killing one of them."
    )
    assert per_incident(text)[0] == {"date": "2025-05-14", "killed": 1}
