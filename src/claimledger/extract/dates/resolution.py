"""Date resolution: one date expression and the document date -> the date it names.

Absolute dates resolve without a reference. Weekdays, "yesterday", "last
week/month/year", "N days ago" and plain month/day forms are resolved against
the document date here; only the remaining odd forms go to ``dateparser``
(slow), through a cache.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from claimledger.extract.dates.forms import (
    DAY,
    DAY_WORD,
    MONTH,
    NUMBER_WORDS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    day_num,
    month_num,
    parse_absolute,
    parse_iso,
    safe_date,
)
from claimledger.extract.dates.holidays import holiday_date


@dataclass(frozen=True)
class ResolvedDate:
    """A resolved expression: the date (first day of its period), precision, relative."""

    value: dt.date
    precision: str
    relative: bool


def resolve(chunk: str, reference: str | None) -> ResolvedDate | None:
    """Resolve one date expression against the reference date (ISO) or None.

    Absolute dates resolve without a reference; relative ones need it.
    """
    return _resolve_cached(chunk.strip(), reference)


@lru_cache(maxsize=4096)
def _resolve_cached(chunk: str, reference: str | None) -> ResolvedDate | None:
    """:func:`resolve`, memoised: news repeats the same few expressions."""
    ref = parse_iso(reference)
    # A day range names its first day: a night that spans two days is the day it began.
    chunk = _DAY_RANGE.sub(_first_day, chunk)
    chunk = _MONTHS_RANGE.sub(_first_of_months, chunk)
    # "Saturday, May 17": the month and day name the date, the weekday only repeats it
    chunk = _WEEKDAY_BEFORE_DATE.sub("", chunk)
    got = parse_absolute(chunk)
    if got:
        return ResolvedDate(got[0], got[1], False)
    near = _slashed_near(chunk, ref)
    if near is not None:
        return ResolvedDate(near, "day", False)
    # "early 2013", "the end of January": the period is what counts.
    chunk = _PERIOD_PREFIX.sub("", chunk).strip()
    low = chunk.lower()
    if re.fullmatch(rf"(?:in\s+|since\s+|of\s+|by\s+|the\s+year\s+)?{YEAR}", low):
        year = int(re.search(YEAR, low).group(0))  # type: ignore[union-attr]
        return ResolvedDate(dt.date(year, 1, 1), "year", False)
    hol = holiday_date(chunk, ref)
    if hol is not None:
        return ResolvedDate(hol[0], "day", hol[1])
    if ref is None or (
        _NOT_A_DATE.search(chunk)
        and not DAY_WORD.search(chunk)
        and not _HOURS_AGO.search(chunk)
        and not PAST_DAY.search(chunk)
    ):
        return None
    try:
        return _resolve_relative(chunk, ref)
    except (OverflowError, ValueError):
        # "yesterday" of 0001-01-01, "next month" of 9999-12-31: past the calendar's
        # range (years 1-9999), so the expression names no date we can hold; dropped.
        return None


# A slashed date whose day and month could swap ("On 10/11/2018" in a release of 12 November).
_SLASHED = re.compile(r"(?:on\s+)?([0-3]?\d)/([0-3]?\d)/((?:19|20)\d\d)", re.I)
# A yearless one after "on" ("On 10/02, fighter jets struck ..." in a release of 12/02/2025).
_SLASHED_YEARLESS = re.compile(r"on\s+([0-3]?\d)/([0-3]?\d)", re.I)
# How many days before the reference such a date may lie to be read in the one order that
# puts it there.
SLASHED_NEAR_DAYS = 10


def _slashed_near(chunk: str, ref: dt.date | None) -> dt.date | None:
    """The one reading of a slashed date whose day and month could swap that falls within
    SLASHED_NEAR_DAYS days up to the reference ("10/11/2018" two days before 12 November 2018
    is 10 November, not 11 October; "On 10/02" in a release of 12 February, 10 February),
    else None."""
    m = _SLASHED.fullmatch(chunk) or _SLASHED_YEARLESS.fullmatch(chunk)
    if m is None or ref is None:
        return None
    a, b = int(m[1]), int(m[2])
    # (without a year: the reference's, or the year before it for "On 30/12" in January)
    years = [int(m[3])] if m.lastindex == 3 else [ref.year, ref.year - 1]
    readings = {d for y in years for d in (safe_date(y, b, a), safe_date(y, a, b))}
    fits = [d for d in readings if d is not None and 0 <= (ref - d).days <= SLASHED_NEAR_DAYS]
    return fits[0] if len(fits) == 1 else None


# "12/13 June", "3-4 March 2021", "25th/26th August", "2 to 3 August": a range of days
# before the month.
_DAY_RANGE = re.compile(
    rf"(?<![\d/.-])({DAY})(?:\s*[/-]\s*|\s+to\s+)({DAY})(?=\s+(?:of\s+)?{MONTH}(?!\w))", re.I
)


def _first_day(m: re.Match[str]) -> str:
    """A day range's first day when it comes before the second ("12/13" -> "12")."""
    return m[1] if day_num(m[1]) < day_num(m[2]) else m[0]


