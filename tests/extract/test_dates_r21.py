"""Dates (twenty-first session, issue 15): a header line that opens on a unit's ordinal ("9th
Rifle Brigade - Bulletin 2023/41 - 6 May 2023"); a publication line below a date line that is
no publication ("Weekly digest (1 - 7 May 2023)" above "Published 8 May 2023"); "N days ago"
hangs on its verb, so it dates the attack it opens over a later sentence's day; a yearless
slashed day after "on" ("On 04/05") read in the one order within days before the document's
date; a night across two months ("the night of 30 April to 1 May") is one date, the day it
began. Texts written for these tests, with invented places and units."""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.extract.dates import extract_dates, find_dateline, incident_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9th Rifle Brigade - Bulletin 2023/41 - 6 May 2023\nTroops held two men.", "2023-05-06"),
        ("22nd Coastal Regiment, 6 May 2023\nPatrols met no one.", "2023-05-06"),
        (
            "Tarn Police - Weekly digest (1 - 7 May 2023)\nPublished 8 May 2023\nOn Monday, ...",
            "2023-05-08",
        ),
        (
            "Osk Border Office\nSummary for 7 May 2023\nIssued: 8 May 2023\nTwo were held.",
            "2023-05-08",
        ),
        # a publication line on top stays
        ("Posted 6 May 2023\nRelease date: 8 May 2023\nTwo were held.", "2023-05-06"),
    ],
)
def test_header_dates_r21(text: str, expected: str) -> None:
    found = find_dateline(text)
    assert found is not None and found[0].isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        # a list's number or a toll opens no issuer's line
        "2. Troops held two men - 6 May 2023\nText.",
        "3 killed in Osk - 6 May 2023\nText.",
    ],
)
def test_no_ordinal_issuer_r21(text: str) -> None:
    assert find_dateline(text) is None


def test_days_ago_dates_the_attack_it_opens(nlp: Any) -> None:
    text = (
        "Marsh Front - Media Office\nSaturday, 6 May 2023\nFour days ago our units ambushed a "
        "convoy near Osk, killing five soldiers. On Thursday, a drone was shot down over Tarn."
    )
    found = incident_date(extract_dates(nlp(text), "d1", "2023-05-06"), "2023-05-06")
    assert found is not None and found.value == "2023-05-02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Osk Command\n06/05/2023\nOn 04/05, troops struck a depot in Tarn.", "2023-05-04"),
        ("Osk Command\n2 January 2023\nOn 30/12, troops struck a depot.", "2022-12-30"),
    ],
)
def test_yearless_slashed_day_after_on(nlp: Any, text: str, expected: str) -> None:
    reference = find_dateline(text)
    assert reference is not None
    mentions = extract_dates(nlp(text), "d1", reference[0].isoformat())
    assert [m.value for m in mentions if m.evidence.start > 20] == [expected]


def test_a_yearless_slashed_day_far_from_the_document_dates_nothing(nlp: Any) -> None:
    text = "Osk Command\n06/05/2023\nOn 24/7 duty, guards held two men."
    mentions = extract_dates(nlp(text), "d1", "2023-05-06")
    assert [m.value for m in mentions if m.evidence.start > 20] == []


def test_a_night_across_two_months_counts_from_its_first_day(nlp: Any) -> None:
    text = (
        "Tarn Police\n3 February 2023\nOfficers answering a call at a shop in Osk on the night "
        "of 31 January to 1 February exchanged fire with robbers. Two days later, detectives "
        "held two of the gang."
    )
    mentions = extract_dates(nlp(text), "d1", "2023-02-03")
    assert [m.value for m in mentions if m.evidence.start > 20] == ["2023-01-31", "2023-02-02"]
