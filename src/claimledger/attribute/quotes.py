"""Quotation spans of a text: str -> list of (start, end) character spans.

Used by ``attribute`` to tell direct speech from indirect, to stretch a
quote's content back to its opening mark (multi-sentence and multi-paragraph
quotes) and to find quotes whose speaker is named in another sentence. Pure
string work, computed once per document.

Conventions handled:
* curly pairs “...”; a quote running over several paragraphs opens every
  paragraph with “ and closes only at its end;
* straight "..." paired within a paragraph (with the same paragraph rule);
* a closing ” with no opening mark in its paragraph (scraped text often drops
  the opening one) opens at the paragraph start; an opening “ never closed
  runs to the paragraph end. Straight quotes get no such repair: a lone " is
  too often an inch mark or a forum poster pasting an article.
"""

from __future__ import annotations

import re

OPEN_CURLY = "“"
CLOSE_CURLY = "”"
QUOTE_CHARS = "\"“”‘’'«»"
_PARA = re.compile(r"\n\s*\n")


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs (blank-line separated) of ``text``."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _PARA.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _first_visible(text: str, start: int, end: int) -> int:
    """Offset of the first non-space character in [start, end), or end."""
    i = start
    while i < end and text[i].isspace():
        i += 1
    return i


def _last_visible(text: str, start: int, end: int) -> int:
    """One past the last non-space character in [start, end), or start."""
    j = end
    while j > start and text[j - 1].isspace():
        j -= 1
    return j


def _curly_in_paragraph(text: str, start: int, end: int) -> list[tuple[int, int, bool, bool]]:
    """Curly quote spans of one paragraph: (start, end, opened, closed)."""
    spans: list[tuple[int, int, bool, bool]] = []
    open_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch == OPEN_CURLY:
            open_at = i
        elif ch == CLOSE_CURLY:
            if open_at is not None:
                spans.append((open_at, i + 1, True, True))
            elif not spans:
                # A closing mark with no opening one: the quote began the paragraph.
                spans.append((_first_visible(text, start, end), i + 1, False, True))
            open_at = None
    if open_at is not None:
        spans.append((open_at, _last_visible(text, open_at, end), True, False))
    return spans


def _straight_in_paragraph(text: str, start: int, end: int) -> list[tuple[int, int, bool, bool]]:
    """Straight double-quote spans of one paragraph, paired left to right."""
    marks = [i for i in range(start, end) if text[i] == '"']
    spans = [(marks[k], marks[k + 1] + 1, True, True) for k in range(0, len(marks) - 1, 2)]
    if len(marks) % 2 == 1 and marks[-1] == _first_visible(text, start, end):
        # Only a paragraph that opens with a lone mark continues (multi-paragraph).
        spans.append((marks[-1], _last_visible(text, marks[-1], end), True, False))
    return spans


def find_quotes(text: str, min_chars: int = 2) -> list[tuple[int, int]]:
    """Quotation spans (quote marks included), sorted, merged across paragraphs.

    Args:
        text: the document text.
        min_chars: drop spans shorter than this (stray marks).

    Returns:
        (start, end) character spans.
    """
    found: list[tuple[int, int, bool, bool]] = []
    for p_start, p_end in paragraph_bounds(text):
        if OPEN_CURLY in text[p_start:p_end] or CLOSE_CURLY in text[p_start:p_end]:
            found.extend(_curly_in_paragraph(text, p_start, p_end))
        if '"' in text[p_start:p_end]:
            found.extend(_straight_in_paragraph(text, p_start, p_end))
    found.sort()
    merged: list[tuple[int, int, bool, bool]] = []
    for span in found:
        if (
            merged
            and not merged[-1][3]
            and span[2]
            and _only_space_between(text, merged[-1][1], span[0])
        ):
            # An unclosed paragraph followed by a paragraph that reopens: one quote.
            prev = merged.pop()
            merged.append((prev[0], span[1], True, span[3]))
            continue
        merged.append(span)
    return [(s, e) for s, e, _, _ in merged if e - s >= min_chars]


def _only_space_between(text: str, a: int, b: int) -> bool:
    """Whether only whitespace separates offsets a and b."""
    return a <= b and not text[a:b].strip()


def enclosing_quote(quotes: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The quote span that contains [start, end), if any."""
    for q_start, q_end in quotes:
        if q_start <= start and end <= q_end:
            return q_start, q_end
        if q_start > start:
            break
    return None


# What may stand between a content and the same speaker's quote: a colon, "writing".
_LEAD_IN = re.compile(
    r"[\s,:;\u2013\u2014-]*(?:(?:and\s+)?(?:writing|adding|saying|wrote|added)\s*:?\s*)?"
)


def quoted_in(
    text: str, quotes: list[tuple[int, int]], start: int, k: int, sent_starts: list[int]
) -> str:
    """The quote that goes on from a content ending at ``start`` in its sentence (the next
    sentence starts at ``sent_starts[k]``): "...were killed, writing 'my cousins ...'",
    "...were killed: 'my cousins ...'"; another speaker's quote is not ("..., and his
    neighbour said 'my cousins ...'")."""
    end = sent_starts[k] if k < len(sent_starts) else len(text)
    return "".join(
        " " + text[a:b]
        for a, b in quotes
        if start <= a < end and _LEAD_IN.fullmatch(text, start, max(start, a - 1))
    )
