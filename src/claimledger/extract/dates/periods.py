"""The period a digest's header says it covers, read for ``mentions.extract_dates``.

A weekly bulletin or a situation report names in its header the days it covers
("Weekly round-up, 6-12 May 2024", "Issued on 30 January 2023 (covers 23-29 January)",
"Weekly Security Digest (26 January - 1 February 2026)") and may be published days after
them. Decided in the twenty-third session (issue 15, helper R; docs/reconciliation.md):

* the period is the bulletin's, not an operation's: its days date no incident on their
  own (the mention ranks as a statement's date, after an operation's own day: "On
  Tuesday, troops arrested four smugglers" keeps its Tuesday, not the period's first
  day);
* a weekday the body names without "last" or "next" ("On Monday, a patrol boat
  intercepted ...") is that weekday within the period, counted back from the period's
  last day rather than from the publication day (the Monday of "6-12 May" is the 6th,
  not the 13th of a digest published on the 15th).

A period that ends on the publication day changes nothing: both readings agree.
"""

from __future__ import annotations

import datetime as dt
import re

from claimledger.extract.dates.forms import DAY, MONTH, YEAR, day_num, month_num, safe_date

__all__ = ["covered_period", "in_period_weekday"]

# The header's lines: a bulletin's title, its issuer and its dates come first.
PERIOD_LINES = 4
# A header line is short (a sentence of the body is no header).
PERIOD_LINE_CHARS = 120
# A period ends at most this many days before the publication day.
PERIOD_DAYS = 31
# "23-29 January", "6-12 May 2024", "26 January - 1 February 2026", "12 - 18 November 2021".
_PERIOD = re.compile(
    rf"(?<![\d/.-])(?P<d1>{DAY})(?:\s+(?:of\s+)?(?P<m1>{MONTH}))?(?:,?\s+{YEAR})?"
    rf"\s*(?:[-\u2013\u2014]|\bto\b)\s*(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH})"
    rf"(?:,?\s+(?P<y>{YEAR}))?",
    re.I,
)
# A weekday of the body read within the period: "Monday", "on Tuesday", "early Friday",
# "Saturday night" (not "last Monday", "next Friday", "Monday last week").
_BARE_WEEKDAY = re.compile(
    r"^(?:on\s+|early\s+|late\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?$",
    re.I,
)


def covered_period(text: str, reference: dt.date | None) -> tuple[int, int, dt.date] | None:
    """The period a header line says the text covers, when it ends before the publication
    day ``reference``: (the period's start and end offsets in the text, its last day)."""
    if reference is None:
        return None
    at = 0
    for _ in range(PERIOD_LINES):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = text[at:stop]
        m = _PERIOD.search(line) if len(line) <= PERIOD_LINE_CHARS else None
        if m is not None and not line.rstrip().endswith("."):
            year = int(m["y"]) if m["y"] else reference.year
            end = safe_date(year, month_num(m["m2"]), day_num(m["d2"]))
            if end is not None and not m["y"] and end > reference:
                end = safe_date(year - 1, month_num(m["m2"]), day_num(m["d2"]))
            if end is not None and 0 < (reference - end).days <= PERIOD_DAYS:
                return at + m.start(), at + m.end(), end
        if stop >= len(text):
            break
        at = stop + 1
    return None


def in_period_weekday(chunk: str) -> bool:
    """Whether a date expression is a weekday a digest's body names within its period."""
    return bool(_BARE_WEEKDAY.match(chunk))
