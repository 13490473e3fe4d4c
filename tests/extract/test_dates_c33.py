"""Document dates (coordinator, thirty-third session): a header line whose full date is closed
by a full stop dates the document, whether the release's text follows on the same line or on
the next ("Kirova, 3 July 2026. Detectives yesterday ..."). Texts written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.dates.document import find_dateline


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        (
            "Kirova Provincial Police \u2014 Press Office\n"
            "Kirova, 3 July 2026. Detectives yesterday arrested two men.",
            "2026-07-03",
            "3 July 2026",
        ),
        (
            "Tamsk Police\nNews release\nTamsk, 12 March 2027.\nOfficers arrested a man.",
            "2027-03-12",
            "12 March 2027",
        ),
        (
            "Oblen Interior Ministry\n20 December 2026. In a raid, police arrested a man.",
            "2026-12-20",
            "20 December 2026",
        ),
        (
            "Oblen Police\nTamsk, March 12, 2027. Officers yesterday arrested a man.",
            "2027-03-12",
            "March 12, 2027",
        ),
    ],
)
def test_a_header_date_closed_by_a_full_stop_dates_the_document(
    text: str, expected: str, span: str
) -> None:
    got = find_dateline(text, "d1")
    assert got is not None
    assert got[0].isoformat() == expected
    assert got[1].text == span
    assert text[got[1].start : got[1].end] == span


@pytest.mark.parametrize(
    "text",
    [
        # a clause that ends on a date is no header line
        "The raid happened in the old town, March 5, 2017. Police said two died.",
        "Police said on 5 March 2017. Two men were held.",
        # a stop after the date far down the text: not a header line
        "Tamsk Police\nNews\nUpdate\nMore\nToday\nAgain\nTamsk, 12 March 2027. Officers arrested a man.",
    ],
)
def test_a_sentence_ending_on_a_date_is_no_dateline(text: str) -> None:
    assert find_dateline(text, "d1") is None
