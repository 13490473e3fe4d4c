"""A release's operations (twenty-first session, issue 15): a taking told as done up to now
after the operation before ("Police have so far detained two suspects", "have now arrested",
"have detained one man so far") stays with it since the twenty-second session's convention
(it was one more operation, on the release's day), as a plain "have arrested ... in
connection with the death" does; "On 04/05 ... On 05/05" are two
operations. Texts written for these tests (invented places, units and people)."""

from __future__ import annotations

import pytest

from tests.reconcile.builders import per_incident


@pytest.mark.parametrize(
    "taking",
    [
        "Police have so far detained two suspects.",
        "Detectives have now arrested two men.",
        "Officers have detained two men so far.",
    ],
)
def test_a_taking_done_up_to_now_stays_with_the_attack(taking: str) -> None:
    # (an operation of its own in the twenty-first session; the convention of the releases
    # gold written in the twenty-second keeps an arrest with no day of its own with the attack)
    text = (
        "Marsh County Police\nMay 6, 2023\nLast night, gunmen fired on a bus near Osk, "
        "killing two passengers. " + taking
    )
    assert per_incident(text) == [{"date": "2023-05-05", "killed": 2, "arrested": 2}]


def test_an_arrest_in_connection_with_the_death_stays_with_it() -> None:
    text = (
        "Marsh County Police\nMay 6, 2023\nLast night, a guard was shot dead near Osk. "
        "Police have arrested two men in connection with the death."
    )
    assert per_incident(text) == [{"date": "2023-05-05", "killed": 1, "arrested": 2}]


def test_yearless_slashed_days_are_two_operations() -> None:
    text = (
        "Tarn Defence Forces Spokesperson\n06/05/2023\nOn 04/05, jets struck a depot near "
        "Osk, killing three fighters. On 05/05, ground troops arrested two fighters near Velt."
    )
    found = per_incident(text)
    assert found == [{"date": "2023-05-04", "killed": 3}, {"date": "2023-05-05", "arrested": 2}]


def test_a_clause_on_a_place_after_a_semicolon_is_one_more_operation() -> None:
    text = (
        "Velt Ministry of Interior\n6 May 2023\nOn 4 May, security forces raided homes in Osk "
        "and Tarn. In Osk, they arrested five suspects; in Tarn, they shot dead two gunmen "
        "who opened fire."
    )
    found = per_incident(text)
    assert [sorted(f.items() - {("date", f.get("date"))}) for f in found] == [
        [("arrested", 5)],
        [("killed", 2)],
    ]


def test_a_clause_on_a_place_that_reports_no_one_stays() -> None:
    text = (
        "Velt Ministry of Interior\n6 May 2023\nOn 4 May, security forces raided homes in Osk "
        "and arrested five suspects; in Tarn, they found a rifle."
    )
    assert per_incident(text) == [{"date": "2023-05-04", "arrested": 5}]
