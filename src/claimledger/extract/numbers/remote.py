"""A victim whose casualty word the parse puts away from it (for ``link.dep_casualty``).

* raised by a verb of belief or report: "at least a dozen labourers are believed to have
  been killed", "six men are thought to have been detained", "three people appear to have
  died" (the victim is the subject of "believed", the casualty verb its complement);
* people lost, a side's dead: "No friendly personnel were lost", "two crewmen were lost"
  (people only: "30 jobs were lost" is none; the active "the rebels lost 15 men" is
  ``link``'s, which counts a side's fighters only);
* a relative clause the parser grew over the main verb: "A crew member who jumped
  overboard drowned" (the person noun is left the root, the death verb inside the clause).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.numbers.casualty_words import casualty, is_person
from claimledger.extract.numbers.lexicon import INTRANSITIVE
from claimledger.extract.numbers.verb_classes import PEOPLE_SUFFIXES, persons_own

__all__ = ["SIDE_NOUNS", "remote_casualty"]

# Verbs that raise the victim of their complement to their passive subject: "are believed
# to have been killed", "were said to have died" ("report", "confirm" are link's own).
_RAISING_PASSIVE = frozenset(
    {"believe", "think", "fear", "say", "understand", "know", "presume", "suspect"}
    | {"estimate", "assume", "allege", "claim", "rumour", "rumor"}
)
# Verbs that raise it to their active subject: "appear to have died".
_RAISING_ACTIVE = frozenset({"appear", "seem"})
# Nouns of a side's people that the person table leaves out ("friendly forces").
SIDE_NOUNS = frozenset({"force"})


def remote_casualty(x: Token) -> tuple[Token, str] | None:
    """The casualty word and figure of a victim ``x`` the parse puts away from it."""
    head, dep = x.head, x.dep_
    raising = _RAISING_PASSIVE if dep == "nsubjpass" else _RAISING_ACTIVE
    if dep in ("nsubjpass", "nsubj") and head.lemma_.lower() in raising:
        for c in head.children:
            fig = casualty(c) if c.dep_ == "xcomp" and c.pos_ == "VERB" else None
            if fig is not None and fig != "shoot":
                return c, fig
        return None
    if dep == "nsubjpass" and head.lemma_.lower() == "lose" and _people(x):
        return head, "killed"  # (the active "lost 15 men" is link's, a side's fighters)
    if dep == "ROOT" and x.pos_ == "NOUN" and _people(x):
        return _inside_clause(x)
    return None


def _people(x: Token) -> bool:
    """A noun of people (or a count of them) that a side can lose."""
    if x.pos_ == "NUM":
        objs = [o for p in x.children if p.lower_ == "of" for o in p.children]
        return bool(objs) and all(_people(o) for o in objs)
    low = x.lower_
    suffixed = low.endswith(PEOPLE_SUFFIXES) and len(low) > 4 and x.pos_ == "NOUN"
    return is_person(x) or suffixed or persons_own(x) or x.lemma_.lower() in SIDE_NOUNS


def _inside_clause(x: Token) -> tuple[Token, str] | None:
    """The death verb the parser put inside a relative clause of the root noun ``x``."""
    for r in x.children:
        if r.dep_ != "relcl":
            continue
        for v in r.subtree:
            if v is r or v.pos_ != "VERB" or v.lower_ not in INTRANSITIVE:
                continue
            if not any("subj" in c.dep_ for c in v.children) and v.i > r.i:
                fig = casualty(v)
                return (v, fig) if fig is not None else None
    return None
