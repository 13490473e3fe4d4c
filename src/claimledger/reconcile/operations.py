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
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract.dates.document import SET_OFF_CHARS
from claimledger.extract.dates.headers import PAREN_DATELINE
from claimledger.extract.dates.mentions import SAME_DAY
from claimledger.extract.dates.resolution import PAST_DAY
from claimledger.extract.numbers.report_parts import NUMBERED, PART_OPENERS
from claimledger.reconcile.operation_days import (
    PERSON_ACTION,
    TAKEN,
    clauses_on_days,
    later_day,
    opening_time,
    opening_times,
    opens_on_day,
    recent_days,
)
from claimledger.reconcile.operation_release import HEADER_LINES
from claimledger.reconcile.operation_release import is_release as is_release
from claimledger.reconcile.operation_told import Told, main_first
from claimledger.reconcile.operation_told import acts as _acts
from claimledger.records import DateMention

_OPERATION = (
    r"(?:operation|raid|strike|air ?strike|attack|assault|incident|ambush|clash|engagement"
    r"|development|drive)s?"
)
# "In a separate operation", "In a second raid", "During another strike", "Separately,".
NEW_OPERATION = re.compile(
    r"^\W*(?:(?:in|during|at)\s+(?:a|an|the)?\s*(?:separate|second|third|fourth|fifth|another"
    r"|later|subsequent|related|different|further)\s+(?:[\w-]+\s+){0,2}?"
    + _OPERATION
    + r"\b|separately\b|in (?:a|an) (?:[\w-]+\s+)?other\s+"
    + _OPERATION
    + r"\b)",
    re.IGNORECASE,
)
_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)"
# "Two operations were carried out", "conducted four raids", "in three separate strikes".
ANNOUNCES_SEVERAL = re.compile(
    rf"\b{_NUMBER}\s+(?:separate\s+|simultaneous\s+|different\s+)?" + _OPERATION + r"\b",
    re.IGNORECASE,
)
# "In Hallow Creek, ...", "In Kettle and Marn, ...", "Near the town of Orlo, ...".
OPENS_ON_PLACE = re.compile(
    r"^\W*(?i:in|near|at|outside|around)\s+(?:the\s+(?:\w+\s+)?(?:of\s+)?)?"
    r"[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){0,3}"
    # "In the Euphrates Shield area,", "In the Est region,", "In the Lipsk direction,"
    r"(?:\s+(?:area|region|district|province|sector|zone|county|state|governorate|direction"
    r"|axis|front))?\s*,"
)


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
# In a release, a sentence where one more operation begins: "ANA also carried out a
# clearing operation in Andar district", "Police also conducted a raid in ...".
_ALSO = r"^\W*(?:[\w'-]+\s+){1,4}also\s+"
ALSO_OPERATION = re.compile(_ALSO + r"(?:carried\s+out|conducted|launched|mounted)\b")
# At a paragraph's start, "Security forces also apprehended a facilitator ...": one more
# operation (inside a paragraph, "Troops also arrested two at the scene" is the same one).
ALSO_ACTION = re.compile(
    _ALSO + r"(?:arrested|detained|apprehended|captured|killed"
    r"|neutrali[sz]ed|eliminated|rounded\s+up|intercepted|raided|foiled)\b"
)
# In a release, a sentence that opens on "Meanwhile," or "Also," and reports people
# killed or detained: "Meanwhile, police arrested a suspected bomb maker at Osk".
# (the openers of another part are the number reader's, report_parts.PART_OPENERS)
ALSO_OPENING = re.compile(
    r"^\W*(?:" + PART_OPENERS + r"|also|in\s+addition|additionally|similarly|likewise)\s*,",
    re.I,
)
# In a release, "in a separate drive/operation" anywhere in a sentence ("RAB also arrested
# three men ... in a separate drive in Osk on Sunday"), and a numbered item ("2. Special
# forces carried out a raid ...").
SEPARATE_ANYWHERE = re.compile(r"\bin\s+(?:a|another)\s+separate\s+" + _OPERATION + r"\b", re.I)
# In a release, a sentence that opens on the day of the operation before ("The same day,
# in the Djibo area, a convoy was ambushed", "Later that day, police arrested ...").
SAME_DAY_OPENING = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s+)?(?:(?:on|later\s+on)\s+)?(?:" + SAME_DAY.pattern + r")\s*,", re.I
)
# A line that opens on a bullet ("- Border guards arrested ...", "\u2022 Ground forces ...");
# an item after another item is one more operation, as a numbered one is.
BULLET_LINE = re.compile(r"^[ \t]*[-\u2013\u2022*][ \t]+\S", re.M)
# In a release, a paragraph that goes back to an earlier event with its own toll: "The
# operation came two days after militiamen attacked a police station, killing three
# policemen" is one more operation (the attack), dated from the day before it
# (``extract/dates/mentions``' counted days).
CAME_AFTER = re.compile(
    r"^\W*(?:[\w'-]+\s+){1,4}?(?:came|comes|followed|follows)\s+(?:just\s+|only\s+)?"
    r"(?:an?|one|two|three|four|five|six|\d+|several|hours|days)\s*(?:hours?|days?|nights?|weeks?)?"
    r"\s+after\b",
    re.I,
)
# A release's operations took place at most this many days before its date.
RECENT_DAYS = 10
# The day must come within this many characters of the paragraph's start.
OPENING_CHARS = 60
# An action an operation reports.
ACTION = re.compile(
    r"\b(?:kill|arrest|detain|captur|apprehend|neutrali[sz]|eliminat|shot|shoot|clash"
    r"|attack|ambush|raid|strike|struck|bomb|seiz|repel|abduct|kidnap|fir(?:ed|ing) (?:up)?on"
    r"|under\s+fire"
    r"|intercept|custody|engag|foil|thwart|encounter|gunfight|firefight|bodies|operations?\b)\w*",
    re.IGNORECASE,
)
# In a release, deaths an operation reports besides ACTION's: "a soldier lost his life when a
# landmine exploded", "two constables embraced martyrdom". (News keeps ACTION alone: its
# later paragraph "On Sunday, the second victim died" is the incident's follow-up.)
RELEASE_ACTION = re.compile(
    r"\b(?:died|dead|lost\s+(?:his|her|their)\s+li(?:fe|ves)|martyr\w*|shahadat|explo\w*"
    r"|landmine|IED|supreme\s+(?:price|sacrifice))\b"
    rf"|{PERSON_ACTION.pattern}",
    re.IGNORECASE,
)


