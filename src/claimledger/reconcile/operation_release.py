"""Whether a text is a press release: its first lines name one.

A release's header names its kind ("Press Release", "PRESS STATEMENT", "Communique No. 14",
"Daily Update", "Situation note"), its issuer ("Kenya Defence Forces", "Indian Army -
Chinar Corps", "DEFENCE HEADQUARTERS, ABARA"), or the text opens on a dated dateline
("OSK, Norland (May 3, 2024) -"). ``operations.py`` reads a release's operations one after
the other; ``estimates.py`` reads the crimes a release says people were held over.
"""

from __future__ import annotations

import re

from claimledger.extract.dates.document import SET_OFF_CHARS, find_dateline
from claimledger.extract.dates.headers import PAREN_DATELINE
from claimledger.reconcile.operation_told import ACTION

# A release's header names its kind: "Press Release", "PRESS STATEMENT", "Communique No.
# 14", "Ministry of Defense - Daily Update", "Security Media Cell", "No PR-112/2021-ISPR",
# "Situation note, 14 August 2023", "Press centre".
RELEASE_HEADER = re.compile(
    r"\b(?:(?:press|news|media)\s+(?:release|statement|note|briefing|office|centre|center)"
    r"|for\s+immediate\s+release|communiqu[e\u00e9]|comunicado|bolet[i\u00ed]n|(?-i:Statement|STATEMENT)|bulletin"
    r"|(?:strike|daily|weekly)\s+summary|media\s+wing"
    r"|release\s+(?:no\b|#|number)|situation\s+(?:report|note)|sitrep"
    r"|(?:daily|weekly|morning|operational|operation)\s+update|public\s+(?:affairs|relations)"
    r"|press\s+information|ministry\s+of\s+(?:national\s+)?(?:defen[cs]e|interior)"
    r"|media\s+cell|spokesperson|ISPR|PR-?\d+"
    # an issuer's office: "Information department, ...", "Public Information Directorate",
    # "Office of the Chief of Police", "Police statement on ...", "Date of issue: ..."
    r"|(?:information|press|media|communications?)\s+(?:department|directorate|division"
    r"|service|section|unit|bureau|desk)"
    r"|office\s+of\s+the\s+(?:chief|commander|commissioner|inspector|director|head"
    r"|spokes\w+)|(?:police|army|military|government|official)\s+statement"
    r"|date\s+of\s+issue"
    # a summary of the operations of a day, a week or a period: "Weekly operations
    # round-up", "Summary of operations", "Weekly security report"
    r"|(?:operations?|operational|security|daily|weekly|monthly)\s+(?:round-?up|report|review"
    r"|digest|overview|summary|briefing)|summary\s+of\s+operations"
    # a force's media office: "Posted on 3 July 2022 by Murga Police Media", "Military Media"
    r"|(?:police|army|military|defen[cs]e|forces?)\s+media\b)",
    re.IGNORECASE,
)
# Or a header line of an armed body's name, every word capitalised ("Indian Army - Chinar
# Corps", "Burkina Faso Armed Forces General Staff", "Kenya Defence Forces"). A word is
# matched whole (possessive ``*+``): split letter by letter, a line in capitals that names
# no body took exponential time.
_BODY_LINE = re.compile(
    r"^[\W\d]*(?:(?:[A-Z][\w'.&-]*+|of|the|and|-|\u2013|\u2014|\|)\s*)*"
    r"(?:Army|Armed Forces|Police|Defen[cs]e Forces|General Staff|Corps|Headquarters"
    r"|Joint Task Force|Joint Command|Command)(?:(?:\s+|\s*[-\u2013\u2014|,]\s*)"
    r"(?:[A-Z][\w'.&-]*+|of|the|and))*\s*$"
)
# Or an issuer's name above a dated header line (twentieth session): a line of capitalised
# words (small words aside) that names a public body by one of these nouns ("Office of the
# Governor of Tiravo", "Elbon Border Service | 9 Oct 2023", "Menash Anti-Terrorism Unit",
# "Ruska Provincial Council - Security Committee"), in a text whose first lines give its date.
_ISSUER_NOUN = (
    r"(?:Service|Unit|Council|Committee|Office|Ministry|Department|Directorate|Bureau|Agency"
    r"|Guard|Navy|Gendarmerie|Authority|Government|Governor(?:ate)?|Division|Brigade"
    r"|Battalion|Regiment|Forces?|Secretariat|Commission|Cell|Cent(?:re|er)|Staff"
    r"|Spokes(?:man|person)|Prefecture|Constabulary|Militia|Coalition|Administration"
    # (twenty-second session: "Veshta Police | 14/11/2023")
    r"|Police|Command|Headquarters|HQ)"
)
# (after the noun only "of/for" and a name, then a separator or the line's end: a headline in
# title case goes on with its verb, "Weather Service Warns of Storms")
_CAPS = r"[A-Z][\w'.&-]*+"
_ISSUER_LINE = re.compile(
    rf"^[\W\d]*(?:(?:{_CAPS}|of|the|and|for|-|\u2013|\u2014)\s+)*?{_ISSUER_NOUN}\b"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAPS}(?:\s+(?:of\s+(?:the\s+)?)?{_CAPS})*)*"
    r"\s*(?:[|,\u2013\u2014]|\s-\s|$)"
)
# Or a dateline whose agency is the issuer (twenty-second session): "YARMIL, Jan. 28, 2025
# (Yarmil Army Public Affairs) \u2014", "KORANIS, 2020-12-19 (Ministry of Interior) \u2014",
# "TESSAR, April 4, 2022 /Karvia Defence Ministry/ -" (a news agency, "(Reuters)", "(Karvia
# Press Agency)", names none).
_AGENCY_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]+,[^\n()/]{3,40}?[(/]\s*(?P<agency>[^\n()/]{3,60}?)\s*[)/]\s*[-\u2013\u2014]"
)
_AGENCY_ISSUER = re.compile(
    r"\b(?:Army|Ministry|Police|Forces|Command|Gendarmerie|Navy|Defen[cs]e|Military)\b"
)
# How many of a text's first lines may hold the release's header.
HEADER_LINES = 3


