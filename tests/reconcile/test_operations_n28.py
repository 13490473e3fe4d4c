"""A release's operations and their days (helper N, twenty-eighth session): an operation
that only takes people is dated by its arrest's own day, not by the earlier killing the
arrest is for; an arrest at the scene stays with its attack whatever its time; an arrest a
suspect escaped marks no arrest; enemy soldiers who surrender at another place are one more
operation (an arrest there with no day stays); a dateline that carries its year is a
release's. Texts written for these tests (invented places, units and people)."""

from __future__ import annotations

from claimledger.reconcile.operations import is_release
from tests.reconcile.builders import per_incident

TROOPERS = "KORVEL, Ostmark (April 10, 2025) \u2014 "
POLICE = "ORLEN, 6 March 2024 (Orlen Provincial Police) \u2014 "
STAFF = "Press Office of the General Staff\nUpdate as of 08:00, 14 October 2025\n"
FIRE = "Norrow Police Service\nPress release, 9 September 2025\n"


def test_an_arrest_for_an_earlier_killing_is_dated_by_the_arrest() -> None:
    text = TROOPERS + (
        "Arrest made in the fatal shooting of a shop owner in Dunmore\n\n"
        "Troopers arrested a 41-year-old man on Tuesday in connection with the March 29 killing."
    )
    # (twenty-ninth session: the killing told before the arrest takes the crime's day the
    # arrest's words give, as releases-fresh25's gold dates such killings; it kept the
    # release's date before)
    assert per_incident(text) == [
        {"date": "2025-03-29", "killed": 1},
        {"date": "2025-04-08", "arrested": 1},
    ]


def test_an_arrest_dated_after_the_killing_in_a_later_clause_keeps_its_own_day() -> None:
    text = TROOPERS + (
        "State police have arrested a suspect in the fatal shooting of a shop owner in "
        "Dunmore. Troopers arrested a 41-year-old man on Tuesday at a motel in Veln, twelve "
        "days after the shop owner was shot on March 29."
    )
    # (twenty-ninth session: the killing told before the arrest takes the day the arrest's
    # sentence gives it, "after the shop owner was shot on March 29"; it kept the release's
    # date before)
    assert [d["date"] for d in per_incident(text)] == ["2025-03-29", "2025-04-08"]


def test_an_arrest_with_a_killing_in_its_own_operation_keeps_the_attack_day() -> None:
    # (an operation that kills or hurts people keeps the date reader's attack day)
    text = TROOPERS + (
        "Troopers on Tuesday arrested a 41-year-old man in connection with the March 29 "
        "killing of a shop owner."
    )
    assert per_incident(text) == [{"date": "2025-03-29", "killed": 1, "arrested": 1}]


def test_an_arrest_at_the_scene_stays_with_its_attack() -> None:
    text = FIRE + (
        "A woman has died and her son has been seriously hurt in a house fire in Pelk Road, "
        "which police are treating as arson. A man was arrested at the scene this morning."
    )
    assert per_incident(text) == [{"date": "2025-09-09", "killed": 1, "injured": 1, "arrested": 1}]


def test_an_arrest_elsewhere_this_morning_is_one_more_operation() -> None:
    text = FIRE + (
        "A woman died in a house fire in Pelk Road on Sunday night. A man was arrested at a "
        "friend's flat in Osk this morning."
    )
    assert per_incident(text) == [
        {"date": "2025-09-07", "killed": 1},
        {"date": "2025-09-09", "arrested": 1},
    ]


def test_an_arrest_a_suspect_escaped_marks_no_arrest_of_its_own() -> None:
    text = POLICE + (
        "Police arrested three men on Monday in connection with the killing. A fourth "
        "suspect was shot dead while trying to escape arrest the same day."
    )
    assert per_incident(text) == [{"date": "2024-03-04", "killed": 1, "arrested": 3}]


def test_a_suspect_killed_on_a_later_day_is_still_one_more_operation() -> None:
    text = POLICE + (
        "Police arrested three men on Monday in connection with the killing. A fourth "
        "suspect who resisted arrest was shot dead on Tuesday."
    )
    assert per_incident(text) == [
        {"date": "2024-03-04", "arrested": 3},
        {"date": "2024-03-05", "killed": 1},
    ]


def test_a_surrender_at_another_place_is_one_more_operation() -> None:
    text = STAFF + (
        "Over the past 24 hours, units repelled six enemy attacks near Brask. Enemy losses "
        "amounted to 41 killed and three armoured vehicles. Three enemy soldiers surrendered "
        "near Kallin."
    )
    assert per_incident(text) == [
        {"date": "2025-10-13", "killed": 41},
        {"date": "2025-10-13", "arrested": 3},
    ]


def test_a_capture_at_another_place_with_no_day_stays_with_the_operation() -> None:
    # (the convention: an arrest with no time of its own stays, wherever it took place)
    text = STAFF + (
        "Over the past 24 hours, units repelled six enemy attacks near Brask and killed 41 "
        "fighters. Three saboteurs were captured near Kallin."
    )
    assert per_incident(text) == [{"date": "2025-10-13", "killed": 41, "arrested": 3}]


def test_a_dateline_with_its_year_is_a_release() -> None:
    text = "ORVANE, May 20, 2026 \u2014 Officers responded to a shooting on Sunday."
    assert is_release(text)
    assert not is_release("ORVANE, May 20 (Reuters) \u2014 Officers responded to a shooting.")


def test_a_charged_man_arrested_yesterday_is_an_operation_of_his_own() -> None:
    text = (
        "ORVANE, May 20, 2026 \u2014 Officers responded to a shooting at a bus shelter shortly "
        "after 10 p.m. Sunday. A 17-year-old boy was pronounced dead at the scene. Dario "
        "Menk, 19, who was arrested at his home yesterday, has been charged with murder."
    )
    assert per_incident(text) == [
        {"date": "2026-05-17", "killed": 1},
        {"date": "2026-05-19", "arrested": 1},
    ]
