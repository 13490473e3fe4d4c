"""Named days: a holiday's name and the document date -> the day it names.

Only days a calendar settles are read: fixed dates ("Christmas Day", "New Year's Eve",
"Boxing Day", "Valentine's Day", "Halloween", "All Saints' Day", "International
Women's Day") and the Christian movable feasts, computed from Easter ("Good Friday",
"Easter Sunday", "Palm Sunday", "Ash Wednesday", "Pentecost"; Western and Orthodox
Easter by their computus), and the US "Thanksgiving" (fourth Thursday of November).
Days set by the sighting of the moon (Eid, the start of Ramadan) or by one country's law
are not read: no calendar rule gives them honestly. "the eve of X" is the day before X.

A holiday without a year names its most recent occurrence on or before the document
date ("on Christmas Day" in a text of 27 December 2022 is 25 December 2022; in a text of
3 January 2023 also 25 December 2022).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from claimledger.extract.dates.forms import YEAR


def easter(year: int) -> dt.date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    day = (h + el - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday of ``year`` (Julian computus, as a Gregorian date 1900-2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month = (d + e + 114) // 31
    day = (d + e + 114) % 31 + 1
    return dt.date(year, month, day) + dt.timedelta(days=13)


def _thanksgiving(year: int) -> dt.date:
    """The fourth Thursday of November."""
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _from_easter(days: int, orthodox: bool = False) -> Callable[[int], dt.date]:
    base = orthodox_easter if orthodox else easter
    return lambda year: base(year) + dt.timedelta(days=days)


# Each name (a regex, case-insensitive) and the day it gives in a year.
_DAYS: list[tuple[str, Callable[[int], dt.date]]] = [
    (r"orthodox\s+christmas(?:\s+day)?", _fixed(1, 7)),
    (r"orthodox\s+easter(?:\s+sunday)?", _from_easter(0, orthodox=True)),
    (r"christmas\s+eve", _fixed(12, 24)),
    (r"christmas(?:\s+day|\s+night|\s+morning)?", _fixed(12, 25)),
    (r"boxing\s+day", _fixed(12, 26)),
    (r"new\s+year(?:['\u2019]?s)?\s+eve", _fixed(12, 31)),
    (r"new\s+year(?:['\u2019]?s)?\s+day", _fixed(1, 1)),
    (r"(?:the\s+)?new\s+year(?:['\u2019]?s)?", _fixed(1, 1)),
    (r"valentine(?:['\u2019]?s)?\s+day", _fixed(2, 14)),
    (r"halloween", _fixed(10, 31)),
    (r"all\s+saints['\u2019]?\s+day", _fixed(11, 1)),
    (r"(?:international\s+)?women['\u2019]?s\s+day", _fixed(3, 8)),
    (r"ash\s+wednesday", _from_easter(-46)),
    (r"palm\s+sunday", _from_easter(-7)),
    (r"(?:maundy|holy)\s+thursday", _from_easter(-3)),
    (r"good\s+friday", _from_easter(-2)),
    (r"holy\s+saturday", _from_easter(-1)),
    (r"easter\s+monday", _from_easter(1)),
    (r"easter(?:\s+sunday|\s+day)?", _from_easter(0)),
    (r"(?:pentecost|whit\s+sunday)(?:\s+sunday)?", _from_easter(49)),
    (r"thanksgiving(?:\s+day)?", _thanksgiving),
]
_EVE = re.compile(r"^(?:on\s+)?the\s+eve\s+of\s+", re.I)
_YEAR_AT_END = re.compile(rf",?\s+({YEAR})$")
_LAST_THIS = re.compile(r",?\s+(last|this)\s+year$", re.I)
# "Christmas" alone is a season ("over Christmas"): a day only after "on".
_SEASON = re.compile(r"christmas|easter|thanksgiving|(?:the\s+)?new\s+year(?:['\u2019]?s)?", re.I)
_NAMES = "|".join(f"(?:{rx})" for rx, _ in _DAYS)
HOLIDAY_RX = re.compile(
    rf"(?<![\w-])(?:(?:on\s+)?the\s+eve\s+of\s+)?(?:{_NAMES})(?:,?\s+{YEAR})?(?![\w-])", re.I
)


# A quick case-sensitive look for a holiday's word (the full pattern is slow to scan).
_ANY_NAME = re.compile(
    r"Christmas|Boxing|New Year|Valentine|Halloween|Saints|Women|Wednesday|Sunday|Thursday"
    r"|Friday|Saturday|Easter|Pentecost|Thanksgiving|CHRISTMAS|EASTER"
)


def holiday_spans(text: str) -> list[tuple[int, int]]:
    """Spans naming a holiday ("Christmas Day", "the eve of Easter", "Good Friday 2024")."""
    if not _ANY_NAME.search(text):
        return []
    out = []
    for m in HOLIDAY_RX.finditer(text):
        eve = _EVE.match(m.group(0))
        name = m.group(0)[eve.end() :] if eve else m.group(0)
        if (
            not eve
            and _SEASON.fullmatch(_YEAR_AT_END.sub("", name))
            and not re.search(r"\bon\s+$", text[max(0, m.start() - 4) : m.start()], re.I)
        ):
            continue
        if m.group(0)[0].isupper() or m.group(0).lower().startswith(("on ", "the ")):
            out.append(m.span())
    return out


def holiday_date(chunk: str, ref: dt.date | None) -> tuple[dt.date, bool] | None:
    """The day a holiday's name in ``chunk`` names, and whether it was read against ``ref``.

    With a year ("Christmas Day 2023") that year's day (not relative); without one the
    most recent on or before ``ref`` (relative; None without ``ref``).
    """
    text = chunk.strip()
    eve = bool(_EVE.match(text))
    text = _EVE.sub("", text)
    # "Christmas last year": the previous calendar year's; "this year": the reference's.
    which = _LAST_THIS.search(text)
    text = _LAST_THIS.sub("", text)
    ym = _YEAR_AT_END.search(text)
    name = _YEAR_AT_END.sub("", text) if ym else text
    found = [day_of for rx, day_of in _DAYS if re.fullmatch(rx, name, re.I)]
    if not found:
        return None
    day_of = found[0]
    shift = dt.timedelta(days=-1 if eve else 0)
    if ym:
        return day_of(int(ym.group(1))) + shift, False
    if ref is None:
        return None
    if which:
        back = which.group(1).lower() == "last"
        return day_of(ref.year - back) + shift, True
    got = day_of(ref.year) + shift
    if got > ref:
        got = day_of(ref.year - 1) + shift
    return got, True
