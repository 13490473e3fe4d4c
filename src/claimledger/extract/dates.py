"""Stage 5: dates. ``RawDocument`` -> the document date; spaCy ``Doc`` -> ``DateMention``.

Two jobs:

* :func:`find_document_date` settles the date the document claims for itself:
  the caller's or the page metadata's date, else a dateline near the top of the
  text ("Nov 14, 2012", "Posted on 14 November 2012", "BAGHDAD, March 3, 2015
  (Reuters) -"), else the user's fallback.
* :func:`extract_dates` reads the date expressions of the text (spaCy DATE/TIME
  entities plus our own patterns for weekdays and deictic words) and resolves
  them against that date. Weekdays, "yesterday", "last week/month/year", "N
  days ago" and plain month/day forms are resolved here; only the remaining
  odd forms go to ``dateparser`` (slow), through a cache.

:func:`incident_date` picks, among the mentions, the date of the event itself.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from claimledger.records import DateMention, Evidence, RawDocument
from claimledger.resources.numwords import WORD_VALUES

if TYPE_CHECKING:
    from spacy.tokens import Doc

EXTRACTOR = "dates.v1"

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2,
    "wed": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4,
    "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
# Counts of time units ("two years ago", "a few days later"): one to twelve,
# an article as one, and vague words read as a typical count.
NUMBER_WORDS: dict[str, int] = (
    {"a": 1, "an": 1}
    | {w: n for w, n in WORD_VALUES.items() if 1 <= n <= 12}
    | {"a couple of": 2, "a few": 3, "several": 3}
)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"

# Absolute dates we parse ourselves (dateparser is ~100x slower than a regex).
_MDY = re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<day>{_DAY})(?:,\s*|\s+)(?P<year>{_YEAR})\b", re.I)
_DMY = re.compile(rf"\b(?P<day>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH}),?\s+(?P<year>{_YEAR})\b", re.I)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")
_NUMERIC = re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)\b")
_MY = re.compile(rf"\b(?P<mon>{_MONTH}),?\s+(?:of\s+)?(?P<year>{_YEAR})\b", re.I)

# A dateline: a line that is just a date, possibly after "Posted on", a weekday,
# or a city and before an agency tag; the date itself is group "date".
_DATE_ALT = rf"(?:{_MDY.pattern}|{_DMY.pattern}|{_ISO.pattern}|{_NUMERIC.pattern})"
_DATE_ALT = re.sub(r"\(\?P<\w+>", "(?:", _DATE_ALT)
_DATELINE = re.compile(
    rf"^\s*(?:(?:posted|published|updated|last\s+updated|first\s+published|date)"
    rf"(?:\s+by\s+[^\n]{{1,40}}?)?\s*(?:on|:)?\s*)?"
    # "BAGHDAD, " or "New York, " before the date (case-sensitive: a city, not a clause).
    # "SAMARRA, Iraq, " (a city and its country or state) is allowed too.
    rf"(?:(?-i:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){{0,3}}|[A-Z][a-z.'-]+(?: [A-Z][a-z.'-]+){{0,2}}),\s+"
    rf"(?:(?-i:[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){{0,2}}),\s+)?)?"
    rf"(?:{_WEEKDAY},?\s+)?"
    rf"(?P<date>{_DATE_ALT})"
    rf"(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{{2,5}})?)?"  # a time
    rf"\s*(?:\([A-Za-z .&]{{2,30}}\))?\s*(?:[-\u2013\u2014|:]\s*)?",
    re.I,
)
# What may follow the date on a date line: a byline or a separator.
_DATELINE_TAIL = re.compile(r"(?:by\b|\||\u00b7|\u2022)", re.I)
# How many non-empty lines from the top may hold a dateline.
DATELINE_LINES = 6

# Candidate scans. Python's ``re`` skips fast to a literal first character but not
# past a leading ``\b`` or a case-insensitive flag, so each scan starts on literal
# words and the words before it ("last", "two weeks") are read by looking back.
_WEEKDAY_RX = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?\b"
)
# Words before a weekday that belong to it; "overnight on Saturday" is Saturday's night.
_WEEKDAY_BEFORE = re.compile(
    r"\b(?:last|this|next|past|coming|early|late|overnight(?:\s+on)?|late\s+on|early\s+on)\s+$",
    re.I,
)
_DEICTIC_RX = re.compile(
    r"(?:yesterday|Yesterday|today|Today|tonight|Tonight|overnight|Overnight)\b"
    r"|(?:last|Last) night\b|(?:this|This) (?:morning|afternoon|evening)\b"
)
_PERIOD_RX = re.compile(
    r"(?:last|Last|this|This|next|Next|coming|Coming) (?:week(?:end)?|month|year)\b"
)
_PERIOD_BEFORE = re.compile(r"\b(?:earlier|later)\s+$", re.I)
_AGO_RX = re.compile(r"ago\b")
_AGO_BEFORE = re.compile(
    r"\b(?:\d{1,3}|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve)\s+(?:day|week|month|year)s?\s+$",
    re.I,
)
_MONTH_FIRST_RX = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"(?:,?\s*(?:19|20)\d\d\b)?"
)
_ISO_RX = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d\b")
_DAY_FIRST_RX = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:,? (?:19|20)\d\d\b)?"
)


def _candidates(text: str) -> list[tuple[int, int]]:
    """Spans our own scans propose (weekdays, deictic words, periods, "ago", month-day forms)."""
    out: list[tuple[int, int]] = []
    for m in _WEEKDAY_RX.finditer(text):
        s = m.start()
        if s and text[s - 1].isalpha():
            continue
        before = _WEEKDAY_BEFORE.search(text, max(0, s - 16), s)
        out.append((before.start() if before else s, m.end()))
    for m in _DEICTIC_RX.finditer(text):
        if not (m.start() and text[m.start() - 1].isalpha()):
            out.append(m.span())
    for m in _PERIOD_RX.finditer(text):
        s = m.start()
        if s and text[s - 1].isalpha():
            continue
        before = _PERIOD_BEFORE.search(text, max(0, s - 10), s)
        out.append((before.start() if before else s, m.end()))
    for m in _AGO_RX.finditer(text):
        s = m.start()
        if s and text[s - 1].isalpha():
            continue
        before = _AGO_BEFORE.search(text, max(0, s - 30), s)
        if before:
            out.append((before.start(), m.end()))
    for rx in (_MONTH_FIRST_RX, _DAY_FIRST_RX):
        for m in rx.finditer(text):
            s = m.start()
            if s and text[s - 1].isalnum():
                continue
            month = re.search(r"[A-Z][a-z]*", m.group(0))
            if month and month.group(0).lower() in MONTHS:
                out.append(m.span())
    for m in _ISO_RX.finditer(text):
        if not (m.start() and text[m.start() - 1].isalnum()):
            out.append(m.span())
    return out


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


def parse_iso(value: str | None) -> dt.date | None:
    """Parse the date part of an ISO string ("2012-11-14", "2012-11-14T10:00Z"); None if invalid."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if not m:
        m2 = re.match(r"\s*(\d{4})(?:-(\d{1,2}))?\s*$", value)
        if not m2:
            return None
        return _safe_date(int(m2.group(1)), int(m2.group(2) or 1), 1)
    return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None when the parts do not make one."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_num(name: str) -> int:
    """Month number of a (possibly abbreviated, dotted) month name."""
    return MONTHS[name.lower().rstrip(".")]


