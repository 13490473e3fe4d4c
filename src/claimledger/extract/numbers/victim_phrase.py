"""The extent of one victim's phrase (for ``single_victim`` and ``figures``): the further
single victims joined to it ("a father and his baby son", "his brother Adel and Adel's
wife Hana") and where an age before it starts ("a 16-year-old", "16 year old")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.casualty_words import is_person

__all__ = ["SINGULAR_VERBS", "age_start", "conjoined_victims"]

# Forms of "be" and "have" that agree with one subject ("X, my brother, is a martyr").
SINGULAR_VERBS = frozenset({"is", "was", "has", "'s", "’s"})


def conjoined_victims(tok: Token) -> list[Token]:
    """Further single victims joined to ``tok``: "a father and his baby son".

    None when a singular verb agrees with ``tok``: "My brother, my companion, Umar, is a
    martyr" names one person.
    """
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    if verb is not None and any(
        t.lower_ in SINGULAR_VERBS
        for t in (verb, *verb.children)
        if t.dep_ in ("aux", "auxpass", "ROOT") or t is verb
    ):
        return []
    # "his brother Adel and Adel's wife Hana were killed": the parse may hang the second
    # victim on the first one's name in apposition
    named = [a for a in tok.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
    return [
        c
        for c in (*tok.conjuncts, *(c for a in named for c in a.conjuncts))
        if c.i > tok.i
        and (
            (c.pos_ == "NOUN" and c.tag_ == "NN" and is_person(c))
            or (c.pos_ == "PROPN" and c.ent_type_ == "PERSON")
        )
        and not any(d.dep_ == "nummod" for d in c.children)
    ]


def age_start(doc: Doc, old: int, lo: int) -> int | None:
    """Start of an age phrase ending at ``old``: "a 16-year-old", "16 year old"; else None."""
    k = old - 1
    if k >= lo and doc[k].lower_ == "-":
        k -= 1
    if k < lo or doc[k].lower_ not in ("year", "month", "week", "day"):
        return None
    k -= 1
    if k >= lo and doc[k].lower_ == "-":
        k -= 1
    if k < lo or not doc[k].like_num:
        return None
    if k - 1 >= lo and doc[k - 1].lower_ in ("a", "an", "the", "another"):
        k -= 1
    return k
