"""A press release's issuer speaks as the author.

A release ("KORVA, Pellan (Dec. 1, 2023) — An air strike ... killed dozens of
fighters, the Defence Staff said.", "PRESS RELEASE", "For Immediate Release")
is the issuing body's own text: the body its lead sentence attributes a
statement to is the issuer, and what the issuer "said" or "reports" is the
author's claim (``docs/claims-gold.md``: the body's statements are the author's),
as are its later mentions by name or by its head noun ("The police command
reports ... the command said"). Other sources of the release (a named
spokesperson, local officials, a health directorate) keep their own kind.

Input: the document text and its ``(position, claim)`` pairs; output: the same
pairs with the issuer's claims given to the author.

The other way round, a post's header naming its poster ("Posted on Facebook by X:")
gives the author's claims to that poster (``poster_as_author``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimledger.attribute.release_people import own_people_as_author
from claimledger.attribute.sources import bare_person_name, counts_victims, source_kind
from claimledger.attribute.statements import AUTHOR, norm_name
from claimledger.extract.dates.headers import PAREN_DATELINE, RELEASE_NUMBER
from claimledger.records import Claim, Source

_HEADER = re.compile(
    r"^\s*(?:(?:press|news)\s+release|for\s+immediate\s+release|(?:press|media)\s+statement"
    # "STATEMENT BY THE COALITION PRESS OFFICE", "Statement of the Northern Command"
    r"|(?:official\s+|joint\s+)?statement\s+(?:by|of|from)\s+the\s+[^\n]{3,60}(?=\n)"
    r"|release\s+(?:no\.?\s*)?\d[\w-]*\.?)(?=\W|$)",
    re.I,
)
# Where the body starts after a header with no dash: its line ("Press Statement\n") or its
# first sentence ("Release 2026-031. Joint Forces Command confirms ...").
_HEADER_END = re.compile(r"\n|(?<=\d)\.\s|\.\s(?=[A-Z])")
# A news wire's plain dateline ("BAQUBA, Iraq —") alone does not make a release: only
# the dated one of releases ("KORVA, Pellan (Dec. 1, 2023) —") or a release header does.
_PLAIN_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'\-]{2,40}(?:,\s*[A-Z][\w .'\-]{1,40})?\s*[\u2013\u2014]", re.M
)
_SENTENCE_END = re.compile(r"[.!?][\"”]?(?:\s|$)")
# A period that ends an abbreviation ends no sentence ("the strike of Feb. 11").
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Col|Lt"
    r"|Capt|Sgt|Maj|Brig|No|St|[A-Z])\.$"
)
# A rank or a role before a name is a person speaking for the body, not the body.
_PERSON_TITLE = re.compile(
    r"\b(?:colonel|general|major|captain|lieutenant|sergeant|admiral|commander|spokes\w*|"
    r"minister|governor|mayor|director|chief|col|gen|lt|capt|sgt)\b\.?"
    # a civil title before a name ("Sheriff Tom Garrow"), not the office ("the Sheriff's Office")
    r"|(?-i:\b(?:Sheriff|Inspector|Superintendent|Commissioner)\s+[A-Z][a-z])",
    re.I,
)
ISSUER_KINDS = frozenset({"official", "military"})


def issuer_as_author(text: str, claims: Sequence[tuple[int, Claim]]) -> list[tuple[int, Claim]]:
    """``claims`` with the release issuer's claims given to the author (module doc).

    Args:
        text: the document text.
        claims: ``(position, claim)`` pairs.

    Returns:
        The pairs, changed only when ``text`` reads as a release whose lead
        sentence names an issuing body.
    """
    lead = _lead_sentence(text)
    if lead is None:
        kept = _letterhead_as_author(text, claims)
        return own_people_as_author(kept) if _issued(text) else kept
    return own_people_as_author(_lead_issuer_as_author(text, claims, lead))


# A release's first line naming its issuer before a dash or a bar: "Darrow Metropolitan
# Police - Media Desk", "MINISTRY OF INTERIOR — Directorate of Public Security".
_ISSUER_LINE = re.compile(
    r"\s*(?P<name>[A-Z][^\n|\u2014\u2013-]{2,60}?)\s*[-\u2014\u2013|]\s*[^\n]{2,60}\n"
)


def _issued(text: str) -> bool:
    """Whether a text opens on its issuing authority's name: a letterhead or a first line
    "BODY - ..." (an authority's or a force's own text, where its people act for it)."""
    for pattern, kinds in ((_LETTERHEAD, _LETTERHEAD_KINDS), (_ISSUER_LINE, ISSUER_KINDS)):
        m = pattern.match(text)
        if m is not None and source_kind(m["name"]) in kinds:
            return True
    return False


def _lead_issuer_as_author(
    text: str, claims: Sequence[tuple[int, Claim]], lead: tuple[int, int]
) -> list[tuple[int, Claim]]:
    """A release read by its lead sentence: the issuer's claims are the author's."""
    header = text[: lead[0]].casefold()
    # The dateline's place read as a speaker ("DUNMORE, Velland (...) — X reports") is
    # the release's own voice.
    # the claims given to the author here (their duplicates are dropped below)
    given = [_in_header(c, header) for _, c in claims]
    pairs = [
        (p, dataclasses.replace(c, source=AUTHOR) if g else c)
        for (p, c), g in zip(claims, given, strict=True)
    ]
    issuer = _issuer(pairs, lead, text)
    if issuer is not None and not _release_header(text[:400]):
        # a dated news story: a body that counts victims, or a person, keeps its claims (Q),
        # as does a body the lead opens on, telling as a story does ("The army said ...")
        told = _told_of(text[lead[0] : lead[1]], issuer)
        issuer = None if counts_victims(issuer) or bare_person_name(issuer) or told else issuer
    out: list[tuple[int, Claim]] = []
    seen: set[tuple[object, ...]] = set()
    civil = _civil_issuer(text)
    for (p, c), g in zip(pairs, given, strict=True):
        if issuer is not None and _same_body(c, issuer):
            c, g = dataclasses.replace(c, source=AUTHOR), True
        elif civil and c.source.kind == "military" and _a_person(c.source.name):
            # a police command's or interior ministry's ranked officer speaks for it
            c = dataclasses.replace(c, source=dataclasses.replace(c.source, kind="official"))
        key = (c.figure, c.low, c.high, c.evidence.start, c.evidence.end, c.source.name)
        if g and key in seen:
            continue
        seen.add(key)
        out.append((p, c))
    return out


# A letterhead: the issuing body's name alone on the first line ("Ministry of Defence of
# Arvenia\n12 March 2026\nThe Ministry of Defence announced ..."), capitalised words only.
_LETTERHEAD = re.compile(
    r"\s*(?P<name>(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+(?:of|for|and|the|[A-Z][\w'’.-]*)){1,9})"
    r"[ \t]*\n"
)
_LETTERHEAD_KINDS = frozenset({"official", "military", "partisan"})


def _letterhead_as_author(
    text: str, claims: Sequence[tuple[int, Claim]]
) -> list[tuple[int, Claim]]:
    """A text under its issuer's letterhead: the issuer's claims are the author's (the body
    speaks of itself in its own statement, "The Ministry of Defence announced ...")."""
    m = _LETTERHEAD.match(text)
    if m is None or source_kind(m["name"]) not in _LETTERHEAD_KINDS:
        return list(claims)
    own = norm_name(m["name"])
    head = re.split(r"\s(?:of|for)\s", own)[0].split()[-1]

    def same(c: Claim) -> bool:
        name = norm_name(c.source.name)
        return c.source.kind in _LETTERHEAD_KINDS and (name in own or own in name or name == head)

    return [(p, dataclasses.replace(c, source=AUTHOR) if same(c) else c) for p, c in claims]


def _civil_issuer(text: str) -> bool:
    """Whether a release's issuer, the line above its header ("Northern Region Police\n
    Media statement") or the body a "Statement by the X" names, is a civil authority
    (``official``, not a defence ministry): its ranked officers speak for it."""
    m = _release_header(text[:400])
    if m is None:
        return False
    named = re.search(r"statement\s+(?:by|of|from)\s+the\s+(.+)", m.group(0), re.I)
    name = text[: m.start()].strip() or (named.group(1) if named else "")
    return (
        0 < len(name) <= 80
        and source_kind(name) == "official"
        and not re.search(r"defen[cs]e|\bwar\b|armed|army|military", name, re.I)
    )


def _a_person(name: str) -> bool:
    """A person by a title or by the name ("Colonel X", "Grace Wanjiru"), not a unit."""
    return bool(_PERSON_TITLE.search(name)) or bare_person_name(name)


def _in_header(c: Claim, header: str) -> bool:
    """Whether ``c``'s source is a name of the release's dateline or header, also as "the
    <word of it>" ("The coalition assesses ..." under "Coalition Joint Task Force")."""
    name = " ".join(c.source.name.casefold().split())
    bare = name.removeprefix("the ")
    return c.source.kind != "author" and (
        (len(name) > 2 and name in header)
        or (
            bare != name
            and len(bare) > 4
            and c.source.kind in ISSUER_KINDS
            and _word_in(bare, header)
        )
    )


