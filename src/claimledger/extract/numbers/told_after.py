"""The death of those a poster buried or mourns, told in the next sentence (for
``figures``): "Tonight we buried my cousin Yusuf and his little daughter. They were killed
by the shelling" is one claim of 2, stated by both sentences: the burial names them, the
next says they were killed (its evidence runs from the one to the other)."""

from __future__ import annotations

import re
from dataclasses import replace

from claimledger.records import FigureMention

__all__ = ["death_told_after"]

# A mention that opens on a burial or a mourning ("buried my cousin Yusuf and ...").
_MOURNED = re.compile(r"(?:bur(?:y|ies|ied|ying)|mourn(?:s|ed|ing)?)\b", re.I)
# The next sentence's death of them all: "They were killed together", "Both were martyred".
_THEY_DIED = re.compile(
    r"\s*(?P<said>(?:They|Both|Both\s+of\s+them)\s+(?:were|had\s+been|have\s+been)\s+"
    r"(?:killed|martyred|shot\s+dead)(?:\s+together)?)\b"
)


def death_told_after(found: list[FigureMention], text: str) -> list[FigureMention]:
    """``found`` with the evidence of a burial or mourning of two or more run on to the
    next sentence's "They were killed" (and its sentence with it)."""
    out: list[FigureMention] = []
    for m in found:
        said = None
        if m.figure == "killed" and (m.low or 0) >= 2 and _MOURNED.match(m.evidence.text):
            said = _THEY_DIED.match(text, m.sentence.end)
        if said is not None:
            start, end = m.evidence.start, said.end("said")
            stop = text.find(".", end)
            stop = len(text) if stop < 0 else stop + 1
            ev = replace(m.evidence, end=end, text=text[start:end])
            first = m.sentence.start
            sent = replace(m.sentence, end=stop, text=text[first:stop])
            m = replace(m, evidence=ev, sentence=sent)
        out.append(m)
    return out
