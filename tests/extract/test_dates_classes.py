"""Classes of dates in datelined texts (issue 15, item 3), on sentences of ours.

Each test names a class, not a phrase: the date's written forms, wire datelines of
several house styles, a yearless dateline's year, headers that are updates, relative
days and parts of days, named days, and the date of an attack reported with what
followed it (a funeral, an arrest). Places and people are invented.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from claimledger import analyze
from claimledger.extract.dates import (
    extract_dates,
    find_dateline,
    incident_date,
    parse_absolute,
)
from claimledger.extract.dates.holidays import easter, orthodox_easter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # day, month name and year with any separator
        ("12/Sep/2024", "2024-09-12"),
        ("12.Sep.2024", "2024-09-12"),
        ("12 - Sept. - 2024", "2024-09-12"),
        ("Sep/12/2024", "2024-09-12"),
        ("Sept-12-2024", "2024-09-12"),
        ("2024-Sep-12", "2024-09-12"),
        ("2024/September/12", "2024-09-12"),
        # an apostrophe's two-digit year
        ("12 Sep '24", "2024-09-12"),
        ("Sept. 12th, \u201924", "2024-09-12"),
        # ordinals and "of"
        ("the 3rd of May, 2024", "2024-05-03"),
        ("May 3rd 2024", "2024-05-03"),
    ],
)
def test_dates_classes_written_forms(text: str, expected: str) -> None:
    got = parse_absolute(text)
    assert got is not None and (got[0].isoformat(), got[1]) == (expected, "day")


def test_dates_classes_year_first_needs_a_separator() -> None:
    # "in 2024 May 12 people died" is a year and a count, not 12 May.
    assert parse_absolute("in 2024 May 12 people died") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Reuters, Xinhua, AP, AFP, Anadolu, IANS, PTI, ANI and local papers
        ("TARVO, 7 November (Xinhua) -- 2016\nShelling killed 4.", "2016-11-07"),
        ("TARVO, Nov 7 (Reuters) - Shelling killed 4 in the worst week of 2016.", "2016-11-07"),
        ("Tarvo, Nov 7 (IANS) Shelling killed 4, police said on November 6, 2016.", "2016-11-07"),
        (
            "Tarvo (Ostmark) [Velland], November 7 (ANI): Shelling killed 4 on 6 Nov 2016.",
            "2016-11-07",
        ),
        ("TARVO, Nov 7 \u2014 A bombing killed 4, the army said in its 2016 review.", "2016-11-07"),
        ("TARVO, Nov 7: A bombing killed 4, the army said in its 2016 review.", "2016-11-07"),
        ("TARVO, Velland -- November 7, 2016 -- Shelling killed 4.", "2016-11-07"),
        ("For immediate release \u2014 07.11.2016\nShelling killed 4.", "2016-11-07"),
        ("Tarvo, the 7th of November 2016 \u2014 Shelling killed 4.", "2016-11-07"),
        ("TARVO, Nov. 7, 2016 /Velland Wire/ -- Shelling killed 4.", "2016-11-07"),
        ("TARVO, 7 November 2016 (IANS) Militants killed a guard.", "2016-11-07"),
        ("By Nadia Orrel, TARVO \u2014\n7/Nov/2016\nShelling killed 4.", "2016-11-07"),
        # a title that ends on its report's date
        ("Saturday's ambush: report of 7 November 2016\nShelling killed 4.", "2016-11-07"),
        ("Tarvo clashes \u2013 situation update for 7 Nov 2016 08:00\nText.", "2016-11-07"),
    ],
)
def test_dates_classes_wire_datelines(text: str, expected: str) -> None:
    got = find_dateline(text)
    assert got is not None and got[0].isoformat() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A chronology's line is no dateline: no place before the date, no agency after.
        ("March 3 \u2013 Troops entered Tarvo, which fell in 2024.", None),
        # No year anywhere: the dateline stays undated (no year is guessed).
        ("TARVO, Nov 7 (Reuters) - Shelling killed 4 on Sunday.", None),
        ("TARVO, 7 Nov (AFP) - Shelling killed 4 on Sunday.", None),
        # A full date of the text near the dateline's day gives its year, across a new year.
        ("TARVO, Jan 3 (Reuters) - The truce of Dec. 30, 2024 broke down.", "2025-01-03"),
        # ...and wins over a later year named in passing.
        (
            "TARVO, Sept 12 (Reuters) - The truce of Aug 30, 2024 held; elections are due in 2026.",
            "2024-09-12",
        ),
    ],
)
def test_dates_classes_yearless_dateline_year_from_the_text(
    text: str, expected: str | None
) -> None:
    got = find_dateline(text)
    assert (got[0].isoformat() if got else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Last modified on Thu 12 Sep 2024 10.41 BST\nFirst published on Wed 11 Sep 2024 22.00 BST\n",
        "Edited: 12 September 2024\nPosted: 11 September 2024\n",
        "Revised 2024-09-12 | Published 2024-09-11\n",
    ],
)
def test_dates_classes_publication_wins_over_update(text: str) -> None:
    got = find_dateline(text + "Shelling killed 4.")
    assert got is not None and got[0].isoformat() == "2024-09-11"


REF = "2025-03-19"  # a Wednesday


def _incident(nlp: Any, text: str, ref: str = REF) -> str | None:
    chosen = incident_date(extract_dates(nlp(text), "d1", ref), ref)
    return chosen.value if chosen else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed 4 farmers overnight, an elder said.", "2025-03-18"),
        ("Gunmen killed 4 farmers in an overnight raid, an elder said.", "2025-03-18"),
        # ...unless the text gives its time as after midnight: then the calendar day is the
        # document's own
        ("Two were shot dead overnight. Police arrived at about 2 a.m.", "2025-03-19"),
        ("Two were shot dead overnight, shortly after midnight, police said.", "2025-03-19"),
        ("Two were shot dead overnight. Police were called at 11:40 p.m.", "2025-03-18"),
        # a clock time's minutes are no hour ("7:02 am" is not 2 a.m.)
        ("Two were shot dead overnight. Police were called at 7:02 am.", "2025-03-18"),
        ("Shelling overnight into Tuesday killed 4, medics said.", "2025-03-17"),
        # "an overnight stay" dates nothing: the event stays on the document's day
        ("Two guests on an overnight stay were shot dead, police said.", "2025-03-19"),
        ("Clashes on Saturday night into Sunday left 8 dead.", "2025-03-15"),
        ("A rocket killed 3 in the early hours of Monday.", "2025-03-17"),
        ("A rocket killed 3 at dawn on Sunday.", "2025-03-16"),
        ("A rocket killed 3 before dawn today.", "2025-03-19"),
        ("A drone killed 5 fighters 48 hours ago, a commander said.", "2025-03-17"),
        ("A truck bomb killed 3 people 36 hours ago, officials said.", "2025-03-18"),
        ("Troops killed 3 rebels on Monday last week, the army said.", "2025-03-10"),
        ("Troops killed 3 rebels a week ago Monday, the army said.", "2025-03-10"),
        ("Troops killed 3 rebels on Thursday of last week, the army said.", "2025-03-13"),
        ("Two shepherds were shot dead the day before yesterday.", "2025-03-17"),
        ("Early yesterday, a bomber killed 14 people at a mosque.", "2025-03-18"),
        # a month's name between separators in the text
        ("Gunmen killed two guards on 16/Mar/2025 near the dam.", "2025-03-16"),
    ],
)
def test_dates_classes_relative_days_and_parts_of_days(nlp: Any, text: str, expected: str) -> None:
    assert _incident(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("A bomb killed 3 worshippers on Christmas Day, police said.", "2022-12-27", "2022-12-25"),
        ("A bomb killed 3 at a Christmas Eve service, police said.", "2022-12-27", "2022-12-24"),
        ("Gunfire killed 2 children on New Year's Eve.", "2025-01-01", "2024-12-31"),
        ("Gunfire killed 2 on the eve of New Year's Day.", "2025-01-02", "2024-12-31"),
        ("Gunmen killed 2 guards on the eve of Christmas.", "2022-12-27", "2022-12-24"),
        ("Gunmen killed a priest on Christmas Eve last year.", "2021-11-23", "2020-12-24"),
        ("Gunfire killed 2 on the eve of the New Year.", "2025-01-02", "2024-12-31"),
        ("A bomb killed 11 at a church on Easter Sunday.", "2024-04-02", "2024-03-31"),
        ("Police killed 2 protesters on Good Friday.", "2024-04-02", "2024-03-29"),
        # "the early morning hours of Easter Sunday" is the shooting's, not the hours'
        (
            "One man died after a shooting in the early morning hours of Easter Sunday."
            " [OTHER NEWS: Man shot dead in Portland Saturday]",
            "2024-04-02",
            "2024-03-31",
        ),
        ("A blast killed 4 on Orthodox Easter.", "2024-05-07", "2024-05-05"),
        # "Christmas" alone is a season, not a day: the event stays on the dateline's day.
        ("Gunmen killed 2 traders over Christmas, police said.", "2022-12-27", "2022-12-27"),
    ],
)
def test_dates_classes_named_days(nlp: Any, text: str, ref: str, expected: str) -> None:
    assert _incident(nlp, text, ref) == expected


def test_dates_classes_computus() -> None:
    assert [easter(y).isoformat() for y in (2019, 2024, 2025)] == [
        "2019-04-21",
        "2024-03-31",
        "2025-04-20",
    ]
    assert [orthodox_easter(y) for y in (2023, 2024)] == [
        dt.date(2023, 4, 16),
        dt.date(2024, 5, 5),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attack, not its follow-up, dates the incident
        ("Mourners on Tuesday buried 12 people killed in Sunday's air strike.", "2025-03-16"),
        ("Police on Monday arrested two men over Saturday's bombing of a bus.", "2025-03-15"),
        ("A funeral was held on Tuesday for five guards shot dead on Sunday.", "2025-03-16"),
        (
            "Hundreds gathered on Tuesday for the funerals of 8 pilgrims killed on Sunday.",
            "2025-03-16",
        ),
        ("A court on Tuesday sentenced two men for a bombing on 3 March.", "2025-03-03"),
        ("A boy killed by police on Friday was buried today, his family said.", "2025-03-14"),
        # the parse may hang the date on the charge; the words between say it is the shooting's
        (
            "A man faces charges over the shooting of a girl Tuesday evening. He appeared in"
            " court on Wednesday.",
            "2025-03-18",
        ),
        ("A group claimed responsibility on Tuesday for the ambush on Sunday.", "2025-03-16"),
        ("Police on Tuesday opened an investigation into Saturday's shooting.", "2025-03-15"),
        # a date on the attack's own word wins over any other verb's
        ("Authorities on Sunday identified the victims of Friday's market bombing.", "2025-03-14"),
        # an attack at a funeral is the event itself
        (
            "Gunmen killed 5 mourners on Tuesday at a funeral for a chief who died on Sunday.",
            "2025-03-18",
        ),
        # an older attack beats its follow-ups in the window when read against the reference
        (
            "Gunmen killed a priest on Christmas Eve last year; the trial of two suspects"
            " opened on Monday.",
            "2024-12-24",
        ),
        # ...but not a day without its year, which may be a court date to come
        (
            "Police arrested a man on Monday; he is due in court November 3rd.",
            "2025-03-17",
        ),
        # ...and a background date with its year stays background
        (
            "Police arrested two men on Monday. The group also bombed a church on 3 May 2019.",
            "2025-03-17",
        ),
        # a follow-up alone still dates the incident
        ("Police arrested four suspects on Monday, officials said.", "2025-03-17"),
    ],
)
def test_dates_classes_follow_up_of_an_attack(nlp: Any, text: str, expected: str) -> None:
    assert _incident(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a week names no day: the incident takes the week (its first day or,
        # for a weekend, its Saturday), precision "week", before a statement's day
        ("A drone killed a commander late last week, his group said.", ("2025-03-12", "week")),
        ("Gunmen killed 2 earlier this week, police said.", ("2025-03-19", "week")),
        ("Gunmen killed 2 last weekend, police said.", ("2025-03-15", "week")),
        ("Rebels killed 11 over the weekend, the chief said on Monday.", ("2025-03-15", "week")),
        # a day of the event wins over the week
        ("Gunmen killed 2 on Monday, a week after last weekend's raid.", ("2025-03-17", "day")),
    ],
)
def test_dates_classes_parts_of_weeks_name_no_day(
    nlp: Any, text: str, expected: tuple[str, str]
) -> None:
    chosen = incident_date(extract_dates(nlp(text), "d1", REF), REF)
    assert chosen is not None and (chosen.value, chosen.precision) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # days counted from the day the text named last
        (
            "Police said on Tuesday two men were held. The previous day, gunmen killed a judge.",
            "2025-03-17",
        ),
        ("Troops left on Sunday. Two days later, a bomb killed 4 soldiers.", "2025-03-16"),
        # a sentence that names its day after the count counts from that day
        ("A shell killed two children a day earlier, officials said on Sunday.", "2025-03-15"),
        # "before the election" counts from the election, which names no day
        ("Gunmen killed a judge two days before the election.", "2025-03-19"),
    ],
)
def test_dates_classes_days_counted_from_a_named_day(nlp: Any, text: str, expected: str) -> None:
    assert _incident(nlp, text) == expected


def test_dates_classes_counted_day_mentions(nlp: Any) -> None:
    # chained: "the next day" counts from "two days later"
    text = "Troops left on Sunday. Two days later, a bomb killed 4. The next day, 2 more died."
    got = [(m.evidence.text, m.value) for m in extract_dates(nlp(text), "d1", REF)]
    assert got == [
        ("Sunday", "2025-03-16"),
        ("Two days later", "2025-03-18"),
        ("The next day", "2025-03-19"),
    ]


@pytest.mark.parametrize(
    ("text", "stated", "incident"),
    [
        # a header's day, month name and two-digit year
        (
            "04 FEB 24\nGunmen killed two herders a fortnight ago, elders said.",
            "2024-02-04",
            "2024-01-21",
        ),
        (
            "Bulletin 9 Oct 23\nA mine killed a boy two weeks ago, an official said.",
            "2023-10-09",
            "2023-09-25",
        ),
        # a count in a sentence is no year
        ("On 9 May 25 people were killed, officials said.", None, None),
    ],
)
def test_named_short_year_header_and_fortnight(
    text: str, stated: str | None, incident: str | None
) -> None:
    doc = analyze(text)
    assert doc.stated_date == stated
    if incident is not None:
        assert [i.date.value for i in doc.incidents if i.date] == [incident]
