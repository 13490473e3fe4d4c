"""Where a release's sentence opens on a day, and the day of "Later that evening,".

A release tells its next operation by a day of its own at a sentence's start: a weekday or a
date ("On Sunday,", "12 May:"), or a day counted from the one it just told ("The following
day,", "Two days later,", "The previous day,"), which the date extractor reads and resolves
from the day named before it (``extract/dates/mentions``). :func:`opens_on_day` says whether
a sentence opens on one of the document's date mentions, whatever its form, so every form the
date extractor learns marks an operation here too.

The date extractor reads "the same day" and "later that day"; a release also writes the same
day as a part of it ("Later that evening,", "That same night,", "Hours later,"). At a
sentence's start in a release such an opening gets a day-precise :class:`DateMention`, the day
named last before it (or the document's date), so the operation it opens has its day
(:func:`same_day_parts`). The mentions are not ``relative``: inside one incident the day they
repeat, which comes first, stays the incident's day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract.dates.mentions import ATTACK_DATE_CONFIDENCE, SAME_DAY_REACH
from claimledger.records import DateMention, Evidence

EXTRACTOR = "operations.days"
# The confidence of a same-day opening's day: an attack's own date's (the date extractor's
# ATTACK_DATE_CONFIDENCE), since it dates the operation its sentence opens, and the incident
# date takes it before a later paragraph's day ("The same evening, militants shelled Bresl
# ... On 11 February, sappers defused 40 mines": the 10th).
CONFIDENCE = ATTACK_DATE_CONFIDENCE[False]
# A sentence's opening words before its day: a bullet or list number, a preposition.
LEAD = re.compile(
    r"[\s\-\u2013\u2022*]*(?:\d{1,2}[.)]\s+)?(?:(?:on|in|during|by|early|late|later)\s+)?",
    re.IGNORECASE,
)
_PART = r"(?:morning|afternoon|evening|night)"
# The same day told by a part of it, at a sentence's start.
SAME_PART_OPENING = re.compile(
    r"[\s\-\u2013\u2022*]*(?:\d{1,2}[.)]\s+)?(?P<adv>"
    rf"(?:later|earlier)\s+(?:that|the\s+same)\s+{_PART}"
    rf"|(?:on\s+)?that\s+(?:same\s+)?{_PART}|the\s+same\s+{_PART}"
    rf"|in\s+the\s+{_PART}\s+of\s+(?:the\s+same|that)\s+day"
    r"|(?:a\s+few\s+|several\s+|\d{1,2}\s+)?hours\s+(?:later|earlier))\b",
    re.IGNORECASE,
)


def opens_on_day(text: str, start: int, end: int, days: Sequence[DateMention]) -> bool:
    """Whether the sentence ``text[start:end]`` opens on one of ``days`` ("On Sunday,", "2.
    The following day,", "Two days later,", "12 May:")."""
    lead = LEAD.match(text, start, end)
    at = lead.end() if lead is not None else start
    return any(d.evidence.start == at for d in days)


def same_day_parts(
    text: str,
    sentences: Sequence[tuple[int, int]],
    dates: Sequence[DateMention],
    reference: str | None,
    doc_id: str = "",
) -> list[DateMention]:
    """The days of the sentences that open on a part of the day named before them.

    Args:
        text: the document text.
        sentences: sentence boundaries (start, end), in text order.
        dates: the document's date mentions.
        reference: the document date (ISO), the day repeated when the text named none
            before the opening.
        doc_id: the document id for the evidence.

    Returns:
        One day-precise mention per such sentence (not ``relative``), in text order.
    """
    days = [d for d in dates if d.precision == "day"]
    out: list[DateMention] = []
    for start, end in sentences:
        m = SAME_PART_OPENING.match(text, start, end)
        if m is None or any(start <= d.evidence.start < m.end() for d in days):
            continue
        before = [d for d in days if start - SAME_DAY_REACH <= d.evidence.end <= start]
        value = max(before, key=lambda d: d.evidence.start).value if before else reference
        if value is None:
            continue
        ev = Evidence(m.start("adv"), m.end("adv"), m.group("adv"), doc_id, EXTRACTOR, CONFIDENCE)
        out.append(DateMention(value, "day", ev, False))
    return out
