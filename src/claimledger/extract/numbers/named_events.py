"""Events named with their count (for ``figures``): "double shooting" = 2 shot, "triple
homicide" = 3 killed, "murder-suicide" = 2 killed (moved from ``figures`` unchanged)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.lexicon import MULTIPLE, MULTIPLE_EVENTS

__all__ = ["multiple_event"]


def multiple_event(doc: Doc, tok: Token, hi: int) -> tuple[int, str, int] | None:
    """'double shooting' = 2 shot, 'triple homicide' = 3 killed, 'murder-suicide' = 2 killed."""
    low = tok.lower_
    if low in MULTIPLE and tok.i + 1 < hi:
        k = tok.i + 1
        if doc[k].lower_ == "-" and k + 1 < hi:
            k += 1
        fig = MULTIPLE_EVENTS.get(doc[k].lower_)
        if fig == "killed" and doc[k].lower_ == "fatal" and k + 1 < hi:
            k += 1  # "double fatal shooting"
        if fig is not None:
            return MULTIPLE[low], fig, k + 1
        return None
    # "murder-suicide": the victim and the shooter both die
    if (
        low in ("murder", "homicide")
        and tok.i + 2 < hi
        and doc[tok.i + 1].lower_ == "-"
        and doc[tok.i + 2].lower_ == "suicide"
    ):
        if tok.i > 0 and doc[tok.i - 1].lower_ in MULTIPLE:
            return None
        return 2, "killed", tok.i + 3
    return None
