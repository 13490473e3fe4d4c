"""Header lines that sum up a period (nineteenth session, issue 15): the period's last day
dates the text ("Weekly round-up, 29 April - 5 May 2024"), or the day it was issued when the
line gives it after the period ("Sitrep for 1-3 May 2024, issued 4 May 2024"); a slashed
header date whose day and month could swap is settled by the text's own slashed dates.
Texts written for these tests, with invented places."""

from __future__ import annotations

import pytest

from claimledger.extract.dates import find_dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Weekly round-up, 29 April - 5 May 2024\nOn Monday, troops arrived.", "2024-05-05"),
        ("Sitrep for 1-3 May 2024, issued 4 May 2024\n1 May: No activity.", "2024-05-04"),
        ("Security report 6 to 12 May 2024\nOn Tuesday, two were held.", "2024-05-12"),
        ("Operations summary, Apr. 29 - May 5, 2024\nPatrols continued.", "2024-05-05"),
        (
            "PRESS STATEMENT\n12/05/2024\nOn 10/05/2024, officers arrested two men in Osk.",
            "2024-05-12",
        ),
        (
            # a header line longer than 90 characters whose date is set off at its end
            "Bulletin, Directorate of Public Order and Civil Protection of the Lakeside Region"
            " \u2014 Tuesday, 14 May 2024\nOn Saturday, officers arrested two men in Osk.",
            "2024-05-14",
        ),
    ],
)
def test_header_dates(text: str, expected: str) -> None:
    found = find_dateline(text)
    assert found is not None and found[0].isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        # a headline's period is the event's, not the text's
        "Clashes on 3-5 May 2024 leave twenty dead\nFighting went on for three days.",
    ],
)
def test_no_header_date(text: str) -> None:
    assert find_dateline(text) is None
