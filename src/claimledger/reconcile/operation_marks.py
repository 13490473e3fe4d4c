"""A release's markers of one more operation (split from ``operations.py``, twenty-second
session).

``operations.operation_spans`` reads a text's sentences one after the other; a sentence begins
one more operation when it opens on a marker of another ("In a separate operation",
"Separately,", NEW_OPERATION), or, in a press release, when :func:`release_marks` finds one of
a release's ways of telling the next operation: "also carried out an operation", "Meanwhile,"
or a numbered item that reports people, a bulleted item after another, "The operation came
two days after ...", a paragraph on another place, a sentence on the same day at a place the
operation before never names, a taking at a time of its own (an arrest on a day of its own: the releases gold's
convention), another unit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract.dates.mentions import ATTACK_DATE_CONFIDENCE, SAME_DAY
from claimledger.extract.numbers.report_parts import NUMBERED, PART_OPENERS
from claimledger.reconcile.operation_days import TAKEN, later_day, opening_time
from claimledger.reconcile.operation_release import in_header
from claimledger.reconcile.operation_told import ACTION, RELEASE_ACTION, Told
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
# The day must come within this many characters of the paragraph's start.
OPENING_CHARS = 60


def release_marks(
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
        or ((not paragraph or _YIELDED.search(sentence)) and _elsewhere(told, sentence, before))
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
    # (inside a paragraph only with people killed or taken: "Later that day, air defence
    # units destroyed the launch site and killed its crew" is one more operation, as the
    # releases gold tells every such sentence; "Later that day, the area was cleared" is not)
    if (
        (line_start or people)
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
    ("Yesterday morning, officers arrested six" after "Overnight, ... shot dead one"); and
    anywhere, an arrest on a day of its own (:func:`_arrest_on_own_day`)."""
    start, end = sentence
    text = told.text
    people = told.people(start, end) or (paragraph and told.later(start))
    taking = TAKEN.search(text, start, end) or told.holds(start, end)
    if not (people and told.people(*before) and taking):
        return False
    dates, days = mentions
    if _arrest_on_own_day(told, sentence, days):
        return True
    if not paragraph:
        named = [
            d
            for d in days
            if before[0] <= d.evidence.start < before[1] and not in_header(text, d.evidence.start)
        ]
        later = [d for d in days if start <= d.evidence.start < end]
        return later_day(named, later)
    said = [
        d
        for d in dates
        if before[0] <= d.evidence.start < before[1] and not in_header(text, d.evidence.start)
    ]
    return opening_time(text, start, end, dates, said)


# The words of an arrest (a detention, a capture, a surrender into custody).
ARREST = re.compile(
    r"\b(?:arrest|detain|captur|apprehend|nabb|custody|surrender)\w*"
    r"|\b(?:taken|picked|rounded)\s+(?:in|up)\b",
    re.I,
)
# An arrest at the attack's own place is the attack's operation whatever its time: "A man was
# arrested at the scene this morning" after a fatal house fire (releases-fresh24's form; every
# arrest "at the scene" or "on the spot" of releases 1-23 is its attack's too, with no day).
AT_THE_SCENE = re.compile(r"\b(?:at|from|near)\s+the\s+scene\b|\bon\s+the\s+spot\b", re.I)
# The confidences of a date that hangs on an attack's own word ("Friday's shooting").
_ATTACK_DAY = frozenset(ATTACK_DATE_CONFIDENCE.values())


def _arrest_on_own_day(told: Told, sentence: tuple[int, int], days: Sequence[DateMention]) -> bool:
    """Whether a release's sentence tells an arrest on a day of its own (``days``: the recent
    days; a week, "over the weekend", splits none: measured, it moved a release's detainees
    to the wrong operation): the convention of
    the releases gold (twenty-second session), "A suspect was arrested Monday afternoon",
    "Detectives arrested two brothers yesterday", "A suspect was detained this morning" (or
    any detainee the number reader finds: "was booked into the county jail on Wednesday") are
    an operation of their own, dated by that day, whatever the operation before named; an
    arrest with no day ("Police have arrested a woman in connection with the death", "have
    since arrested", "have so far detained") stays with it, and so does a day that dates
    the attack ("arrested two men over Friday's shooting") and an arrest at the attack's
    own place (AT_THE_SCENE, twenty-eighth session)."""
    start, end = sentence
    if not (_arrest_told(told.text, start, end) or told.holds(start, end)):
        return False
    if AT_THE_SCENE.search(told.text, start, end):
        return False  # (the attack's own place: "A man was arrested at the scene this morning")
    return any(
        start <= d.evidence.start < end
        and d.evidence.confidence not in _ATTACK_DAY
        and not HOURS_LATER.search(d.evidence.text)
        for d in days
    )


