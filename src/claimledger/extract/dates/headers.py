"""Header lines that date a document besides a plain dateline.

* a date in parentheses after the place: "KANDAHAR, Afghanistan (Jan. 5, 2013) --";
* a dateline without a year: "Mar. 3 (Reuters) -", "BAGHDAD, March 3 (AP) --",
  "KABRAN, Afghanistan (Dec. 5) -", a header line "December 29"; the year comes from
  the caller's fallback date, else from the text (a full date near it, else the latest
  year the text names: a release code "2011-12-S-014" above it); none: no date;
* a press release's header: "For Immediate Release: January 5, 2013" (read by the
  dateline pattern) and a release number that holds the date ("Release No.
  20130105-02", "Release # 2013-01-05-01");
* a header dated in Spanish, French or Portuguese, as translated releases keep it
  ("Bogota, 9 de marzo de 2020", "Bamako, le 21 janvier 2020", "Maputo, 3 de
  Março de 2021"): only on a header line (the text's own dates are read in English).

A place with no date ("BAGHDAD --", "(AP) --") gives nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from claimledger.extract.dates.forms import (
    DAY,
    DMY,
    ISO,
    MDY,
    MONTH,
    YEAR,
    day_num,
    month_num,
    parse_absolute,
    parse_iso,
    safe_date,
)

_DATE_ALT = re.sub(r"\(\?P<\w+>", "(?:", rf"(?:{MDY.pattern}|{DMY.pattern}|{ISO.pattern})")
_PLACE = r"[A-Z][A-Za-z.'\-]+(?:[ ][A-Za-z.'\-]+){0,3}"
# "KANDAHAR, Afghanistan (Jan. 5, 2013) --"
PAREN_DATELINE = re.compile(
    rf"^\s*{_PLACE}(?:,\s*{_PLACE}){{0,2}}\s*\((?P<date>{_DATE_ALT})\)\s*[-\u2013\u2014:|]",
    re.I,
)
# A place may carry its region in brackets: "Srinagar (Jammu and Kashmir) [India],".
_PLACE_TAIL = r"(?:\s*\([^()\n]{2,40}\))?(?:\s*\[[^\[\]\n]{2,30}\])?"
# A month and day without a year, then an agency: "Mar. 3 (Reuters) -", "BAGHDAD, March 3
# (AP) --", "SANAA, 7 November (Xinhua) --", "New Delhi, Sep 12 (PTI) Four soldiers ...",
# "... September 12 (ANI):", "VARNO, Oct 5 \u2014". A year may follow the agency's dash
# ("(Xinhua) -- 2016").
YEARLESS_DATELINE = re.compile(
    rf"^\s*(?:{_PLACE}{_PLACE_TAIL}(?:,\s*{_PLACE}{_PLACE_TAIL}){{0,2}},?\s+)?"
    rf"(?P<date>(?P<mon>{MONTH})\s+(?P<day>{DAY})|(?P<day2>{DAY})\s+(?P<mon2>{MONTH}))"
    rf"(?:\s*(?P<agency>\([A-Za-z .&]{{2,30}}\))\s*"
    rf"(?:(?:--|[-\u2013\u2014:])\s*(?:(?P<year>{YEAR})(?!\d))?|(?=[A-Z\"\u201c]))"
    # without an agency a dash or a colon must follow ("VARNO, Oct 5 \u2014 A bombing ...",
    # "ISLAMABAD, Sept 12: Four soldiers ...")
    rf"|\s*(?:--|[-\u2013\u2014:])\s)"
)
# A yearless date in a dateline's parentheses: "KABRAN, Afghanistan (Dec. 5) -" (an ISAF
# release; its year comes as for YEARLESS_DATELINE, often from the release code above it,
# "2011-12-S-014"); and a header line that is only a month and day ("December 29"), maybe
# after a place or a title and a separator ("Kiram, 7 June", "Daily update \u2013 7 June").
YEARLESS_PAREN = re.compile(
    rf"^\s*{_PLACE}(?:,\s*{_PLACE}){{0,2}}\s*\((?P<date>(?P<mon>{MONTH})\s+(?P<day>{DAY}))\)\s*[-\u2013\u2014:|]",
    re.I,
)
YEARLESS_LINE = re.compile(
    rf"^\s*(?:{_PLACE}\s*(?:[,:|\u2013\u2014]|\s-)\s*)?(?P<date>(?P<mon>{MONTH})\s+(?P<day>{DAY})|(?P<day2>{DAY})\s+(?P<mon2>{MONTH})),?\s*$",
    re.I,
)
# "Release No. 20130105-02", "RELEASE NUMBER: 2013-01-05-01", "Release # 130105"? (8 digits only)
RELEASE_NUMBER = re.compile(
    r"\brelease\s*(?:no\.?|number|num\.?|#)\s*:?\s*"
    r"(?P<date>(?:19|20)\d\d(?P<sep>-?)[01]\d(?P=sep)[0-3]\d)(?!\d)",
    re.I,
)
_YEAR_RX = re.compile(rf"\b{YEAR}\b")
# Month names of Spanish, French and Portuguese headers (accents optional).
FOREIGN_MONTHS: dict[str, int] = {
    "enero": 1, "janvier": 1, "janeiro": 1, "febrero": 2, "fevrier": 2, "fevereiro": 2,
    "marzo": 3, "mars": 3, "marco": 3, "abril": 4, "avril": 4, "mayo": 5, "mai": 5,
    "maio": 5, "junio": 6, "juin": 6, "junho": 6, "julio": 7, "juillet": 7, "julho": 7,
    "agosto": 8, "aout": 8, "septiembre": 9, "setiembre": 9, "septembre": 9,
    "setembro": 9, "octubre": 10, "octobre": 10, "outubro": 10, "noviembre": 11,
    "novembre": 11, "novembro": 11, "diciembre": 12, "decembre": 12, "dezembro": 12,
}  # fmt: skip
_ACCENTS = str.maketrans("\u00e9\u00fb\u00e7\u00c9\u00db\u00c7", "eucEUC")
# "9 de marzo de 2020", "le 21 janvier 2020", "1er mai 2022", "3 de Março de 2021".
FOREIGN_DATE = re.compile(
    r"(?<!\w)(?P<day>[12]\d|3[01]|0?[1-9])(?:er|º|°)?\s+(?:de\s+)?(?P<mon>[^\W\d_]{3,10})"
    r"\s+(?:de\s+|del\s+)?(?P<year>(?:19|20)\d\d)(?!\d)",
    re.I,
)
# The small words around such a date on a header line ("Bamako, le", "a", "Ciudad de").
FOREIGN_HEADER_WORDS = frozenset(["le", "la", "el", "a", "\u00e0", "de", "del", "du", "em", "en"])


def yearless_date(
    month: str, day: str, text: str, fallback: str | None, year: str | None = None
) -> dt.date | None:
    """The date "March 3" names in a document: the year written after the agency, else
    the fallback's year, else a year the text itself gives (:func:`text_year`).

    With a fallback date, the most recent March 3 on or before it.
    """
    mon, d = month_num(month), day_num(day)
    if year:
        return safe_date(int(year), mon, d)
    ref = parse_iso(fallback)
    if ref is not None:
        got = safe_date(ref.year, mon, d)
        if got is not None and got > ref:
            got = safe_date(ref.year - 1, mon, d)
        return got
    y = text_year(mon, d, text)
    return safe_date(y, mon, d) if y else None


# How far from a full date of the text a yearless dateline's day may lie for that date
# to give it its year.
NEAR_DAYS = 62


def text_year(mon: int, day: int, text: str) -> int | None:
    """The year of a yearless dateline's "mon/day", from the text itself, or None.

    First a full date written in the text within ``NEAR_DAYS`` of that day (the year that
    puts the two nearest: "Sept 12 (Reuters) - ... the truce of Aug 30, 2024" is 12
    September 2024; "Jan 3 ... on Dec. 30, 2024" is 3 January 2025); else the latest year
    the text names ("the deadliest attack of 2017": a report names its own year when it
    names a recent one), not in a sentence of what is to come ("elections are due in
    2025"), and the next year when the text tells of a later month of that year ("Jan. 3
    ... since a truck bombing in December 2014"). A text with no year gives none: the
    dateline stays undated.
    """
    best: tuple[int, int] | None = None
    for rx in (MDY, DMY, ISO):
        for m in rx.finditer(text):
            got = parse_absolute(m.group(0))
            if got is None or got[1] != "day":
                continue
            for y in (got[0].year - 1, got[0].year, got[0].year + 1):
                cand = safe_date(y, mon, day)
                gap = abs((cand - got[0]).days) if cand else NEAR_DAYS + 1
                if gap <= NEAR_DAYS and (best is None or gap < best[0]):
                    best = (gap, y)
    if best is not None:
        return best[1]
    told = [p for p in _SENTENCE_RX.split(text) if not _FUTURE_RX.search(p)]
    years = [int(y) for p in told for y in _YEAR_RX.findall(p)]
    if not years:
        return None
    year = max(years)
    # a dateline is no earlier than what its text tells of that year: "Jan. 3 - ... the
    # deadliest since a truck bombing in December 2014" is 3 January 2015
    named = [
        got[0]
        for p in told
        for m in _MONTH_YEAR_RX.finditer(p)
        if (got := parse_absolute(m.group(0))) is not None and got[0].year == year
    ]
    here = safe_date(year, mon, day)
    return year + 1 if here is not None and named and here < max(named) else year


# A text's sentences, and those that tell of what is to come ("elections are due in
# 2025", "the trial will open in March 2024"): their years are not the text's own.
_SENTENCE_RX = re.compile(r"(?<=[.!?])\s+|\n")
_FUTURE_RX = re.compile(
    r"\b(?:will|would|shall|scheduled|due|expected|plans?|planned|upcoming|next|until)\b", re.I
)
# A month and year the text names ("December 2014", "in Dec. 2014"), or a full date.
_MONTH_YEAR_RX = re.compile(
    rf"(?:{DAY}\s+)?{MONTH}\s+(?:{DAY},?\s+)?{YEAR}\b|{YEAR}-[01]\d-[0-3]\d", re.I
)


def foreign_date(m: re.Match[str]) -> dt.date | None:
    """The date a FOREIGN_DATE match names, or None when its month is no month name."""
    mon = FOREIGN_MONTHS.get(m["mon"].lower().translate(_ACCENTS))
    return safe_date(int(m["year"]), mon, int(m["day"])) if mon else None


def release_number_date(value: str) -> dt.date | None:
    """The date in a release number's date part ("20130105", "2013-01-05")."""
    digits = value.replace("-", "")
    return safe_date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


# A period a header line sums up: "28 October - 3 November 2019", "17-19 June 2025",
# "10 to 16 July 2023", "June 17-19, 2025", "Oct. 28 - Nov. 3, 2019", "from 2 to 8
# January 2022"; its last day is group "end" (day-first) or "mon2"/"day2"/"year" (month
# first, the month of its first day when the last names none).
_UNTIL = r"\s*(?:-|\u2013|\u2014|\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b)\s*"
PERIOD = re.compile(
    rf"(?<![\w/.-])(?:{DAY}(?:\s+{MONTH}\.?(?:,?\s+{YEAR})?)?{_UNTIL}"
    rf"(?P<end>{DAY}\s+{MONTH}\.?,?\s+{YEAR})"
    rf"|(?P<mon1>{MONTH})\.?\s+{DAY}(?:,?\s+{YEAR})?{_UNTIL}(?:(?P<mon2>{MONTH})\.?\s+)?"
    rf"(?P<day2>{DAY}),?\s+(?P<year>{YEAR}))(?![\w/.-])",
    re.I,
)
# The words of a line that sums up a period ("Weekly operations round-up", "Sitrep for",
# "Report covering", "summary for the period").
PERIOD_LABEL = re.compile(
    r"\b(?:report|summary|round-?up|sitrep|update|bulletin|review|overview|digest|briefing"
    r"|brief|statement|release|period|week(?:ly)?|daily|monthly|operations|activities)\b",
    re.I,
)


def period_end(m: re.Match[str]) -> dt.date | None:
    """The last day of the period a PERIOD match names."""
    if m["end"]:
        got = parse_absolute(m["end"])
        return got[0] if got and got[1] == "day" else None
    return safe_date(int(m["year"]), month_num(m["mon2"] or m["mon1"]), day_num(m["day2"]))
