"""A relayed post's poster, named by a header or a signature the parse does not read.

A relay often opens with the account it copies or closes with who posted it; the text
between is that poster's, not a writer's (``docs/claims-gold.md``: an individual poster
is ``social_media``, an outlet's account ``media``, a relative ``family``). Forms read
here, beyond ``releases.poster_as_author``'s "Posted on Facebook by X:":

* a handle as the header: "@karvel_watch: 3 dead ...", "Update from @KarvelWatch:",
  "Tweet by @omar_d, 9:14 PM:", "Alert via @SefiNews (Telegram):";
* a page or channel as the header: "From the Telegram channel of the Harsa Youth
  Network:", "From Dunmor Today's Facebook page:";
* a relay naming whom it copies: "Reposting from Harsa Today:", "Sharing from @x:";
* a signature closing the text: "— Posted by Lina Harb on Facebook", "(Shared by
  @omar_d on X)", "(Telegram, Harsa Today channel)";
* whom a header says the post comes from or quotes: "Shared by X (Telegram), from an
  eyewitness:", "X (X): Quoting a nurse at Y Hospital:", and a body after a flag, "X on
  Facebook: Breaking - the health ministry reports ..." (the poster relays);
* the poster's trade after the name: "Post by X, a volunteer medic:" (``medical``).

Only the author's claims change; a statement the text gives another source keeps it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimledger.attribute.factions import tied_to_faction
from claimledger.attribute.sources import (
    PLATFORM,
    handle_kind,
    load_lexicon,
    named_official,
    source_kind,
)
from claimledger.attribute.statements import AUTHOR
from claimledger.records import Claim, Source

_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}"
# a time or a date after the name: ", 9:14 PM", ", 17 May", " (Telegram)"
_AFTER = r"(?:,\s*(?:[\w .'’-]|:\d\d){1,30}?|\s*\([^)\n]{1,30}\))?"
_HANDLE_HEADER = re.compile(
    r"^\s*(?:(?:an?\s+|the\s+)?(?:update|alert|breaking|tweet|post|message|thread|story|reel"
    rf"|video|{PLATFORM}\s+post)\s+(?:from|by|via)\s+|(?:from|via)\s+)?"
    rf"(?P<name>@\w{{2,30}}){_AFTER}\s*:(?!\d)",
    re.I,
)
_PAGE_HEADER = re.compile(
    rf"^\s*(?i:from|via|on)\s+(?:(?i:the)\s+(?i:{PLATFORM})\s+(?i:page|account|channel|group)"
    rf"\s+(?i:of)\s+(?P<name>{_NAME})|(?P<owner>{_NAME})['’]s?\s+(?i:{PLATFORM}|official)\s+"
    r"(?i:page|account|channel|group))\s*:"
)
# A relay naming whom it copies: "Reposting from Harsa Today:", "Sharing from @x:".
_RELAY_HEADER = re.compile(
    r"^\s*(?i:reposting|reposted|repost|sharing|shared|relaying|quoting|forwarded|cross-?posted)"
    rf"\s+(?i:from\s+)?(?P<name>@\w{{2,30}}|{_NAME}(?:\s+(?i:page|channel|account|group))?)"
    rf"{_AFTER}\s*:(?!\d)"
)
# "— shared from the page of X", "(shared from the Facebook account of X)": X posted it.
_FROM_PAGE_OF = (
    rf"(?i:from\s+(?:the\s+)?(?:(?:{PLATFORM})\s+)?(?:page|account|profile|wall|timeline)\s+of)\s+"
)
_SIGNATURE = re.compile(
    r"(?:(?:^|\n)\s*[\u2014\u2013-]+\s*|\(\s*)(?i:posted|shared|written|tweeted)\s+"
    rf"(?:(?i:on\s+{PLATFORM})\s+)?(?:(?i:by)\s+|{_FROM_PAGE_OF})(?P<name>@\w{{2,30}}|{_NAME})"
    rf"(?:\s+(?i:on\s+{PLATFORM}))?\s*\)?\.?\s*$"
    rf"|\(\s*(?i:{PLATFORM}),\s*(?P<tag>{_NAME}?)(?:\s+(?i:page|channel|account))?\s*\)\s*$"
    # a post signed at its end by a first name and an initial: "... on them. - Lina T.",
    # "-- Tomas R., Belka" (the signer, not an outlet's "- Reuters")
    r"|(?:[.!?\"”]\s*|\n\s*)[\u2014\u2013-]{1,2}\s*(?P<signer>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[A-Z]\.)"
    r"(?:,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s*$"
)
# A poster who writes of "my neighbour(s)" saw it as a local (``witness``).
_OWN_NEIGHBOUR = re.compile(r"\b(?:my|our)\s+(?:\w+\s+)?neighbou?rs?\b", re.I)
# A header naming the poster and the platform, or the poster's trade: "Sefra News Agency on
# Facebook:", "Karim Adel (@karim_adel) on X:", "Nadia Sawal posted:", "Thread by
# journalist @hanna_reports:" (the trade gives the kind: a journalist is ``media``).
_NAMED_HEADER = re.compile(
    rf"^\s*(?P<name>{_NAME})(?:\s*\(@\w{{2,30}}\))?\s*(?:(?i:on)\s+(?i:{PLATFORM})"
    rf"|(?i:posted|wrote|tweeted)(?:\s+(?i:on)\s+(?i:{PLATFORM}))?"
    rf"|\((?i:{PLATFORM})(?:\s+(?i:page|channel|account|group))?\))"
    rf"{_AFTER}\s*:(?!\d)"
    r"|^\s*(?i:(?:a\s+)?(?:thread|post|tweet|update)\s+(?:by|from))\s+(?:(?P<desc>(?i:local\s+)?"
    r"(?i:journalist|reporter|correspondent|activist|photographer|doctor|nurse|paramedic|medic"
    rf"|resident))\s+)?(?P<named>@\w{{2,30}}|{_NAME}){_AFTER}\s*:(?!\d)"
)
# A line whose figures a named body gave: "Figures from Korat General Hospital, shared with
# me: 14 dead", "Marra health office figures, shared with me: 19 dead" (the body's figures,
# relayed by the poster, not the poster's own).
_FIGURES_FROM = re.compile(
    r"(?im)^\s*(?:\d{1,2}/\s*)?(?:the\s+)?(?:(?:latest|new|official|updated|casualty|final)\s+)?"
    r"(?:(?:figures|numbers|data|toll|death\s+toll|tally|count|statistics)\s+(?:from|by|of|released"
    r"\s+by)\s+(?P<name>[^,:\n]{3,60}?)|(?!(?:latest|new|official|updated|casualty|final|death|our|my)\b)(?P<owner>[A-Z][^,:\n]{2,60}?)(?:['’]s?)?\s+(?:figures|numbers"
    r"|data|toll|tally|statistics))(?:,[^:\n]{0,40})?:[ \t]*(?P<line>[^\n]*)"
)
# A sentence closing a line that names whose the line's figures are: "12 dead, 41 hurt,
# several missing. Figures from the city emergency service."
_FIGURES_AFTER = re.compile(
    r"(?im)^(?P<line>[^\n]*?[.!?])[ \t]+(?:the\s+)?(?:(?:latest|official|casualty)\s+)?"
    r"(?:figures|numbers|toll|data|tally)\s+(?:are\s+)?(?:from|by|per|via|according\s+to"
    r"|courtesy\s+of)\s+(?P<name>[^.\n]{3,60}?)\.?[ \t]*$"
)
_OWN_KIN = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+){0,2}?(?:father|mother|brothers?|sisters?|sons?|daughters?"
    r"|husband|wife|uncle|aunt|cousins?|nephews?|nieces?|children|parents|grand\w+|family)\b"
    # not the relative who tells ("My uncle says 3 were killed": the uncle speaks)
    r"(?!\s+(?:says|said|told|tells|reports|reported|writes|wrote|confirms|confirmed)\b)",
    re.I,
)
# A relay's header naming whom the outlet cites: "Breaking news from Ossa TV, citing the civil
# defence: 15 dead", "Radio Nour, quoting the governor:" (the cited speak, the outlet relays).
_CITING_HEADER = re.compile(
    r"^\s*(?:[^\n:,]{0,40}?\b(?i:from|via)\s+)?(?P<outlet>[^\n:,]{2,60}?),\s*(?i:citing|quoting)\s+"
    r"(?P<name>[^\n:,]{3,60}?)\s*:(?!\d)"
)
# A relay's header naming the post it shares: "Falcon Gate (Telegram), sharing a post by Hadi
# Rauf:", "Falcon Gate (Telegram): Reposting @mira:", "Repost from Hadi Rauf via Falcon Gate:",
# "Falcon Gate reposted a message from Hadi Rauf:" (the original poster speaks, the sharer relays).
_SHARED_BY = (
    r"(?i:reposting|reposted|sharing|shared|forwarding|forwarded|relaying|relayed)\s+"
    r"(?:(?i:an?|the)\s+)?(?:(?i:post|message|tweet|video|statement|update)\s+)?(?:(?i:by|from)\s+)?"
)
_CHAIN_HEADER = re.compile(
    rf"^\s*(?P<outlet>{_NAME})(?:\s*\((?i:{PLATFORM})\))?\s*[,:]?\s*{_SHARED_BY}"
    # a role before the name says who the poster is: "a message from the resident Nabil Faris"
    r"(?P<role>(?:(?i:the|an?)\s+)?(?:[a-z][a-z-]+\s+){1,2}?(?=[A-Z]))?"
    rf"(?P<name>@\w{{2,30}}|{_NAME}){_AFTER}\s*:(?!\d)"
    rf"|^\s*(?i:repost(?:ed)?|shared|forwarded)\s+(?i:from|by)\s+(?P<name2>@\w{{2,30}}|{_NAME})"
    rf"\s+(?i:via|on)\s+(?P<outlet2>{_NAME}){_AFTER}\s*:(?!\d)"
)
# A sharer's header naming whom the post comes from: "Shared by Tessar Now (Telegram), from an
# eyewitness:", "Reposted by @x, from a nurse at Halsa Hospital:" (the one it comes from speaks).
_SHARED_FROM = re.compile(
    r"^\s*(?i:shared|reposted|forwarded|relayed|posted)\s+(?i:by)\s+"
    rf"(?P<outlet>@\w{{2,30}}|{_NAME})(?:\s*\((?i:{PLATFORM})[^)\n]{{0,20}}\))?\s*,\s*"
    r"(?i:from|quoting|citing)\s+(?P<name>[^\n:,\"“]{3,60}?)\s*:(?!\d)"
)
# A body a post's flag opens on: "Harlo Times on X: Urgent - the Varsa civil defence reports
# 6 dead" (the body speaks, the poster relays; the parse may take the poster as the subject).
_FLAG_SAYS = re.compile(
    r"\s*(?i:breaking|urgent|update|alert|developing|flash)(?:\s+(?i:news))?\s*[-\u2013\u2014:|]\s*"
    r"(?P<name>(?i:the\s+)?[^\n,.:;\"“]{3,60}?)\s+(?i:reports?|says?|said|announce[sd]?|confirm(?:s|ed)?)\b"
)
# A poster's header followed by whom the post quotes: "Omar Fadel (X): Quoting a nurse at
# Halsa Hospital: ..." (the quoted speak, the poster relays).
_QUOTING = re.compile(r"\s*(?i:quoting|citing)\s+(?P<name>[^\n:,\"“]{3,60}?)\s*:(?!\d)")
# A poster's trade set off after the name: "Post by Karim Essa, a volunteer medic:", "Noor
# Adel (X), a nurse at Beren Hospital:" (the trade gives the kind: a medic is ``medical``).
_TRADE = re.compile(
    r"\s*(?:\([^)\n]{1,30}\))?\s*,\s*(?P<desc>(?:an?|the)\s+[^,:()\n]{2,40}?)\s*(?:\(|:|$)"
)
# "Amal Tarek, a volunteer paramedic (Facebook):": the trade between the name and the platform.
_TRADE_HEADER = re.compile(
    rf"^\s*(?P<name>{_NAME}),\s*(?:an?|the)\s+[^,:()\n]{{2,40}}?\s*\((?i:{PLATFORM})\)\s*:(?!\d)"
)
# A description after a header's name saying it is a page or channel: ", a pro-government
# channel", ", a local news page".
_PAGE_DESCRIPTION = re.compile(
    r",\s*(?P<desc>(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:channel|page|account|group|blog))\b",
    re.I,
)
_KEEPS_KIND = frozenset({"media", "ngo", "official", "military", "partisan", "medical"})


def post_poster(text: str) -> Source | None:
    """The poster a header or signature of ``text`` names (None when there is none)."""
    head = text[:200]
    cited = _CITING_HEADER.match(head)
    if cited is not None:
        return Source(name=cited["name"], kind=source_kind(cited["name"]), via=cited["outlet"])
    shared = _SHARED_FROM.match(head)
    if shared is not None:
        kind = "family" if _OWN_KIN.search(text) else source_kind(shared["name"])
        return Source(name=shared["name"], kind=kind, via=shared["outlet"])
    chain = _CHAIN_HEADER.match(head)
    if chain is not None:
        name, role = chain["name"] or chain["name2"], chain["role"] or ""
        kind = handle_kind(name) if name.startswith("@") else source_kind(role + name)
        kind = "family" if _OWN_KIN.search(text) else kind
        # a role the lexicon knows keeps its kind ("the resident X": a witness who posts)
        kept = _KEEPS_KIND | {"family"} | ({"witness"} if named_official(role) else set())
        kind = kind if kind in kept else "social_media"
        return Source(name=name, kind=kind, via=chain["outlet"] or chain["outlet2"])
    m = (
        _HANDLE_HEADER.match(head)
        or _PAGE_HEADER.match(head)
        or _RELAY_HEADER.match(head)
        or _NAMED_HEADER.match(head)
        or _TRADE_HEADER.match(head)
    )
    if m is None:
        m = _SIGNATURE.search(text[-160:])
    if m is None:
        return None
    groups = m.groupdict()
    key = next(k for k in ("name", "owner", "tag", "named", "signer") if groups.get(k))
    name = groups[key]
    flag = (
        (_FLAG_SAYS.match(m.string, m.end()) or _QUOTING.match(m.string, m.end()))
        if m.string is head
        else None
    )
    if flag is not None:
        return Source(name=flag["name"], kind=source_kind(flag["name"]), via=name)
    after = m.string[m.end(key) : m.end()]  # what the header says after the name
    if _OWN_KIN.search(text):
        kind = "family"
    elif tied_to_faction(after):
        kind = "partisan"  # "Shared from X, a pro-army channel:": said of the poster
    elif (described := _PAGE_DESCRIPTION.match(after)) is not None:
        # "Repost from Ostrava Army Watch, a pro-government channel:": what the poster is,
        # not the words of its name (a news channel stays an outlet's)
        kind = "media" if source_kind(described["desc"]) == "media" else "social_media"
    elif (trade := _trade_kind(after)) is not None:
        kind = trade
    elif groups.get("desc"):
        kind = source_kind(groups["desc"])
        kind = kind if kind in _KEEPS_KIND else "social_media"
    elif name.startswith("@"):
        kind = handle_kind(name)
    else:
        kind = source_kind(name)
        kind = kind if kind in _KEEPS_KIND else "social_media"
    if kind == "social_media" and _OWN_NEIGHBOUR.search(text):
        kind = "witness"
    return Source(name=name, kind=kind)


def _trade_kind(after: str) -> str | None:
    """The kind a poster's trade set off after the name gives ("a volunteer medic":
    ``medical``, "a resident of Sulen": ``witness``), when the lexicon knows a word of it."""
    m = _TRADE.match(after)
    if m is None:
        return None
    lex = load_lexicon()
    words = re.findall(r"[a-z]+", m["desc"].lower())
    if not any(w in lex.words or w in lex.roles for w in words):
        return None
    kind = source_kind(m["desc"])
    return kind if kind in _KEEPS_KIND | {"witness"} else None


def _figures_from(text: str, claims: Sequence[tuple[int, Claim]]) -> list[tuple[int, Claim]]:
    """``claims`` with the author's figures on a "Figures from X, shared with me:" line, or
    on a line that closes on "Figures from X.", given to X (``_FIGURES_FROM``/``_AFTER``)."""
    out = list(claims)
    for m in (*_FIGURES_FROM.finditer(text), *_FIGURES_AFTER.finditer(text)):
        name = (m["name"] or m.groupdict().get("owner") or "").strip()
        body = Source(name=name, kind=source_kind(name))
        out = [(p, dataclasses.replace(c, source=body) if c.source.kind == "author"
                and m.start("line") <= p <= m.end("line") else c)
               for p, c in out]  # fmt: skip
    return out


_FIRST_PERSON = re.compile(r"(?:we|us|our\s+(?:own\s+)?(?P<head>[a-z]+))", re.I)


def _own_group(source: Source) -> bool:
    """Whether a source is the writer's own people ("we", "Our team", "our volunteers",
    "our crews", "our hospital"): the writer's body speaks, as "the team of X" is X's (the lexicon's
    ``of`` heads); not "our sources" nor a relative ("our son")."""
    m = _FIRST_PERSON.fullmatch(" ".join(source.name.split()))
    if m is None or m["head"] is None:
        return m is not None
    lex, head = load_lexicon(), m["head"].lower()
    # "Our hospital received 7 martyrs": the writer's own clinic or monitor, as its team
    return lex.heads.get(head) == "of" or lex.words.get(head) in ("medical", "ngo")


def poster_claims(text: str, claims: Sequence[tuple[int, Claim]]) -> list[tuple[int, Claim]]:
    """``claims`` with the author's given to the poster ``post_poster`` names (the writer's
    own people, "Our team counted 4 dead", are the author)."""
    claims = [(p, dataclasses.replace(c, source=AUTHOR) if _own_group(c.source) else c)
              for p, c in claims]  # fmt: skip
    claims = _figures_from(text, claims)
    poster = post_poster(text)
    if poster is None:
        return list(claims)
    # the sharer a relay header names is no speaker either ("X (Telegram), sharing a post by Y:")
    sharer = poster.via if poster.via is not None else "author"
    return [(p, dataclasses.replace(c, source=poster)
             if c.source.kind == "author" or c.source.name == sharer else c)
            for p, c in claims]  # fmt: skip
