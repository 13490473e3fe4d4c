"""The extent of one victim's phrase (for ``single_victim`` and ``figures``): the further
single victims joined to it ("a father and his baby son", "his brother Adel and Adel's
wife Hana") and where an age before it starts ("a 16-year-old", "16 year old")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.casualty_words import is_person
from claimledger.extract.numbers.lexicon import KIN_RELATIVES
from claimledger.records import FigureMention

__all__ = [
    "plural_verb_of_name",
    "SINGULAR_VERBS",
    "age_start",
    "conjoined_victims",
    "other_ranked",
    "past_header",
    "ranked_name",
]

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


def past_header(tok: Token, cas: Token) -> tuple[Token, int] | None:
    """The victim a poster's header hides: "Dana Rahal (@danarahal) on X: My brother-in-law
    and his two daughters were killed", where the parse made the header's name the subject
    and hung the victim on it in apposition after the colon. (victim, its phrase's start)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i != cas.i:
        return None
    colon = next((t.i for t in tok.doc[tok.i : cas.i] if ":" in t.text), None)
    if colon is None:
        return None
    for a in tok.children:
        if a.dep_ != "appos" or not colon < a.i < cas.i:
            continue
        if a.pos_ == "NOUN" and (is_person(a) or a.lemma_.lower() in KIN_RELATIVES):
            return a, colon + 1
        if a.pos_ == "PROPN" and a.ent_type_ == "PERSON":
            return a, colon + 1
    return None


# Ranks of forces and police written before a name ("Sergeant Ali Bako", "Sgt. X").
RANKS = frozenset(
    {"sergeant", "sgt", "corporal", "cpl", "private", "pte", "pvt", "constable", "lance"}
    | {"lieutenant", "lt", "captain", "capt", "major", "maj", "colonel", "col", "inspector"}
    | {"sepoy", "naik", "havildar", "trooper", "gunner", "seaman", "warrant"}
)


def ranked_name(tok: Token, lo: int) -> tuple[int, float] | None:
    """ "Sergeant Ali Bako was shot in the leg": a name after a rank, the subject of its verb,
    is someone the text brings in (0.8), unless a word of the name was written before
    (0.5: someone counted already). (start of the phrase, confidence)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    first = next((c for c in tok.children if c.dep_ == "compound" and c.i < tok.i), None)
    if first is None or first.i < lo or first.lower_.rstrip(".") not in RANKS:
        return None
    doc = tok.doc
    names = {t.text for t in doc[first.i + 1 : tok.i + 1]}
    if any(t.pos_ != "PROPN" and t.text != "." for t in doc[first.i : tok.i + 1]):
        return None
    return first.i, 0.5 if any(t.text in names for t in doc[: first.i]) else 0.8


def other_ranked(m: FigureMention, found: list[tuple[FigureMention, bool, bool]]) -> bool:
    """Whether the one victim shot or hurt in ``m`` is someone else than the one who died:
    named after a rank ("Sergeant Ali Bako was shot in the leg") while every death of one is
    someone brought in apart ("One robber was fatally wounded"), not someone named before
    ("He / The sergeant / Bako later died"); or brought in by "a" in the sentence of that
    death ("X was fatally wounded and a bystander sustained minor injuries")."""
    words = m.evidence.text.split()
    if not words:
        return False
    dead = [(f, ana) for f, ana, _ in found if f.figure == "killed" and f.low == 1]
    if words[0].lower() in ("a", "an"):
        return all(
            f.sentence.start == m.sentence.start and f.evidence.start != m.evidence.start
            for f, _ in dead
        )
    if words[0].lower().rstrip(".") not in RANKS:
        return False
    name = {w for w in words[1:4] if w[:1].isupper()}
    return not any(ana or name & set(f.evidence.text.split()) for f, ana in dead)


def plural_verb_of_name(tok: Token) -> bool:
    """A single name the parse made the subject of a plural verb ("the head of the council,
    X, between four and seven civilians were killed": the civilians are the subject); not a
    post's header ("X (Facebook): my uncle and his sons were killed": ``past_header``)."""
    verb = tok.head
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and tok.tag_ == "NNP"
        and not tok.conjuncts
        and not any(":" in t.text for t in tok.doc[tok.i : verb.i])
        and any(
            t.lower_ in ("were", "are") and (t is verb or t.dep_ in ("aux", "auxpass"))
            for t in (verb, *verb.children)
        )
    )