def _word_in(words: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text) is not None


_HEADER_LINE = re.compile(_HEADER.pattern, re.I | re.M)  # "^" after a line break too


def _release_header(head: str) -> re.Match[str] | None:
    """The release header on one of the first three lines: the issuer's name may stand
    above it ("Ministry of Internal Affairs\nPress release\n23 November 2026\n...")."""
    start = 0
    for _ in range(3):
        m = _HEADER_LINE.match(head, start)
        if m is not None:
            return m
        line_end = head.find("\n", start)
        if line_end < 0 or line_end - start > 80:
            return None
        start = line_end + 1
    return None


def _lead_sentence(text: str) -> tuple[int, int] | None:
    """The first sentence after a release's dateline or header (None: not a release)."""
    head = text[:400]
    m = PAREN_DATELINE.match(head)
    start = m.end() if m is not None else None
    header = _release_header(head)
    if start is None and (header or RELEASE_NUMBER.search(head)):
        # A header, then the body's own dateline ("VARNAK, Estoria —").
        dash = _PLAIN_DATELINE.search(head) or re.search(r"[\u2013\u2014]", head)
        start = dash.end() if dash else None
        if start is None and header is not None:
            end = _HEADER_END.search(head, header.end() - 1)
            start = end.end() if end else None
    if start is None:
        return None
    for end in _SENTENCE_END.finditer(text, start):
        if not _ABBREVIATION.search(text, start, end.start() + 1):
            return start, end.end()
    return start, len(text)


