"""Quotation marks: which spans of a text are quoted, and sneering scare quotes.

Input: a text and a [start, end) range in it. Output: the quoted spans
(:func:`quote_ranges`, :func:`quote_mask`), the text with quoted characters
blanked, and the 1-2 word quotations not introduced by a speech verb
(:func:`scare_quote_spans`): sarcasm such as "accidents".
"""

from __future__ import annotations

import bisect
import re

OPENERS = "\u201c\u00ab\u201e"  # “ « „
CLOSERS = "\u201d\u00bb"  # ” »

_BIG = 1 << 62  # larger than any offset, for bisecting (start, end) pairs
# "``" and "''" are the opening and closing marks of some newspaper archives.
_QUOTE_CHAR = re.compile("``|''|[\"\u201c\u201d\u00ab\u00bb\u201e]")


def quote_ranges(
    text: str, start: int, end: int, inside: bool = False
) -> tuple[list[tuple[int, int]], bool]:
    """Spans of text[start:end] that lie inside double quotation marks (marks included).

    Curly and straight marks both count; a straight mark opens after a space or
    at the start and closes otherwise. A closing mark with no opener (forum
    reposts often lose the opener) covers everything before it. ``inside`` says
    the paragraph starts within a quotation opened earlier.

    Returns:
        Sorted, non-overlapping absolute spans, and whether a quotation is still open at the end.
    """
    ranges: list[tuple[int, int]] = []
    depth = 1 if inside else 0
    opened = start
    last_close = start
    for m in _QUOTE_CHAR.finditer(text, start, end):
        i = m.start()
        ch = m.group(0)
        if ch in ("``", "''"):
            is_open = ch == "``"
        elif ch == '"':
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            is_open = (before.isspace() or before in "([\u2014\u2013-") and not after.isspace()
        else:
            is_open = ch in OPENERS
        if is_open:
            if depth == 0:
                opened = i
            depth += 1
            continue
        if depth == 0:
            ranges.append((last_close, m.end()))  # a closer with no opener
        elif depth == 1:
            ranges.append((opened, m.end()))
        depth = max(0, depth - 1)
        last_close = m.end()
    if depth > 0:
        ranges.append((opened, end))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged, depth > 0


def quote_mask(text: str, start: int, end: int, inside: bool = False) -> tuple[list[bool], bool]:
    """Which characters of text[start:end] lie inside double quotation marks (see quote_ranges)."""
    ranges, still_open = quote_ranges(text, start, end, inside)
    mask = [False] * (end - start)
    for s, e in ranges:
        mask[s - start : e - start] = [True] * (e - s)
    return mask, still_open


def covered(ranges: list[tuple[int, int]], s: int, e: int) -> int:
    """How many characters of [s, e) the ranges cover."""
    return sum(max(0, min(e, re_) - max(s, rs)) for rs, re_ in ranges)


def in_ranges(ranges: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies inside one of the (sorted) ranges."""
    i = bisect.bisect_right(ranges, (pos, _BIG)) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


def unquoted(text: str, ranges: list[tuple[int, int]], s: int, e: int) -> str:
    """text[s:e] with quoted characters blanked (offsets kept)."""
    if not ranges:
        return text[s:e]
    parts: list[str] = []
    pos = s
    for rs, re_ in ranges:
        rs, re_ = max(rs, s), min(re_, e)
        if rs >= re_:
            continue
        parts.append(text[pos:rs])
        parts.append(" " * (re_ - rs))
        pos = re_
    parts.append(text[pos:e])
    return "".join(parts)


# Words that introduce a quoted word as someone's speech, not as a sneer.
_SPEECH_VERBS = frozenset(
    {"said", "says", "say", "called", "call", "calls", "described", "describe", "describes",
     "dubbed", "termed", "labelled", "labeled", "named", "wrote", "write", "writes", "told",
     "tell", "tells"}
)  # fmt: skip
_SCARE = re.compile(
    r"(?<![\w])[\"\u201c\u2018']([A-Za-z][\w-]*(?:\s[\w-]+)?)[\"\u201d\u2019'](?![\w])"
)


def scare_quotes(text: str, start: int, end: int) -> int:
    """Count 1-2 word quotations not introduced by a speech verb: sarcasm ("accidents")."""
    return len(scare_quote_spans(text, start, end))


def scare_quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans (with their marks) of 1-2 word quotations not introduced by a speech verb."""
    out: list[tuple[int, int]] = []
    for m in _SCARE.finditer(text, start, end):
        before = text[max(start, m.start() - 25) : m.start()].split()
        prev = before[-1].lower().strip(",:") if before else ""
        if prev in _SPEECH_VERBS or prev.endswith(":"):
            continue
        out.append((m.start(), m.end()))
    return out
