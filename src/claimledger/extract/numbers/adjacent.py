"""Casualty words right after a count or its victims (for ``link``).

"37 wounded", "nine were injured" (past auxiliaries and adverbs), "Jane Doe, 34, of
Springfield, was killed" (past a short apposition), and phrases: "lost their lives",
"passed away", "had been taken", "with a gunshot wound", "in critical condition", "taken
to hospital". Split from ``link`` (module size); ``link`` re-exports what others import.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.casualty_words import LOSE, casualty
from claimledger.extract.numbers.lexicon import BRIDGE, CONDITION_ADJ, HOSPITAL_VERBS, PHRASE_BRIDGE

__all__ = ["phrase_casualty", "right_casualty", "skip_bridge"]


def skip_bridge(doc: Doc, k: int, hi: int, limit: int = 4) -> int:
    """Index of the first token at or after k that is not an auxiliary/adverb bridge."""
    n = 0
    while k < hi and n < limit:
        if doc[k].lower_ in BRIDGE or doc[k].tag_ == "RB" or doc[k].lower_ in ("may", "might"):
            k += 1
            n += 1
        elif doc[k].lower_ == "," and (close := _apposition_end(doc, k, hi)) is not None:
            k = close + 1  # an apposition: "Jane Doe, 34, of Springfield, was killed"
        else:
            break
    return k


def _apposition_end(doc: Doc, k: int, hi: int) -> int | None:
    """Index of the comma closing a short verbless apposition opened at ``k``."""
    for j in range(k + 1, min(k + 7, hi)):
        t = doc[j]
        if t.lower_ == ",":
            return j if j > k + 1 else None
        if t.pos_ in ("VERB", "AUX") or t.lower_ in ("and", "or", "but"):
            return None
    return None


def right_casualty(doc: Doc, k: int, hi: int) -> Token | None:
    """A casualty word at k (after bridge words), with typo tolerance."""
    k = skip_bridge(doc, k, hi)
    if k >= hi:
        return None
    tok = doc[k]
    if tok.lower_ in LOSE:  # "lost their lives"
        for j in (k + 1, k + 2):
            if j < hi and doc[j].lower_ in ("lives", "life"):
                return doc[j]
    if tok.lower_ in ("passed", "passes") and k + 1 < hi and doc[k + 1].lower_ == "away":
        return doc[k + 1]
    if tok.lower_ == "taken" and _taken_captive(doc, k, hi):
        return tok  # figure_of reads it as abducted
    if tok.lower_ == "among" and k + 2 < hi and doc[k + 1].lower_ in ("the", "those"):
        # "his son and two nephews were among the dead", "three were among those wounded"
        among = doc[k + 2]
        return among if casualty(among) is not None else None
    if casualty(tok, fuzzy=True) is None:
        # "was attacked and beaten to death", "was abducted and killed"
        for c in tok.conjuncts:
            if tok.i < c.i <= tok.i + 4 and c.pos_ == "VERB" and casualty(c) is not None:
                return c
        return phrase_casualty(doc, k, hi)
    if tok.lower_ in ("body", "bodies", "wound", "wounds") and tok.pos_ != "NOUN":
        return None
    return tok


def _taken_captive(doc: Doc, k: int, hi: int) -> bool:
    """'30 students had been taken.', 'taken hostage', 'taken from their homes' (not 'to hospital')."""
    nxt = doc[k + 1].lower_ if k + 1 < hi else "."
    return nxt in (".", ",", ";", "hostage", "hostages", "captive", "away", "from", "by")


def phrase_casualty(doc: Doc, k: int, hi: int) -> Token | None:
    """'with a gunshot wound', 'in critical condition', 'taken to hospital' after a victim."""
    seen_hospital_verb = False
    for j in range(k, min(k + 9, hi)):
        t = doc[j]
        low = t.lower_
        if low in ("wound", "wounds", "injuries", "injury") and j > k:
            return t
        if low == "condition" and doc[j - 1].lower_ in CONDITION_ADJ:
            return t
        if low in ("hospital", "hospitals") and seen_hospital_verb:
            return t
        if low in HOSPITAL_VERBS:
            seen_hospital_verb = True
        elif low not in PHRASE_BRIDGE and not (t.ent_type_ == "ORG" or t.pos_ == "PROPN"):
            return None
    return None
