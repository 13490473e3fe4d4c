"""The document date: ``RawDocument`` -> the date the document claims for itself.

The caller's or the page metadata's date, else a dateline near the top of the
text ("Nov 14, 2012", "Posted on 14 November 2012", "BAGHDAD, March 3, 2015
(Reuters) -", "KANDAHAR, Afghanistan (Jan. 5, 2013) --", "Mar. 3 (Reuters) -" with
the year from the fallback or the text, a press release's "For Immediate
Release" line or dated release number: ``headers.py``), else the user's fallback.

Header lines come in more shapes than one pattern: a label ("Statement issued",
"Issued on:", "From our correspondent in Aden,"), a place ended by a colon or a dash
("PESHAWAR:"), a time after the date ("/ 14:05", "- 10:12", "T14:22:00Z", "local
time"), and parts between " | ", " / " or brackets ("By Staff | Updated: ...",
"[05.10.2023 21:40]"). Dotted numeric dates are day first; a slashed one whose day
and month could swap ("10/05/2012") dates nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from claimledger.extract.dates.forms import (
    DMY,
    EXTRACTOR,
    ISO,
    MDY,
    MONTH,
    NUMERIC,
    WEEKDAY,
    YMD,
    YMD_NAMED,
    day_first,
    month_num,
    parse_absolute,
    parse_iso,
)
from claimledger.extract.dates.header_numeric import open_numeric, settle_numeric
from claimledger.extract.dates.headers import (
    FOREIGN_DATE,
    FOREIGN_HEADER_WORDS,
    PAREN_DATELINE,
    PERIOD,
    PERIOD_LABEL,
    RELEASE_NUMBER,
    YEARLESS_DATELINE,
    YEARLESS_LINE,
    YEARLESS_PAREN,
    foreign_date,
    period_end,
    release_number_date,
    yearless_date,
)
from claimledger.records import Evidence, RawDocument

# A dateline: a line that is just a date, possibly after "Posted on", a weekday,
# or a city and before an agency tag; the date itself is group "date".
_DATE_ALT = (
    rf"(?:{MDY.pattern}|{DMY.pattern}|{YMD_NAMED.pattern}|{ISO.pattern}|{YMD.pattern}"
    rf"|{NUMERIC.pattern})"
)
_DATE_ALT = re.sub(r"\(\?P<\w+>", "(?:", _DATE_ALT)
_PLACE_END = r"(?:,|:|\s*(?:--|[-\u2013\u2014]))\s+"
_TIME = (
    r"\d{1,2}[:.]\d\d(?::\d\d)?(?:\.\d+)?(?:\s*[ap]\.?m\.?|h\b)?"
    r"(?:Z|[+-]\d\d:?\d\d|\s+(?:local\s+time|[A-Z]{2,5}))?"
)
_DATELINE = re.compile(
    rf"^\s*(?:(?:posted|published|updated|last\s+updated|first\s+published|date|dated|filed"
    rf"|released|(?:(?:statement|report|bulletin|communiqu[e\u00e9])\s+)?issued"
    rf"|for\s+(?:immediate\s+)?release(?:\s*(?:--|[-\u2013\u2014]))?|(?:press|news)\s+release|release\s+date"
    # "From our correspondent in Aden, 14 August 2017"
    rf"|from\s+our\s+(?:own\s+)?correspondent(?:\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}})?,"
    rf")(?:\s+by\s+[^\n]{{1,40}}?)?\s*(?:on\b\s*)?[:|]?\s*)?"
    # "BAGHDAD, " or "New York, " before the date (case-sensitive: a city, not a clause).
    # "SAMARRA, Iraq, " (a city and its country or state) is allowed too, and a colon or
    # a dash after the place ("PESHAWAR: ", "Boston, Massachusetts \u2013 ").
    # Only a capitalised city or a second place ends with a dash: "Date – January 16th"
    # is a field of an incident form, not a dateline.
    # An agency may follow the city: "GENEVA (ICRC) \u2013 14 March 2021 \u2013".
    rf"(?:(?:(?-i:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){{0,3}})(?:\s*\([A-Za-z .&]{{2,30}}\))?{_PLACE_END}"
    # "Cagayan de Oro City, ", "Dar es Salaam, ": a city's small joining words.
    rf"|(?-i:[A-Z][a-z.'-]+(?: (?:(?:de|del|da|do|dos|des|du|la|el|es|di) )?[A-Z][a-z.'-]+){{0,2}})"
    rf"[,:]\s+)"
    rf"(?:(?-i:[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){{0,2}}){_PLACE_END})?)?"
    rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?"
    rf"(?P<date>{_DATE_ALT})"
    # a time: ", 4:02 p.m.", " / 14:05", " - 10:12", "T14:22:00Z", "23:05 local time"
    # (after a dash or a slash only when the line ends there)
    rf"(?:(?:,?\s+(?:at\s+)?|T){_TIME}|\s*[-\u2013\u2014/]\s*{_TIME}(?=\s*$))?"
    rf"\s*(?:\([A-Za-z .&]{{2,30}}\))?\s*(?:[-\u2013\u2014|:/]\s*)?",
    re.I,
)
# A header line of capitalised words that ends with a full date: "ISAF Joint Command
# Morning Operational Update, Feb. 3, 2012" (case-sensitive: a title, not a clause).
_TITLED_DATE = re.compile(
    rf"^\s*(?-i:[A-Z][\w.&'-]*(?:\s+(?:of|the|and|for|on|[A-Z][\w.&'-]*)){{1,9}})"
    rf"\s*(?:,|[-\u2013\u2014|:])\s*(?P<date>{_DATE_ALT})\s*$",
    re.I,
)
# What may follow the date on a date line: a byline or a separator.
_DATELINE_TAIL = re.compile(r"(?:by\b|\||\u00b7|\u2022)", re.I)
# The date anywhere in a short header line, a time, words, and the small words a header
# may hold besides capitalised words and numbers.
_STOP_AFTER = re.compile(r"\.(?:\s|$)")
_ANY_DATE = re.compile(rf"(?P<date>{_DATE_ALT})", re.I)
_SHORT_YEAR = re.compile(
    r"(?<![\d/.-])(?P<date>(?P<a>[0-3]?\d)([/.-])(?P<b>[0-3]?\d)\3(?P<yy>(?:19|20)?\d\d))"
    r"(?![\d/.-])"
)
# A header's day, month name and two-digit year ("11 MAR 25", "20 Mar 22"): only on a
# header's short line, where "25" cannot be a count.
_NAMED_SHORT_YEAR = re.compile(
    rf"(?<![\w/.-])(?P<date>(?P<d>[0-3]?\d)\s+(?P<mon>{MONTH})\.?\s+(?P<yy>\d\d))(?![\w:/.-])",
    re.I,
)
_WEEKDAY_RX = re.compile(rf"\b{WEEKDAY}(?!\w)", re.I)
_TIME_RX = re.compile(rf"\b{_TIME}|\b[ap]\.m\.", re.I)
_WORD_RX = re.compile(r"[^\W\d_][\w'.-]*")
_HEADER_WORDS = frozenset(
    [
        "of",
        "the",
        "and",
        "on",
        "by",
        "at",
        "as",
        "in",
        "for",
        "no",
        "dated",
        "issued",
        "posted",
        "published",
        "updated",
        "filed",
        "released",
        "from",
        "our",
        "own",
        "correspondent",
        "reporter",
        "staff",
        "local",
        "time",
        "date",
        "last",
        "modified",
        "report",
        "update",
        "release",
        "publication",
        "statement",
        "bulletin",
        "note",
        "notice",
        "communique",
        "communiqu\u00e9",
        "briefing",
        "summary",
    ]
)
# A translated header's small words besides ours ("Bamako, le", "Ciudad de Mexico, a").
_FOREIGN_SMALL_WORDS = FOREIGN_HEADER_WORDS | _HEADER_WORDS
# Where a header line splits into parts: " | ", " / ", brackets.
_SEGMENT_BREAK = re.compile(r"\s[|/]\s|[\[\]]")
# How many non-empty lines from the top may hold a dateline, and a short header line of
# any shape ("Date \u2013 May 3rd" lower down is a field of an incident form).
DATELINE_LINES = 8
SHORT_HEADER_LINES = 4
# A date line that tells an update, not the publication.
# "Last modified", "Edited", "Revised": an update too. The first publication wins over
# them because the text's "yesterday" and "on Monday" were written on that day; an
# update mostly adds a line (the gold of our datelined texts dates a text so too).
_UPDATED = re.compile(r"\s*(?:last\s+)?(?:updated?|modified|edited|revised|amended)\b", re.I)
# A title that ends on a report's date: "Saturday's massacre: report of 2 August 2021",
# "Situation update for 14 March 2025 08:00" (the label names the date as the text's own).
_LABELLED_DATE = re.compile(
    rf"\b(?:report|update|bulletin|briefing|statement|release|dispatch|summary|sitrep"
    rf"|communiqu[e\u00e9]|notice|note)s?\s+(?:(?:issued\s+)?(?:of|for|dated|on|from)|as\s+of)"
    rf"\s+(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<date>{_DATE_ALT})(?:,?\s*{_TIME})?\s*$",
    re.I,
)


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
    found = find_dateline(raw.text, raw.id, fallback)
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


def find_dateline(
    text: str, doc_id: str = "", fallback: str | None = None
) -> tuple[dt.date, Evidence] | None:
    """The date of a dateline among the first non-empty lines of ``text``.

    A dateline is a line that holds little besides a full date (with a year):
    "Nov 14, 2012", "Posted on 14 November 2012, 10:32", "BAGHDAD, March 3, 2015
    (Reuters) -", "KANDAHAR, Afghanistan (Jan. 5, 2013) --", "For Immediate
    Release: Jan. 5, 2013", "Release No. 20130105-02". "BAGHDAD, March 3 (Reuters) -"
    has no year: it takes the fallback's year (the most recent March 3 on or before
    it), else the latest year the text names, else it is skipped.
    """
    pos = 0
    seen = 0
    found: list[tuple[dt.date, Evidence]] = []
    for line in text.splitlines(keepends=True):
        start = pos
        pos += len(line)
        if not line.strip():
            continue
        seen += 1
        if seen > DATELINE_LINES:
            break
        for off, part in _segments(line):
            got = _line_date(part, text, fallback, seen <= SHORT_HEADER_LINES)
            if got is not None:
                s, e = start + off + got[1], start + off + got[2]
                ev = Evidence(s, e, text[s:e], doc_id, EXTRACTOR, 0.9)
                if not _UPDATED.match(part):
                    return _published_below(text, pos, seen, doc_id) or (got[0], ev)
                found.append((got[0], ev))
    # Only "Updated: ..." lines: the latest update dates the text.
    return found[0] if found else None


# A header line that opens on its publication's label: "Published 2 February 2026",
# "Issued: 03 June 2020", "Release date: 11 December 2023", "Date of issue: ...".
_PUBLISHED_LINE = re.compile(
    r"\W*(?:(?:first\s+)?(?:published|issued|released|posted)(?:\s+on)?"
    r"|(?:release|issue|publication)\s+date|date\s+of\s+(?:issue|release|publication))\b",
    re.I,
)


def _published_below(
    text: str, pos: int, seen: int, doc_id: str
) -> tuple[dt.date, Evidence] | None:
    """A publication line among the header's next lines (from offset ``pos``, after ``seen``
    non-empty lines): it dates the text over a date line above it that is no publication
    ("Weekly Security Digest (26 January - 1 February 2026)" above "Published 2 February
    2026": the digest covers the week, it was published the 2nd)."""
    if _PUBLISHED_LINE.match(text, text.rfind("\n", 0, max(pos - 1, 0)) + 1):
        return None  # (the date line above is a publication line itself)
    for line in text[pos:].splitlines(keepends=True):
        start = pos
        pos += len(line)
        if not line.strip():
            continue
        seen += 1
        if seen > SHORT_HEADER_LINES:
            return None
        got = _labelled_first(line)
        if got is not None:
            s, e = start + got[1], start + got[2]
            return got[0], Evidence(s, e, text[s:e], doc_id, EXTRACTOR, 0.9)
    return None


def _segments(line: str) -> list[tuple[int, str]]:
    """A header line, then its parts between separators, each with its offset in the line.

    "By Staff Reporter | Updated: 2018-07-04 11:30" and "Release 24-017 | 6 February
    2024" carry their date in the second part; "[05.10.2023 21:40]" inside brackets.
    """
    parts = [(0, line)]
    pos = 0
    for m in _SEGMENT_BREAK.finditer(line):
        if m.start() > pos:
            parts.append((pos, line[pos : m.start()]))
        pos = m.end()
    if 0 < pos < len(line):
        parts.append((pos, line[pos:]))
    return parts


def _line_date(
    line: str, text: str, fallback: str | None, short: bool = True
) -> tuple[dt.date, int, int] | None:
    """The date one header line gives and its offsets in the line, or None.

    ``short``: the line is near enough the top for a short header line of any shape.
    """
    period = (
        (_published_date(line) or _labelled_first(line) or _period_date(line)) if short else None
    )
    if period is not None:
        return period
    m = _DATELINE.match(line)
    if m:
        rest = line[m.end() :].strip()
        # A date line, or a dateline that opens a paragraph ("CITY, date (AP) — text").
        # An agency closes a dateline too: "HALDEN, 18 February 2026 (IANS) Militants ...".
        opens = m.group(0).rstrip().endswith(("-", "\u2013", "\u2014", "|", ":", "/", ")"))
        # A header line's date closed by a full stop, the release's text after it or on the
        # next line: "Kirova, 3 July 2026. Detectives yesterday ...", "20 December 2026. In a
        # joint operation ..." (near the top only).
        closes = short and _STOP_AFTER.match(rest) is not None
        got = parse_absolute(m["date"])
        if (not rest or opens or closes or _DATELINE_TAIL.match(rest)) and got and got[1] == "day":
            return got[0], m.start("date"), m.end("date")
    for rx in (_TITLED_DATE, PAREN_DATELINE):
        m = rx.match(line)
        got = parse_absolute(m["date"]) if m else None
        if m and got and got[1] == "day":
            return got[0], m.start("date"), m.end("date")
    m = RELEASE_NUMBER.search(line)
    if m:
        d = release_number_date(m["date"])
        if d:
            return d, m.start("date"), m.end("date")
    m = YEARLESS_DATELINE.match(line)
    # Without an agency only after a place ("VARNO, Oct 5 \u2014"; a chronology's "March 3
    # \u2013 Troops entered ..." is no dateline).
    if m and (m["agency"] or line[: m.start("date")].strip()):
        d = yearless_date(m["mon"] or m["mon2"], m["day"] or m["day2"], text, fallback, m["year"])
        if d:
            return d, m.start("date"), m.end("date")
    m = YEARLESS_PAREN.match(line) or (YEARLESS_LINE.match(line) if short else None)
    if m:
        g = {k: v or "" for k, v in m.groupdict().items()}
        d = yearless_date(
            g["mon"] or g.get("mon2", ""), g["day"] or g.get("day2", ""), text, fallback
        )
        if d:
            return d, m.start("date"), m.end("date")
    if not short:
        return None
    m = _LABELLED_DATE.search(line)
    got = parse_absolute(m["date"]) if m else None
    if m and got and got[1] == "day":
        return got[0], m.start("date"), m.end("date")
    return _short_header_date(line, text) or _foreign_header_date(line) or _set_off_date(line, text)


# What may stand between a publication's label and its date: "Issued on", "Issued:", a time
# ("first published 09:15, 9 May 2024"), a weekday.
_BEFORE_DATE = rf"(?:on\s+)?(?:(?:at\s+)?{_TIME}\W*)?(?:{WEEKDAY},?\s+)?"
# The label of a header's publication date: "published", "issued", "released", "posted",
# "Release date:", "Date of issue", "Date of publication".
_PUBLISHED = re.compile(
    r"\b(?:(?:first\s+)?(?:published|issued|released|posted|distributed|circulated)(?:\s+on)?"
    r"|(?:release|issue|publication)\s+date|date\s+of\s+(?:issue|release|publication))"
    # ("first published 09:15, 9 May 2024": a time may stand before the date)
    r"\W*" + _BEFORE_DATE + "$",
    re.I,
)


def _published_date(line: str) -> tuple[dt.date, int, int] | None:
    """Of a header line that gives several full dates ("Daily report for 9 February 2026,
    published 10 February 2026", "Report date: 15 July 2020. Release date: 16 July 2020"),
    the one labelled as the publication: the text was released that day, whatever day or
    period it covers or whenever it was updated. None when the line gives one date, or no
    date is so labelled (the line's other readers decide)."""
    if len(line.strip()) > SET_OFF_CHARS:
        return None
    found = [
        (m, got[0])
        for m in _ANY_DATE.finditer(line)
        if (got := parse_absolute(m["date"])) and got[1] == "day"
    ]
    if len(found) < 2:
        return None
    before = 0
    for m, day in found:
        if _PUBLISHED.search(line, before, m.start()):
            return day, m.start("date"), m.end("date")
        before = m.end()
    return None


def _labelled_first(line: str) -> tuple[dt.date, int, int] | None:
    """A short header line that opens on its publication's label, and the first full date
    after the label ("Published 2 February 2026", "Issued on 30 January 2023 (covers 23-29
    January)": the text was issued that day; the period it covers comes after). The one
    reading of a publication line, above another date line or below it
    (``_published_below``; twenty-third session)."""
    m = _PUBLISHED_LINE.match(line)
    if m is None or len(line.strip()) > SET_OFF_CHARS:
        return None
    date = _ANY_DATE.search(line, m.end())
    got = parse_absolute(date["date"]) if date else None
    if date is None or got is None or got[1] != "day":
        return None
    return got[0], date.start("date"), date.end("date")


def _period_date(line: str) -> tuple[dt.date, int, int] | None:
    """A short header line that sums up a period ("Weekly operations round-up, 28 October -
    3 November 2019", "Sitrep for 17-19 June 2025, issued 20 June 2025"): the text was
    written on the period's last day at the earliest, so that day dates it, or a full date
    the line gives after the period (the day it was issued)."""
    body = line.strip()
    m = PERIOD.search(line) if len(body) <= 90 and not body.endswith((".", "!", "?")) else None
    if m is None or not PERIOD_LABEL.search(line):
        return None
    later = _ANY_DATE.search(line, m.end())
    got = parse_absolute(later["date"]) if later else None
    if later and got and got[1] == "day":
        return got[0], later.start("date"), later.end("date")
    day = period_end(m)
    if day is None:
        return None
    start = m.start("end") if m["end"] else m.start("mon2" if m["mon2"] else "day2")
    return day, start, m.end()


# A header line's date set off at its end: after a separator ("Press service, 27 February
# 2025", "Security forces neutralise five gunmen \u2013 25 October 2017", "Date of issue:
# 29.01.2025") or after the last day of the period the line sums up ("summary for the week
# ending 14 July 2018", "as of 10 April 2023"), a weekday and a time allowed.
_SET_OFF = re.compile(
    rf"(?:[,:|\u2013\u2014(]|\s-|\bend(?:ing|ed)|\bas\s+of)\s*(?:{WEEKDAY},?\s+)?(?:the\s+)?"
    # (a dash may close the line as it closes a dateline: "The X Police reports, 2 May 2022 —")
    rf"(?P<date>{_DATE_ALT})(?:,?\s*{_TIME})?\s*\)?\s*(?:--|[-\u2013\u2014])?\s*$",
    re.I,
)


# An issuer's name may open on its unit's ordinal: "7th Mountain Brigade - Press Release
# 2024/118 - 4 November 2024" (a list's "2. ..." or a toll's "3 killed ..." opens on none).
_ORDINAL_UNIT = re.compile(r"\d{1,3}(?:st|nd|rd|th)\s+[A-Z]")
# How long a header line whose date is set off at its end may be ("Bulletin, Directorate of
# Public Security of the Southern Region \u2014 Sunday, 17 September 2017" is 91 characters).
SET_OFF_CHARS = 120


def _set_off_date(line: str, text: str = "") -> tuple[dt.date, int, int] | None:
    """A short header line (no sentence: no final stop) whose full date is set off at its
    end, whatever words come before it: a title, an issuer, a label."""
    body = line.strip()
    if len(body) > SET_OFF_CHARS or body.endswith((".", "!", "?")):
        return None
    if not (body[:1].isalpha() or _ORDINAL_UNIT.match(body)):
        return None
    m = _SET_OFF.search(line)
    got = parse_absolute(m["date"]) if m else None
    if m is not None and got is None:
        day = open_numeric(m["date"], line, text)
        got = (day, "day") if day else None
    if m is None or got is None or got[1] != "day":
        return None
    if m.group(0).startswith(",") and (
        sum(w.islower() and w not in _NAME_SMALL for w in _WORD_RX.findall(line, 0, m.start()))
        > _NAME_WORDS
        or _AT_PLACE.search(line, 0, m.start())
    ):
        # before a comma a name or a label ("Press service,"), not a clause and its place:
        # "The raid happened in the old town, March 5, 2017", "Four shot in Tulsa, Feb. 21, 2013"
        return None
    return got[0], m.start("date"), m.end("date")


# A clause's place just before a comma ("... in Tulsa"): the date after it is the event's.
_AT_PLACE = re.compile(r"\b(?:in|at|near|outside|on)\s+(?:[A-Z][\w'.-]*\s*)+$")
# At most so many lower-case words (besides a name's small words) in an issuer's name or a
# label before a comma and the date ("Operational update, General Staff of the Armed Forces
# of Marevia, 19 October 2026"; "Statement by the spokesperson, 30/11/2019").
_NAME_WORDS = 3
_NAME_SMALL = frozenset(["of", "the", "and", "by", "for", "on"])


def _foreign_header_date(line: str) -> tuple[dt.date, int, int] | None:
    """A short header line dated in Spanish, French or Portuguese ("Bamako, le 21 janvier
    2020", "Ciudad de Mexico, a 22 de octubre de 2021"): besides the date, at most six
    words, each capitalised or one of the small words such a header holds; or any words
    when the date is set off at the line's end ("SEDENA - Comunicado de prensa - 2 de
    diciembre de 2019", as :func:`_set_off_date` reads an English one)."""
    m = FOREIGN_DATE.search(line) if len(line) <= 90 else None
    d = foreign_date(m) if m else None
    if m is None or d is None:
        return None
    rest = _rest_of_line(line, m.start(), m.end())
    set_off = not line[m.end() :].strip() and _FOREIGN_SET_OFF.search(line, 0, m.start())
    if not (_header_words(rest, 6, _FOREIGN_SMALL_WORDS) or set_off):
        return None
    return d, m.start(), m.end()


# A separator just before a translated header's date at the line's end.
_FOREIGN_SET_OFF = re.compile(r"(?:[:|\u2013\u2014]|\s-)\s*$")


def _rest_of_line(line: str, start: int, end: int) -> str:
    """A header line without its date (``start``:``end``) and its times."""
    return _TIME_RX.sub(" ", line[:start] + " " + line[end:])


def _header_words(rest: str, most: int, small: frozenset[str]) -> bool:
    """Whether ``rest`` holds at most ``most`` words, each capitalised, a number or one of
    the ``small`` words a header may hold (a clause has other lower-case words)."""
    words = _WORD_RX.findall(rest)
    return len(words) <= most and not any(w.islower() and w.rstrip(".") not in small for w in words)


def _named_short_year(line: str, m: re.Match[str]) -> tuple[dt.date, int, int] | None:
    """A header's "11 MAR 25": the date when the rest of the line is a header's words."""
    try:
        day = dt.date(2000 + int(m["yy"]), month_num(m["mon"]), int(m["d"]))
    except ValueError:
        return None
    if not _header_words(_rest_of_line(line, m.start(), m.end()), 8, _HEADER_WORDS):
        return None
    return day, m.start("date"), m.end("date")


def _short_header_date(line: str, text: str = "") -> tuple[dt.date, int, int] | None:
    """A short line that holds a full date and otherwise only a header's words.

    "Daily Situation Report No. 214 – 12 August 2020", "SITREP 21/08/2020", "As of 5
    February 2019", "Dispatch dated 5 February 2019": besides the date and a time, at
    most eight words, each capitalised, a number or one of a header's small words; a
    clause ("The attack was reported on Feb. 3, 2012") has other lower-case words.
    """
    if len(line) > 90:
        return None
    m = _ANY_DATE.search(line)
    got = parse_absolute(m["date"]) if m else None
    if m is None or got is None or got[1] != "day":
        # A numeric date of a header: a two-digit year ("NEWSROOM UPDATE 14/03/21"), or
        # day and month that could swap, settled by a weekday ("Wed 02/01/2019").
        named = _NAMED_SHORT_YEAR.search(line)
        if named is not None:
            return _named_short_year(line, named)
        m = _SHORT_YEAR.search(line)
        if m is None:
            return None
        year = int(m["yy"]) + (2000 if len(m["yy"]) == 2 else 0)
        d = settle_numeric(int(m["a"]), int(m["b"]), year, day_first(m[0]), line, text)
        if d is None:
            return None
        got = d, "day"
    rest = _rest_of_line(line, m.start(), m.end())
    if rest.rstrip().endswith(".") or not _header_words(rest, 8, _HEADER_WORDS):
        return None
    return got[0], m.start("date"), m.end("date")