# A weekday before a month and day ("Saturday, May 17", "Sat. 17 May", "Friday (June 6)"):
# the weekday is dropped, the date is the month's day (thirty-sixth session: read as the
# last Saturday before the document, two weeks off, in a GVA arrest report).
_WEEKDAY_BEFORE_DATE = re.compile(
    rf"^(?:on\s+)?{WEEKDAY},?\s+\(?(?=(?:{MONTH})\.?\s+{DAY}\b|{DAY}\s+(?:of\s+)?(?:{MONTH}))", re.I
)


# "31 January to 1 February", "31 December 2019 - 1 January 2020": a range across months.
_MONTHS_RANGE = re.compile(
    rf"^(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})\.?(?:,?\s+(?P<y1>{YEAR}))?\s*(?:to|into|[/\u2013-])"
    rf"\s*{DAY}\s+(?:of\s+)?(?P<mon2>{MONTH})\.?(?:,?\s+(?P<y2>{YEAR}))?$",
    re.I,
)


def _first_of_months(m: re.Match[str]) -> str:
    """A range across months' first day, with its year ("31 December to 1 January 2020"
    is 31 December 2019)."""
    year = m["y1"]
    if year is None and m["y2"] is not None:
        year = str(int(m["y2"]) - (month_num(m["mon"]) > month_num(m["mon2"])))
    return f"{m['day']} {m['mon']}" + (f" {year}" if year else "")


_PERIOD_PREFIX = re.compile(
    r"^(?:the\s+)?(?:(?:very\s+)?(?:early|late|mid)(?:\s+in)?[\s-]+|(?:end|beginning|start|middle)"
    r"\s+of\s+)",
    re.I,
)
# Entity texts spaCy labels DATE/TIME that are not dates: numbers, times, ages, decades.
_NOT_A_DATE = re.compile(
    r"^[\d\s,.-]+$|\d{1,2}:\d\d|\b[ap]\.?m\.?(?:\s|$)|\b\d0'?s\b|\bage[sd]?\b|year-olds?\b"
    r"|\b(?:hours?|minutes?|seconds?)\b",
    re.I,
)


# "the day before yesterday", "the night before yesterday": a day earlier than yesterday.
_BEFORE_YESTERDAY = re.compile(r"\b(?:day|night|morning|afternoon|evening) before yesterday\b")


