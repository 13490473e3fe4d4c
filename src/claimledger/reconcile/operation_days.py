"""Where a release's sentence opens on a day.

A release tells its next operation by a day of its own at a sentence's start: a weekday or a
date ("On Sunday,", "12 May:"), or a day counted from the one it just told ("The following
day,", "Two days later,", "The previous day,"), which the date extractor reads and resolves
from the day named before it (``extract/dates/mentions``). :func:`opens_on_day` says whether
a sentence opens on one of the document's date mentions, whatever its form, so every form the
date extractor learns marks an operation here too.

The day of a same-day opening ("The same day,", "Later that evening,", "That same night,",
"Hours later,") is the date extractor's too (``extract/dates/mentions.SAME_DAY``): one reader
of "the same day" serves the dates and the operations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.records import DateMention

# A sentence's opening words before its day: a bullet or list number, a preposition.
LEAD = re.compile(
    r"[\s\-\u2013\u2022*]*(?:\d{1,2}[.)]\s+)?(?:(?:on|in|during|by|early|late|later)\s+)?",
    re.IGNORECASE,
)


def opens_on_day(text: str, start: int, end: int, days: Sequence[DateMention]) -> bool:
    """Whether the sentence ``text[start:end]`` opens on one of ``days`` ("On Sunday,", "2.
    The following day,", "Two days later,", "12 May:")."""
    lead = LEAD.match(text, start, end)
    at = lead.end() if lead is not None else start
    return any(d.evidence.start == at for d in days)
