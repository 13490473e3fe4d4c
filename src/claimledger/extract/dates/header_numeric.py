"""Numeric header dates whose day and month could swap ("12/11/2018", "05/03/2017").

A header's slashed date is settled by a weekday on its line ("Fri 03/05/2019" is 3 May),
by the text's own slashed dates (the one order that puts them within ``_TEXT_DAYS`` days
before it), or else by its writer's most likely order: day first, unless the text writes
month first (``_MONTH_FIRST_TEXT``). Used by ``document.py``'s header readers.
"""

from __future__ import annotations

import datetime as dt
import re

from claimledger.extract.dates.forms import WEEKDAY, WEEKDAYS, numeric_date, safe_date

_WEEKDAY_RX = re.compile(rf"\b{WEEKDAY}(?!\w)", re.I)


# A slashed date of the text ("On 10/11/2018 at about 2300hrs").
_SLASHED = re.compile(r"(?<![\d/.-])([0-3]?\d)/([0-3]?\d)/((?:19|20)\d\d)(?![\d/.-])")
# How many days before the header's date the text's own slashed dates may lie.
_TEXT_DAYS = 10


def _order_of_text(a: int, b: int, year: int, text: str) -> dt.date | None:
    """A slashed header date whose day and month could swap ("12/11/2018"), settled by the
    text's own slashed dates: the one order that puts every other slashed date of the text
    ("On 10/11/2018", "On 11/11/2018") within ``_TEXT_DAYS`` days before the header's."""
    others = [(int(x), int(y), int(z)) for x, y, z in _SLASHED.findall(text)]
    others = [o for o in others if o != (a, b, year)]
    fits = []
    for first in (True, False):
        head = safe_date(year, b, a) if first else safe_date(year, a, b)
        days = [safe_date(z, y, x) if first else safe_date(z, x, y) for x, y, z in others]
        if head and others and all(d and 0 <= (head - d).days <= _TEXT_DAYS for d in days):
            fits.append(head)
    return fits[0] if len(fits) == 1 else None


# Signs that a text writes its numeric dates month first (the usage of the United States and
# the Philippines): a slashed date only that order reads ("11/14/2016"), a time zone of the
# United States, a time on the twelve-hour clock ("4/7/2013 1:53:00 AM", "8/2/16 @ 7:05p.m.").
_MONTH_FIRST_TEXT = re.compile(
    r"(?<![\d/.-])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:19|20)?\d\d(?![\d/.-])"
    r"|\b(?:[ECMP][SD]T|ET|PT)\b|\b\d{1,2}(?:[:.]\d\d){0,2}\s*(?:[ap]\.m\.|[AP]M\b)"
)


_NUMERIC_DATE = re.compile(r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)")


def open_numeric(written: str, line: str, text: str) -> dt.date | None:
    """A slashed date whose day and month could swap, settled by the line's weekday, the
    text's other slashed dates, or else its writer's most likely order."""
    m = _NUMERIC_DATE.fullmatch(written.strip())
    if m is None:
        return None
    return settle_numeric(int(m["a"]), int(m["b"]), int(m["year"]), False, line, text)


def settle_numeric(a: int, b: int, year: int, first: bool, line: str, text: str) -> dt.date | None:
    """A header's numeric date ``a``/``b``/``year`` (``first``: written day first, as dotted
    and dashed ones are), settled by the line's weekday, the text's other numeric dates, or
    else, with no weekday on the line, by its writer's most likely order."""
    wd = _WEEKDAY_RX.search(line)
    weekday = WEEKDAYS[wd[0].lower().rstrip(".")] if wd else None
    d = numeric_date(a, b, year, first, weekday) or _order_of_text(a, b, year, text)
    return d or (_writer_order(a, b, year, text) if weekday is None else None)


def _writer_order(a: int, b: int, year: int, text: str) -> dt.date | None:
    """A slashed header date whose day and month could swap, that neither a weekday nor the
    text's other slashed dates settle ("Operation Update: 05/11/2014", "Baghdad,
    11/02/2023"): read as its writer most likely wrote it, day first (the usage of most
    countries that issue releases and datelines), unless the text writes month first."""
    if _MONTH_FIRST_TEXT.search(text):
        return safe_date(year, a, b)
    return safe_date(year, b, a)
