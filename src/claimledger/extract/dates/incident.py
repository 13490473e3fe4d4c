"""The incident date: a document's date mentions and its date -> the date of the event."""

from __future__ import annotations

import re
from collections.abc import Callable

from claimledger.extract.dates.forms import parse_iso
from claimledger.extract.dates.mentions import (
    ATTACK_DATE_CONFIDENCE,
    FOLLOW_UP_DATE_CONFIDENCE,
    SIDE_DATE_CONFIDENCE,
    STATEMENT_DATE_CONFIDENCE,
)
from claimledger.records import DateMention, Evidence

# A day-precision date this far before the document date is background, not the event.
EVENT_WINDOW_DAYS = 31
# How far back an attack dated on its own word may date a follow-up's incident ("the May 25
# shooting" in a plea's report); an attack of years ago is background ("The group also
# bombed a church on 3 May 2019").
OLDER_ATTACK_DAYS = 366


def incident_date(mentions: list[DateMention], reference: str | None) -> DateMention | None:
    """Choose the date of the event among a document's date mentions.

    News dates the event it reports with a weekday or "yesterday", or with a
    full date close to the document date; older full dates are background.
    The dateline itself (an absolute date equal to the document date) is only
    used when nothing better is found.

    Args:
        mentions: the document's DateMentions (from :func:`extract_dates`).
        reference: the document date (ISO) or None.

    Returns:
        The first day-precision mention tied to the event, else a mention of
        the reference date itself (an empty evidence span, low confidence), or
        None when there is neither.
    """
    ref = parse_iso(reference)
    days = [m for m in mentions if m.precision == "day"]
    if ref is None:
        return days[0] if days else None

    def age(m: DateMention) -> int:
        """Days from the mention to the reference (negative: after it, or unreadable)."""
        d = parse_iso(m.value)
        return (ref - d).days if d else -1

    # In a sentence that dates an attack on its own word ("Friday's bombing") that date
    # comes before the sentence's other days (``mentions._side_dates``); dates of
    # statements ("said on Tuesday") come last: they rarely date the event;
    # dates of a follow-up (a funeral, an arrest) come after the event's own, even an
    # older one ("killed a priest on Christmas Eve last year; the trial opened on
    # Monday"). A week the event is dated by ("late last week") comes before a
    # statement's day.
    event = _event_like(days, FOLLOW_UP_DATE_CONFIDENCE)
    attack = [m for m in days if m.evidence.confidence in ATTACK_DATE_CONFIDENCE.values()]
    found = _in_window(attack, age)
    # Another day of a sentence that dates an attack on its own word is the event's only
    # when that attack is recent: beside "accused in a May 25 shooting" six months back,
    # "entered pleas today" dates the plea (thirty-sixth session).
    if found is None and not any(age(m) > EVENT_WINDOW_DAYS for m in attack):
        found = _in_window(_event_like(days, SIDE_DATE_CONFIDENCE), age)
    found = found or _in_window(event, age)
    if found is not None:
        return found
    older = _older_attack(days, event, age)
    if older is not None:
        return older
    found = _in_window(_event_like(days), age) or _week_of_event(mentions, age)
    found = found or _in_window(days, age)
    if found is not None:
        return found
    for m in days:
        if age(m) > 0:
            return m
    for m in days:
        if age(m) == 0:
            return m
    doc_id = mentions[0].evidence.doc_id if mentions else ""
    ev = Evidence(0, 0, "", doc_id, "dates.reference", 0.3)
    return DateMention(ref.isoformat(), "day", ev, relative=True)


def _older_attack(
    days: list[DateMention], event: list[DateMention], age: Callable[[DateMention], int]
) -> DateMention | None:
    """An older attack when the days in the window are only its follow-ups': one said to be
    past ("last year", "ago"; a day without its year may be a court date to come), or dated
    on the attack's own word up to OLDER_ATTACK_DAYS back ("shot and killed two men on May
    10", "the May 25 shooting"), beside the arrest, the plea or the trial of the weeks after."""
    older = [
        m
        for m in event
        if age(m) > EVENT_WINDOW_DAYS
        and (
            (m.relative and _PAST_WORD.search(m.evidence.text))
            or (
                m.evidence.confidence in ATTACK_DATE_CONFIDENCE.values()
                and age(m) <= OLDER_ATTACK_DAYS
            )
        )
    ]
    follow_ups = [
        m
        for m in days
        if m.evidence.confidence in (FOLLOW_UP_DATE_CONFIDENCE, SIDE_DATE_CONFIDENCE)
        and 0 <= age(m) <= EVENT_WINDOW_DAYS
    ]
    return older[0] if older and follow_ups else None


def _in_window(pool: list[DateMention], age: Callable[[DateMention], int]) -> DateMention | None:
    """The first relative mention of ``pool`` within the event window, else its first
    absolute one after the reference's own day (the dateline) within it."""
    for m in pool:
        if m.relative and 0 <= age(m) <= EVENT_WINDOW_DAYS:
            return m
    for m in pool:
        if not m.relative and 0 < age(m) <= EVENT_WINDOW_DAYS:
            return m
    return None


# Words that put a date in the past: "Christmas Eve last year", "six weeks ago".
_PAST_WORD = re.compile(r"\b(?:last|ago|previous)\b", re.I)

# How far back a week-precision mention ("late last week") may date the event.
WEEK_WINDOW_DAYS = 14


def _week_of_event(
    mentions: list[DateMention], age: Callable[[DateMention], int]
) -> DateMention | None:
    """A text that dates its event only by a part of a week ("late last week", "earlier
    this week", "over the weekend", "last weekend") names no day: the incident takes that
    week (precision "week"), not the document's day, when no day of the event is named."""
    for m in mentions:
        if (
            m.precision == "week"
            and m.relative
            and m.evidence.confidence > FOLLOW_UP_DATE_CONFIDENCE
            and 0 <= age(m) <= WEEK_WINDOW_DAYS
        ):
            return m
    return None


def _event_like(
    days: list[DateMention], above: float = STATEMENT_DATE_CONFIDENCE
) -> list[DateMention]:
    """The mentions more confident than ``above``: by default those that are not the date
    of a statement ("said on Tuesday"); above a follow-up's, the event's own dates."""
    return [m for m in days if m.evidence.confidence > above]
