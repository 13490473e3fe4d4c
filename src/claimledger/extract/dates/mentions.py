"""Date mentions (stage 5): spaCy ``Doc`` and the document date -> ``list[DateMention]``.

Reads the date expressions of the text (spaCy DATE/TIME entities plus our own
scans for weekdays, deictic words, periods, "ago" and month-day forms), drops
the spans that are no point in time (durations, ages, bare times, decades) and
resolves the rest against the document date (``resolution.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimledger.extract.dates.document import find_dateline
from claimledger.extract.dates.followup import date_role, overnight_modifies_other
from claimledger.extract.dates.forms import (
    DAY,
    DAY_WORD,
    EXTRACTOR,
    MONTH,
    MONTHS,
    NUMBER_WORDS,
    WEEKDAY,
    YEAR,
    parse_absolute,
    parse_iso,
)
from claimledger.extract.dates.holidays import holiday_spans
from claimledger.extract.dates.periods import covered_period, in_period_weekday
from claimledger.extract.dates.resolution import resolve
from claimledger.nlp.text import doc_text
from claimledger.records import DateMention, Evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Candidate scans. Python's ``re`` skips fast to a literal first character but not
# past a leading ``\b`` or a case-insensitive flag, so each scan starts on literal
# words and the words before it ("last", "two weeks") are read by looking back.
_WEEKDAY_RX = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?\b"
)
# Words before a weekday that belong to it; "overnight on Saturday" is Saturday's night.
# "overnight into Tuesday" began the day before; "last week Monday" and "a week ago
# Monday" are a weekday of the week before.
_WEEKDAY_BEFORE = re.compile(
    r"\b(?:last|this|next|past|coming|early|late|overnight(?:\s+(?:on|into|to))?|late\s+on"
    r"|early\s+on|night\s+(?:into|to)|last\s+week(?:\s+on)?|a\s+week\s+ago(?:\s+on)?)\s+$",
    re.I,
)
# "Monday last week", "Monday of last week", "Monday a week ago", "Monday before last".
_WEEKDAY_AFTER = re.compile(r"\s+(?:(?:of\s+)?last\s+week|a\s+week\s+ago|before\s+last)\b", re.I)
_DEICTIC_RX = re.compile(
    r"(?:yesterday|Yesterday|today|Today|tonight|Tonight|overnight|Overnight)\b"
    r"|(?:last|Last) night\b|(?:this|This) (?:morning|afternoon|evening)\b"
    r"|(?:the|The) night before last\b"
    r"|\b(?:past|last|previous|preceding) (?:24|twenty-four) hours\b"
    r"|\b(?:[Oo]ver|[Dd]uring|[Ii]n|[Ww]ithin|[Ff]or|of) (?:the course of )?the (?:past|previous|last"
    r"|preceding) day\b(?! of\b)"
)
# "the day before yesterday", "the night before yesterday": two days back.
_DAY_BEFORE = re.compile(r"\b(?:the\s+)?(?:day|night|morning|afternoon|evening)\s+before\s+$", re.I)
_PERIOD_RX = re.compile(
    r"(?:last|Last|this|This|next|Next|coming|Coming) (?:week(?:end)?|month|year)\b"
    r"|(?:over|Over|at|At|during|During) the weekend\b"
)
_PERIOD_BEFORE = re.compile(r"\b(?:earlier|later)\s+$", re.I)
_AGO_RX = re.compile(r"ago\b")
_AGO_BEFORE = re.compile(
    r"\b(?:\d{1,3}|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve)\s+(?:hour|day|night|fortnight|week|month|year)s?\s+$",
    re.I,
)
_MONTH_FIRST_RX = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"(?:,?\s*(?:19|20)\d\d\b)?"
)
_ISO_RX = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d\b")
# A month's name between separators: "10/Sep/2024", "10-SEP-2024", "Sep/10/2024".
_NAMED_SLASHED_RX = re.compile(
    r"(?:\d{1,2}[/.-][JFMASOND][A-Za-z]{2,8}\.?|[JFMASOND][A-Za-z]{2,8}\.?[/.-]\d{1,2})"
    r"[/.-](?:19|20)\d\d\b"
)
# A numeric date in the text ("on 27.05.2022", "On 13-08-2020", "on 31/03/2017"): dotted and
# dashed ones day first, a slashed one only when day and month cannot swap (forms.numeric_date).
_NUMERIC_RX = re.compile(r"(?<![\d./-])[0-3]?\d([./-])[01]?\d\1(?:19|20)\d\d(?![\d./-])")
# A yearless slashed day after "on" ("On 10/02, fighter jets struck ..."; not "on 24/7 duty",
# "on 3/4 of the budget": resolution reads it only within days before the reference).
_ON_DAY_MONTH_RX = re.compile(r"\b[Oo]n\s+[0-3]?\d/[01]?\d(?![\d/.-]|\s+(?:19|20)\d\d)")
# A night across two months is one date, the day it began ("on the night of 31 January to 1
# February": a day counted after it, "Two days later", counts from the 31st).
_NIGHT_ACROSS_MONTHS_RX = re.compile(
    rf"\bnights?\s+of\s+(?P<range>{DAY}\s+(?:of\s+)?{MONTH}\.?(?:,?\s+{YEAR})?"
    rf"\s*(?:to|into|[/\u2013-])\s*{DAY}\s+(?:of\s+)?{MONTH}\.?(?:,?\s+{YEAR})?)(?!\w)",
    re.I,
)
# A leading day range is part of the date ("the night of 12/13 June", "3-4 March", "the
# night of 2 to 3 August").
_DAY_FIRST_RX = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*[/-]\s*|\s+to\s+))?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:[a-z]+|\.)?"
    r"(?:,? (?:19|20)\d\d\b)?"
)


# "police said on Tuesday that ...": the date of a statement, not of the event.
_STATEMENT_BEFORE = re.compile(
    r"\b(?:said|says|told\s+\w+(?:\s+\w+)?|announced|stated|confirmed|added|reported)"
    r"(?:\s+(?:late|early))?\s+(?:on\s+)?$",
    re.I,
)
# A day on which nothing happened dates no event: "Friday: no incidents.", "18 June: No
# significant activity.", "On Saturday, nothing to report." (ranked as a statement's day).
_NOTHING = re.compile(
    r"[\s:,\u2013\u2014-]*(?:(?:there\s+(?:were|was)\s+)?no\s+(?:significant\s+|major\s+"
    r"|further\s+|other\s+|new\s+|notable\s+)?(?:incidents?|activity|activities|operations?"
    r"|contacts?|events?|engagements?|clashes)\b|nothing\s+(?:to\s+report|significant|happened)"
    r"|nil\b|quiet\b)",
    re.I,
)
# The confidence of a statement's date; ``incident_date`` takes it only when nothing else.
STATEMENT_DATE_CONFIDENCE = 0.4
# The confidence of a follow-up's date (a funeral, an arrest: ``followup.py``); taken
# after the event's own dates, before a statement's.
FOLLOW_UP_DATE_CONFIDENCE = 0.5
# The confidence of a date on an attack's own word ("Friday's bombing", "killed on
# Monday"), relative or not; ``incident_date`` takes these first.
ATTACK_DATE_CONFIDENCE = {True: 0.85, False: 0.95}
# The confidence of another day in a sentence that dates an attack on its own word.
SIDE_DATE_CONFIDENCE = 0.6


def _candidates(text: str) -> list[tuple[int, int]]:
    """Spans our own scans propose (weekdays, deictic words, periods, "ago", month-day forms)."""
    return (
        _weekday_spans(text)
        + _deictic_spans(text)
        + _period_spans(text)
        + _ago_spans(text)
        + _month_day_spans(text)
        + _iso_spans(text)
        + [m.span() for m in _NAMED_SLASHED_RX.finditer(text) if parse_absolute(m.group(0))]
        # (a slashed one whose day and month could swap, for the reference to settle)
        + [m.span() for m in _NUMERIC_RX.finditer(text) if parse_absolute(m[0]) or m[1] == "/"]
        # (a yearless one after "on": "On 10/02, ...", for the reference to settle)
        + [m.span() for m in _ON_DAY_MONTH_RX.finditer(text)]
        + [m.span("range") for m in _NIGHT_ACROSS_MONTHS_RX.finditer(text)]
        + [m.span(1) for m in _ORDINAL_DAY_RX.finditer(text)]
        + holiday_spans(text)
    )


# "On the 26th, militiamen ...", "on the night of the 9th", "in the early hours of the 10th":
# a day of the month alone (not "on the 3rd floor", "troops of the 33rd Battalion").
_ORDINAL_DAY_RX = re.compile(
    r"\b(?:[Oo]n|(?:night|hours|morning|afternoon|evening)\s+of)\s+(the\s+[0-3]?\d(?:st|nd|rd|th))\b(?!\s+(?:of\b|century|anniversary|floor|day"
    r"|time|minute|division|battalion|brigade|regiment|round|street|avenue|birthday|storey|story))"
)


def _weekday_spans(text: str) -> list[tuple[int, int]]:
    """ "Friday", "last Friday night", "overnight on Saturday"."""
    out: list[tuple[int, int]] = []
    for m in _WEEKDAY_RX.finditer(text):
        s = m.start()
        if s and text[s - 1].isalpha():
            continue
        before = _WEEKDAY_BEFORE.search(text, max(0, s - 20), s)
        after = _WEEKDAY_AFTER.match(text, m.end())
        out.append((before.start() if before else s, after.end() if after else m.end()))
    return out


def _deictic_spans(text: str) -> list[tuple[int, int]]:
    """ "yesterday", "last night", "this morning", "the day before yesterday"."""
    out: list[tuple[int, int]] = []
    for m in _DEICTIC_RX.finditer(text):
        s = m.start()
        if s and text[s - 1].isalpha():
            continue
        before = _DAY_BEFORE.search(text, max(0, s - 16), s)
        out.append((before.start() if before else s, m.end()))
    return out


def _period_spans(text: str) -> list[tuple[int, int]]:
    """ "last week", "earlier this month"."""
    out: list[tuple[int, int]] = []
    for m in _PERIOD_RX.finditer(text):
        s = m.start()
        if s and text[s - 1].isalpha():
            continue
        before = _PERIOD_BEFORE.search(text, max(0, s - 10), s)
        out.append((before.start() if before else s, m.end()))
    return out


def _ago_spans(text: str) -> list[tuple[int, int]]:
    """ "two days ago", "a few weeks ago"."""
    out: list[tuple[int, int]] = []
    for m in _AGO_RX.finditer(text):
        s = m.start()
        if s and text[s - 1].isalpha():
            continue
        before = _AGO_BEFORE.search(text, max(0, s - 30), s)
        if before:
            out.append((before.start(), m.end()))
    return out


def _month_day_spans(text: str) -> list[tuple[int, int]]:
    """ "March 3", "Nov. 14, 2012", "3rd of March": month-first forms, then day-first ones."""
    out: list[tuple[int, int]] = []
    for rx in (_MONTH_FIRST_RX, _DAY_FIRST_RX):
        for m in rx.finditer(text):
            s = m.start()
            if s and text[s - 1].isalnum():
                continue
            month = re.search(r"[A-Z][a-z]*", m.group(0))
            if month and month.group(0).lower() in MONTHS:
                out.append(m.span())
    return out


def _iso_spans(text: str) -> list[tuple[int, int]]:
    """ "2012-11-14"."""
    return [
        m.span()
        for m in _ISO_RX.finditer(text)
        if not (m.start() and text[m.start() - 1].isalnum())
    ]


# Entity texts that are not points in time: durations, ages, spans, decades.
_DURATION = re.compile(
    r"^(?:for\s+|the\s+(?:past|last|next)\s+|(?:more|less)\s+than\s+|about\s+|nearly\s+|"
    r"over\s+|up\s+to\s+|at\s+least\s+|some\s+|almost\s+|within\s+)?"
    r"(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|a\s+few|few|many|hundreds|dozens|thousands|\w+teen|\w+ty)"
    r"(?:[\s-]+\w+)?[\s-]+(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|nights?)"
    r"(?:[\s-]+(?:old|long))?$",
    re.I,
)
_AGE = re.compile(r"\b(?:years?[\s-]old|year-old|aged?\s+\d|age\s+of)\b", re.I)
_TIME_ONLY = re.compile(
    r"^(?:about\s+|around\s+|at\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h|hrs|GMT|UTC)?"
    r"|noon|midnight|dawn|dusk|morning|afternoon|evening|night|hours|minutes|seconds)$",
    re.I,
)
_DECADE = re.compile(r"\b(?:19|20)\d0'?s\b|\bdecades?\b|\bcentur(?:y|ies)\b", re.I)


def extract_dates(doc: Doc, doc_id: str, reference: str | None) -> list[DateMention]:
    """Find the date expressions of a parsed document and resolve them.

    Args:
        doc: the spaCy parse of the document text.
        doc_id: the document id carried into every evidence span.
        reference: the document date (ISO); relative expressions ("Friday", "last
            year") resolve against it and are dropped when it is None.

    Returns:
        DateMentions in text order, at most one per span; durations ("for three
        days"), ages ("25 years old") and bare times are skipped.
    """
    text = doc_text(doc)
    ref = parse_iso(reference)
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            spans.append((ent.start_char, ent.end_char))
    spans.extend(_candidates(text))
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    dateline = find_dateline(text, doc_id, reference)
    # The dateline's line up to its date ("Tuesday, 21 May 2019", "BAGHDAD, March 3"):
    # a weekday there names the document's own day, not the event's.
    dl_span = (
        (text.rfind("\n", 0, dateline[1].start) + 1, dateline[1].end) if dateline else (-1, -1)
    )
    # A digest's header period ("Weekly round-up, 6-12 May 2024" published on the 15th):
    # its days date no operation, and the body's weekdays fall within it (``periods``).
    period = covered_period(text, ref)
    period_end = period[2].isoformat() if period is not None else None
    # Longest spans first so "last Friday night" wins over "Friday".
    for start, end in sorted(set(spans), key=lambda se: (se[0] - se[1], se[0])):
        if any(start < e and s < end for s, e in taken):
            continue
        start, end = _trim(text, start, end)
        if start >= end:
            continue
        chunk = text[start:end]
        if _skip(chunk, text, start, end):
            continue
        within = period is not None and start >= period[1] and in_period_weekday(chunk)
        res = resolve(chunk, period_end if within else reference if ref else None)
        if res is None:
            continue
        if chunk.lower() == "overnight":
            if overnight_modifies_other(doc, start, end):
                continue
            if ref and _after_midnight(text, start, end):
                res = replace(res, value=ref)
        taken.append((start, end))
        # The dateline ("Mar. 3 (Reuters) -") dates the document, not the event.
        relative = res.relative and not (dl_span[0] <= start and end <= dl_span[1])
        conf = 0.9 if not relative else 0.8
        role = date_role(doc, start, end) if res.precision == "day" else None
        if (
            _STATEMENT_BEFORE.search(text[max(0, start - 40) : start])
            or _NOTHING.match(text, end)
            or (period is not None and period[0] <= start < period[1])
        ):
            conf = STATEMENT_DATE_CONFIDENCE
        elif role == "follow_up":
            conf = FOLLOW_UP_DATE_CONFIDENCE
        elif role == "attack" and not (dl_span[0] <= start and end <= dl_span[1]):
            conf = ATTACK_DATE_CONFIDENCE[relative]
        ev = Evidence(start, end, chunk, doc_id, EXTRACTOR, conf)
        out.append(DateMention(res.value.isoformat(), res.precision, ev, relative))
    out.sort(key=lambda m: m.evidence.start)
    out = _side_dates(doc, out)
    return _same_day(text, out, taken, doc_id, dl_span)


def _side_dates(doc: Doc, found: list[DateMention]) -> list[DateMention]:
    """Within a sentence that dates an attack on its own word ("Authorities on Sunday
    identified the victims of Friday's market bombing"), the sentence's other relative
    days rank after it (``SIDE_DATE_CONFIDENCE``); other sentences are untouched (a
    background attack's date elsewhere does not outrank the text's first day)."""
    attack = set(ATTACK_DATE_CONFIDENCE.values())
    out = list(found)
    for sent in doc.sents:
        inside = [
            k
            for k, m in enumerate(out)
            if sent.start_char <= m.evidence.start < sent.end_char and m.precision == "day"
        ]
        if not any(out[k].evidence.confidence in attack for k in inside):
            continue
        for k in inside:
            m = out[k]
            if m.relative and m.evidence.confidence == 0.8:
                out[k] = replace(m, evidence=replace(m.evidence, confidence=SIDE_DATE_CONFIDENCE))
    return out


# A clock time after midnight and before dawn ("about 2 a.m.", "shortly before 1:30
# a.m.", "just after midnight", "at 03:40"): an "overnight" event told with one happened
# on the calendar day that night ended on, the document's own.
_SMALL_HOURS = re.compile(
    r"\b(?<![:.])(?:(?:12|0?[1-5])(?:[:.][0-5]\d)?\s*a\.?m\b|0[0-4][:.h][0-5]\d\b"
    r"|(?:just|shortly|soon|minutes)\s+after\s+midnight)",
    re.I,
)
# How far around an "overnight" its clock time may stand (characters).
SMALL_HOURS_REACH = 600


def _after_midnight(text: str, start: int, end: int) -> bool:
    """Whether the text near a bare "overnight" gives its time as after midnight."""
    return bool(
        _SMALL_HOURS.search(text, max(0, start - SMALL_HOURS_REACH), end + SMALL_HOURS_REACH)
    )


# "the same day", "later that day", "that same day": the day the text named last; so too a
# part of it ("Later that evening,", "That same night,", "The same morning,", "Hours later,",
# "In the evening of the same day", "Earlier in the evening,", "later in the day"), and "That night," / "On that evening," where a
# sentence opens on it (elsewhere "that night" may be any night the text tells of).
_PART = r"(?:morning|afternoon|evening|night)"
SAME_DAY = re.compile(
    r"\b(?:(?:the|that)\s+same\s+day|later\s+(?:that|the\s+same)\s+day"
    rf"|(?:later|earlier)\s+(?:that|the\s+same)\s+{_PART}|(?:that|the)\s+same\s+{_PART}"
    rf"|(?:later|earlier)\s+in\s+the\s+(?:day|{_PART})"
    rf"|in\s+the\s+{_PART}\s+of\s+(?:the\s+same|that)\s+day"
    r"|(?:a\s+few\s+|several\s+|\d{1,2}\s+)?hours\s+(?:later|earlier)"
    rf"|(?:(?<=\n)|(?<=[.!?]\s)|(?<=\A))(?:on\s+)?that\s+{_PART}(?=\s*,))\b",
    re.I,
)
# Days counted from the day the text named last: "The previous day,", "a day earlier",
# "the night before," (-1), "two days earlier" (-2), "the following day", "the next day",
# "a day later" (+1). "before"/"after" only at a clause's end: "two days before the
# election" counts from the election, not from a day of the text.
_COUNTED_DAY = re.compile(
    r"\b(?:the\s+(?P<dir1>previous|preceding|following|next)\s+(?:day|night|evening|morning)"
    r"|the\s+(?:day|night|evening)\s+(?P<dir2>before|after)(?=\s*[,.;])"
    r"|(?P<n>an?|one|two|three|four|five|six|\d)\s+(?:days?|nights?)\s+"
    r"(?P<dir3>earlier|later|before(?=\s*[,.;])|after(?=\s*[,.;])))\b",
    re.I,
)
# An earlier event the day named before is counted from: "The raid came two days after
# gunmen attacked ...", "The operation followed a week after ..." (-2, -7): the event
# after "after" took place that many days before the day the text named last.
_CAME_AFTER = re.compile(
    r"\b(?:came|comes|followed|follows)\s+(?:just\s+|only\s+|barely\s+)?"
    r"(?P<n>an?|one|two|three|four|five|six|\d)\s+(?P<unit>days?|nights?|weeks?)\s+after\b",
    re.I,
)
# How far back (characters) the day it refers to may stand.
SAME_DAY_REACH = 1500
# A count of hours after or before the day named last ("36 hours later").
_HOURS = re.compile(r"(?P<n>\d{1,2})\s+hours\s+(?P<dir>later|earlier)", re.I)


def _counted_shift(m: re.Match[str]) -> int | None:
    """Days from the anchor a match of ``SAME_DAY`` or ``_COUNTED_DAY`` names."""
    if m.re is SAME_DAY:
        # (whole days of the hours, as "48 hours ago": "Some 48 hours earlier" is -2)
        hours = _HOURS.search(m.group(0))
        if hours is None:
            return 0
        days = int(hours["n"]) // 24
        return -days if hours["dir"].lower() == "earlier" else days
    if m.re is _CAME_AFTER:
        n = m["n"].lower()
        count = int(n) if n.isdigit() else NUMBER_WORDS.get(n, 1)
        return -count * (7 if m["unit"].lower().startswith("week") else 1)
    word = (m["dir1"] or m["dir2"] or m["dir3"]).lower()
    sign = -1 if word in ("previous", "preceding", "before", "earlier") else 1
    n = m["n"].lower() if m["n"] else "1"
    return sign * (int(n) if n.isdigit() else NUMBER_WORDS.get(n, 1))


def _same_day(
    text: str,
    found: list[DateMention],
    taken: list[tuple[int, int]],
    doc_id: str,
    dateline: tuple[int, int] = (-1, -1),
) -> list[DateMention]:
    """``found`` with "the same day" and counted days ("the previous day", "two days
    later"), each resolved from the day-precise mention before it ("On 17 April, ... The
    same day, in the Djibo area, ..."); relative, as their day is read from the text."""
    out = list(found)
    matches = sorted(
        [*SAME_DAY.finditer(text), *_COUNTED_DAY.finditer(text), *_CAME_AFTER.finditer(text)],
        key=lambda x: x.start(),
    )
    for m in matches:
        start, end = m.span() if m.re is not _CAME_AFTER else m.span("n")[:1] + m.span()[1:]
        shift = _counted_shift(m)
        if shift is None or any(start < e and s < end for s, e in taken):
            continue
        # Chained: "Two days later, ... The next day, ..." counts from the day before it.
        before = sorted(
            (
                d
                for d in out
                if d.precision == "day" and start - SAME_DAY_REACH <= d.evidence.end <= start
            ),
            key=lambda d: d.evidence.end,
        )
        anchor = _sentence_anchor(text, out, start, end, dateline)
        day = parse_iso(anchor.value if anchor else before[-1].value) if before or anchor else None
        if day is None:
            continue
        ev = Evidence(start, end, text[start:end], doc_id, EXTRACTOR, 0.8)
        value = (day + dt.timedelta(days=shift)).isoformat()
        out.append(DateMention(value, "day", ev, True))
    out.sort(key=lambda d: d.evidence.start)
    return out


def _sentence_anchor(
    text: str, found: list[DateMention], start: int, end: int, dateline: tuple[int, int]
) -> DateMention | None:
    """The day a counted day counts from when its own sentence names one after it and
    none before it (the dateline aside): "A shell killed two a day earlier, officials
    said on Sunday" counts from Sunday."""
    lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    hi = min(ends) if ends else len(text)
    inside = [
        d
        for d in found
        if d.precision == "day"
        and lo <= d.evidence.start < hi
        and not (dateline[0] <= d.evidence.start and d.evidence.end <= dateline[1])
    ]
    if any(d.evidence.end <= start for d in inside):
        return None
    after = [d for d in inside if d.evidence.start >= end]
    return after[0] if after else None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and stray punctuation from a span; keep one line of a multi-line entity.

    spaCy entities sometimes run across a paragraph break ("Dec. 19, 2016\n\nGuns").
    """
    if "\n" in text[start:end]:
        pos = start
        for piece in text[start:end].split("\n"):
            if piece.strip() and (re.search(r"\d", piece) or DAY_WORD.search(piece)):
                start, end = pos, pos + len(piece)
                break
            pos += len(piece) + 1
        else:
            end = text.index("\n", start, end)
    while start < end and text[start] in " \t\n\"'\u201c\u2018(":
        start += 1
    while end > start and text[end - 1] in " \t\n,;:\"'\u201d\u2019)/@|-\u2013\u2014":
        end -= 1
    return start, end


# A full date right after a weekday names that weekday's day ("updated Monday 8 July 2019",
# "Tuesday, 3rd of May"): the weekday alone is no day of its own.
_DATE_AFTER_WEEKDAY = re.compile(
    rf",?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b|,?\s+{MONTH}\.?\s+\d{{1,2}}\b",
    re.I,
)


def _skip(chunk: str, text: str, start: int, end: int) -> bool:
    """True for spans that are no point in time: durations, ages, bare times, decades, a
    weekday whose date follows it."""
    if re.fullmatch(WEEKDAY, chunk, re.I) and _DATE_AFTER_WEEKDAY.match(text, end):
        return True
    if _DURATION.match(chunk) and not re.search(r"\bago\b", chunk, re.I):
        return True
    if _TIME_ONLY.match(chunk):
        return True
    after = text[end : end + 12]
    if _AGE.search(chunk) or re.match(r"[\s-]*(?:years?[\s-]+)?old\b", after, re.I):
        return True
    if _DECADE.search(chunk):
        return True
    before = text[max(0, start - 12) : start].lower()
    # "for three days", "the last two weeks" read as durations even when the entity is shorter
    # (not a full date: "Daily report for 9 February 2026").
    if not re.search(r"\b(?:for|over|lasting|within)\s+$", before):
        return False
    full = parse_absolute(chunk)
    return not (
        re.match(rf"(?:{MONTH}|{WEEKDAY}|{YEAR})", chunk, re.I) or (full and full[1] == "day")
    )
