"""A text's cues of a single origin and its monitor, read from the parse (``grade_sources``
calls them): "the only report came from X" (``sole``), the incident itself as what a report
gives (``of_the_incident``), and the one whose search found no other source, nothing else or
only one (``searcher``: the monitor, never a source of the claims).
"""

from __future__ import annotations

from claimledger.reconcile.grade_parties import negated
from claimledger.reconcile.grade_source_words import (
    ASSESS,
    INCIDENT,
    REPORTING,
    SEARCH,
    SEARCHED,
    SOLE_NOUNS,
)
from claimledger.reconcile.grade_tokens import Tok, pobjs


def sole(tok: Tok) -> bool:
    """ "The only report came from ...", "is the only record of the strike", "the only outlet
    to report it": the text says the report is the only one."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SOLE_NOUNS:
        return False
    if tok.dep_ not in ("nsubj", "nsubjpass", "attr", "appos"):
        return False
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "det")}
    if "the" not in mods or not mods & {"only", "sole"}:
        return False
    # "the only outlet to report it", not "the only source that attributed the strike" nor
    # "the only post to mention a fifth casualty" (one detail, not the incident)
    clauses = [c for c in tok.children if c.dep_ in ("relcl", "acl")]
    # "the only record of the strike", "the only source for this incident"; not "the only
    # evidence of an incursion"
    about = [o for c in tok.children if c.lower_ in ("of", "for") for o in pobjs(c)]
    return all(of_the_incident(c) for c in clauses) and all(
        o.lemma_.lower() in INCIDENT for o in about
    )


def of_the_incident(verb: Tok) -> bool:
    """A reporting verb whose object is the incident ("to report it", "reported these
    deaths"), with no detail singled out ("a fifth casualty", "a specific number")."""
    if verb.lemma_.lower() not in REPORTING:
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return all(
        o.lemma_.lower() in INCIDENT and not any(c.dep_ in ("amod", "nummod") for c in o.children)
        for o in objs
    )


def searcher(verb: Tok) -> Tok | None:
    """The subject of a search that found no (other) source, or of an assessment: the
    monitor."""
    if verb.lemma_.lower() in ASSESS and verb.pos_ == "VERB":
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj if subj is not None and subj.pos_ == "PROPN" else None
    if verb.lemma_.lower() not in SEARCH or verb.pos_ != "VERB":
        return None
    looked = [c for c in verb.children if c.dep_ == "dobj"]
    looked += [o for c in verb.children if c.dep_ == "prep" for o in pobjs(c)]
    # found no source, nothing else, or only one ("identified just one source")
    nothing = [t for t in looked if t.lower_ in ("nothing", "none")]
    none = (
        negated(verb)
        or bool(nothing)
        or any(
            d.lower_ in ("no", "any", "only", "just", "single", "one")
            for t in looked
            for d in t.children
            if d.dep_ in ("det", "advmod", "amod", "nummod")
        )
    )
    if not none or not (nothing or any(t.lemma_.lower() in SEARCHED for t in looked)):
        return None
    # "Airwars found nothing else": the parser may make the name an adverbial noun
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "nsubj" or (c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < verb.i)
        ),
        None,
    )
