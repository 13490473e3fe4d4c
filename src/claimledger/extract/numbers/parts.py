"""Parts of a count named after it: "five people, including two children, were killed",
"seven had died, including the village imam" (the whole's casualty word, to the left of
the "including" that opens the parts)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.adjacent import right_casualty
from claimledger.extract.numbers.casualty_words import casualty
from claimledger.extract.numbers.lexicon import TOLL_WORDS
from claimledger.extract.numbers.quantities import Expr

__all__ = [
    "SINGLE_DETS",
    "adverb_part",
    "TOLL_NOUNS",
    "after_clause",
    "including_at",
    "of_whom",
    "part_casualty",
    "stated",
    "subset_casualty",
    "whole_casualty",
]

# Nouns of a stated toll a part may follow: "put the dead at six, including two brothers".
TOLL_NOUNS = frozenset({"dead", "wounded", "injured"})


# Words a later part of an "including" list may follow: "including four children and
# two women", "including at least three women, five children and a baby".
_PART_GLUE = frozenset(
    {"and", ",", "at", "least", "about", "around", "nearly", "some", "a", "an", "the", "his", "her"}
)


def including_at(doc: Doc, start: int, lo: int) -> int | None:
    """Index of the "including" whose list of parts the count at ``start`` belongs to."""
    k = start - 1
    while k >= lo and k >= start - 10:
        t = doc[k]
        if t.norm_ in ("including", "includes"):
            return k  # (also "incl.", whose norm the tokenizer makes "including")
        if t.lower_ == "them" and k > lo and doc[k - 1].lower_ == "among":
            return k  # "the deaths of 19 civilians, among them the groom"
        if not (t.lower_ in _PART_GLUE or t.pos_ in ("NUM", "NOUN", "ADJ")):
            return None
        k -= 1
    return None


def whole_casualty(doc: Doc, start: int, lo: int, including: bool) -> Token | None:
    """The casualty word of the whole a part opening at ``start`` belongs to, to its left."""
    for k in range(start - 1, max(lo, start - 15) - 1, -1):
        f = casualty(doc[k])
        # "received 23 bodies since Monday, among them eight women": a body count too
        if f is not None and (doc[k].pos_ in ("VERB", "ADJ", "AUX") or doc[k].lower_ in _COUNTED):
            return doc[k]
        if including and doc[k].lower_ in TOLL_NOUNS:
            return doc[k]  # "put the dead at six, including two brothers"
        if including and doc[k].lower_ in TOLL_WORDS:
            # "the toll", "the death toll", "the injury toll ... including 12 children"
            return doc[k - 1] if k > lo and casualty(doc[k - 1]) is not None else doc[k]
    return None


SINGLE_DETS = frozenset({"a", "an", "the", "his", "her"})
# Nouns that state deaths by themselves: "received the bodies of four people, including a
# boy", "documented the deaths of 19 civilians, among them the groom".
_COUNTED = frozenset({"bodies", "deaths"})


def stated(whole: Token) -> bool:
    """Whether the whole's casualty word states the harm (a verb, "the dead", a toll), not
    an adjective before its noun ("four injured people")."""
    before = whole.doc[whole.i - 1].lower_ if whole.i > 0 else ""
    return (
        whole.pos_ in ("VERB", "AUX")
        or whole.lower_ in _COUNTED
        or (whole.lower_ in TOLL_NOUNS and before in ("the", "their"))
        or whole.lower_ in TOLL_WORDS
    )


def part_casualty(doc: Doc, start: int, lo: int, hi: int) -> Token | None:
    """The whole's casualty word of one victim named as a part of a count: "seven had died,
    including the village imam", or in an aside before the whole's verb: "at least seven
    people, among them a baby, were killed" (``start``: the victim's first token)."""
    opening = including_at(doc, start, lo)
    if opening is None or opening < start - 1 and doc[start - 1].lower_ != "and":
        return None
    whole = whole_casualty(doc, opening, lo, True)
    if whole is None and _aside_opens(doc, opening, lo):
        whole = _whole_after(doc, after_clause(doc, start, hi) - 1, hi)
    if whole is None or not stated(whole):
        return None
    # a counted whole ("seven had died, including"), not "various injured being treated,
    # including a small child" in a description of photos
    if not any(t.like_num for t in doc[max(lo, opening - 15) : opening]):
        return None
    return whole if casualty(whole) in ("killed", "injured") else None


def _aside_opens(doc: Doc, opening: int, lo: int) -> bool:
    """Whether a comma opens the "including"/"among them" aside at ``opening``."""
    first = opening - 1 if doc[opening].lower_ == "them" else opening
    return first > lo and doc[first - 1].text == ","


def of_whom(doc: Doc, k: int, hi: int) -> bool:
    """Whether "of whom", "of which" or "of them" follows at ``k``."""
    return k + 1 < hi and doc[k].lower_ == "of" and doc[k + 1].lower_ in ("whom", "which", "them")