# A time counted in hours or minutes from the attack is the pursuit's, no day of its own: "The
# suspect fled on a motorcycle and was caught a few hours later" (twenty-ninth session).
HOURS_LATER = re.compile(r"\b(?:hours?|minutes?)\s+(?:later|after(?:wards?)?)\b", re.I)


# An arrest a suspect escaped or fought off is none: "was shot dead while trying to escape
# arrest", "resisted arrest", "evaded capture" (the verb before the arrest's noun).
_EVADED = re.compile(
    r"\b(?:resist|escap|evad|avoid|flee|fled|dodg|fight|fought)\w*\s+(?:\w+\s+)?$", re.I
)


def _arrest_told(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` tells an arrest (ARREST) that was made, not one evaded."""
    return any(
        not _EVADED.search(text, max(start, m.start() - 30), m.start())
        for m in ARREST.finditer(text, start, end)
    )


# A sentence's subject that is another unit than the one before ("On Monday night, another
# patrol arrested ...", "Also yesterday, a separate unit killed ...", "A second team of
# detectives detained ..."): within OPENING_CHARS of its start.
_ANOTHER = r"\b(?:another|a\s+(?:second|third|separate|different|further)|one\s+more)\s+"
ANOTHER_UNIT = re.compile(
    _ANOTHER + r"(?:[\w-]+\s+){0,2}?(?:patrol|unit|team|squad|detachment|platoon|company"
    r"|battalion|brigade|force|section|crew|column|group\s+of\s+(?:soldiers|officers|troops)"
    # or another party the operation met (ANOTHER_PARTY)
    r"|group|gang|band|cell|boat|vessel|vehicle|convoy)s?\b",
    re.IGNORECASE,
)
# Another party the operation before met: "a second group tried to cross the river; one
# smuggler drowned and two were detained" is one more operation of the same day when it
# names none of its own (``operation_dates``; twenty-ninth session).
ANOTHER_PARTY = re.compile(
    _ANOTHER + r"(?:[\w-]+\s+){0,2}?(?:group|gang|band|cell|boat|vessel|vehicle|convoy)s?\b"
    r"(?!\s+of\s+(?:soldiers|officers|troops))",
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


# An arrest's words but a surrender: enemy soldiers who give themselves up at another place
# are the war's event of their own, as prisoners taken there are ("Enemy losses amounted to
# 41 killed. Three enemy soldiers surrendered near Kallin", releases-fresh24's form).
_CUSTODY = re.compile(ARREST.pattern.replace("|custody|surrender", "|custody"), re.I)
# At a paragraph's start only these (a killing there with no opener stays the paragraph
# rule's: ``operations._opens_on_own_day``).
_YIELDED = re.compile(r"\b(?:surrender\w*|prisoners?)\b", re.I)


def _elsewhere(told: Told, sentence: str, before: tuple[int, int]) -> bool:
    """Inside a release's paragraph, a sentence that reports people killed or detained at
    a place the operation before never names, opening on the same day ("The same day, in
    El Charco, soldiers captured two more", "On the same day, officers in Lodwar arrested
    two men") or on its place ("In Judea and Samaria, forces apprehended 16"), or, with no
    opener, that kills people there after an operation that reported people (twenty-second
    session: "ANA Air Force strikes in Qarabagh district on Wednesday killed 5 Taliban")."""
    same_day = SAME_DAY_OPENING.search(sentence)
    start = before[1]
    if not told.people(start, start + len(sentence)):
        return False
    if not (same_day or OPENS_ON_PLACE.search(sentence)) and (
        _CUSTODY.search(sentence) or not told.people(*before)
    ):
        # with no opener, only a killing after an operation that reported people ("ANA
        # commandos ... killing 7. ANA Air Force strikes in Qarabagh on Wednesday killed 5");
        # an arrest with no day of its own stays with the attack (the convention)
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
