"""Days a text names by a holiday, for the linker's referred days (``link_rules.referred_dates``).

Input: a document's text and its publication date. Output: ISO days. Issue 13: a
follow-up names the day of the killing it follows up by its date ("July 7") or by a
holiday ("an arrest in the shooting at a cookout on the Fourth of July", "killed on
Christmas Eve"); both are days the pair scorer and the far follow-up search read.
The calendar's holidays are ``extract.dates.holidays`` (Christmas, New Year, Easter's
feasts, Thanksgiving, Halloween...); the US civic days a report of a US shooting names
are added here ("Fourth of July" / "July Fourth", "Memorial Day", "Labor Day",
"Mother's Day", "Father's Day", "Juneteenth"). A day without a year is its latest on
or before publication; without a publication date only a day with a year counts; a
holiday of the publication's own week is not read (``HOLIDAY_BACK``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable


def _weekday_of(month: int, weekday: int, nth: int) -> Callable[[int], dt.date]:
    """The ``nth`` ``weekday`` (0 Monday) of ``month`` (nth -1: the last)."""

    def day(year: int) -> dt.date:
        if nth < 0:
            last = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
            return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))

    return day


_CIVIC: dict[str, Callable[[int], dt.date]] = {
    "july": lambda year: dt.date(year, 7, 4),
    "memorial": _weekday_of(5, 0, -1),
    "labor": _weekday_of(9, 0, 1),
    "mother": _weekday_of(5, 6, 2),
    "father": _weekday_of(6, 6, 3),
    "juneteenth": lambda year: dt.date(year, 6, 19),
}
_CIVIC_RX = re.compile(
    r"\b(?:(?:the\s+)?Fourth\s+of\s+(July)|(July)\s+Fourth|(Memorial)\s+Day|(Labor)\s+Day|"
    r"(Mother)['\u2019]?s\s+Day|(Father)['\u2019]?s\s+Day|(Juneteenth))\b(?:,?\s+(\d{4})\b)?"
)
_QUICK = re.compile(r"July|Memorial|Labor|Mother|Father|Juneteenth")
# A holiday names a day only HOLIDAY_BACK days or more before publication: a report of
# the holiday's own week names it for every shooting of the weekend ("a violent Memorial
# Day weekend"), and there the learned scorer read it as the day of each (GVA tune half:
# on all days, pairs gained 3 right, 8 wrong); a follow-up names it from further on.
HOLIDAY_BACK = 7


def holiday_days(text: str, published: dt.date | None) -> set[str]:
    """The ISO days ``text`` names by a holiday, read against ``published``, at least
    ``HOLIDAY_BACK`` days before it (with a publication date)."""
    out = _named(text, published)
    if published is None:
        return out
    return {d for d in out if (published - dt.date.fromisoformat(d)).days >= HOLIDAY_BACK}


def _named(text: str, published: dt.date | None) -> set[str]:
    # Imported here: the store's commands import link_rules and must not load the NLP
    # stack that the extract.dates package brings (tests/cli/test_lazy_store_commands).
    from claimledger.extract.dates.holidays import holiday_date, holiday_spans

    out: set[str] = set()
    for start, end in holiday_spans(text):
        got = holiday_date(text[start:end], published)
        if got is not None:
            out.add(got[0].isoformat())
    if not _QUICK.search(text):
        return out
    for m in _CIVIC_RX.finditer(text):
        key = next(g for g in m.groups()[:7] if g).lower()
        day_in = _CIVIC[key]
        if m.group(8):
            out.add(day_in(int(m.group(8))).isoformat())
        elif published is not None:
            day = day_in(published.year)
            out.add((day if day <= published else day_in(published.year - 1)).isoformat())
    return out