def _day_num(text: str) -> int:
    """Day number of "3", "03" or "3rd"."""
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def parse_absolute(text: str) -> tuple[dt.date, str] | None:
    """Parse a full date written out in ``text`` (day, month and year), without dateparser.

    Returns:
        The date and its precision ("day" or "month"), or None.
    """
    for rx in (_MDY, _DMY):
        m = rx.search(text)
        if m:
            d = _safe_date(int(m["year"]), _month_num(m["mon"]), _day_num(m["day"]))
            if d:
                return d, "day"
    m = _ISO.search(text)
    if m:
        d = _safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
        if d:
            return d, "day"
    m = _NUMERIC.search(text)
    if m:
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        # Only an unambiguous numeric date: 14/11/2012 or 11/14/2012, never 03/04/2012.
        if a > 12 >= b:
            d = _safe_date(year, b, a)
        elif b > 12 >= a:
            d = _safe_date(year, a, b)
        else:
            d = _safe_date(year, a, b) if a == b else None
        if d:
            return d, "day"
    m = _MY.search(text)
    if m:
        d = _safe_date(int(m["year"]), _month_num(m["mon"]), 1)
        if d:
            return d, "month"
    return None


# --- the document date ------------------------------------------------------


def find_document_date(
    raw: RawDocument, fallback: str | None
) -> tuple[str | None, str | None, Evidence | None]:
    """Settle the date a document claims for itself.

    Args:
        raw: the document; ``raw.published`` wins when it parses.
        fallback: the user's ``--published`` date, used when the document gives none.

    Returns:
        ``(iso_date, how, evidence)``: ``how`` is "given" or "metadata" (from
        ``raw.published`` and its ``published_source``), "dateline" (a date line
        near the top of the text; ``evidence`` is its span) or "fallback";
        ``(None, None, None)`` when there is no date at all.
    """
    if raw.published:
        d = parse_iso(raw.published) or _parse_loose(raw.published)
        if d:
            return d.isoformat(), raw.published_source or "given", None
    found = find_dateline(raw.text, raw.id)
    if found:
        return found[0].isoformat(), "dateline", found[1]
    if fallback:
        d = parse_iso(fallback) or _parse_loose(fallback)
        if d:
            return d.isoformat(), "fallback", None
    return None, None, None


