"""A release's operations dated from the one before: text and date mentions -> more mentions.

A release tells its next operation by a day counted from the one it just told: "The
following day, a joint patrol nabbed 3 collaborators", "Two days later, a patrol
arrested four suspects", "The previous day, the Counter-Terrorism Service captured 12",
"On the next morning, ...", "Three days earlier, ...", "Later that evening, ..." (the
same day). Such a sentence-initial adverbial names a day only through the day the text
named before it, so the date extractor gives it none; here each becomes a day-precise
:class:`DateMention` over the adverbial, its day counted from the last day-precise
mention before it (itself possibly one of these: "The following day, ... Two days
later, ..."), or from the document's date when the text named no day before it.

Only in a release (``operations.with_relative_days``) and only at a sentence's start (after a
list number or a bullet): a news story's "the next day" is often its own incident's
follow-up, and a day counted inside a sentence ("was taken to court two days later")
dates no operation. The mentions are not marked ``relative`` (their day is the text's,
counted, not a weekday read against the document date), so inside one incident the day
they count from, which comes first, stays the incident's day
(``extract/dates/incident.incident_date``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from claimledger.extract.dates.forms import NUMBER_WORDS
from claimledger.records import DateMention, Evidence

EXTRACTOR = "operations.days"
# How far back (characters) the day counted from may stand.
REACH = 1500
_COUNT = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_PART = r"(?:day|morning|afternoon|evening|night)"
# The adverbial, at a sentence's start after an optional list number or bullet.
_LEAD = r"[\s\-\u2013\u2022*]*(?:\d{1,2}[.)]\s+)?(?:on\s+|in\s+|during\s+|by\s+)?"
RELATIVE_OPENING = re.compile(
    _LEAD
    + r"(?P<adv>"
    # "The following day", "the next morning", "The previous night", "the preceding day"
    + rf"the\s+(?P<dir1>following|next|previous|preceding|subsequent)\s+{_PART}"
    # "The day after", "the day before", "the night before"
    + rf"|the\s+{_PART}\s+(?P<dir2>after|before)(?:\s+that)?"
    # "Two days later", "A day earlier", "3 days afterwards", "Four days after that"
    + rf"|(?P<n>{_COUNT}|\d{{1,2}})\s+days?\s+(?P<dir3>later|after(?:wards?)?|earlier|before)"
    + r"(?:\s+that)?"
    # "Later that evening", "That same night", "Later the same day", "Hours later"
    + rf"|(?P<same>(?:later|earlier)\s+(?:that|the\s+same)\s+{_PART}|that\s+(?:same\s+)?{_PART}"
    + rf"|the\s+same\s+{_PART}|(?:a\s+few\s+|several\s+|\d+\s+)?hours\s+(?:later|earlier))"
    + r")\b",
    re.IGNORECASE,
)
_FORWARD = {"following", "next", "subsequent", "after", "later", "afterwards", "afterward"}


def offset(match: re.Match[str]) -> int:
    """The days an adverbial counts from the day before it (negative: before it)."""
    if match.group("same"):
        return 0
    word = (match.group("dir1") or match.group("dir2") or match.group("dir3") or "").lower()
    n = match.group("n")
    count = 1 if n is None else (int(n) if n.isdigit() else NUMBER_WORDS[n.lower()])
    return count if word in _FORWARD else -count


def relative_days(
    text: str,
    sentences: Sequence[tuple[int, int]],
    dates: Sequence[DateMention],
    reference: str | None,
    doc_id: str = "",
) -> list[DateMention]:
    """The days of a release's sentences that open on a day counted from the one before.

    Args:
        text: the document text.
        sentences: sentence boundaries (start, end), in text order.
        dates: the document's date mentions.
        reference: the document date (ISO), the day counted from when the text named
            none before the adverbial.
        doc_id: the document id for the evidence.

    Returns:
        One day-precise mention per such sentence (not ``relative``), in text order.
    """
    days = sorted((d for d in dates if d.precision == "day"), key=lambda d: d.evidence.start)
    out: list[DateMention] = []
    for start, end in sentences:
        m = RELATIVE_OPENING.match(text, start, end)
        if m is None or any(start <= d.evidence.start < m.end() for d in days):
            continue
        before = [d for d in [*days, *out] if start - REACH <= d.evidence.end <= start]
        base = max(before, key=lambda d: d.evidence.start).value if before else reference
        try:
            day = dt.date.fromisoformat(base or "") + dt.timedelta(days=offset(m))
        except ValueError:
            continue
        ev = Evidence(m.start("adv"), m.end("adv"), m.group("adv"), doc_id, EXTRACTOR, 0.8)
        out.append(DateMention(day.isoformat(), "day", ev, False))
    return out
