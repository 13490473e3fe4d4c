"""Dates (helper N, twenty-sixth session): "the night before yesterday" is two days back as
"the day before yesterday" is; a header line whose date is set off at its end may close on
a dash ("The X Police reports, 2 May 2022 —"). Texts written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.dates import extract_dates, find_dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The night before yesterday, gunmen shelled the village of Orlo.", "2020-10-12"),
        ("The evening before yesterday, gunmen shelled the village of Orlo.", "2020-10-12"),
        ("Last night, gunmen shelled the village of Orlo.", "2020-10-13"),
        ("The night before last, gunmen shelled the village of Orlo.", "2020-10-12"),
    ],
)
def test_a_time_of_day_before_yesterday_is_two_days_back(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    got = extract_dates(nlp(text), "d1", "2020-10-14")
    assert [m.value for m in got if m.precision == "day"][:1] == [expected]


def test_a_set_off_header_date_may_close_on_a_dash() -> None:
    got = find_dateline("The Tessin Gendarmerie reports, 2 February 2022 \u2014\nLast Sunday, ...")
    assert got is not None and got[0].isoformat() == "2022-02-02"
    assert got[1].text == "2 February 2022"


def test_a_clause_and_its_place_before_a_dated_dash_is_no_header() -> None:
    # (a clause's place before the comma: the date is the event's, as without the dash)
    assert find_dateline("Four shot in Varno, Feb. 21, 2013 \u2014\nPolice said ...") is None
