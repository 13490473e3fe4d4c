"""Paragraphs: a document text -> the paragraph spans that segments are read from.

Input: the text and the offset where its body starts. Output: :class:`Para`
spans (blank lines and line breaks cut them; hard-wrapped text and lines that
run on a sentence are rejoined), each with a kind to be set by the classifier.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Para:
    """A paragraph being classified."""

    start: int
    end: int
    kind: str = "reporting"
    confidence: float = 0.9


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _lines(text: str, offset: int) -> list[tuple[int, int, bool]]:
    """Non-empty lines after ``offset`` as (start, end, follows_blank_line)."""
    out: list[tuple[int, int, bool]] = []
    pos = offset
    blank = True
    for line in text[offset:].splitlines(keepends=True):
        s, e = strip_span(text, pos, pos + len(line))
        pos += len(line)
        if s == e:
            blank = True
            continue
        out.append((s, e, blank))
        blank = False
    return out


def _hard_wrapped(text: str, lines: list[tuple[int, int, bool]]) -> bool:
    """True when line breaks are a fixed-width wrap (e-mail, old wire copy), not paragraphs."""
    inner = [
        (s, e) for (s, e, _), nxt in zip(lines, lines[1:], strict=False) if not nxt[2]
    ]  # lines followed directly by another line
    if len(inner) < 4:
        return False
    wrapped = sum(1 for s, e in inner if 55 <= e - s <= 100 and text[e - 1] not in '.?!:"”')
    return wrapped / len(inner) >= 0.6


def paragraphs(text: str, offset: int) -> list[Para]:
    """Paragraphs from ``offset`` on: lines, rejoined where a sentence runs on."""
    lines = _lines(text, offset)
    wrapped = _hard_wrapped(text, lines)
    paras: list[Para] = []
    for s, e, after_blank in lines:
        if paras and not after_blank:
            prev = paras[-1]
            ends_open = text[prev.end - 1] not in '.?!:"”»'
            # A line that starts lowercase continues the sentence above; in wrapped text
            # every line does until a blank line.
            if wrapped or (ends_open and text[s].islower()):
                prev.end = e
                continue
        paras.append(Para(s, e))
    return paras
