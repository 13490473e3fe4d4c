"""Stage "critical reading": document text + stated date + ``DateMention`` -> ``list[DateWarning]``.

Does the text fit the date it claims? Three checks, driven by the curated
table ``data/dated_terms.json`` (documented in ``docs/critical-reading.md``):

1. *Terms and events that did not exist yet*: a name ("ISIS", "Daesh", "X,
   formerly Twitter") or an event ("the full-scale invasion") whose earliest
   date is after the stated date. One warning per table entry, listing every
   occurrence as evidence.
2. *Events dated relative to the document*: "American jets began bombing
   Islamic State militants last year" puts the document one year after the
   campaign began (2014 + 1 = 2015); a stated 2012 disagrees.
3. *Later dates in the text*: a full date (not a relative one, not announced
   as future) after the stated date.

Nothing here knows any particular document: every rule reads the table.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from claimledger.records import DateMention, DateWarning, Evidence
from claimledger.resources import data_text
from claimledger.resources.numwords import WORD_VALUES

EXTRACTOR = "critical.v1"

# Years or months in "N years ago": one to twelve, an article as one, vague words
# read as a typical count.
_NUMBERS: dict[str, int] = (
    {"a": 1, "an": 1}
    | {w: n for w, n in WORD_VALUES.items() if 1 <= n <= 12}
    | {"a couple of": 2, "a few": 3}
)
_NUM_RX = (
    r"\d{1,2}|a couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
)
# How the text dates an event relative to itself; group "n" and "unit" give the offset.
_RELATIVE = re.compile(
    rf"\b(?:(?P<last>last|this|past) (?P<unit1>year|month)"
    rf"|(?P<n>{_NUM_RX}) (?P<unit2>years?|months?) ago"
    rf"|earlier this (?P<unit3>year|month))\b",
    re.I,
)
# Words that tie a relative date to the start of the event.
_START_CUE = re.compile(
    r"\b(?:began|begun|begin|beginning|started|start|launched|since|first|erupted|broke out"
    r"|outbreak|onset|opened|took place|happened|occurred|came)\b",
    re.I,
)
# A later date announced as future ("elections scheduled for March 3") is no anachronism.
_FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|scheduled|planned|plans?|expected|due|until|till|by|before|next"
    r"|upcoming|ahead of|deadline|in time for|set for|slated|postponed|delayed|to be held)\b"
    r"[^.!?\n]{0,40}$",
    re.I,
)
# A later date this close to the stated date is a time zone or an overnight update.
LATER_GRACE_DAYS = 3
# "Updated Dec. 9" stamps a revision, not what the text describes.
_REVISION_CUE = re.compile(r"\b(?:updated|modified|edited|revised)\b[^.!?\n]{0,25}$", re.I)
# A later bare year reads as past after "since"/"after", or in a sentence in the past tense.
_PAST_LEAD = re.compile(r"\b(?:since|after|following|in the wake of)\b[^.!?\n]{0,40}$", re.I)
_PAST_TENSE = re.compile(
    r"\b(?:was|were|had|has been|have been|did|took place|happened|ago|won|held)\b", re.I
)
_FUTURE_ANYWHERE = re.compile(
    r"\b(?:will|would|shall|scheduled|planned|plans?|expected|due|upcoming|next|ahead of"
    r"|to be held|set to|slated|forthcoming|coming)\b",
    re.I,
)
# A relative date must sit within this many characters of the event's words.
RELATIVE_WINDOW = 120


@dataclass(frozen=True)
class DatedEntry:
    """One row of the dated-terms table, with its patterns compiled."""

    id: str
    kind: str  # term | event
    label: str
    patterns: tuple[re.Pattern[str], ...]
    earliest: str  # YYYY, YYYY-MM or YYYY-MM-DD
    start: dt.date  # first day of ``earliest``
    note: str
    source: str
    requires: re.Pattern[str] | None = None
    excludes: re.Pattern[str] | None = None
    # Literal strings one of which every match contains: a cheap test before the regexes.
    keys: tuple[str, ...] = ()
    ignore_case: bool = False


@lru_cache(maxsize=1)
def load_table() -> tuple[DatedEntry, ...]:
    """The curated table ``data/dated_terms.json``, compiled once per process."""
    raw = data_text("dated_terms.json")
    return parse_table(json.loads(raw))


def parse_table(data: dict[str, Any]) -> tuple[DatedEntry, ...]:
    """Compile the entries of a dated-terms table (the JSON shape of ``dated_terms.json``)."""
    out: list[DatedEntry] = []
    for e in data["entries"]:
        flags = re.I if "i" in e.get("flags", "") else 0
        req, exc = e.get("requires"), e.get("excludes")
        out.append(
            DatedEntry(
                id=e["id"],
                kind=e.get("kind", "term"),
                label=e["label"],
                patterns=tuple(re.compile(p, flags) for p in e["patterns"]),
                earliest=e["earliest"],
                start=_period_start(e["earliest"]),
                note=e.get("note", ""),
                source=e.get("source", ""),
                requires=re.compile(req, flags) if req else None,
                excludes=re.compile(exc, flags) if exc else None,
                keys=tuple(e.get("keys", ())),
                ignore_case=bool(flags),
            )
        )
    return tuple(out)


def _period_start(value: str) -> dt.date:
    """First day of a YYYY, YYYY-MM or YYYY-MM-DD period."""
    parts = [int(p) for p in value.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _parse_date(value: str | None) -> dt.date | None:
    """The date part of an ISO string, or None."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def check_anachronisms(
    text: str,
    doc_id: str,
    stated_date: str | None,
    dates: list[DateMention],
    table: tuple[DatedEntry, ...] | None = None,
) -> list[DateWarning]:
    """Compare the stated date of a document with what its text describes.

    Args:
        text: the document text (offsets of the evidence refer to it).
        doc_id: the document id carried into the evidence.
        stated_date: the date the document claims (ISO); no warning without one.
        dates: the document's date mentions (from ``extract.dates``), for the
            later-date check.
        table: the dated-terms table; the packaged one when None (tests pass their own).

    Returns:
        One DateWarning per problem, in plain words, with every occurrence as evidence.
    """
    stated = _parse_date(stated_date)
    if stated is None or not text:
        return []
    entries = load_table() if table is None else table
    warnings: list[DateWarning] = []
    claimed: list[tuple[int, int]] = []  # term spans already given to an earlier entry
    lowered = text.lower()
    for entry in entries:
        hay = lowered if entry.ignore_case else text
        if entry.keys and not any(k in hay for k in entry.keys):
            continue
        hits = _find(entry, text, claimed if entry.kind == "term" else None)
        if not hits:
            continue
        if entry.kind == "term":
            claimed.extend((s, e) for s, e in hits)
        relative = (
            _relative_warning(entry, text, doc_id, stated, hits) if entry.kind == "event" else None
        )
        if relative is not None:
            warnings.append(relative)
        elif stated < entry.start:
            warnings.append(_before_warning(entry, text, doc_id, stated, hits))
    later = _later_dates_warning(text, stated, dates)
    if later is not None:
        warnings.append(later)
    return warnings


