"""A release's operations by shape (nineteenth session, issue 15): two actions of one
sentence on days of their own, another unit on the same day, a surrender counted from the
day before, a header line longer than a sentence's opening, a day on which nothing happened,
and issuers' lines that head a release. Texts written for these tests (invented places,
units and people)."""

from __future__ import annotations

import pytest

from claimledger.reconcile.operations import is_release
from tests.reconcile.builders import per_incident

HEADER = "Norland Defence Forces\nPress Release\nOsk, 14 May 2024\n"


def test_two_actions_of_one_sentence_on_their_own_days_are_two_operations() -> None:
    text = (
        HEADER
        + "Rangers patrolling the Velt hills shot dead two poachers on Friday and detained "
        + "four of their porters on Saturday."
    )
    found = per_incident(text)
    assert found == [{"date": "2024-05-10", "killed": 2}, {"date": "2024-05-11", "arrested": 4}]


def test_a_second_action_after_its_own_day_is_an_operation() -> None:
    text = (
        HEADER
        + "Rangers shot dead two poachers on Friday and on Saturday detained four of their "
        + "porters near Tarn."
    )
    found = per_incident(text)
    assert found == [{"date": "2024-05-10", "killed": 2}, {"date": "2024-05-11", "arrested": 4}]


def test_two_actions_of_one_sentence_on_one_day_stay_one_operation() -> None:
    text = HEADER + "On Friday, rangers shot dead two poachers and detained four of their porters."
    assert len(per_incident(text)) == 1


def test_another_unit_on_the_same_day_is_another_operation() -> None:
    text = (
        HEADER
        + "Two days ago, soldiers of the garrison killed three raiders near Kell. "
        + "On Sunday evening, another patrol arrested two lookouts of the band."
    )
    found = per_incident(text)
    assert found == [{"date": "2024-05-12", "killed": 3}, {"date": "2024-05-12", "arrested": 2}]


def test_a_surrender_days_later_is_an_operation_of_its_own() -> None:
    text = (
        "Tarn Police Service\nNews bulletin - 14 May 2024\n"
        + "On the evening of the 11th, officers arrested three men over a robbery in Varo. "
        + "A fourth suspect surrendered at the Varo station two days later."
    )
    found = per_incident(text)
    assert found == [{"date": "2024-05-11", "arrested": 3}, {"date": "2024-05-13", "arrested": 1}]


def test_a_long_header_line_dates_no_operation() -> None:
    text = (
        "Bulletin of the Directorate of Public Order, Eastern Region \u2014 Tuesday, 14 May 2024\n"
        + "On Saturday, officers raided a workshop in Dorr and killed an armed guard. "
        + "Two gunsmiths who supplied the guard were arrested two days later."
    )
    found = per_incident(text)
    assert found == [{"date": "2024-05-11", "killed": 1}, {"date": "2024-05-13", "arrested": 2}]


def test_a_day_on_which_nothing_happened_dates_no_item() -> None:
    text = (
        "Lakeside Sector - weekly round-up, week ending 12 May 2024\n"
        + "Tuesday: rangers arrested three charcoal traders at Pell.\n"
        + "Thursday: no incidents.\n"
    )
    found = per_incident(text)
    assert found == [{"date": "2024-05-07", "arrested": 3}]


@pytest.mark.parametrize(
    "header",
    [
        "Information department of the Norland Guard",
        "Police statement on the Osk harbour shooting",
        "Office of the Chief of Police, Varo district",
        "Date of issue: 14 May 2024",
        "Weekly operations round-up",
        "Weekly operations summary, 6 - 12 May 2024",
        "Daily briefing",
    ],
)
def test_issuers_lines_head_a_release(header: str) -> None:
    assert is_release(header + "\nOn Monday, officers arrested two men in Osk.")


def test_a_news_headline_is_no_release() -> None:
    assert not is_release("Gunmen kill two in Osk raid\nTwo men were shot dead on Monday.")


def test_slashed_days_that_could_swap_read_in_the_order_that_fits_the_release() -> None:
    text = (
        "NATIONAL POLICE SERVICE\nPRESS STATEMENT\n14/05/2024\n"
        + "On 11/05/2024, officers shot dead an armed robber in Osk.\n"
        + "On 12/05/2024, detectives arrested two of his accomplices in Varo."
    )
    found = per_incident(text)
    assert found == [{"date": "2024-05-11", "killed": 1}, {"date": "2024-05-12", "arrested": 2}]


def test_a_header_line_over_ninety_characters_dates_no_operation() -> None:
    text = (
        "Norland Police Service\n"
        + "Bulletin, Directorate of Public Order and Civil Protection of the Lakeside Region"
        + " \u2014 Tuesday, 14 May 2024\n"
        + "On Saturday, officers raided a workshop in Dorr and killed an armed guard. "
        + "Two gunsmiths who supplied the guard were arrested the following day."
    )
    found = per_incident(text)
    assert found == [{"date": "2024-05-11", "killed": 1}, {"date": "2024-05-12", "arrested": 2}]