def _parse_loose(text: str) -> dt.date | None:
    """A full date in a free-form string (metadata such as "Wed, 14 Nov 2012 10:00:00 GMT")."""
    got = parse_absolute(text)
    if got and got[1] == "day":
        return got[0]
    return None


def find_dateline(text: str, doc_id: str = "") -> tuple[dt.date, Evidence] | None:
    """The date of a dateline among the first non-empty lines of ``text``.

    A dateline is a line that holds little besides a full date (with a year):
    "Nov 14, 2012", "Posted on 14 November 2012, 10:32", "BAGHDAD, March 3, 2015
    (Reuters) -". "BAGHDAD, March 3 (Reuters) -" has no year and is skipped.
    """
    pos = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        start = pos
        pos += len(line)
        if not line.strip():
            continue
        seen += 1
        if seen > DATELINE_LINES:
            break
        m = _DATELINE.match(line)
        if not m:
            continue
        rest = line[m.end() :].strip()
        # A date line, or a dateline that opens a paragraph ("CITY, date (AP) — text").
        opens = m.group(0).rstrip().endswith(("-", "\u2013", "\u2014", "|", ":"))
        if rest and not opens and not _DATELINE_TAIL.match(rest):
            continue
        got = parse_absolute(m["date"])
        if got is None or got[1] != "day":
            continue
        s, e = start + m.start("date"), start + m.end("date")
        ev = Evidence(s, e, text[s:e], doc_id, EXTRACTOR, 0.9)
        return got[0], ev
    return None


# --- date mentions ----------------------------------------------------------


