"""Dates (twenty-third session, issue 15): a digest's header period ("Issued on 15 May 2023
(covers 7-13 May)", "Weekly round-up, 1-7 May 2023" published on the 10th) dates no
operation, and the body's weekdays fall within the period, counted back from its last day
rather than from the publication day (docs/reconciliation.md). Texts written for these
tests, with invented places and units."""

from __future__ import annotations

from claimledger.extract.dates.periods import covered_period
from tests.reconcile.builders import per_incident


def test_an_arrests_own_day_outranks_the_header_period() -> None:
    text = (
        "Tarn Command - Summary\nIssued on 15 May 2023 (covers 7-13 May)\nOn Tuesday, troops "
        "arrested two couriers near Kell. On Friday, a militant was killed near Sarn."
    )
    assert [i["date"] for i in per_incident(text)] == ["2023-05-09", "2023-05-12"]


def test_a_digests_weekday_falls_within_its_period() -> None:
    text = (
        "Osk Border Police\nWeekly round-up, 1-7 May 2023\nPublished 10 May 2023\nOn Tuesday, "
        "officers detained three smugglers at Varn. On Saturday, a guard was shot dead at Dell."
    )
    assert per_incident(text) == [
        {"date": "2023-05-02", "arrested": 3},
        {"date": "2023-05-06", "killed": 1},
    ]


def test_covered_period() -> None:
    import datetime as dt

    day = dt.date(2023, 5, 10)
    text = "Osk Border Police\nWeekly round-up, 1-7 May 2023\nPublished 10 May 2023\nBody."
    found = covered_period(text, day)
    assert found is not None and found[2] == dt.date(2023, 5, 7)
    assert text[found[0] : found[1]] == "1-7 May 2023"
    # a period that ends on the publication day changes nothing
    assert covered_period("Osk Border Police\nWeekly round-up, 4-10 May 2023\nBody.", day) is None
    # a sentence of the body is no header
    assert covered_period("Police\nOn 1-7 May 2023 troops held two men.\n", day) is None