def after_clause(doc: Doc, k: int, hi: int) -> int:
    """Index after the comma that closes an "including ..." phrase."""
    for j in range(k, min(k + 8, hi)):
        if doc[j].lower_ == ",":
            return j + 1
    return k


# How badly a part of the wounded was hurt: "five people injured, one critically".
SEVERITY = frozenset("critically seriously severely gravely badly".split())  # noqa: SIM905


def adverb_part(doc: Doc, e: Expr, lo: int, hi: int) -> tuple[Token, str] | None:
    """The adverb and figure of a part named by how it was hurt, when no casualty word of
    its own follows: "four were shot, one fatally" (killed), "at least five people injured,
    one critically", "Eleven officers were injured, two of them seriously" (injured, after a
    comma and an injured whole before it, or in an aside before the whole's verb: "seven
    others, two of them critically, were wounded"), else None."""
    after = e.end + 1 >= hi or casualty(doc[e.end + 1]) is None
    if e.end < hi and doc[e.end].lower_ in ("fatally", "mortally") and after:
        return doc[e.end], "killed"
    k = e.end + 2 if doc[e.end : e.end + 2].text.lower() == "of them" else e.end
    if not (k < hi and doc[k].lower_ in SEVERITY) or e.start - 1 < lo:
        return None
    if doc[e.start - 1].text != "," or (k + 1 < hi and casualty(doc[k + 1]) is not None):
        return None
    whole = _whole_after(doc, k + 1, hi) or whole_casualty(doc, e.start, lo, False)
    return (
        (doc[k], "injured")
        if whole is not None and casualty(whole) in ("injured", "shoot")
        else None
    )


def _whole_after(doc: Doc, k: int, hi: int) -> Token | None:
    """The whole's casualty word after an aside that names the part: "seven others, two of
    them critically, were wounded" (``k`` is the aside's closing comma)."""
    if not (k < hi and doc[k].text == ","):
        return None
    for t in doc[k + 1 : min(hi, k + 5)]:
        if casualty(t) is not None:
            return t
        if t.pos_ not in ("AUX", "ADV"):
            return None
    return None


def subset_casualty(doc: Doc, e: Expr, victim: Token | None, lo: int, hi: int) -> Token | None:
    """The casualty word of the clause a subset count belongs to: "killing 30, 9 children
    among them", "five people, including two children, were killed" (for ``link``)."""
    after = victim.i + 1 if victim is not None else e.end
    among = (
        after + 1 < hi
        and doc[after].lower_ == "among"
        and doc[after + 1].lower_ in ("them", "those", "the", "whom")
    ) or _part_of_them(doc, e, lo, hi)
    opening = including_at(doc, e.start, lo)
    if opening is not None and opening < e.start - 1 and of_whom(doc, e.end, hi):
        opening = None  # "including five women, one of whom was pregnant": no part
    including = opening is not None
    if not (among or including):
        return None
    # the nearest casualty word to the left, else (for "including") to the right
    start = opening if opening is not None else e.start
    whole = whole_casualty(doc, start, lo, including)
    if (
        whole is not None
        and opening is not None
        and not stated(whole)
        and any(doc[j].lower_ in SINGLE_DETS for j in range(opening + 1, e.start))
    ):
        # after a single victim ("including a toddler, an elderly man, and two youths"),
        # only a clause that states the harm has parts ("seen ... injured people": none)
        return None
    if whole is None and including:
        return right_casualty(doc, after_clause(doc, after, hi), hi)
    return whole


_SAY = frozenset({"say", "add", "report", "note"})


def _part_of_them(doc: Doc, e: Expr, lo: int, hi: int) -> bool:
    """A part named after its whole: ", among them three children", ", 14 of them children"."""
    s = e.start
    while s > lo and doc[s - 1].lower_ in ("at", "least", "about", "around", "nearly", "some"):
        s -= 1  # ", at least five of them were women"
    if s - 2 >= lo and doc[s - 2].lower_ == "among" and doc[s - 1].lower_ in ("them", "whom"):
        return True
    if not (
        e.end + 2 < hi
        and doc[e.end].lower_ == "of"
        and doc[e.end + 1].lower_ in ("them", "whom")
        and s - 1 >= lo
        # after a comma, or as what a speaker adds: "the network said three of them were"
        and (doc[s - 1].lower_ in (",", ";", "—", "-", "(") or doc[s - 1].lemma_ in _SAY)
    ):
        return False
    # the part names who they were ("children", "were women"), not a state ("was pregnant")
    k = e.end + 2
    if doc[k].lower_ in ("were", "was", "are", "is") and k + 1 < hi:
        k += 1
    return doc[k].pos_ == "NOUN" or (doc[k].pos_ == "ADJ" and doc[k].head.pos_ == "NOUN")