def _issuer(
    claims: Sequence[tuple[int, Claim]], lead: tuple[int, int], text: str = ""
) -> str | None:
    """The name of the body the lead sentence attributes a statement to; when the lead
    attributes none ("Air defence units shot down four drones."), the body the release's
    first statement puts last, in a release's voice ("Debris injured three people, the
    regional administration said, ...")."""
    later = [c for _, c in claims if c.source.kind != "author" and c.evidence.start >= lead[0]]
    for c in later:
        name = c.source.name.strip()
        if not lead[0] <= c.evidence.start < lead[1]:
            if not text or c.source.kind not in ISSUER_KINDS or _PERSON_TITLE.search(name):
                return None
            return name if re.search(rf",\s*{re.escape(name)}\s+said\b", text) else None
        if c.source.kind in ISSUER_KINDS and not _PERSON_TITLE.search(name):
            return name
        return None
    return None


# A news story's lead: the body, then a verb of saying in the past or "says" ("The army said
# its units ...", "The X Interior Ministry announced that ..."); a release's lead says "reports",
# "confirms" or puts the body last ("..., the Interior Ministry said").
_TOLD = r"\s+(?:\w+ly\s+|on\s+\w+\s+)?(?:said|says|announced|stated|told|declared|added)\b"


def _told_of(lead: str, issuer: str) -> bool:
    """Whether a dated dateline's lead sentence opens on the issuer and ``_TOLD``."""
    words = norm_name(issuer).split()
    name = r"\s+".join(re.escape(w) for w in words)
    return bool(words) and re.match(rf"\s*(?:the\s+)?{name}{_TOLD}", lead, re.I) is not None


def _same_body(c: Claim, issuer: str) -> bool:
    """Whether ``c``'s source is the issuer, by name or "the <its head noun>"."""
    name = " ".join(c.source.name.casefold().split())
    own = " ".join(issuer.casefold().split())
    if name == own:
        return True
    head = own.split()[-1]
    return name in (f"the {head}", head) and c.source.kind in ISSUER_KINDS


