"""Header lines that date a release by shape (eighteenth session, issue 15 item 3): a full
date set off at the end of a short header line whatever words come before it (an issuer, a
title, a label: "Records office, 4 September 2023", "Patrol log \u2013 2 April 2022"), the
last day of the period a summary covers ("for the fortnight ending 30 June 2021"), and a
yearless "Place, D Month" line whose year the text gives, a translated date set off so. A
headline's event and its day ("... in Pell, May 3, 2019") dates no document. In the text,
numeric days ("on 11.05.2021") and a daily report's "over the past day". Texts written for
these tests, with invented places."""

from __future__ import annotations

import pytest

from claimledger.extract.dates import find_dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Records office, 4 September 2023\nTwo smugglers were detained.", "2023-09-04"),
        ("Patrol log \u2013 2 April 2022\nA raider was shot dead at Osk.", "2022-04-02"),
        (
            "Brigade digest for the fortnight ending 30 June 2021\nOn Monday, troops arrested four.",
            "2021-06-30",
        ),
        (
            "Weekly round-up of the Lakeside command, week ended Sunday 7 March 2021\nNo losses.",
            "2021-03-07",
        ),
        ("Reference of issue: 17.02.2019\nTroops seized two rifles.", "2019-02-17"),
        ("Notice by the garrison adjutant, 21/10/2018\nA sentry was killed.", "2018-10-21"),
    ],
)
def test_a_date_set_off_at_a_header_lines_end_dates_the_document(text: str, expected: str) -> None:
    got = find_dateline(text)
    assert got is not None and got[0].isoformat() == expected


def test_a_place_and_a_yearless_day_take_the_year_the_text_gives() -> None:
    got = find_dateline("Bulletin No. 14/2020\nVarsk, 9 November\nPolice arrested two men.")
    assert got is not None and got[0].isoformat() == "2020-11-09"


@pytest.mark.parametrize(
    "text",
    [
        "Two men shot outside a bar in Pell, May 3, 2019\nPolice are looking for a grey car.",
        "Troops repelled an attack near the river, 3 May 2019.\nThe army gave no details.",
    ],
)
def test_a_headlines_event_day_or_a_sentence_dates_no_document(text: str) -> None:
    assert find_dateline(text) is None


def test_a_translated_date_set_off_at_a_header_lines_end_dates_the_document() -> None:
    got = find_dateline("ARMADA - Nota de prensa - 14 de mayo de 2021\nEnglish version\nx")
    assert got is not None and got[0].isoformat() == "2021-05-14"


def test_numeric_days_and_the_past_day_in_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimledger.extract.dates.mentions import extract_dates

    text = (
        "Over the past day, gunners struck a depot at Orr. "
        "A patrol at Varo on 11.05.2021 detained two men; on 12-05-2021 a sentry was killed."
    )
    found = [(d.value, d.evidence.text) for d in extract_dates(nlp(text), "t", "2021-05-14")]
    assert ("2021-05-13", "Over the past day") in found
    assert ("2021-05-11", "11.05.2021") in found
    assert ("2021-05-12", "12-05-2021") in found