# A dateline that carries its year: "LISOVAR, June 17, 2026 —", "OSK, Norland, May 3, 2024 -".
# A wire's dateline gives a day without its year ("KABUL, Jan 5 (Reuters) -"); the issuer's
# own release dates itself in full (twenty-eighth session; none of GVA's articles opens so).
_YEAR_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]+,(?:\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?,)?\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}"
    r"\s*[-\u2013\u2014]"
)


def is_release(text: str) -> bool:
    """Whether one of the text's first HEADER_LINES lines names a release (RELEASE_HEADER),
    or the text opens on a dated dateline (PAREN_DATELINE, _YEAR_DATELINE)."""
    if PAREN_DATELINE.match(text) or _YEAR_DATELINE.match(text):
        return True
    agency = _AGENCY_DATELINE.match(text)
    if agency and (
        RELEASE_HEADER.search(agency["agency"]) or _AGENCY_ISSUER.search(agency["agency"])
    ):
        return True
    lines = [line.strip() for line in text[:600].splitlines() if line.strip()][:HEADER_LINES]
    # The header is the lines before the body: a line of a sentence is no header. A line
    # in capitals is read in title case ("DEFENCE HEADQUARTERS, ABARA" names a body).
    # (k: the line's place among the first non-empty lines; the line; the line as read)
    head = [
        (k, line, line.title() if line.isupper() else line)
        for k, line in enumerate(lines)
        if len(line) <= 90 and not line.endswith(".")
    ]
    if any(RELEASE_HEADER.search(line) or _BODY_LINE.match(read) for _, line, read in head):
        return True
    return _issuer_above_date(head, text)


def _issuer_above_date(head: list[tuple[int, str, str]], text: str) -> bool:
    """Whether the header lines (``is_release``'s) name an issuer (_ISSUER_LINE) and the
    text's first lines give its date (a dateline of ``find_dateline`` on or next to the
    issuer's line)."""
    lines = [k for k, _, read in head if any(map(_ISSUER_LINE.match, _parts(read)))]
    if not lines:
        return False
    found = find_dateline(text)
    if found is None:
        return False
    # (the issuer's line, or the one right below it, holds the date: the date's line is the
    # how-manieth non-empty line)
    before = text[: text.rfind("\n", 0, found[1].start) + 1]
    at = sum(1 for line in before.splitlines() if line.strip())
    return any(at in (k, k + 1) for k in lines)


# The parts of a header line set off by dashes or bars: "ISTREL — 11 April 2027 — Jaskov
# Defence Ministry" names its issuer in its last part (thirty-sixth session).
_HEADER_PARTS = re.compile(r"\s+[-\u2013\u2014|]+\s+")


def _parts(line: str) -> list[str]:
    """The line, then each of its parts set off by dashes or bars (``_HEADER_PARTS``)."""
    parts = _HEADER_PARTS.split(line)
    return [line, *parts] if len(parts) > 1 else [line]


def in_header(text: str, at: int) -> bool:
    """Whether ``at`` lies on a short line among a text's first lines ("Osk, 14 May 2024")
    or in a dated dateline ("OSK, Norland (May 3, 2024) -")."""
    dateline = PAREN_DATELINE.match(text) or _YEAR_DATELINE.match(text)
    if (m := dateline or _AGENCY_DATELINE.match(text)) and at < m.end():
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
