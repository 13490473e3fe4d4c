"""Dates of press releases and daily reports (fifteenth session, issue 15 item 3): numeric
header dates written day first with dashes, yearless datelines in parentheses and bare
"Month D" header lines (the year from the release code or the text), "the night of 2 to
3 August" (the night is the day it began), and a daily report's "past 24 hours" (the day
before the report's). Texts written for these tests, with invented places."""

from __future__ import annotations

import pytest

from claimledger import analyze
from claimledger.extract.dates import find_dateline, parse_absolute


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police Press Note\n07-03-2022\nA constable was shot dead on Sunday.", "2022-03-07"),
        ("District Police, Orsk\nDated: 05-01-2019\nTwo robbers were arrested.", "2019-01-05"),
        ("Press Note\nDated : 19-08-2020\nA raid netted three men.", "2020-08-19"),
        ("BULLETIN 11.02.2017\nThree militants were killed.", "2017-02-11"),
    ],
)
def test_a_dashed_or_dotted_header_date_is_day_first(text: str, expected: str) -> None:
    got = find_dateline(text)
    assert got is not None and got[0].isoformat() == expected


def test_a_slashed_date_whose_parts_can_swap_is_read_day_first() -> None:
    # (twentieth session: day first, as the writers of most releases write it; it stayed
    # open before)
    got = find_dateline("Press release | 05/03/2022\nTroops repelled an attack.")
    assert got is not None and got[0].isoformat() == "2022-03-05"
    assert parse_absolute("on 13-08-2020") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regional Command West\n2013-07-W-041\nFor Immediate Release\n"
            "SORAH, Valdia (July 14) - Partner forces detained two suspects yesterday.",
            "2013-07-14",
        ),
        (
            "Provincial Police Office, Mirel\nPress Release 2019-207\nAugust 3\n"
            "Gunmen killed a farmer in Barangay Oso on Thursday.",
            "2019-08-03",
        ),
    ],
)
def test_a_yearless_header_takes_the_year_of_the_release_code(text: str, expected: str) -> None:
    got = find_dateline(text)
    assert got is not None and got[0].isoformat() == expected


def test_a_bare_month_and_day_line_needs_a_year_somewhere() -> None:
    assert find_dateline("Field notes\nAugust 3\nGunmen killed a farmer on Thursday.") is None


def test_the_night_of_two_days_is_the_day_it_began() -> None:
    doc = analyze(
        "KORRA, 9 May 2021\nIn the night of 6 to 7 May, raiders killed three herders near "
        "Ulm, the governor said."
    )
    assert doc.incidents and doc.incidents[0].date is not None
    assert doc.incidents[0].date.value == "2021-05-06"


def test_a_daily_reports_past_24_hours_is_the_day_before() -> None:
    doc = analyze(
        "Eastern Group of Forces\nDaily update, 3 June 2023\nOver the past 24 hours, shelling "
        "killed two civilians in Ostrov, the group said."
    )
    assert doc.stated_date == "2023-06-03"
    assert doc.incidents and doc.incidents[0].date is not None
    assert doc.incidents[0].date.value == "2023-06-02"
