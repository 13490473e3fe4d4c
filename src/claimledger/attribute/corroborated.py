"""Statements restated by a list of sources: one claim per listed source.

"Shehab reported four deaths, which was corroborated by Wattan, Nabad and New
Press." and "Safa reported that two were killed. This was reported by other
sources as well, including Nabd News and Twitter/X users @a and @b." name
sources that restate the figures of the statement before them. Input: the
document text and its figure claims with their positions; output: a copy of the
referred statement's figure claims for every named source of the list (same
figure, bounds and evidence; kind from the name, ``media`` for a bare name,
since such lists name outlets).

The statement referred to: for a trailing clause (", which was corroborated
by"), the figures of the same sentence after its last clause opening (", with",
", while", "; "); for a sentence opening on "This was reported by", the figures
of the sentence before.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimledger.attribute.sources import handle_kind, source_kind
from claimledger.records import Claim, Source

_VERB = r"(?:corroborated|confirmed|reported|echoed|repeated|shared|relayed)"
# ", which was corroborated by A, B and C" (same sentence).
_TRAILING = re.compile(
    rf",?\s*(?:which|that)\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+|further\s+|later\s+)?"
    rf"{_VERB}\s+by\s+(?P<list>[^.;!?]+)",
    re.I,
)
# "This was (also) reported by ... including A, B and C." (the sentence before).
_OPENING = re.compile(
    rf"(?:^|(?<=[.!?”\"]))\s*(?:This|That|It|The same (?:figure|toll|number|account))\s+"
    rf"(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?{_VERB}\s+by\s+(?P<list>[^.;!?]+)",
)
# "The killing of the two children was reported by A and (further) corroborated by B":
# the figure is the subject of a passive report verb whose agents are its sources.
_PASSIVE = re.compile(
    r"\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|first\s+|initially\s+"
    rf"|later\s+|further\s+)?{_VERB}\s+by\s+(?P<list>[^.;!?]+)",
    re.I,
)
# What may stand between a figure's evidence and the passive verb: the rest of its noun
# phrase ("two | children", "the death of | the 53-year-old X"), no clause of its own.
_SUBJECT_REST = 60
_CLAUSE_BREAK = re.compile(r",|;|\b(?:and|while|but|after|when|who|which|that)\b", re.I)
_HANDLE = re.compile(r"\(\s*(@\w+)\s*\)")
_PLATFORM_TAIL = re.compile(
    r"\s+(?:on|via)\s+(?:Twitter(?:/X)?|X|Facebook|Telegram|Instagram|TikTok)\b.*$"
)
_CLAUSE = re.compile(r",\s*(?:with|while|and|whereas)\s|;\s|[.!?]\s*")
_SENTENCE_END = re.compile(r"[.!?][”\"]?\s*")
# What may precede the names: "numerous other sources as well, including".
_LEAD = re.compile(
    r"^.*?\b(?:including|such as|among them|namely)\s+|^(?:the\s+)?(?:outlets|agencies)\s+",
    re.I,
)
_SEP = re.compile(r"\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as)\s+(?:by\s+)?")
# Descriptor words before a name: "Twitter/X users @a", "journalist Abbas Mazen".
_DESCRIPTOR = re.compile(
    r"^(?P<desc>(?:[a-z][\w/-]*\s+){1,4}?)(?=[A-Z@])|^(?P<desc2>Twitter/X\s+users?\s+)"
)
_SOCIAL = re.compile(r"\b(?:users?|accounts?|posters?|bloggers?)\b", re.I)
_MEDIA = re.compile(
    r"\b(?:journalists?|reporters?|correspondents?|outlets?|agenc(?:y|ies))\b", re.I
)


def corroborator_claims(text: str, figures: Sequence[tuple[int, Claim]]) -> list[tuple[int, Claim]]:
    """Copies of the referred statement's figure claims, one per listed source.

    Args:
        text: the document text.
        figures: ``(position, claim)`` of the document's figure claims, text order.

    Returns:
        The new ``(position, claim)`` pairs (a source already claiming the same
        figure on the same evidence is not repeated).
    """
    out: list[tuple[int, Claim]] = []
    for rx, before in ((_TRAILING, False), (_OPENING, True)):
        for m in rx.finditer(text):
            lo, hi = _referred_span(text, m.start(), before)
            referred = [(p, c) for p, c in figures if lo <= c.evidence.start < hi]
            for name, kind in members(m["list"]):
                for pos, c in referred:
                    if _already(figures, out, c, name):
                        continue
                    src = Source(name=name, kind=kind)
                    out.append((pos, dataclasses.replace(c, source=src)))
    return out


def passive_agent_claims(text: str, claims: Sequence[tuple[int, Claim]]) -> list[tuple[int, Claim]]:
    """The author's figures that are the subject of "was reported by A, B and C", as A's, B's
    and C's claims (the author's copy dropped).

    Args:
        text: the document text.
        claims: ``(position, claim)`` of the document's claims.

    Returns:
        The claims, with every such author figure replaced by one claim per listed source.
    """
    out = list(claims)
    for m in _PASSIVE.finditer(text):
        ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())]
        sent_start = ends[-1] if ends else 0
        listed = members(m["list"])
        if not listed:
            continue
        new: list[tuple[int, Claim]] = []
        for pc in out:
            pos, c = pc
            ev = c.evidence
            between = text[ev.end : m.start()]
            agent = c.source.evidence
            named_first = agent is not None and m.start("list") <= agent.start < m.end("list")
            if (
                c.figure is None
                or not (c.source.kind == "author" or named_first)
                or not sent_start <= ev.start < m.start()
                or len(between) > _SUBJECT_REST
                or _CLAUSE_BREAK.search(between)
            ):
                new.append(pc)
                continue
            new.extend((pos, dataclasses.replace(c, source=Source(n, k))) for n, k in listed)
        out = new
    return out


def _referred_span(text: str, start: int, before: bool) -> tuple[int, int]:
    """The text span of the statement a corroboration refers to."""
    ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, start)]
    sent_start = ends[-1] if ends else 0
    if before:
        prev_ends = [e for e in ends if e < sent_start]
        return (prev_ends[-1] if prev_ends else 0), sent_start
    clauses = [c.end() for c in _CLAUSE.finditer(text, sent_start, start)]
    return (clauses[-1] if clauses else sent_start), start


def members(listed: str) -> list[tuple[str, str]]:
    """(name, kind) of each named source of a list ("Nabd News, and Twitter/X users @a")."""
    out: list[tuple[str, str]] = []
    carried = ""  # "users @a, @b and @c": the descriptor holds for the handles after it
    for piece in _SEP.split(listed.strip()):
        piece = _LEAD.sub("", piece.strip(" ,"), count=1)
        if piece.lower().startswith("by "):
            piece = piece[3:]
        piece = _PLATFORM_TAIL.sub("", piece)
        handle = _HANDLE.search(piece)  # "local citizen (@a_b)": the handle names the poster
        d = None if handle else _DESCRIPTOR.match(piece)
        desc = piece[: handle.start()] if handle else (d["desc"] or d["desc2"] or "") if d else ""
        name = handle[1] if handle else piece[len(desc) :].strip()
        if not name or not re.match(r"[A-Z@]", name) or len(name.split()) > 6:
            continue
        carried = desc or (carried if name.startswith("@") else "")
        out.append((name, _kind(name, carried)))
    return out


def _kind(name: str, desc: str) -> str:
    """A listed source's kind: its descriptor's, else its name's, a bare name ``media``."""
    if name.startswith("@") and handle_kind(name) == "media":
        return "media"  # "Twitter/X users @a and @shaabradio": an outlet's account
    if _SOCIAL.search(desc):
        return "social_media"
    if _MEDIA.search(desc):
        return "media"
    kind = source_kind(name)
    return "media" if kind in ("witness", "official", "anonymous") else kind


def _already(
    figures: Sequence[tuple[int, Claim]], new: Sequence[tuple[int, Claim]], c: Claim, name: str
) -> bool:
    key = name.casefold()
    return any(
        o.source.name.casefold() == key
        and o.figure == c.figure
        and o.evidence.start == c.evidence.start
        for _, o in (*figures, *new)
    )
