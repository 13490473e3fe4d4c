"""A speaker the parse hid behind a leading date.

"On 6 May 2026 the Halvik Health Directorate reported one death": the parse may read the
whole "6 May 2026 the Halvik Health Directorate" as the object of "On" (the date as a
modifier of the body's name) and leave the reporting verb without a subject, or keep the
subject but hang the date on it. Read by the parse, not by words: a noun phrase whose
determiner is preceded, inside the same phrase, by a date (a DATE entity or a number and a
month) starts at its determiner; a subjectless verb whose first dependent is a preposition
holding such a phrase has that phrase as its subject.
"""

from __future__ import annotations

from spacy.tokens import Token

_ARTICLES = frozenset({"the", "a", "an"})
_TIME_PREPS = frozenset({"on", "in", "at", "by", "since", "until", "during"})


def date_before_article(head: Token) -> int | None:
    """Index of the article opening ``head``'s phrase when only a date stands before it
    within the phrase ("6 May 2026 the Halvik Health Directorate" -> "the"), else None."""
    dets = [c for c in head.lefts if c.dep_ == "det" and c.lower_ in _ARTICLES]
    if not dets:
        return None
    det = dets[0]
    start = head.left_edge.i
    if start >= det.i:
        return None
    before = head.doc[start : det.i]
    # "6 May 2026", "Friday, 9 May", "9 May 2026 at 14:00": a date, its time, their words
    dated = any(t.ent_type_ == "DATE" for t in before) and all(
        t.ent_type_ in ("DATE", "TIME") or t.is_punct or t.pos_ in ("NUM", "ADP") for t in before
    )
    return det.i if dated else None


def dated_subject(verb: Token) -> Token | None:
    """The phrase a leading date's preposition swallowed: the subject of a verb the parse
    left without one ("On 6 May 2026 the Halvik Health Directorate reported ...")."""
    lefts = [c for c in verb.lefts if c.dep_ not in ("punct", "advmod")]
    if not lefts or lefts[0].dep_ != "prep" or lefts[0].lower_ not in _TIME_PREPS:
        return None
    objs = [c for c in lefts[0].children if c.dep_ == "pobj"]
    if not objs or objs[0].pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return objs[0] if date_before_article(objs[0]) is not None else None
