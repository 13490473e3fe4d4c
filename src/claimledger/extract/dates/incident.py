"""The incident date: a document's date mentions and its date -> the date of the event."""

from __future__ import annotations

from collections.abc import Callable

from claimledger.extract.dates.forms import parse_iso
from claimledger.extract.dates.mentions import STATEMENT_DATE_CONFIDENCE
from claimledger.records import DateMention, Evidence

# A day-precision date this far before the document date is background, not the event.
EVENT_WINDOW_DAYS = 31


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

    # Dates of statements ("said on Tuesday") come last: they rarely date the event.
    for pool in (_event_like(days), days):
        for m in pool:
            if m.relative and 0 <= age(m) <= EVENT_WINDOW_DAYS:
                return _night_before(m, pool, age)
        for m in pool:
            if not m.relative and 0 < age(m) <= EVENT_WINDOW_DAYS:
                return m
    for m in days:
        if age(m) > 0:
            return m
    for m in days:
        if age(m) == 0:
            return m
    doc_id = mentions[0].evidence.doc_id if mentions else ""
    ev = Evidence(0, 0, "", doc_id, "dates.reference", 0.3)
    return DateMention(ref.isoformat(), "day", ev, relative=True)


def _night_before(
    m: DateMention, pool: list[DateMention], age: Callable[[DateMention], int]
) -> DateMention:
    """A bare "overnight" read on the document's own day spans two days: when the text
    also names the day before ("killed on Tuesday" in a text of Wednesday, "yesterday"),
    that day is the event's."""
    if age(m) != 0 or m.evidence.text.strip().lower() != "overnight":
        return m
    before = [x for x in pool if x.relative and age(x) == 1]
    return before[0] if before else m


def _event_like(days: list[DateMention]) -> list[DateMention]:
    """The mentions that are not the date of a statement ("said on Tuesday")."""
    return [m for m in days if m.evidence.confidence > STATEMENT_DATE_CONFIDENCE]