def _find(
    entry: DatedEntry, text: str, claimed: list[tuple[int, int]] | None
) -> list[tuple[int, int]]:
    """Spans where ``entry`` occurs (its sentence passing requires/excludes), in text order."""
    spans: list[tuple[int, int]] = []
    for rx in entry.patterns:
        for m in rx.finditer(text):
            s, e = m.span("t") if "t" in rx.groupindex and m.group("t") else m.span()
            if any(s < ce and cs < e for cs, ce in spans):
                continue
            # A match inside a span another entry already took is the less specific reading
            # ("Islamic State" inside "Islamic State of Iraq and the Levant").
            if claimed and any(cs <= s and e <= ce for cs, ce in claimed):
                continue
            if entry.requires is not None or entry.excludes is not None:
                sent = text[slice(*_sentence(text, s, e))]
                if entry.requires is not None and not entry.requires.search(sent):
                    continue
                if entry.excludes is not None and entry.excludes.search(sent):
                    continue
            spans.append((s, e))
    spans.sort()
    return spans


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence around [start, end): up to . ! ? or a line break."""
    s = start
    while (
        s > 0
        and text[s - 1] not in "\n"
        and not (text[s - 1] in ".!?" and (s >= len(text) or text[s].isspace()))
    ):
        s -= 1
    e = end
    while (
        e < len(text)
        and text[e] != "\n"
        and not (
            text[e] in ".!?"
            and (e + 1 >= len(text) or text[e + 1].isspace() or text[e + 1] in '"”')
        )
    ):
        e += 1
    return s, min(len(text), e + 1)


def _evidence(
    text: str, doc_id: str, spans: list[tuple[int, int]], conf: float
) -> tuple[Evidence, ...]:
    """Evidence records for spans of ``text``."""
    return tuple(Evidence(s, e, text[s:e], doc_id, EXTRACTOR, conf) for s, e in spans)


def _before_warning(
    entry: DatedEntry, text: str, doc_id: str, stated: dt.date, hits: list[tuple[int, int]]
) -> DateWarning:
    """Rule 1: the text names something that did not exist yet at the stated date."""
    if entry.kind == "term":
        msg = f"stated date {stated.isoformat()} is before '{entry.label}' came into use ({entry.earliest})"
    else:
        msg = f"stated date {stated.isoformat()} is before {entry.label} began ({entry.earliest})"
    return DateWarning(msg, _evidence(text, doc_id, hits, 0.8))


def _relative_warning(
    entry: DatedEntry, text: str, doc_id: str, stated: dt.date, hits: list[tuple[int, int]]
) -> DateWarning | None:
    """Rule 2: the text dates an event relative to itself ("began last year"); does it fit?"""
    for s, e in hits:
        sent_s, sent_e = _sentence(text, s, e)
        sentence = text[sent_s:sent_e]
        for m in _RELATIVE.finditer(sentence):
            rs, re_ = sent_s + m.start(), sent_s + m.end()
            # The relative date must belong to the event: near its words, in a sentence
            # that speaks of a start ("began", "since"), or right after the event's words.
            near = min(abs(rs - e), abs(s - re_)) <= RELATIVE_WINDOW
            if not near or not (_START_CUE.search(sentence) or 0 <= rs - e <= 30):
                continue
            years, months = _offset(m)
            implied, tolerance = _implied(entry.start, years, months)
            if _agrees(stated, implied, months, tolerance):
                return None  # the text dates the event consistently: no problem to report
            rel = m.group(0)
            when = implied.strftime("%Y") if months is None else implied.strftime("%Y-%m")
            msg = (
                f"the text says {entry.label} began '{rel}' (it began {entry.earliest}), which "
                f"puts the text in {when}, not at the stated date {stated.isoformat()}"
            )
            spans = sorted({(s, e), (rs, re_)})
            return DateWarning(msg, _evidence(text, doc_id, spans, 0.7))
    return None


def _past_year(text: str, start: int, end: int) -> bool:
    """Whether the year at [start, end) is spoken of as past, with no future cue in its sentence."""
    s, e = _sentence(text, start, end)
    sentence = text[s:e]
    if _FUTURE_ANYWHERE.search(sentence):
        return False
    return bool(_PAST_LEAD.search(text[s:start]) or _PAST_TENSE.search(sentence))


def _offset(m: re.Match[str]) -> tuple[int | None, int | None]:
    """(years, months) back from the document to the event for a relative expression."""
    if m.group("last"):
        n = 0 if m.group("last").lower() == "this" else 1
        unit = m.group("unit1").lower()
    elif m.group("n"):
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else _NUMBERS[raw]
        unit = m.group("unit2").lower().rstrip("s")
    else:
        n, unit = 0, m.group("unit3").lower()
    return (n, None) if unit == "year" else (None, n)


def _implied(start: dt.date, years: int | None, months: int | None) -> tuple[dt.date, int]:
    """The document date the relative expression implies, and the tolerance in its unit."""
    if months is not None:
        idx = start.year * 12 + start.month - 1 + months
        return dt.date(idx // 12, idx % 12 + 1, 1), 1
    n = years or 0
    # "two years ago" is loose (23 months is "two years ago" too); "last year" is not.
    return dt.date(start.year + n, 1, 1), 1 if n >= 2 else 0


def _agrees(stated: dt.date, implied: dt.date, months: int | None, tol: int) -> bool:
    """Whether the stated date falls in the implied year (or month), within the tolerance."""
    if months is not None:
        diff = (stated.year * 12 + stated.month) - (implied.year * 12 + implied.month)
        return abs(diff) <= tol
    return abs(stated.year - implied.year) <= tol


def _later_dates_warning(
    text: str, stated: dt.date, dates: list[DateMention]
) -> DateWarning | None:
    """Rule 3: dates in the text after the stated date (not relative, not future plans).

    Day and month dates count unless announced as future just before them; a bare
    later year counts only when the text treats it as past ("since the elections
    of 2019", "the 2019 vote was ...") and nothing in its sentence looks ahead,
    because "the 2016 elections" in a 2015 text is usually a future event.
    """
    later: list[Evidence] = []
    for m in dates:
        if m.relative or m.precision not in ("day", "month", "year"):
            continue
        value = _parse_date(m.value)
        if value is None:
            continue
        ev = m.evidence
        if m.precision == "year":
            if value.year <= stated.year or not _past_year(text, ev.start, ev.end):
                continue
        else:
            if m.precision == "month":
                after = (value.year, value.month) > (stated.year, stated.month)
            else:
                after = (value - stated).days > LATER_GRACE_DAYS
            if not after:
                continue
            before = text[max(0, ev.start - 60) : ev.start]
            if _FUTURE_CUE.search(before) or _REVISION_CUE.search(before):
                continue
        later.append(Evidence(ev.start, ev.end, ev.text, ev.doc_id, EXTRACTOR, 0.6))
    if not later:
        return None
    shown = ", ".join(f"'{e.text}'" for e in later[:3])
    more = f" and {len(later) - 3} more" if len(later) > 3 else ""
    msg = f"the text mentions dates after the stated date {stated.isoformat()}: {shown}{more}"
    return DateWarning(msg, tuple(later))