def operation_spans(
    text: str,
    sentences: Sequence[tuple[int, int]],
    dates: Sequence[DateMention] = (),
    reference: str | None = None,
    people: Sequence[int] = (),
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
    told = Told(text, tuple(people), tuple(sentences))
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
                and _release_marks(
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
    body = [d for d in days if not _in_header(text, d.evidence.start)]
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


def _release_marks(
    told: Told,
    span: tuple[int, int],
    before: tuple[int, int],
    not_first: bool,
    paragraph: bool,
    mentions: tuple[Sequence[DateMention], Sequence[DateMention]],
) -> bool:
    """Whether a release's sentence ``span`` begins one more operation after the one
    ``before`` by a marker of a release (``not_first``: the text's first sentence opens
    none of these; ``paragraph``: the sentence opens a line)."""
    start, end = span
    sentence = told.text[start:end]
    people_here = told.people(start, end)
    return bool(
        (
            not_first
            and _another_in_release(
                sentence,
                paragraph,
                people_here or told.later(start) or told.deaths(span),
                told.text[told.text.rfind("\n", 0, start) + 1 : end],
            )
        )
        or (_second_bullet(told.text, start) and people_here)
        or (paragraph and _came_after(told, sentence, start, end))
        or (paragraph and _another_place(told, sentence, before))
        or (not paragraph and _elsewhere(told, sentence, before))
        or (not_first and _another_time(told, span, before, mentions, paragraph))
        or (not_first and _another_unit(told, span, before, paragraph))
    )


def _another_in_release(
    sentence: str, line_start: bool = False, people: bool = False, line: str = ""
) -> bool:
    """A release's sentence that begins one more operation ("The army also carried out a
    clearing operation ...", "Meanwhile, police arrested ...", "... in a separate drive",
    a numbered item at a line's start that reports people killed or detained)."""
    if ALSO_OPERATION.search(sentence) or SEPARATE_ANYWHERE.search(sentence):
        return True
    # (a paragraph: inside one, "Later that day, troops detained another fighter" is
    # the same operation's follow-up)
    if (
        line_start
        and SAME_DAY_OPENING.search(sentence)
        and (ACTION.search(sentence) or RELEASE_ACTION.search(sentence))
    ):
        return True
    if line_start and ALSO_ACTION.search(sentence):
        return True
    opens = ALSO_OPENING.search(sentence) or (
        # (the item's number may stand as a sentence of its own: "3." then "An ANA soldier")
        line_start and _numbered_item(line or sentence)
    )
    return bool(opens and people)


def _came_after(told: Told, sentence: str, start: int, end: int) -> bool:
    """A sentence that goes back to an earlier event reporting people ("The operation came
    two days after militiamen attacked ..., killing three policemen"; not "The arrests came
    hours after a bomb exploded")."""
    m = CAME_AFTER.search(sentence)
    return m is not None and told.people(start + m.end(), end)


def _another_time(
    told: Told,
    sentence: tuple[int, int],
    before: tuple[int, int],
    mentions: tuple[Sequence[DateMention], Sequence[DateMention]],
    paragraph: bool,
) -> bool:
    """A release's sentence that takes or kills people at a time of its own after an
    operation that did too (``mentions``: the recent days and weeks, and the days): inside
    a paragraph, on a later day than the operation before names ("... the arrest of a
    supplier the next day"); at a paragraph's start, on a day or week told in other words
    ("Yesterday morning, officers arrested six" after "Overnight, ... shot dead one")."""
    start, end = sentence
    text = told.text
    people = told.people(start, end) or (paragraph and told.later(start))
    if not (people and told.people(*before) and TAKEN.search(text, start, end)):
        return False
    dates, days = mentions
    if not paragraph:
        named = [
            d
            for d in days
            if before[0] <= d.evidence.start < before[1] and not _in_header(text, d.evidence.start)
        ]
        later = [d for d in days if start <= d.evidence.start < end]
        return later_day(named, later) or bool(SINCE.search(text, start, end))
    said = [
        d
        for d in dates
        if before[0] <= d.evidence.start < before[1] and not _in_header(text, d.evidence.start)
    ]
    return opening_time(text, start, end, dates, said)


# A taking told as done since the operation before ("Security forces have since arrested
# three suspects"), or as done up to now ("Police have so far detained one suspect"): a
# time of its own, up to the release's day ("Police have arrested a woman in connection
# with the death" may be the operation's own end: no time said).
SINCE = re.compile(
    r"\b(?:ha(?:ve|s|d)|were|was)\s+since\b|\bsince\s+then\b"
    r"|\bha(?:ve|s)\s+(?:so\s+far|now|already|subsequently)\s+(?:been\s+)?"
    r"(?:arrested|detained|apprehended|captured|taken\s+into\s+custody|picked\s+up"
    r"|rounded\s+up)\b"
    # ("Police have detained one suspect so far")
    r"|\bha(?:ve|s)\s+(?:been\s+)?(?:arrested|detained|apprehended|captured)\b[^.;]{0,60}?"
    r"\b(?:so\s+far|to\s+date|since)\b",
    re.I,
)


# A sentence's subject that is another unit than the one before ("On Monday night, another
# patrol arrested ...", "Also yesterday, a separate unit killed ...", "A second team of
# detectives detained ..."): within OPENING_CHARS of its start.
ANOTHER_UNIT = re.compile(
    r"\b(?:another|a\s+(?:second|third|separate|different|further)|one\s+more)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:patrol|unit|team|squad|detachment|platoon|company|battalion"
    r"|brigade|force|section|crew|column|group\s+of\s+(?:soldiers|officers|troops))s?\b",
    re.IGNORECASE,
)


def _another_unit(
    told: Told, span: tuple[int, int], before: tuple[int, int], paragraph: bool
) -> bool:
    """A release's sentence whose subject is another unit ("another patrol", "a separate
    unit") that takes or kills people, after an operation that did too: one more operation,
    even on the same day."""
    start, end = span
    unit = ANOTHER_UNIT.search(told.text, start, min(end, start + OPENING_CHARS))
    people = told.people(start, end) or (paragraph and told.later(start))
    return bool(unit and people and told.people(*before))


def _numbered_item(sentence: str) -> bool:
    """A numbered paragraph after the first (report_parts.NUMBERED; not "1.": the first
    item is the operation the header opens)."""
    item = NUMBERED.match(sentence)
    return item is not None and item["n"] != "1"


# A place a sentence names: "in El Charco", "officers in Lodwar", "near Tarn".
_PLACE_NAMED = re.compile(
    r"\b(?i:in|near|at|around|outside)\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)"
)


def _elsewhere(told: Told, sentence: str, before: tuple[int, int]) -> bool:
    """Inside a release's paragraph, a sentence that reports people killed or detained at
    a place the operation before never names, opening on the same day ("The same day, in
    El Charco, soldiers captured two more", "On the same day, officers in Lodwar arrested
    two men") or on its place ("In Judea and Samaria, forces apprehended 16"); "Later that
    day, troops detained another fighter who tried to flee" stays with its operation."""
    same_day = SAME_DAY_OPENING.search(sentence)
    start = before[1]
    if not (same_day or OPENS_ON_PLACE.search(sentence)) or not told.people(
        start, start + len(sentence)
    ):
        return False
    said = told.text[before[0] : before[1]]
    places = [m.group(1) for m in _PLACE_NAMED.finditer(sentence)]
    return bool(places) and not any(p in said for p in places)


def _another_place(told: Told, sentence: str, before: tuple[int, int]) -> bool:
    """A release's paragraph on a place that reports people killed or detained after an
    operation that did too ("In Arghandab district, police on Sunday arrested a would-be
    bomber"), even on the same day; not the first item after "carried out the following
    operations:"."""
    return bool(
        OPENS_ON_PLACE.search(sentence)
        and told.people(before[1], before[1] + len(sentence))
        and told.people(*before)
    )


def _second_bullet(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is a bulleted item after another bulleted item."""
    line = text.rfind("\n", 0, start) + 1
    if not BULLET_LINE.match(text, line):
        return False
    before = text.rfind("\n", 0, max(line - 1, 0)) + 1
    return line > 0 and bool(BULLET_LINE.match(text, before, line))


def _in_header(text: str, at: int) -> bool:
    """Whether ``at`` lies on a short line among a text's first lines ("Osk, 14 May 2024")
    or in a dated dateline ("OSK, Norland (May 3, 2024) -")."""
    if (m := PAREN_DATELINE.match(text)) and at < m.end():
        return True
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : len(text) if end < 0 else end].strip()
    return (
        text.count("\n", 0, start) <= HEADER_LINES + 2
        and len(line) <= SET_OFF_CHARS
        and not line.endswith(".")
        and not ACTION.search(line)
    )


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
    if not opening or not (
        _acts(ACTION, text, before)
        or (release and (_acts(RELEASE_ACTION, text, before) or told.people(*before)))
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
    # (a release's header date is no operation's day: "Osk, 14 May 2024" above "On Monday
    # ... The following day, ..." leaves the 14th to the next operation)
    # (nor is a daily report's "past 24 hours" a day the operation names: "Over the past 24
    # hours, aviation struck ... On 8 October, a reconnaissance group detained ...")
    body = {
        d.value
        for d in days
        if before[0] <= d.evidence.start < before[1]
        and not _in_header(text, d.evidence.start)
        and not PAST_DAY.search(d.evidence.text)
    }
    return (release or bool(named)) and opening[0].value not in (body if release else named)


def _tells_nothing(told: Told, span: tuple[int, int]) -> bool:
    """Whether a span is a header alone: short lines, none a sentence, that tell no death
    and no one taken."""
    lines = [line.strip() for line in told.text[span[0] : span[1]].splitlines()]
    return not (
        told.deaths(span)
        or _acts(RELEASE_ACTION, told.text, span)
        or any(len(line) > 90 or line.endswith((".", "!", "?")) for line in lines)
    )
