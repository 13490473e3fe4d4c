"""Named members of a group source: one source per member.

"Initial reporting by @account" names @account; "reports from A, B and sources
on social media" names three sources.

"Local sources, including Shehab News Agency, reported ..." names one source
(Shehab News Agency); "The agencies Shehab, Quds News Network and Palestine
Today all referred to ..." names three, and so does a list of three names with no
group noun ("The X monitor, Y News and Z Today all reported"); each makes its own claim. Input: the
text of a source span; output: the members' offsets in it and their kind.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from claimledger.attribute.sources import named_official, outlet_named, source_kind, unknown_name
from claimledger.records import Evidence, Source

_GROUP = (
    r"(?:(?:local|several|other|multiple|many|various|palestinian|israeli|arab|news|media"
    r"|human[ -]rights|rights|humanitarian|medical|official)\s+)*"
    r"(?:sources|outlets|agencies|media|accounts|channels|pages|networks|sites|groups"
    r"|organi[sz]ations|monitors|others)"
)
# Groups whose members are news outlets or their accounts.
_MEDIA_GROUP = re.compile(r"outlets|agencies|media|channels|networks|sites|pages|accounts", re.I)
_INCLUDING = re.compile(
    rf"^(?P<group>.*?\b{_GROUP}(?:\s+(?:in|from|at|near|of)\s+[^,]{{1,40}})?),?\s+"
    r"(?:including|among them|such as|like|namely|one of (?:them|whom)(?: (?:was|is))?)\s+(?P<list>.+?)"
    r"[\s,]*$",
    re.I,
)
_NAMED_GROUP = re.compile(
    rf"^(?i:the\s+)?(?P<group>(?i:{_GROUP}))\s+(?P<list>[A-Z@].+?)(?:\s+(?:all|both|each))?[\s,]*$"
)
# "Initial reportage from Safa, Al Aqsa Voice and sources on social media": the reports'
# authors are the sources (a lower-case group among them is one source too).
_REPORTS_FROM = re.compile(
    r"^(?:(?:initial|early|earlier|first|later|subsequent|local)\s+)?"
    r"(?:report(?:s|ing|age)?|coverage)\s+(?:from|by)\s+(?P<list>.+?)[\s,]*$",
    re.I,
)
# "The Open Ledger monitor, Al Varna News and Pellan Today all": three or more names
# (each capitalised, "the" aside) in a list closed by "and", with no group noun.
_NAME = r"(?:[Tt]he\s+)?[A-Z@][^,]*?"
_NAMES_LIST = re.compile(
    rf"^(?P<list>{_NAME}(?:\s*,\s*{_NAME})+,?\s+and\s+{_NAME})(?:\s+(?:all|both|each))?[\s,]*$"
)
# A group of accounts no word makes outlets' ("several accounts", not "news accounts").
_PLAIN_ACCOUNTS = re.compile(r"(?!.*\b(?:news|media|outlets?)\b).*\baccounts", re.I)
# A role noun before a person's name: "journalist Wael Sabbagh", "the activist Hala Suweid".
_ROLE_NAME = re.compile(
    r"(?:(?:the|a|local|independent|freelance)\s+)*(?:journalist|reporter|correspondent"
    r"|photo(?:grapher|journalist)|activist|blogger|resident|doctor|dr\.?|nurse|paramedic"
    r"|medic|lawyer|researcher|writer|poet|teacher|imam|mukhtar"
    # or a descriptor before an outlet's or a page's name: "the page Harsa Martyrs"
    r"|(?:(?:facebook|telegram|instagram|news|local)\s+)?(?:page|channel|outlet|agency|website"
    r"|news\s+site|account))\s+(?-i:[A-Z@])",
    re.I,
)
_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_AUTHORITY = re.compile(
    r"\b(?:ministry|police|army|command|government|office|authorit(?:y|ies)|council|department"
    r"|directorate|forces|military|defen[cs]e|governor|municipality|administration)\b",
    re.I,
)


def _pieces(text: str, m: re.Match[str]) -> Iterator[tuple[int, str]]:
    """Each non-empty member of the match's ``list`` group, with its offset in ``text``."""
    pos = m.start("list")
    for piece in _SEP.split(m["list"]):
        start = text.find(piece, pos)
        if not piece or start < 0:
            continue
        pos = start + len(piece)
        yield start, piece