@dataclass(frozen=True)
class ResolvedDate:
    """A resolved expression: the date (first day of its period), precision, relative."""

    value: dt.date
    precision: str
    relative: bool


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
    text = doc.text
    ref = parse_iso(reference)
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            spans.append((ent.start_char, ent.end_char))
    spans.extend(_candidates(text))
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
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
        res = resolve(chunk, reference if ref else None)
        if res is None:
            continue
        taken.append((start, end))
        conf = 0.9 if not res.relative else 0.8
        ev = Evidence(start, end, chunk, doc_id, EXTRACTOR, conf)
        out.append(DateMention(res.value.isoformat(), res.precision, ev, res.relative))
    out.sort(key=lambda m: m.evidence.start)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and stray punctuation from a span; keep one line of a multi-line entity.

    spaCy entities sometimes run across a paragraph break ("Dec. 19, 2016\n\nGuns").
    """
    if "\n" in text[start:end]:
        pos = start
        for piece in text[start:end].split("\n"):
            if piece.strip() and (re.search(r"\d", piece) or _DAY_WORD.search(piece)):
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


def _skip(chunk: str, text: str, start: int, end: int) -> bool:
    """True for spans that are no point in time: durations, ages, bare times, decades."""
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
    # "for three days", "the last two weeks" read as durations even when the entity is shorter.
    return bool(re.search(r"\b(?:for|over|lasting|within)\s+$", before)) and not re.match(
        rf"(?:{_MONTH}|{_WEEKDAY}|{_YEAR})", chunk, re.I
    )


def resolve(chunk: str, reference: str | None) -> ResolvedDate | None:
    """Resolve one date expression against the reference date (ISO) or None.

    Absolute dates resolve without a reference; relative ones need it.
    """
    return _resolve_cached(chunk.strip(), reference)


@lru_cache(maxsize=4096)
def _resolve_cached(chunk: str, reference: str | None) -> ResolvedDate | None:
    """:func:`resolve`, memoised: news repeats the same few expressions."""
    ref = parse_iso(reference)
    got = parse_absolute(chunk)
    if got:
        return ResolvedDate(got[0], got[1], False)
    # "early 2013", "the end of January": the period is what counts.
    chunk = _PERIOD_PREFIX.sub("", chunk).strip()
    low = chunk.lower()
    if re.fullmatch(rf"(?:in\s+|since\s+|of\s+|by\s+|the\s+year\s+)?{_YEAR}", low):
        year = int(re.search(_YEAR, low).group(0))  # type: ignore[union-attr]
        return ResolvedDate(dt.date(year, 1, 1), "year", False)
    if ref is None or (_NOT_A_DATE.search(chunk) and not _DAY_WORD.search(chunk)):
        return None
    return _resolve_relative(chunk, ref)


_PERIOD_PREFIX = re.compile(
    r"^(?:the\s+)?(?:(?:very\s+)?(?:early|late|mid)(?:\s+in)?[\s-]+|(?:end|beginning|start|middle)"
    r"\s+of\s+)",
    re.I,
)
# Entity texts spaCy labels DATE/TIME that are not dates: numbers, times, ages, decades.
_DAY_WORD = re.compile(
    rf"\b(?:{_WEEKDAY}|yesterday|today|tonight|{_MONTH})(?!\w)|\b(?:last|this)\s+(?:night|morning)",
    re.I,
)
_NOT_A_DATE = re.compile(
    r"^[\d\s,.-]+$|\d{1,2}:\d\d|\b[ap]\.?m\.?(?:\s|$)|\b\d0'?s\b|\bage[sd]?\b|year-olds?\b"
    r"|\b(?:hours?|minutes?|seconds?)\b",
    re.I,
)


def _resolve_relative(chunk: str, ref: dt.date) -> ResolvedDate | None:
    """Resolve the forms that need the reference date; dateparser for the leftovers."""
    low = " ".join(chunk.lower().split())
    # A named weekday wins over "overnight" or "tonight" in the same phrase.
    m = re.search(rf"\b(?:(last|this|next|past|coming)\s+)?({_WEEKDAY})(?!\w)", chunk, re.I)
    if m and m.group(2).lower().rstrip(".") in WEEKDAYS:
        return ResolvedDate(
            _weekday(ref, WEEKDAYS[m.group(2).lower().rstrip(".")], m.group(1)), "day", True
        )
    m = re.search(
        r"\b(yesterday|today|tonight|overnight|last night|this (?:morning|afternoon|evening))\b",
        low,
    )
    if m:
        shift = 1 if m.group(1) in ("yesterday", "last night") else 0
        return ResolvedDate(ref - dt.timedelta(days=shift), "day", True)
    m = re.search(
        r"\b(\d{1,3}|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight"
        r"|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\s+ago\b",
        low,
    )
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1)]
        return _shift(ref, m.group(2), -n, relative=True)
    m = re.search(r"\b(last|this|next|coming)\s+(weekend|week|month|year)\b", low)
    if m:
        n = {"last": -1, "this": 0, "next": 1, "coming": 1}[m.group(1)]
        unit = "week" if m.group(2) == "weekend" else m.group(2)
        return _shift(ref, unit, n, relative=True)
    m = re.search(rf"\b({_MONTH})\s+({_DAY})\b|\b({_DAY})\s+(?:of\s+)?({_MONTH})", chunk, re.I)
    if m:
        mon = _month_num(m.group(1) or m.group(4))
        day = _day_num(m.group(2) or m.group(3))
        year = ref.year if (mon, day) <= (ref.month, ref.day) else ref.year - 1
        d = _safe_date(year, mon, day)
        return ResolvedDate(d, "day", True) if d else None
    m = re.fullmatch(rf"(?:(in|since|during|of|last|this)\s+)?({_MONTH})", low, re.I)
    if m:
        mon = _month_num(m.group(2))
        # The most recent such month; "last May" said in May is a year back.
        back = mon > ref.month or (mon == ref.month and (m.group(1) or "").lower() == "last")
        return ResolvedDate(dt.date(ref.year - back, mon, 1), "month", True)
    return _dateparser(chunk, ref.isoformat())


def _shift(ref: dt.date, unit: str, n: int, relative: bool) -> ResolvedDate:
    """The period ``n`` units away from ``ref`` (negative: in the past)."""
    if unit == "day":
        return ResolvedDate(ref + dt.timedelta(days=n), "day", relative)
    if unit == "week":
        return ResolvedDate(ref + dt.timedelta(weeks=n), "week", relative)
    if unit == "month":
        idx = ref.year * 12 + ref.month - 1 + n
        return ResolvedDate(dt.date(idx // 12, idx % 12 + 1, 1), "month", relative)
    return ResolvedDate(dt.date(ref.year + n, 1, 1), "year", relative)


def _weekday(ref: dt.date, wd: int, which: str | None) -> dt.date:
    """The day ``wd`` named in a text dated ``ref``: the most recent one on or before it.

    News names a weekday for a recent past day; "next Friday" is the one after.
    "last Friday" on a Friday still means a week before.
    """
    back = (ref.weekday() - wd) % 7
    which = (which or "").lower()
    if which in ("next", "coming"):
        ahead = (wd - ref.weekday()) % 7 or 7
        return ref + dt.timedelta(days=ahead)
    if which in ("last", "past") and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def _dateparser(chunk: str, reference: str) -> ResolvedDate | None:
    """Last resort for odd forms ("the 3rd of March"); cached by (text, reference)."""
    # Only forms that name a month: everything else dateparser would guess wildly at.
    if not re.search(rf"\b{_MONTH}(?!\w)", chunk):
        return None
    return _dateparser_cached(chunk, reference)


@lru_cache(maxsize=4096)
def _dateparser_cached(chunk: str, reference: str) -> ResolvedDate | None:
    """One dateparser call (about 1 ms each, 100 ms for the first)."""
    from dateparser.date import DateDataParser  # slow import, only when needed

    base = dt.datetime.fromisoformat(reference)
    settings: dict[str, Any] = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(chunk)
    except Exception:  # dateparser raises assorted errors on odd input; treat as no date
        return None
    if data.date_obj is None:
        return None
    period = data.period if data.period in ("day", "week", "month", "year") else "day"
    d = data.date_obj.date()
    if period == "month":
        d = d.replace(day=1)
    elif period == "year":
        d = d.replace(month=1, day=1)
    return ResolvedDate(d, period, True)


# --- the incident date ----------------------------------------------------------

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

    for m in days:
        if m.relative and 0 <= age(m) <= EVENT_WINDOW_DAYS:
            return m
    for m in days:
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
