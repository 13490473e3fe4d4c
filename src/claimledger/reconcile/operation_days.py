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

Two more shapes of a release's next operation, read from the days the date extractor
resolved: a sentence inside a paragraph that takes people on a day later than every day the
operation before names, whatever the form and wherever in the sentence ("... recovered the
bodies of 3 terrorists. A search of the area led to the arrest of a supplier the next day.",
:func:`later_day`); and a paragraph that opens on a time of its own, a day or a week, told
in other words than any time of the operation before ("Overnight, ..." then "Yesterday
morning, ...", "Earlier this week, ...": :func:`opening_time`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from claimledger.extract.numbers.lexicon import CASUALTY
from claimledger.records import DateMention
from claimledger.resources.numwords import parse_quantity

# A sentence's opening words before its day: a bullet or list number, a preposition.
LEAD = re.compile(
    r"[\s\-\u2013\u2022*]*(?:\d{1,2}[.)]\s+)?(?:(?:on|in|during|by|early|late|later)\s+)?",
    re.IGNORECASE,
)


# The words of people killed, detained or taken in the casualty lexicon ("liquidated",
# "nabbed", "slain"), so a verb the number reader learns also marks an operation here;
# and phrases whose words name no casualty alone ("put out of action", "sent to their
# fate", "held for questioning", "taken into custody", "surrendered").
_PEOPLE_WORDS = sorted(
    (w for w, fig in CASUALTY.items() if fig in ("killed", "arrested", "abducted")),
    key=len,
    reverse=True,
)
_PEOPLE_PHRASES = (
    r"out\s+of\s+action|sent\s+to\s+(?:their|hell|his)|into\s+custody"
    r"|for\s+(?:questioning|interrogation)"
    r"|surrender(?:ed|ing)|(?:handed|turned|gave)\s+themselves|prisoners?"
)
# The verbs of taking or killing people, one table for both patterns below.
_TAKING = r"kill|arrest|detain|captur|apprehend|neutrali[sz]|eliminat"
PERSON_ACTION = re.compile(
    rf"\b(?:{_TAKING}|shot\s+dead|rounded\s+up)\w*"
    rf"|\b(?:{'|'.join(_PEOPLE_WORDS)}|{_PEOPLE_PHRASES})\b",
    re.I,
)
# An action that takes or kills people (not a death alone: "A wounded soldier died the
# following day" is no operation): "led to the arrest of", "the detention of two", "took
# its crew into custody", "shot dead", "surrendered", "taken prisoner".
TAKEN = re.compile(
    rf"\b(?:{_TAKING}|detention|custody|shot)\w*|\b(?:{_PEOPLE_PHRASES})\b", re.IGNORECASE
)
# The words a time phrase may open with that do not tell it apart ("On Monday" = "Monday").
_SMALL = re.compile(r"^(?:on|in|during|the)\s+", re.IGNORECASE)


def later_day(named: Sequence[DateMention], here: Sequence[DateMention]) -> bool:
    """Whether a sentence names a day (``here``) later than every day the operation before
    names (``named``, at least one)."""
    return bool(named and here) and min(d.value for d in here) > max(d.value for d in named)


def opening_time(
    text: str, start: int, end: int, dates: Sequence[DateMention], before: Sequence[DateMention]
) -> bool:
    """Whether the sentence ``text[start:end]`` opens on a day or week of ``dates`` told in
    other words than every time mention of the operation before (``before``)."""
    lead = LEAD.match(text, start, end)
    at = lead.end() if lead is not None else start
    opening = next((d for d in dates if d.evidence.start == at), None)
    if opening is None or opening.precision not in ("day", "week"):
        return False
    said = {_SMALL.sub("", d.evidence.text.lower()) for d in before}
    return _SMALL.sub("", opening.evidence.text.lower()) not in said


def opening_times(
    dates: Sequence[DateMention], days: Sequence[DateMention], reference: str | None
) -> list[DateMention]:
    """The times a release's paragraph may open on: the recent ``days`` and the weeks
    ("Earlier this week"); without a stated date, the dates written in full ("On
    11/11/2018"), which need none."""
    if reference is None:
        return [d for d in dates if d.precision == "day" and not d.relative]
    recent = {id(d) for d in days}
    return [d for d in dates if d.precision == "week" or id(d) in recent]


def opens_on_day(text: str, start: int, end: int, days: Sequence[DateMention]) -> bool:
    """Whether the sentence ``text[start:end]`` opens on one of ``days`` ("On Sunday,", "2.
    The following day,", "Two days later,", "12 May:")."""
    lead = LEAD.match(text, start, end)
    at = lead.end() if lead is not None else start
    return any(d.evidence.start == at for d in days)


def recent_days(
    dates: Sequence[DateMention], reference: str | None, most: int
) -> list[DateMention]:
    """The day-precise mentions of the ``most`` days up to the reference date."""
    if reference is None:
        return []
    try:
        ref = dt.date.fromisoformat(reference)
    except ValueError:
        return []
    out = []
    for d in dates:
        if d.precision != "day":
            continue
        try:
            gap = (ref - dt.date.fromisoformat(d.value)).days
        except ValueError:
            continue
        if 0 <= gap <= most:
            out.append(d)
    return out


# Where a sentence's second action begins after "and" ("killed two insurgents on Sunday and
# arrested three of their collaborators on Monday", "... and on Monday detained four"): a
# verb in the past tense, maybe after its day (group "day").
_SECOND_ACTION = re.compile(
    r"(?:,?\s+and|;|,\s+(?:while|then))\s+(?:(?:also|later|then)\s+)?"
    r"(?P<day>(?:on|early|late)\s+(?:the\s+)?[\w-]+(?:\s+(?:morning|afternoon|evening|night))?"
    r",?\s+)?(?=(?P<verb>[a-z]+ed|shot|caught|took)\b)"
)


def clauses_on_days(
    text: str, sentences: Sequence[tuple[int, int]], days: Sequence[DateMention]
) -> tuple[list[tuple[int, int]], set[int]]:
    """The sentences split where a second action begins when a sentence tells two actions
    that take or kill people, each on a day of its own ("Troops killed two insurgents on
    Sunday and arrested three of their collaborators on Monday": two operations in one
    sentence), and where those second actions begin."""
    out: list[tuple[int, int]] = []
    starts: set[int] = set()
    for start, end in sentences:
        cut = next((at for at in _second_actions(text, start, end, days)), None)
        if cut is None:
            out.append((start, end))
            continue
        out.extend([(start, cut), (cut, end)])
        starts.add(cut)
    return out, starts


# A clause of its own after a semicolon, whatever its subject ("Three members of the cell were
# arrested on Wednesday; a fourth was killed the next day").
_SEMICOLON_CLAUSE = re.compile(r";\s+(?=\S)")
# The words of a detention: after a death told in the passive without one, a detention in
# the next clause is that death's follow-up ("a motorcyclist was killed in a hit-and-run;
# the driver was arrested a day later": one operation, as the releases gold tells it); after
# a force's killing ("troops killed two militants; on Tuesday, they captured a third") it
# is one more operation.
_DETAINS = re.compile(r"\b(?:arrest|detain|captur|apprehend|custody)\w*", re.I)
_PASSIVE_DEATH = re.compile(
    r"\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:killed|shot|stabbed|murdered|found)\b", re.I
)


def _follow_up_detention(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether the clause ``second`` detains after the clause ``first`` told a death in the
    passive and no detention (the death's follow-up)."""
    return bool(
        _DETAINS.search(text, *second)
        and not _DETAINS.search(text, *first)
        and _PASSIVE_DEATH.search(text, *first)
    )


def _second_actions(text: str, start: int, end: int, days: Sequence[DateMention]) -> list[int]:
    """Where the sentence ``text[start:end]`` begins a second action on another day: after
    "and" a verb (maybe after its day), or after a semicolon a clause of its own that takes
    or kills people (not a detention after a death told without one: its follow-up)."""
    found = []
    for m in _SEMICOLON_CLAUSE.finditer(text, start, end):
        first = [d for d in days if start <= d.evidence.start < m.start()]
        second = [d for d in days if m.end() <= d.evidence.start < end]
        if (
            first
            and second
            and TAKEN.search(text, m.end(), end)
            and TAKEN.search(text, start, m.start())
            and first[-1].value != second[0].value
            and not _follow_up_detention(text, (start, m.start()), (m.end(), end))
        ):
            return [m.end()]
    for m in _SECOND_ACTION.finditer(text, start, end):
        cut = m.start("day") if m["day"] else m.start("verb")
        first = [d for d in days if start <= d.evidence.start < m.start()]
        second = [d for d in days if cut <= d.evidence.start < end]
        if (
            first
            and second
            and TAKEN.fullmatch(m["verb"])
            and TAKEN.search(text, start, m.start())
            and first[-1].value != second[0].value
        ):
            found.append(cut)
    return found or _dated_second_actions(text, start, end, days) or _gapped(text, start, end, days)


# "and" before a second action's day in any words the date reader knows ("killed four
# insurgents on Tuesday, and two days later arrested three of their suppliers"), and the
# past-tense verb right after that day.
_AND = re.compile(r"(?:,?\s+and|,\s+(?:while|then))\s+(?:(?:also|then)\s+)?")
_VERB_AFTER = re.compile(r",?\s+(?:(?:also|then)\s+)?(?P<verb>[a-z]+ed|shot|caught|took)\b")


def _dated_second_actions(
    text: str, start: int, end: int, days: Sequence[DateMention]
) -> list[int]:
    """Where a second action begins on a day of its own told right after "and" in any
    words the date reader resolved ("and two days later arrested three")."""
    found = []
    for m in _AND.finditer(text, start, end):
        day = next((d for d in days if d.evidence.start == m.end()), None)
        if day is None:
            continue
        verb = _VERB_AFTER.match(text, day.evidence.end, end)
        first = [d for d in days if start <= d.evidence.start < m.start()]
        if (
            verb is not None
            and first
            and TAKEN.fullmatch(verb["verb"])
            and TAKEN.search(text, start, m.start())
            and first[-1].value != day.value
        ):
            found.append(m.end())
    return found


# A second taking told without its verb, by a count of more people and their own day: "three
# of them were detained at the scene and two more on Monday", "arrested four suspects and
# another two on Tuesday" (the verb of the clause before is theirs).
_GAPPED = re.compile(
    r",?\s+and\s+(?P<clause>(?:another|a\s+further)\s+(?P<n1>[\w-]+)|(?P<n2>[\w-]+)\s+(?:more|others))"
    r"\s+(?:(?:on|early|late)\s+)?",
    re.IGNORECASE,
)


def _gapped(text: str, start: int, end: int, days: Sequence[DateMention]) -> list[int]:
    """Where a verbless second taking on a day of its own begins ("... and two more on
    Monday"): after a taking in the sentence, a count and "more" (or "another" and a count)
    right before a day other than the last day told before it."""
    for m in _GAPPED.finditer(text, start, end):
        count = parse_quantity(m["n1"] or m["n2"])
        day = next((d for d in days if d.evidence.start == m.end()), None)
        before = [d for d in days if d.evidence.start < m.start()]
        if (
            count is not None
            and day is not None
            and before
            and before[-1].value != day.value
            and TAKEN.search(text, start, m.start())
        ):
            return [m.start("clause")]
    return []
