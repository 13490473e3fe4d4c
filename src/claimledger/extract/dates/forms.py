"""Written date forms: month and weekday names, the regex pieces of a date, absolute dates.

Takes a string and gives the full date written in it (:func:`parse_absolute`:
"Nov 14, 2012", "14 November 2012", "2012-11-14", "14/11/2012", "November
2012") or the date of an ISO string (:func:`parse_iso`), without dateparser
(about 100 times slower than a regex). The tables and regex pieces here are
shared by the dateline, mention and resolution modules.
"""

from __future__ import annotations

import datetime as dt
import re

from claimledger.resources.numwords import WORD_VALUES

EXTRACTOR = "dates.v1"

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2,
    "wed": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4,
    "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
# Counts of time units ("two years ago", "a few days later"): one to twelve,
# an article as one, and vague words read as a typical count.
NUMBER_WORDS: dict[str, int] = (
    {"a": 1, "an": 1}
    | {w: n for w, n in WORD_VALUES.items() if 1 <= n <= 12}
    | {"a couple of": 2, "a few": 3, "several": 3}
)

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d\d"
# A written date's year: four digits, or two after an apostrophe ("12 Sep '24").
_YEAR_W = r"(?:(?:19|20)\d\d|['\u2019]\d\d)"
# Between day, month name and year any of a space, a dash, a slash or a dot may stand
# ("12 Sep 2024", "12-Sep-2024", "12/Sep/2024", "12.Sep.2024", "Sep/12/2024").
_SEP = r"(?:\s*[-/.]\s*|\s+)"

# Absolute dates we parse ourselves (dateparser is ~100x slower than a regex).
MDY = re.compile(
    rf"\b(?P<mon>{MONTH})(?:\s*[-/.]\s*|\s+)(?P<day>{DAY})(?:,\s*|{_SEP})(?P<year>{_YEAR_W})\b",
    re.I,
)
# Day first: "14 November 2012", "the 3rd of May, 2024", "12-Jul-2016", "12/Sep/2024".
DMY = re.compile(
    rf"\b(?P<day>{DAY})(?:\s+(?:of\s+)?|\s*[-/.]\s*)(?P<mon>{MONTH})(?:,?\s+|\s*[-/.]\s*)"
    rf"(?P<year>{_YEAR_W})\b",
    re.I,
)
# Year first with the month's name, separated by dashes, slashes or dots ("2024-Sep-12").
YMD_NAMED = re.compile(rf"\b(?P<year>{YEAR})[-/.](?P<mon>{MONTH})[-/.](?P<day>{DAY})\b", re.I)
# An ISO date, also as the date part of a timestamp ("2016-09-09T14:22:00Z").
ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?:\b|(?=T\d))")
# Numeric dates: day and month in either order ("14/11/2012", "13-08-2020", "04.06.2019"),
# and year first with dots or slashes ("2020.08.13", "2020/08/13": always year-month-day).
NUMERIC = re.compile(r"\b(?P<a>[0-3]?\d)[/.-](?P<b>[0-3]?\d)[/.-](?P<year>(?:19|20)\d\d)\b")
YMD = re.compile(r"\b(?P<year>(?:19|20)\d\d)[./](?P<mon>[01]?\d)[./](?P<day>[0-3]?\d)\b")
_MY = re.compile(rf"\b(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})\b", re.I)

# Words that make a span a point in time: a weekday, "yesterday", a month.
DAY_WORD = re.compile(
    rf"\b(?:{WEEKDAY}|yesterday|today|tonight|{MONTH})(?!\w)|\b(?:last|this)\s+(?:night|morning)",
    re.I,
)


def parse_iso(value: str | None) -> dt.date | None:
    """Parse the date part of an ISO string ("2012-11-14", "2012-11-14T10:00Z"); None if invalid."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if not m:
        m2 = re.match(r"\s*(\d{4})(?:-(\d{1,2}))?\s*$", value)
        if not m2:
            return None
        return safe_date(int(m2.group(1)), int(m2.group(2) or 1), 1)
    return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None when the parts do not make one."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def year_num(text: str) -> int:
    """The year of "2024" or "'24" (an apostrophe's two digits are this century's)."""
    return int(text) if text[0].isdigit() else 2000 + int(text[1:])


def month_num(name: str) -> int:
    """Month number of a (possibly abbreviated, dotted) month name."""
    return MONTHS[name.lower().rstrip(".")]


def day_num(text: str) -> int:
    """Day number of "3", "03" or "3rd"."""
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def parse_absolute(text: str) -> tuple[dt.date, str] | None:
    """Parse a full date written out in ``text`` (day, month and year), without dateparser.

    Returns:
        The date and its precision ("day" or "month"), or None.
    """
    for rx in (MDY, DMY, YMD_NAMED):
        m = rx.search(text)
        if m:
            d = safe_date(year_num(m["year"]), month_num(m["mon"]), day_num(m["day"]))
            if d:
                return d, "day"
    m = ISO.search(text)
    if m:
        d = safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
        if d:
            return d, "day"
    m = YMD.search(text)
    if m:
        d = safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
        if d:
            return d, "day"
    m = NUMERIC.search(text)
    if m:
        d = numeric_date(int(m["a"]), int(m["b"]), int(m["year"]), day_first(m.group(0)))
        if d:
            return d, "day"
    m = _MY.search(text)
    if m:
        d = safe_date(int(m["year"]), month_num(m["mon"]), 1)
        if d:
            return d, "month"
    return None


def day_first(written: str) -> bool:
    """Whether a numeric date is written day first for sure: with dots or dashes
    ("04.06.2019", "04-10-2018"; the month-first American form takes slashes, so a
    slashed "10/05/2012" stays open)."""
    return "." in written or "-" in written


def numeric_date(
    a: int, b: int, year: int, dotted: bool, weekday: int | None = None
) -> dt.date | None:
    """The date of "a/b/year" when the order of day and month is certain.

    14/11/2012 and 11/14/2012 are certain, 03/04/2012 is not (None) unless ``weekday``
    (0 = Monday) fits one reading only; dots and dashes are written day first
    (``dotted``, :func:`day_first`: "04.06.2019" is 4 June, a police header's
    "04-10-2018" is 4 October).
    """
    if a > 12 >= b or (dotted and a <= 12 and b <= 12):
        return safe_date(year, b, a)
    if b > 12 >= a:
        return safe_date(year, a, b)
    if a == b:
        return safe_date(year, a, b)
    fits = [
        d for d in (safe_date(year, b, a), safe_date(year, a, b)) if d and d.weekday() == weekday
    ]
    return fits[0] if len(fits) == 1 else None