def _described(piece: str, kind: str) -> bool:
    """Whether a member written without a name is someone the lexicon knows ("Local sources,
    including a relative of one of the farmers": the relative speaks, ``family``;
    docs/claims-gold.md: "Local sources, including X, reported" is X's claim)."""
    return kind not in ("anonymous", "author") and named_official(piece)


def group_members(text: str) -> list[tuple[int, int, str]]:
    """The named members of a group source written as ``text``.

    Returns:
        ``(start, end, kind)`` per member (offsets into ``text``), in order; empty
        when ``text`` names no group with named members.
    """
    reports = _REPORTS_FROM.match(text)
    if reports is not None:
        return _reporters(text, reports)
    m = _INCLUDING.match(text) or _NAMED_GROUP.match(text) or _NAMES_LIST.match(text)
    if m is None:
        return []
    media = "group" in m.groupdict() and bool(_MEDIA_GROUP.search(m["group"]))
    out: list[tuple[int, int, str]] = []
    for start, piece in _pieces(text, m):
        kind = source_kind(piece)
        if not re.match(r"(?:[Tt]he\s+)?[A-Z@0-9]", piece) and (
            media
            or not (_ROLE_NAME.match(piece) or (m.re is _INCLUDING and _described(piece, kind)))
        ):
            # a person is no member of "news outlets, including journalist X" (the outlets
            # stay the source), nor is a word the lexicon does not know ("including others")
            return []
        if (
            media
            and kind in ("witness", "official", "social_media")
            and not (piece.startswith("@") and _PLAIN_ACCOUNTS.fullmatch(m["group"]))
        ):
            kind = "media"  # but "accounts, including @omar_d": a person's handle stays a poster
        out.append((start, start + len(piece), kind))
    if any(outlet_named(text[a:b]) for a, b, _ in out):
        # a name nobody knows listed among outlets is an outlet ("including Tamsin FM and Mosa Gate")
        out = [(a, b, "media" if unknown_name(text[a:b]) else k) for a, b, k in out]
    return out


def _reporters(text: str, m: re.Match[str]) -> list[tuple[int, int, str]]:
    """The authors of "reports from A, B and sources on social media", each a source."""
    out: list[tuple[int, int, str]] = []
    for start, piece in _pieces(text, m):
        if re.match(r"[A-Z@0-9]", piece):
            # What "reports" come from is an outlet unless its name says otherwise.
            kind = source_kind(piece)
            if kind == "witness" or (kind == "official" and not _AUTHORITY.search(piece)):
                kind = "media"
        elif re.search(r"\bsocial media\b|\bfacebook\b|\btwitter\b|\btelegram\b", piece, re.I):
            kind = "social_media"
        else:
            kind = source_kind(piece)
        out.append((start, start + len(piece), kind))
    return out


# A group of people a statement names as its source ("Local sources", "residents", "sources in
# the village"), and a member the text names right after it: ", including X,", ", among them
# X,", ", one of them (was) X,".
_PEOPLE_GROUP = re.compile(
    r"(?:sources|residents|witnesses|eyewitnesses|villagers|locals|inhabitants|neighbou?rs"
    r"|people)(?:\s+(?:in|from|at|near|of)\s+[^,]{1,40})?",
    re.I,
)
_MEMBER_AFTER = re.compile(
    r"\s*,\s*(?:including|among\s+(?:them|whom)|one\s+of\s+(?:them|whom)(?:\s+(?:was|is|being))?)"
    r"\s+(?P<member>[^,;:.()\n]{3,80}?)\s*,"
)


def member_after(text: str, source: Source) -> Source | None:
    """The member a group source's phrase names right after it in ``text`` ("According to
    local sources, including a relative of one of the farmers, 3 farmers were killed": the
    relative speaks, docs/claims-gold.md), when the parse left the member out of the source;
    None otherwise. The member is someone the lexicon knows or a proper name."""
    ev = source.evidence
    name = " ".join(source.name.split())
    if ev is None or not _PEOPLE_GROUP.search(name.split(",")[0]):
        return None
    m = _MEMBER_AFTER.match(text, ev.end)
    if m is None:
        return None
    member = m["member"]
    kind = source_kind(member)
    if kind in ("anonymous", "author") or not (
        named_official(member) or re.match(r"(?:[Tt]he\s+)?[A-Z@]", member)
    ):
        return None
    start = m.start("member")
    found = Evidence(start, m.end("member"), member, ev.doc_id, ev.extractor, ev.confidence)
    return dataclasses.replace(source, name=member, kind=kind, evidence=found)
