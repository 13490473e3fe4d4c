"""Header dates (twentieth session, issue 15): of a header line that gives several dates the
one labelled as the publication dates the text ("Daily report for 3 May 2024, published 4
May 2024"); a slashed header date whose day and month could swap, that no weekday and no
other date of the text settles, is read day first unless the text writes month first; a
weekday written before a full date names that date, not a day of its own; "for" before a
full date is no duration; "overnight" before a security force's work ("overnight activity",
"an overnight search") dates it. Texts written for these tests, with invented places."""

from __future__ import annotations

from typing import Any

import pytest

from claimledger.extract.dates import extract_dates, find_dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Daily report for 3 May 2024, published 4 May 2024\nIn the course of the day.",
            "2024-05-04",
        ),
        (
            "Report date: 3 May 2024. Release date: 4 May 2024.\nOn Friday, two were held.",
            "2024-05-04",
        ),
        ("Situation note for 3 May 2024, issued on Saturday 4 May 2024\nText.", "2024-05-04"),
        (
            "First posted 3 May 2024; last updated 5 May 2024\nOn Thursday, two were held.",
            "2024-05-03",
        ),
        # slashed, could swap: day first, as most releases' writers write it
        ("Field bulletin: 04/05/2024\nPolice in Tarn arrested two men on Thursday.", "2024-05-04"),
        ("Tarn Security Cell\nOsk, 04/05/2024\nTroops killed two raiders yesterday.", "2024-05-04"),
        ("Morning note \u2013 04/05/2024\nA guard was shot dead last night.", "2024-05-04"),
    ],
)
def test_header_dates_r20(text: str, expected: str) -> None:
    found = find_dateline(text)
    assert found is not None and found[0].isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        # a weekday that fits neither reading leaves the date open
        "Field bulletin: Sun 04/05/2024\nText.",
    ],
)
def test_open_header_dates_r20(text: str) -> None:
    assert find_dateline(text) is None


def test_a_text_that_writes_month_first_reads_its_header_so() -> None:
    text = "Field bulletin: 04/05/2024\nThe hearing is set for 04/17/2024 in Tarn."
    found = find_dateline(text)
    assert found is not None and found[0].isoformat() == "2024-04-05"


def test_a_weekday_before_a_full_date_is_no_day_of_its_own(nlp: Any) -> None:
    text = (
        "Tarn Defence Ministry\nSunday 5 May 2024 - updated Monday 6 May 2024\n"
        "At dawn on Saturday, troops came under fire near Osk."
    )
    mentions = extract_dates(nlp(text), "d1", "2024-05-05")
    assert [(m.evidence.text, m.value) for m in mentions if m.relative] == [
        ("Saturday", "2024-05-04")
    ]


def test_for_before_a_full_date_is_no_duration(nlp: Any) -> None:
    text = "Tarn Command\nDaily report for 3 May 2024, published 4 May 2024\nPatrols went on."
    mentions = extract_dates(nlp(text), "d1", "2024-05-04")
    assert "2024-05-03" in [m.value for m in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police in Osk detained nine men during overnight counterterrorism activity.", True),
        ("Troops held two suspects in an overnight search of Velt.", True),
        # an overnight stay dates no event
        ("Two men were shot after an overnight stay at a motel in Osk.", False),
    ],
)
def test_overnight_work_of_a_force_dates_it(nlp: Any, text: str, expected: bool) -> None:
    mentions = extract_dates(nlp(text), "d1", "2024-05-04")
    assert ("2024-05-03" in [m.value for m in mentions]) is expected