# A post's header naming its poster: "Posted on Facebook by Rania Mansour:", "Telegram
# post by @kessel_watch:". The text after it is the poster's, not a writer's: the
# author's claims are the poster's (``family`` when the poster writes of "my father",
# "our son": a relative's post; ``social_media`` otherwise).
_POSTED_BY = re.compile(
    r"^\s*(?:(?:translated|taken|quoted)\s+from\s+)?"
    r"(?:(?:posted|shared|written)\s+(?:on\s+(?:facebook|x|twitter|telegram|instagram"
    r"|tiktok)\s+)?by|(?:(?:a|the)\s+)?(?:facebook|telegram|instagram|x|twitter)\s+post\s+by"
    r"|(?:a\s+)?thread\s+(?:by|from))\s+"
    r"(?P<name>@?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    # a date or a description before the colon: "Mariam Awad, 17 May:", "X (a nurse):"
    r"(?:,\s*[\w ]{1,25}|\s*\((?P<desc>[^)\n]{1,40})\)(?:,\s*(?P<role>[^:\n]{3,60}))?)?\s*:",
    re.I,
)
# A header naming whose text follows without "posted by": "Shared from the (Facebook) page
# of the Mansour family of Beit Lahd:", "A resident of Nahla, in a voice message forwarded
# on WhatsApp:". The source keeps its own kind (a family, a resident).
_FROM_PAGE = re.compile(
    r"^\s*(?i:(?:shared|taken|translated|quoted|reposted)\s+from\s+(?:the|a)\s+"
    r"(?:(?:facebook|telegram|instagram|x|twitter|tiktok)\s+)?(?:page|account|channel|post)\s+of\s+)"
    r"(?P<name>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+family)?)"
    r"(?:\s+(?:of|in|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s*:"
)
_IN_A_MESSAGE = re.compile(
    r"^\s*(?P<name>(?:[Aa]n?|[Tt]he)\s+[a-z]+(?:\s+(?:of|from|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)"
    r",\s+(?i:in\s+an?\s+(?:voice\s+(?:message|note)|audio\s+message|video|post|message|tweet"
    r"|recording))[^:\n]{0,60}:"
)
OWN_KIN = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+){0,2}?(?:father|mother|brothers?|sisters?|sons?|daughters?"
    r"|husband|wife|uncle|aunt|cousins?|nephews?|nieces?|children|parents|grand\w+)\b"
    r"(?!\s+(?:says|said|told|tells|reports|reported|writes|wrote|confirms|confirmed)\b)",
    re.I,
)


# A faction's own statement under its header ("Statement by the X Front's media office:",
# "Communiqué of the Y Resistance, 6 April\n", "Press Centre of the Z Front\n"): the faction
# speaks (``partisan``, as its media office is), not the author (a force's or a ministry's release stays the author's).
_FACTION_HEADER = re.compile(
    r"^\s*(?i:(?:(?:[a-z]+\s+)?(?:statement|communiqu[eé]|announcement|bulletin|declaration)"
    # "Press Centre of the X Front", "Media Office of the Y Brigades": its press desk speaks
    # (a desk word may open it: "Military Media Office of the X Army", "Central Press Centre")
    r"|(?:[A-Z][a-z]+\s+)?(?:press|media|information)\s+(?:centre|center|office|bureau|service"
    r"|department|unit))"
    # a number of the series may follow ("Communiqué No. 9 of the X Front", "Military
    # Communiqué #3 — the Y Brigades"), the body after "of" or a dash
    r"(?:\s+\(?(?:no\.?|number|n[º°]|\#)\s*\d+\)?)?"
    r"(?:\s+(?:by|of|from)\s+|\s*[-\u2013\u2014:]\s*))"
    r"(?P<name>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|the|military|media|press"
    r"|office|wing|bureau|centre|center)){0,8})"
    # its end: a colon, a line break, or a date after a comma or a dash ("... Army - 12 May")
    r"\s*(?::|,[^\n]{0,40}\n|[ \t]+[-\u2013\u2014][ \t]*[^\n]{0,40}\n|\n)"
)
_FACTION_WORDS = re.compile(
    r"\b(?:front|resistance|brigades?|movement|mujahideen|liberation|popular|people'?s)\b", re.I
)
# A force named for liberation or for the people ("the X Popular Army") is a faction's.
_LIBERATION = re.compile(r"\b(?:liberation|popular|people'?s)\b", re.I)


