"""Uncounted others: "two were killed and others were injured" = a plural, at least 2.

Input: the figure mentions of a document and its text. Output: the same mentions
plus one ``vague`` figure (low 2, high open, like "a number of" in
``resources/numwords.py``) per "others" that is the subject of a casualty word
("others were injured", "and others wounded", "several others were hurt" is
read by the number extractor already), unless a mention already covers it.
A monitor codes such an unspecified plural as 2 (Airwars: "others were injured"
gives an injured minimum of 2).
"""

from __future__ import annotations

import re

from claimledger.extract.numbers.families import sentence_around
from claimledger.extract.numbers.lexicon import CASUALTY
from claimledger.records import Evidence, FigureMention

EXTRACTOR = "numbers.v1"
_OTHERS = re.compile(
    r"\b(?:the\s+)?others\s+(?:were\s+|had\s+been\s+|have\s+been\s+|being\s+)?"
    r"(?:also\s+|reportedly\s+|seriously\s+|critically\s+|badly\s+|lightly\s+)?"
    r"(injured|wounded|hurt|killed)\b",
    re.I,
)
_NEGATION = re.compile(r"\b(?:no|none|not|nor|neither)\s+(?:\w+\s+)?$", re.I)
PLURAL = 2


def add_others(found: list[FigureMention], text: str, doc_id: str) -> list[FigureMention]:
    """Add a vague plural for each "others were injured" (see module doc)."""
    out = list(found)
    for m in _OTHERS.finditer(text):
        figure = CASUALTY.get(m.group(1).lower())
        if figure not in ("killed", "injured"):
            continue
        start, end = m.start(), m.end()
        if _NEGATION.search(text, max(0, start - 20), start) or any(
            f.evidence.start < end and start < f.evidence.end for f in found
        ):
            continue
        ev = Evidence(start, end, text[start:end], doc_id, EXTRACTOR, 0.6)
        sent = sentence_around(text, start, end, doc_id)
        out.append(FigureMention(figure, PLURAL, None, "vague", ev, sent, victims="others"))
    out.sort(key=lambda f: f.evidence.start)
    return out
