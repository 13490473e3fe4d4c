"""Press releases that report several operations: sentence spans -> one span per operation.

Input: the document text and its sentence boundaries (character offsets).
Output: the spans of the operations the text reports one after the other, each
its own incident (``reconcile/incidents.py`` uses them as it uses the clusters
of a roundup); an empty list when the text reports one operation.

A military's or a ministry's release often tells several operations in one
text: "... killed three militants and detained two suspects. In a separate
operation near X, the force arrested a commander." An operation starts at

* a sentence that opens with a marker of another operation: "In a separate
  operation", "In a second raid", "In another strike", "Separately, ...";
* or, after a sentence announcing several ("Two operations were carried out on
  Friday", "conducted four operations in X province"), each sentence that
  opens on a place: "In Hallow Creek, troops killed ...", "In Kettle and Marn, ...".

* or a paragraph that opens on its own day, a day other than every day the
  operation before it names, and reports an action: "On Sunday, intelligence
  units arrested ...", "Yesterday, detectives in Mombasa arrested ...", "2. On
  Wednesday, units ... detained ...", "In Khost province on Sunday, a combined
  force killed ..." after a paragraph about Monday night. A release tells its
  operations paragraph by paragraph, each dated; a news story's later paragraph
  on the same day ("On Sunday, police said ...") stays with its incident. Only
  days of the last RECENT_DAYS before the document's stated date count: a
  release reports the past days' operations, while an encyclopedia's or a court
  story's later paragraphs ("On February 18, 2015, ...") tell the story's history.

In a release (``is_release``: a header line names one, "Press Statement",
"Communique", "Daily Update", "Kenya Defence Forces", or a dated dateline "OSK,
Norland (May 3, 2024) -"), operations are also told one after the other inside a
paragraph: any sentence may open on its own day ("... killed nine gunmen. On 11 May,
a patrol arrested four suspects"), the operation before need name no day ("operations
this week ..."), and "The army also carried out an operation ...", "Meanwhile, police
arrested ...", "The same day, in the Djibo area, ..." begin one more; a paragraph that
reports people killed or detained may give its own day at its end ("The Counter-Terrorism
Service arrested ... on Wednesday"). A news story's later sentence on another day is often its
incident's follow-up ("On Sunday, police arrested a suspect"), so news keeps the
paragraph rule.

Each operation runs to the sentence before the next one; what comes before the
first (the dateline, the announcement) stays with the first operation, which
is the main incident.

The words that mark one more operation and a release's markers are in
``operation_marks.py`` (split from this module in the twenty-second session).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract.dates.mentions import FOLLOW_UP_DATE_CONFIDENCE
from claimledger.extract.dates.resolution import PAST_DAY
from claimledger.reconcile.operation_days import (
    clauses_on_days,
    opening_times,
    opens_on_day,
    recent_days,
)
from claimledger.reconcile.operation_marks import ALSO_OPENING as ALSO_OPENING
from claimledger.reconcile.operation_marks import (
    ANNOUNCES_SEVERAL,
    NEW_OPERATION,
    OPENING_CHARS,
    OPENS_ON_PLACE,
    release_marks,
)
from claimledger.reconcile.operation_marks import SAME_DAY_OPENING as SAME_DAY_OPENING
from claimledger.reconcile.operation_release import in_header
from claimledger.reconcile.operation_release import is_release as is_release
from claimledger.reconcile.operation_told import (
    ACTION,
    RELEASE_ACTION,
    Told,
    main_first,
)
from claimledger.reconcile.operation_told import acts as _acts
from claimledger.records import DateMention

# A paragraph's opening words before its day: a list number, then a time or a place
# ("2. On Wednesday", "Yesterday", "In Khost province on Sunday", "Last night").
OPENING = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s+)?(?:(?i:on|yesterday|today|earlier|last|this|early|late|overnight"
    r"|in|near|at|around|outside|during)\b"
    # or a short subject before its day: "Troops on Sunday ...", "Police in Aden early today"
    r"|(?:[A-Z][\w'-]*\s+){1,3}(?:on|in|early|late|last|yesterday|this)\b)"
)
# In a release, the subject before its day may be longer and lowercase: "Troops pursuing the
# attackers on Saturday ...", "Squads searching the hills on Wednesday ..." (the day must still
# come within OPENING_CHARS of the start); a news story's "Police investigating the case on
# Monday ..." is often its incident's follow-up.
RELEASE_OPENING = re.compile(
    OPENING.pattern[:-1] + r"|[A-Z][\w'-]*\s+(?:[\w'-]+\s+){0,4}?(?:on|in|early|late|last)\b)"
)
# A sentence that starts a line (after a list number, "2.").
PARAGRAPH_START = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[-\u2013\u2022*])?[ \t]*$")
# A release's operations took place at most this many days before its date.
RECENT_DAYS = 10


def operation_spans(
    text: str,
    sentences: Sequence[tuple[int, int]],
    dates: Sequence[DateMention] = (),
    reference: str | None = None,
    people: Sequence[int] = (),
    held: Sequence[int] = (),
) -> list[list[tuple[int, int]]]:
    """The spans of a text's successive operations (empty when it reports one).

    Args:
        text: the document text.
        sentences: sentence boundaries (start, end), in text order.
        dates: the document's resolved date mentions (for paragraphs that open on
            their own day).
        reference: the document's stated date (ISO); without it no paragraph
            opens an operation by its day.
        people: where the number reader found people killed, detained or taken (the
            offsets of its figures): a sentence reports people when its words do
            (PERSON_ACTION) or a figure lies in it, so every wording the number reader
            learns as a class ("netted five", "is in police custody") counts here too.
        held: the offsets of its figures of people detained (of ``people``): a sentence
            tells a taking when its words do (TAKEN) or such a figure lies in it ("was
            booked into the county jail").

    Returns:
        One single-span list per operation, in text order (the shape of
        ``incidents._place_clusters``), or [] when fewer than two start.
    """
    starts: list[int] = []
    announced = False
    own_day = False
    days = recent_days(dates, reference, RECENT_DAYS)
    release = is_release(text)
    times = opening_times(dates, days, reference) if release else []
    sentences, clauses = _clauses(text, sentences, days) if release else (sentences, set())
    if release:
        sentences, clauses = _place_clauses(Told(text, tuple(people), ()), sentences, clauses)
    told = Told(text, tuple(people), tuple(sentences), tuple(held))
    first = next((s for s, _ in sentences), 0)
    previous = first
    for start, end in sentences:
        sentence = text[start:end]
        paragraph = bool(PARAGRAPH_START.search(text[max(0, start - 8) : start]))
        if (
            start in clauses
            or NEW_OPERATION.search(sentence)
            or (announced and OPENS_ON_PLACE.search(sentence))
            or (
                release
                and release_marks(
                    told, (start, end), (previous, start), start != first, paragraph, (times, days)
                )
            )
        ):
            starts.append(start)
            previous = start
        elif (release or paragraph) and _opens_on_own_day(
            told, (start, end), (previous, start), days, release, paragraph
        ):
            starts.append(start)
            previous = start
            own_day = own_day or len(starts) == 1
        elif ANNOUNCES_SEVERAL.search(sentence) and not starts:
            announced = True
    if not starts:
        return []
    bounds = _bounds(told, first, starts, announced and not own_day, release)
    if len(bounds) < 2:
        return []
    ends = [*bounds[1:], len(text)]
    spans = [[(b, e)] for b, e in zip(bounds, ends, strict=True)]
    if release and not told.deaths(spans[0][0]) and told.deaths(spans[1][0]):
        # "On June 9, the air component struck a base ... On June 10, a ground unit
        # intercepted a convoy; 17 terrorists were killed": the operation that reports
        # people is the main one; the strike that reports none comes after it
        spans = [*spans[1:], spans[0]]
    return main_first(told, spans) if release else spans


def _clauses(
    text: str, sentences: Sequence[tuple[int, int]], days: Sequence[DateMention]
) -> tuple[list[tuple[int, int]], set[int]]:
    """A release's sentences split where a second action on a day of its own begins, and
    where those begin (the header's date is no action's day)."""
    body = [d for d in days if not in_header(text, d.evidence.start)]
    return clauses_on_days(text, sentences, body)


# A clause of a release's sentence that opens on a place after a semicolon: "In Marrek, they
# arrested eight suspects; in Zarin, a suspect who resisted arrest was killed."
_PLACE_CLAUSE = re.compile(r";\s+(?=" + OPENS_ON_PLACE.pattern.removeprefix("^\\W*") + ")")


def _place_clauses(
    told: Told, sentences: Sequence[tuple[int, int]], clauses: set[int]
) -> tuple[list[tuple[int, int]], set[int]]:
    """A release's sentences split where a clause opens on a place after a semicolon, when
    both sides report people killed or detained (one more operation, as a sentence that
    opens on a place is), and where those clauses begin."""
    out: list[tuple[int, int]] = []
    starts = set(clauses)
    for start, end in sentences:
        for m in _PLACE_CLAUSE.finditer(told.text, start, end):
            if told.people(start, m.start()) and told.people(m.end(), end):
                out.append((start, m.end()))
                starts.add(m.end())
                start = m.end()
        out.append((start, end))
    return out, starts


def _bounds(told: Told, first: int, starts: list[int], announced: bool, release: bool) -> list[int]:
    """Where the operations begin, from the first sentence and the markers' ``starts``.

    Without an announcement (``announced``: a sentence announced several, and the first
    marker is no paragraph on its own day), the operation told before the first marker
    is the first one; not when the text before the first reports people itself
    ("repelled four assaults near Dremo. The enemy lost about 25 fighters. Near Kastel, a
    group took three ..."). A release's header alone ("Summary of operations for the
    period ending 7 May 2022") is no operation: it heads the first one.
    """
    before_people = told.people(first, starts[0])
    bounds = starts if announced and not before_people else [first, *starts]
    if release and len(bounds) > 1 and _tells_nothing(told, (bounds[0], bounds[1])):
        bounds = [bounds[0], *bounds[2:]]
    return bounds


def _opens_on_own_day(
    told: Told,
    sentence: tuple[int, int],
    before: tuple[int, int],
    days: Sequence[DateMention],
    release: bool = False,
    line_start: bool = False,
) -> bool:
    """Whether a sentence opens a paragraph on a day the operation ``before`` never names.

    The operation before must report an action of its own (a header's date is not an
    operation's day). The day comes within OPENING_CHARS of the start ("On Sunday,",
    "2. Yesterday,"), or anywhere in a sentence that opens on a place ("In the Hakurk
    region, two fighters who fired on the base yesterday were ...").

    The caller passes only a sentence that opens a line, or any sentence of a release.
    In a release (``release``) any sentence may open the next operation so, and the
    operation before need name no day ("operations carried out this week ... In the Est
    region, on Friday, a patrol arrested ..."): a release tells its operations one
    after the other, where a news story's next sentence on another day ("On Sunday,
    police arrested a suspect") is often the same incident's follow-up. A release's
    sentence at a line's start (``line_start``) that reports people killed or detained
    may name its day anywhere, and its deaths may be told without ACTION's words
    (RELEASE_ACTION: "lost his life", "embraced martyrdom").
    """
    start, end = sentence
    if start == before[0]:
        return False
    text = told.text
    words = text[start:end]
    # (in a release, the paragraph's later sentences may tell its people: "Earlier, on
    # Monday, engineering units came under mortar fire ... Two sappers were martyred.")
    people = release and (told.people(start, end) or (line_start and told.later(start)))
    acts = ACTION.search(words) or (release and (RELEASE_ACTION.search(words) or people))
    # A release's paragraph that reports people killed or detained may name its day
    # anywhere ("The Counter-Terrorism Service arrested a terrorist ... on Wednesday").
    anywhere = release and line_start and people
    # or any day the date extractor reads at its start: "The following day,", "Two days
    # later," (a day counted from the one before), "12 May:"
    opens = (RELEASE_OPENING if release else OPENING).search(words) or opens_on_day(
        text, start, end, days
    )
    if not acts or not (opens or anywhere):
        return False
    unnumbered = re.sub(r"^\W*\d{1,2}[.)]\s+", "", words)
    reach = (
        end if anywhere or OPENS_ON_PLACE.search(unnumbered) else min(end, start + OPENING_CHARS)
    )
    opening = [d for d in days if start <= d.evidence.start < reach]
    if not ACTION.search(words) and _follow_ups_only(opening):
        return False  # (a death of the wounded later: "One of them died in hospital on the 7th")
    if not opening or not (
        _acts(ACTION, text, before)
        or (release and (_acts(RELEASE_ACTION, text, before) or told.people(*before)))
        or (release and line_start and people and _dated_apart(told, before, days))
    ):
        return False  # (the people the number reader found: "picked up its driver ...")
    # (a daily report's "past 24 hours", "over the past day" names no operation's day)
    named = {
        d.value
        for d in days
        if before[0] <= d.evidence.start < before[1] and not PAST_DAY.search(d.evidence.text)
    }
    # A day late in the sentence opens an operation only after one that named its own
    # and reported people killed or detained (not after a header: "STRIKE SUMMARY",
    # "Joint Task Force Operation Safe Haven").
    if anywhere and not opens and not (named and told.people(*before)):
        return False
    body = _body_days(text, days, before)
    if release and opening[0].value in body and _later_part_of_day(opening[0], days, before):
        return True  # "On Tuesday, snipers killed three ... Last night, a unit ambushed ..."
    return (release or bool(named)) and opening[0].value not in (body if release else named)


def _body_days(text: str, days: Sequence[DateMention], before: tuple[int, int]) -> set[str]:
    """The days the operation ``before`` names in its body: a release's header date is no
    operation's day ("Osk, 14 May 2024" above "On Monday ... The following day, ..." leaves
    the 14th to the next operation), nor is a daily report's "past 24 hours" ("Over the past
    24 hours, aviation struck ... On 8 October, a reconnaissance group detained ...")."""
    return {
        d.value
        for d in days
        if before[0] <= d.evidence.start < before[1]
        and not in_header(text, d.evidence.start)
        and not PAST_DAY.search(d.evidence.text)
    }


# A part of the day a time names: "Last night", "on Tuesday evening", "early this morning".
_PART_OF_DAY = re.compile(r"\b(?:night|overnight|morning|afternoon|evening|dawn|midnight)\b", re.I)


def _later_part_of_day(
    opening: DateMention, days: Sequence[DateMention], before: tuple[int, int]
) -> bool:
    """Whether a release's sentence opens on a part of a day that the operation before names
    only as the whole day: "On Tuesday, our snipers killed three ... Last night, a unit
    ambushed a patrol" (the night of that Tuesday, an action of its own); not when the
    operation before names a part of that day too ("On Tuesday evening ... Later that night")."""
    if not _PART_OF_DAY.search(opening.evidence.text):
        return False
    same = [
        d for d in days if before[0] <= d.evidence.start < before[1] and d.value == opening.value
    ]
    return bool(same) and not any(_PART_OF_DAY.search(d.evidence.text) for d in same)


def _dated_apart(told: Told, before: tuple[int, int], days: Sequence[DateMention]) -> bool:
    """Whether the paragraphs ``before`` name a day of their own in their body (not the
    header's, not a daily report's period): a release's paragraph on its own day that
    reports people opens one more operation after them even when they report no one
    ("Overnight, aircraft targeted 50 sites ..." then "Earlier today, a force ... killing
    one": the strike is no operation of people, the killing one of its own day)."""
    return any(
        before[0] <= d.evidence.start < before[1]
        and not in_header(told.text, d.evidence.start)
        and not PAST_DAY.search(d.evidence.text)
        for d in days
    )


def _follow_ups_only(days: Sequence[DateMention]) -> bool:
    """Whether every day a sentence opens on dates a follow-up by the date role: a death of
    the wounded later ("One of them died in hospital on the 7th",
    ``extract/dates/followup._later_death``), a funeral; no operation's day."""
    return all(d.evidence.confidence == FOLLOW_UP_DATE_CONFIDENCE for d in days)


def _tells_nothing(told: Told, span: tuple[int, int]) -> bool:
    """Whether a span is a header alone: short lines, none a sentence, that tell no death
    and no one taken."""
    lines = [line.strip() for line in told.text[span[0] : span[1]].splitlines()]
    return not (
        told.deaths(span)
        or _acts(RELEASE_ACTION, told.text, span)
        or any(len(line) > 90 or line.endswith((".", "!", "?")) for line in lines)
    )