def _faction_header(head: str) -> Source | None:
    """The faction a statement's header names, if any."""
    m = _FACTION_HEADER.match(head)
    if m is None:
        return None
    return Source(name=m["name"], kind="partisan") if faction_name(m["name"]) else None


def faction_name(name: str) -> bool:
    """Whether a body's name is a faction's: its kind, or a faction's word ("front",
    "resistance", "brigades") in a name of no state body ("the X Liberation Army": a force
    named for liberation is a faction's, not a state's)."""
    state = _STATE_WORDS.search(name) and not _LIBERATION.search(name)
    return source_kind(name) == "partisan" or bool(_FACTION_WORDS.search(name) and not state)


_STATE_WORDS = re.compile(r"\b(?:ministry|police|government|command|forces|army|council)\b", re.I)


def _described(desc: str | None) -> str:
    """A poster's kind by the header's description: "(independent journalist)" is
    ``media``, "(a nurse)" ``medical``; an undescribed or unknown poster ``social_media``."""
    kind = source_kind(desc) if desc else "social_media"
    return kind if kind in ("media", "medical", "ngo", "official", "military") else "social_media"


# The same post signed below its text: "— Facebook post by X, shared by Y", "(Facebook post
# by X)", "Posted on Telegram by X" (X wrote it, Y passed it on: ``via``).
_SIGNED_POST = re.compile(
    r"^[ \t]*(?:[-\u2013\u2014]+[ \t]*|\()?(?i:(?:an?\s+|the\s+)?(?:(?:facebook|telegram|instagram"
    r"|x|twitter|tiktok)\s+post\s+(?:by|from)|posted\s+(?:on\s+\w+\s+)?by)\s+)"
    # who the poster is may stand before the name: "posted by Velmar resident Tomas Okoye",
    # "posted by nurse Ana Rus" (a place's name, then lower-case words; not "a user in X")
    r"(?:(?P<desc>(?:[A-Z][\w'’-]*\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
    r"(?<!\bin)(?<!\bof)(?<!\bat)(?<!\bfrom)(?<!\bnear)\s+(?=[A-Z]))?"
    r"(?P<name>@?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"(?:,?\s+(?i:(?:shared|reposted|forwarded|relayed)\s+by)\s+(?P<via>[^\n)]{2,60}?))?"
    r"[ \t.)]*\Z"
)


def _signed_post(text: str) -> Source | None:
    """The poster a post's closing signature names (``_SIGNED_POST``), ``family`` when the
    post speaks of "my brother", "our son"."""
    body, _, last = text.rstrip().rpartition("\n")
    m = _SIGNED_POST.match(last)
    if m is None or not body.strip():
        return None
    kind = "family" if OWN_KIN.search(body) else _described(m["desc"])
    return Source(name=m["name"], kind=kind, via=m["via"])


def poster_as_author(text: str, claims: Sequence[tuple[int, Claim]]) -> list[tuple[int, Claim]]:
    """``claims`` with the author's claims given to the poster a post header (or its closing
    signature) names."""
    signed = _signed_post(text)
    if signed is not None:
        return _give(claims, signed)
    head = text[:300]
    m = _POSTED_BY.match(head)
    if m is not None and not m["name"][0].islower():
        kind = "family" if OWN_KIN.search(text, m.end()) else _described(m["role"] or m["desc"])
    else:
        m = _FROM_PAGE.match(head) or _IN_A_MESSAGE.match(head)
        if m is None:
            faction = _faction_header(head)
            return list(claims) if faction is None else _give(claims, faction)
        kind = source_kind(m["name"])
        if kind in ("official", "witness") and OWN_KIN.search(text, m.end()):
            kind = "family"
    return _give(claims, Source(name=m["name"], kind=kind))


def _give(claims: Sequence[tuple[int, Claim]], poster: Source) -> list[tuple[int, Claim]]:
    """``claims`` with the author's claims given to ``poster``; the poster's claims read as
    a platform account's take the kind the header describes ("Posted by X (Facebook), a
    paramedic ...:" is ``medical``)."""
    own = norm_name(poster.name)

    def described(c: Claim) -> bool:
        return c.source.kind == "social_media" and norm_name(c.source.name) == own

    return [
        (
            p,
            dataclasses.replace(c, source=poster)
            if c.source.kind == "author" or described(c)
            else c,
        )
        for p, c in claims
    ]
