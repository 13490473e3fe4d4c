"""One victim and those with them, one count (for ``figures``): "Ahmed Hassan and his two
sons were killed" (a one-victim mention and the count inside or after it joined into 3),
"killed a woman, Rana Odeh, and her four sons" (a count no mention holds added), and two
counts coordinated into one (``coordinated.coordinated_counts``)."""

from __future__ import annotations

import re
from dataclasses import replace

from claimledger.extract.numbers.coordinated import FIRST_WORD as _FIRST_WORD
from claimledger.extract.numbers.coordinated import PART_OPENER as _PART_OPENER
from claimledger.extract.numbers.coordinated import PLAIN_AND as _PLAIN_AND
from claimledger.extract.numbers.coordinated import (
    coordinated_counts,
    unlinked_match,
    unread_first_count,
)
from claimledger.extract.numbers.lexicon import CASUALTY, PERSON
from claimledger.records import FigureMention
from claimledger.resources.numwords import parse_quantity

__all__ = ["join_companions"]

# "Ahmed Hassan and his two sons were killed": one victim and those with him, one count.
_COMPANIONS = re.compile(
    r"[^,.;:]*?\b(?:and|along\s+with|together\s+with)\s+(?:his|her|their)\s+(?:\w+\s+)?$", re.I
)
# "a woman along with her two small children was killed", "a man together with his
# three sons", "killed a woman and two children": the one victim's evidence, then only
# the joining words before the count (same sentence).
_WITH_COMPANIONS = re.compile(
    r"(?:-in-law)?\s*(?:,\s*)?(?:along\s+with|together\s+with|alongside|as\s+well\s+as|with|and)\s+"
    r"(?:(?:his|her|their)\s+(?:\w+\s+)?)?$",
    re.I,
)
# "killed a woman, Rana Odeh, and her four sons", "the driver, X, and his passenger were
# killed", "killed the targeted individual, X, and one associate": the victim named in an
# apposition, then those with them.
_NAMED_COMPANIONS = re.compile(
    r"[^,.;:]*?,\s*(?:[^,.;:()]|\([^()]{0,80}\)){2,140}?,\s*and\s+"
    r"(?:(?:his|her|their)\s+(?:\w+\s+)?)?$",
    re.I,
)


def _companions(prev: FigureMention, m: FigureMention, text: str) -> bool:
    """Whether ``m`` counts those with the one victim ``prev`` ("X and his two sons")."""
    between = text[prev.evidence.start : m.evidence.start]
    if m.evidence.end <= prev.evidence.end and _COMPANIONS.match(between):
        return True
    if prev.sentence.start != m.sentence.start:
        return False
    if _NAMED_COMPANIONS.match(between):
        # "killed the leader, X, and four of his fighters were killed": two clauses
        return not (_object_of_casualty(prev, text) and _has_casualty_word(m))
    # A count opening on its casualty word is a clause of its own ("wounded a boy and
    # injured five others", "a man who shot and killed his wife").
    first = _FIRST_WORD.match(m.evidence.text)
    if first is None or first.group().lower() in CASUALTY:
        return False
    after = text[prev.evidence.end : m.evidence.start]
    inside = m.evidence.end <= prev.evidence.end
    return bool(_WITH_COMPANIONS.fullmatch(after) or (inside and _PLAIN_AND.match(between)))


def _object_of_casualty(m: FigureMention, text: str) -> bool:
    """Whether the one victim is the object of a casualty verb: its evidence opens on it
    ("killed a man") or it is among the three words before ("killed the group's leader")."""
    before = _FIRST_WORD.findall(text[max(0, m.evidence.start - 40) : m.evidence.start])[-3:]
    words = [*before, *_FIRST_WORD.findall(m.evidence.text)[:1]]
    return any(w.lower() in CASUALTY for w in words)


def _has_casualty_word(m: FigureMention) -> bool:
    """Whether the mention's evidence holds a casualty word ("four ... were killed")."""
    return any(w.lower() in CASUALTY for w in _FIRST_WORD.findall(m.evidence.text))


def _unlinked_companions(prev: FigureMention, found: list[FigureMention], text: str) -> int:
    """How many companions of the one victim ``prev`` a count no mention holds names.

    Only for a victim that is the object of its casualty word ("killed a woman, ...,
    and her four sons"): after "a man was killed, and his three daughters" anything
    may follow ("survived").
    """
    first = _FIRST_WORD.match(prev.evidence.text)
    if first is None or first.group().lower() not in CASUALTY:
        return 0
    m = unlinked_match(text, prev.evidence.end, prev.sentence.end)
    noun = m["noun"].lower() if m is not None else ""
    if m is None or (noun not in PERSON and noun.removesuffix("s") not in PERSON):
        return 0
    parsed = parse_quantity(m["n"])
    if parsed is None or parsed[2] != "exact" or parsed[0] is None or parsed[0] != parsed[1]:
        return 0
    if any(f.evidence.start < m.end() and m.start("n") < f.evidence.end for f in found):
        return 0
    return parsed[0]


def join_companions(found: list[FigureMention], text: str) -> list[FigureMention]:
    """Join "X and his N sons were killed" (1, then N inside it) into one figure of N + 1."""
    found = [_with_unlinked(m, found, text) for m in found]
    out: list[FigureMention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.figure == m.figure
            and (prev.low, prev.high, prev.qualifier) == (1, 1, "exact")
            and m.qualifier == "exact"
            and m.low is not None
            and m.low == m.high
            and prev.evidence.start < m.evidence.start
            and _companions(prev, m, text)
            and not _PART_OPENER.search(text, max(0, prev.evidence.start - 12), prev.evidence.start)
        ):
            end = max(prev.evidence.end, m.evidence.end)
            ev = replace(prev.evidence, end=end, text=text[prev.evidence.start : end])
            out[-1] = replace(prev, low=m.low + 1, high=m.low + 1, victims=m.victims, evidence=ev)
            continue
        first = unread_first_count(m, prev, text)
        if first is not None:  # "according to doctors, 4 soldiers and 9 civilians were wounded"
            n, start = first
            assert m.low is not None
            ev = replace(m.evidence, start=start, text=text[start : m.evidence.end])
            out.append(replace(m, low=m.low + n, high=m.low + n, evidence=ev))
            continue
        if prev is not None and coordinated_counts(prev, m, text):
            assert prev.low is not None and m.low is not None
            n = prev.low + m.low
            end = max(prev.evidence.end, m.evidence.end)
            ev = replace(prev.evidence, end=end, text=text[prev.evidence.start : end])
            out[-1] = replace(prev, low=n, high=n, evidence=ev)
            continue
        out.append(m)
    return out


def _with_unlinked(m: FigureMention, found: list[FigureMention], text: str) -> FigureMention:
    """``m`` grown by the companions of ``_unlinked_companions`` when it is one victim."""
    if (m.low, m.high, m.qualifier) != (1, 1, "exact") or m.figure not in (
        "killed",
        "injured",
        "arrested",
    ):
        return m
    n = _unlinked_companions(m, found, text)
    if not n:
        return m
    end = unlinked_match(text, m.evidence.end, m.sentence.end)
    assert end is not None
    ev = replace(m.evidence, end=end.end(), text=text[m.evidence.start : end.end()])
    return replace(m, low=n + 1, high=n + 1, evidence=ev)