def _resolve_relative(chunk: str, ref: dt.date) -> ResolvedDate | None:
    """Resolve the forms that need the reference date; dateparser for the leftovers."""
    low = " ".join(chunk.lower().split())
    # A named weekday wins over "overnight" or "tonight" in the same phrase.
    m = re.search(rf"\b(?:(last|this|next|past|coming)\s+)?({WEEKDAY})(?!\w)", chunk, re.I)
    if m and m.group(2).lower().rstrip(".") in WEEKDAYS:
        return ResolvedDate(_named_weekday(ref, low, m), "day", True)
    if re.search(r"\bnight before last\b", low):
        # the night before last night: two days back, as "the day before yesterday"
        return ResolvedDate(ref - dt.timedelta(days=2), "day", True)
    m = re.search(
        r"\b(yesterday|today|tonight|overnight|last night|this (?:morning|afternoon|evening))\b",
        low,
    )
    if m:
        # A bare "overnight" is the night that ended on the document's day: it began the
        # day before, and a night is dated by the day it began (as "12/13 June" is 12 June).
        shift = 1 if m.group(1) in ("yesterday", "last night", "overnight") else 0
        shift += 1 if _BEFORE_YESTERDAY.search(low) else 0
        return ResolvedDate(ref - dt.timedelta(days=shift), "day", True)
    if PAST_DAY.search(low):
        return ResolvedDate(ref - dt.timedelta(days=1), "day", True)
    m = _HOURS_AGO.search(low)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1)]
        return ResolvedDate(ref - dt.timedelta(days=n // 24), "day", True)
    m = re.search(
        r"\b(\d{1,3}|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight"
        r"|nine|ten|eleven|twelve)\s+(day|night|fortnight|week|month|year)s?\s+ago\b",
        low,
    )
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1)]
        unit = {"night": "day"}.get(m.group(2), m.group(2))
        if unit == "fortnight":  # "a fortnight ago": fourteen days back
            unit, n = "day", 14 * n
        if unit == "week" and n == 1:  # "a week ago" names the day seven days back
            unit, n = "day", 7
        return _shift(ref, unit, -n, relative=True)
    if re.search(r"\b(?:over|at|during)\s+the\s+weekend\b", low):
        # The weekend just past (or under way): its Saturday, a week's precision.
        return ResolvedDate(_weekday(ref, 5, None), "week", True)
    if re.search(r"\blast\s+weekend\b", low):
        # The weekend before the reference's week (Monday to Sunday): its Saturday.
        return ResolvedDate(ref - dt.timedelta(days=ref.weekday() + 2), "week", True)
    m = re.search(r"\b(last|this|next|coming)\s+(weekend|week|month|year)\b", low)
    if m:
        n = {"last": -1, "this": 0, "next": 1, "coming": 1}[m.group(1)]
        unit = "week" if m.group(2) == "weekend" else m.group(2)
        return _shift(ref, unit, n, relative=True)
    m = re.search(rf"\b({MONTH})\s+({DAY})\b|\b({DAY})\s+(?:of\s+)?({MONTH})", chunk, re.I)
    if m:
        mon = month_num(m.group(1) or m.group(4))
        day = day_num(m.group(2) or m.group(3))
        year = ref.year if (mon, day) <= (ref.month, ref.day) else ref.year - 1
        d = safe_date(year, mon, day)
        return ResolvedDate(d, "day", True) if d else None
    # "On the 26th, militiamen ...": the most recent 26th on or before the reference.
    m = re.fullmatch(r"(?:on\s+)?the\s+([0-3]?\d)(?:st|nd|rd|th)", low)
    if m:
        day = int(m.group(1))
        month = ref if day <= ref.day else ref.replace(day=1) - dt.timedelta(days=1)
        d = safe_date(month.year, month.month, day)
        return ResolvedDate(d, "day", True) if d else None
    m = re.fullmatch(rf"(?:(in|since|during|of|last|this)\s+)?({MONTH})", low, re.I)
    if m:
        mon = month_num(m.group(2))
        # The most recent such month; "last May" said in May is a year back.
        back = mon > ref.month or (mon == ref.month and (m.group(1) or "").lower() == "last")
        return ResolvedDate(dt.date(ref.year - back, mon, 1), "month", True)
    return _dateparser(chunk, ref.isoformat())


