"""A victim whose casualty word the parse puts away from it (for ``link.dep_casualty``).

* raised by a verb of belief or report: "at least a dozen labourers are believed to have
  been killed", "six men are thought to have been detained", "three people appear to have
  died" (the victim is the subject of "believed", the casualty verb its complement);
* people lost, a side's dead: "No friendly personnel were lost", "two crewmen were lost"
  (people only: "30 jobs were lost" is none; the active "the rebels lost 15 men" is
  ``link``'s, which counts a side's fighters only);
* a relative clause the parser grew over the main verb: "A crew member who jumped
  overboard drowned" (the person noun is left the root, the death verb inside the clause);
* who the dead were, said by a copula or "include" whose subject is the dead: "the dead
  were four farmers", "those killed were five men", "the dead included two journalists",
  "the dead were identified as seven fishermen"; or by "among" after the copula, of a
  count: "Two paramedics were among 5 people killed", "three boys are among the dead" (a
  part of the count, a figure of its own as ``docs/claims-gold.md`` says of parts; not names
  walked through: "X and his wife were among the victims killed" narrates a family list).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.numbers.casualty_words import casualty, is_person
from claimledger.extract.numbers.lexicon import INTRANSITIVE, KIN_RELATIVES
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
    return _who_the_dead_were(x)


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


# Subjects that name the harmed as a group: "the dead", "the wounded", "those killed".
_HARMED_NOUNS = frozenset({"dead", "wounded", "injured", "killed", "fatalities"})
_THOSE = frozenset({"those", "ones", "people", "persons"})


# Figures a participle after "those" / a people noun names a group by: "the 11 people
# detained" is a group as "the 5 people killed" is ("three journalists were among 11 people
# detained": the part 3 and the whole 11, as of the killed).
_GROUP_FIGURES = frozenset({"killed", "injured", "arrested", "abducted"})


def _harmed_group(t: Token) -> tuple[Token, str] | None:
    """The casualty word of a phrase naming the harmed: "the dead", "those killed", "the 5
    people killed", "those detained", "the dead" (an adjective the parser may make a noun)."""
    if t.lower_ in _HARMED_NOUNS and any(c.lower_ == "the" for c in t.children):
        fig = casualty(t)
        return (t, fig) if fig in ("killed", "injured") else None
    if t.lower_ in _THOSE or is_person(t):
        for c in t.children:
            fig = casualty(c) if c.dep_ in ("acl", "amod") and c.i > t.i else None
            if fig in _GROUP_FIGURES and c.tag_ == "VBN":
                return c, fig
        if t.lower_ in _HARMED_NOUNS:
            return None
    return None


def _counted(x: Token) -> bool:
    """A count of people, also in a conjunct ("Two paramedics", "three of them", "his son and
    two nephews"): names walked through one by one ("X and his wife were among the victims")
    are a family list's narration, no part."""
    return any(
        t.pos_ == "NUM" or any(c.dep_ == "nummod" for c in t.children) for t in (x, *x.conjuncts)
    ) or _kin_list(x)


def _kin_list(x: Token) -> bool:
    """A relative's own list, opening on a possessed kin noun: "her brother Yunes and his
    wife were among those killed" (a poster's family, not a monitor's walk through names)."""
    return (
        x.lemma_.lower() in KIN_RELATIVES
        and any(c.dep_ == "poss" for c in x.children)
        and bool(x.conjuncts)
    )


def _whether(verb: Token) -> bool:
    """A clause asked, not stated: "whether X were among the injured"."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


def _who_the_dead_were(x: Token) -> tuple[Token, str] | None:
    """The casualty word of the group whom ``x`` names: its subject's ("the dead were four
    farmers", "the dead included two journalists") or "among"'s ("were among 5 people killed")."""
    head, dep = x.head, x.dep_
    lemma = head.lemma_.lower()
    if dep == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() == "identify":
        head, dep, lemma = head.head, "attr", "be"  # "the dead were identified as seven men"
    if _whether(head):
        return None  # "it is unclear whether X were among the injured"
    if (dep == "attr" and lemma == "be") or (dep == "dobj" and lemma == "include"):
        for s in head.children:
            if s.dep_ in ("nsubj", "nsubjpass") and (group := _harmed_group(s)) is not None:
                return group
        return None
    if dep == "nsubj" and lemma == "be" and _counted(x) and not _whether(head):
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in ("among", "amongst"):
                for o in p.children:
                    if o.dep_ == "pobj" and (group := _harmed_group(o)) is not None:
                        return group
    return None
