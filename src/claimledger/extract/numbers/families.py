"""A family counted by its size: "killing a family of six people" = 6 killed.

Input: the figure mentions of a document and its text. Output: the same mentions
plus one figure per "a family of N" tied to a casualty word ("killing a family
of six", "a family of five was killed"), unless a mention already covers it.
The parser hangs the number on "family", not on the casualty word, so the
count-to-casualty links of ``figures`` miss it.
"""

from __future__ import annotations

import re

from claimledger.extract.numbers.lexicon import CASUALTY, KIN_MANY, KIN_RELATIVES
from claimledger.records import Evidence, FigureMention
from claimledger.resources.numwords import parse_quantity

EXTRACTOR = "numbers.v1"
_FAMILY = re.compile(
    r"\b(?:an?|the|one|entire|whole)\s+(?:\w+\s+)?family\s+of\s+(\w+)(?:\s+(?:people|members))?\b",
    re.I,
)
_BEFORE = re.compile(r"\b(killing|killed|kills|kill|wiping out|wiped out)\s+(?:\w+\s+){0,2}$", re.I)
_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:was|were|have been|has been)\s+(killed|wounded|injured)\b"
)
_SENTENCE_END = re.compile(r"[.!?]\s")
# The family's members listed right after its size: ", the parents and four children" (the
# children are among the six, no more victims; twenty-eighth session).
_MEMBERS = re.compile(
    r",\s+(?:(?:the|their|both|its)\s+)?(?:[\w-]+\s+){1,3}?and\s+"
    r"(?![^,.;:\n]*\b(?:was|were|is|are|has|have|had)\b)[^,.;:\n]{1,40}?(?=[,.;:\n]|$)"
)


def sentence_around(text: str, start: int, end: int, doc_id: str) -> Evidence:
    """The sentence holding text[start:end] (cut at ". ", "! ", "? "), as evidence."""
    s_start = max((x.end() for x in _SENTENCE_END.finditer(text, 0, start)), default=0)
    nxt = _SENTENCE_END.search(text, end)
    s_end = nxt.start() + 1 if nxt else len(text)
    return Evidence(s_start, s_end, text[s_start:s_end], doc_id, EXTRACTOR, 1.0)


def add_families(found: list[FigureMention], text: str, doc_id: str) -> list[FigureMention]:
    """Add "a family of N" counts tied to a casualty word (see module doc)."""
    out = list(found)
    for m in _FAMILY.finditer(text):
        parsed = parse_quantity(m.group(1))
        if parsed is None or parsed[0] is None or parsed[2] != "exact":
            continue
        low = parsed[0]
        out = _without_members(out, text, m.end(), low)
        before = _BEFORE.search(text, max(0, m.start() - 40), m.start())
        after = _AFTER.match(text, m.end())
        cue = before or after
        word = cue.group(1).lower() if cue is not None else ""
        figure = "killed" if word.startswith(("killing", "kill", "wip")) else CASUALTY.get(word)
        if figure not in ("killed", "injured"):
            continue
        start = before.start() if before else m.start()
        end = after.end() if after and not before else m.end()
        if any(f.evidence.start < end and start < f.evidence.end for f in out):
            continue
        ev = Evidence(start, end, text[start:end], doc_id, EXTRACTOR, 0.7)
        sent = sentence_around(text, start, end, doc_id)
        out.append(FigureMention(figure, low, low, "exact", ev, sent, victims="family"))
    out.sort(key=lambda f: f.evidence.start)
    return out


# A family's members besides the kin words: "the parents and four children", "two adults".
_MEMBER_WORDS = frozenset({"parents", "adults", "couple", "infant", "infants", "baby", "babies"})


def _without_members(
    found: list[FigureMention], text: str, at: int, size: int
) -> list[FigureMention]:
    """``found`` without the counts inside the members' list right after a family's size
    (``at``: where "a family of six" ends): "killing a family of six, the parents and four
    children" is six, not six and four."""
    members = _MEMBERS.match(text, at)
    words = set(re.findall(r"[a-z]+", members.group(0).lower())) if members else set()
    if members is None or not words & (KIN_RELATIVES | KIN_MANY | _MEMBER_WORDS):
        return found  # (more victims: "killed a family of three, two guards and a driver")
    return [
        f
        for f in found
        if not (members.start() <= f.evidence.start < members.end() and (f.low or 0) < size)
    ]