# "48 hours ago", "36 hours ago": the day that many hours back (whole days: 36 is one).
_HOURS_AGO = re.compile(
    r"\b(\d{1,3}|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve)\s+hours?\s+ago\b",
    re.I,
)
# A daily report's "during the past 24 hours": the day before the report's (the day it
# mostly covers; a report of a morning tells of the day and night before).
PAST_DAY = re.compile(
    r"\b(?:past|last|previous|preceding)\s+(?:24|twenty-four)\s+hours\b"
    r"|\b(?:over|during|in|within|for|of)\s+(?:the\s+course\s+of\s+)?the\s+(?:past|previous|last"
    r"|preceding)\s+day\b",
    re.I,
)
# A weekday of the week before: "Monday last week", "last week Monday", "Monday of last
# week", "a week ago Monday", "Monday before last", "Monday a week ago".
_WEEK_BEFORE = re.compile(r"\blast\s+week\b|\bweek\s+ago\b|\bbefore\s+last\b")
# "overnight into Tuesday", "the night into Sunday": the night began the day before
# ("Saturday night into Sunday" names Saturday first and is Saturday).
_INTO = re.compile(r"\b(?:overnight|night)\s+(?:into|to)\s+$", re.I)


def _named_weekday(ref: dt.date, low: str, m: re.Match[str]) -> dt.date:
    """The day of a phrase that names a weekday (``m``: its "last"/"next" and name)."""
    wd = WEEKDAYS[m.group(2).lower().rstrip(".")]
    if _WEEK_BEFORE.search(low) and not m.group(1):
        # That weekday of the calendar week (Monday to Sunday) before the reference's.
        return ref - dt.timedelta(days=ref.weekday() + 7 - wd)
    day = _weekday(ref, wd, m.group(1))
    if _INTO.search(m.string[: m.start(2)]):
        # "overnight into Tuesday": the named day is the one the night ended on.
        return day - dt.timedelta(days=1)
    return day


def _shift(ref: dt.date, unit: str, n: int, relative: bool) -> ResolvedDate:
    """The period ``n`` units away from ``ref`` (negative: in the past)."""
    if unit == "day":
        return ResolvedDate(ref + dt.timedelta(days=n), "day", relative)
    if unit == "week":
        return ResolvedDate(ref + dt.timedelta(weeks=n), "week", relative)
    if unit == "month":
        idx = ref.year * 12 + ref.month - 1 + n
        return ResolvedDate(dt.date(idx // 12, idx % 12 + 1, 1), "month", relative)
    return ResolvedDate(dt.date(ref.year + n, 1, 1), "year", relative)


def _weekday(ref: dt.date, wd: int, which: str | None) -> dt.date:
    """The day ``wd`` named in a text dated ``ref``: the most recent one on or before it.

    News names a weekday for a recent past day; "next Friday" is the one after.
    "last Friday" on a Friday still means a week before.
    """
    back = (ref.weekday() - wd) % 7
    which = (which or "").lower()
    if which in ("next", "coming"):
        ahead = (wd - ref.weekday()) % 7 or 7
        return ref + dt.timedelta(days=ahead)
    if which in ("last", "past") and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def _dateparser(chunk: str, reference: str) -> ResolvedDate | None:
    """Last resort for odd forms ("the 3rd of March"); cached by (text, reference)."""
    # Only forms that name a month: everything else dateparser would guess wildly at.
    if not re.search(rf"\b{MONTH}(?!\w)", chunk):
        return None
    return _dateparser_cached(chunk, reference)


@lru_cache(maxsize=4096)
def _dateparser_cached(chunk: str, reference: str) -> ResolvedDate | None:
    """One dateparser call (about 1 ms each, 100 ms for the first)."""
    from dateparser.date import DateDataParser  # slow import, only when needed

    base = dt.datetime.fromisoformat(reference)
    settings: dict[str, Any] = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(chunk)
    except Exception:  # dateparser raises assorted errors on odd input; treat as no date
        return None
    if data.date_obj is None:
        return None
    period = data.period if data.period in ("day", "week", "month", "year") else "day"
    d = data.date_obj.date()
    if period == "month":
        d = d.replace(day=1)
    elif period == "year":
        d = d.replace(month=1, day=1)
    return ResolvedDate(d, period, True)
