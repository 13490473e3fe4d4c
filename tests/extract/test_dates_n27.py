"""Dates (helper N, twenty-seventh session): a count of hours after or before the day named
last counts its whole days ("Some 48 hours earlier" is two days back), as "48 hours ago"
does; fewer than 24 hours stay on that day. Texts written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.dates import extract_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 10 May, troops cleared Orlo. Some 48 hours earlier, a mine killed two.", "2021-05-08"),
        ("On 10 May, troops cleared Orlo. About 36 hours later, a mine killed two.", "2021-05-11"),
        # ... fewer than a day: the same day
        ("On 10 May, troops cleared Orlo. Six hours later, a mine killed two.", "2021-05-10"),
        ("On 10 May, troops cleared Orlo. 12 hours earlier, a mine killed two.", "2021-05-10"),
    ],
)
def test_hours_after_a_day_count_whole_days(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    got = extract_dates(nlp(text), "d1", "2021-05-14")
    assert [m.value for m in got if "hours" in m.evidence.text] == [expected]
