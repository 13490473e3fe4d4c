"""Detention and death as classes on the parse: which verb takes people, which state holds them.

A release tells a detention in wordings no list keeps up with ("netted five facilitators",
"picked up six people", "handed its three crewmen over to the customs police", "is in
police custody", "were remanded", "taken in for interrogation"), and a death in others
("were terminated", "was wiped out"). The word tables (``lexicon.CASUALTY``) keep the
plain forms; :func:`verb_class` reads the rest from a token's lemma and its dependents:

* a TAKING verb (a lemma of :data:`TAKING`, or a verb with the particle of
  :data:`TAKING_PARTICLE`: "pick up", "round up", "take in", "hand over") whose object or
  passive subject is people names "arrested". People are a person noun (``PERSON``, "-man"/
  "-men", a NORP), a count or pronoun of people ("netted five", "picked them up"), or a
  group counted in people ("a group of four saboteurs"); "intercepted a skiff", "netted
  30 kilos", "handed over the documents" are no arrest.
* a CUSTODY STATE: a copula ("be", "remain", "stay") or "remand"/"keep" with "in"/"under"
  one of :data:`CUSTODY_NOUNS` ("is in police custody", "remain under arrest"), whose
  subject is the detainee.
* a DEATH verb (:data:`ENDING`: "terminate", "exterminate", "annihilate", and "wipe out")
  with people as its object or passive subject names "killed"; "terminated the contract",
  "wiped out the harvest" are none.

:func:`verb_class` is consulted by ``casualty_words.casualty`` for a word its tables do not
know, so every reader of a casualty verb (subject, object, count, single victim) sees the
class without its own list.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.numbers.lexicon import NONPERSON, PERSON
from claimledger.resources.numwords import ORDINAL_VALUES

__all__ = [
    "CUSTODY_NOUNS",
    "ENDING",
    "GROUPS",
    "PEOPLE_PRONOUNS",
    "TAKING",
    "TAKING_PARTICLE",
    "in_state",
    "persons_own",
    "verb_class",
]

# Lemmas whose people-object is detained. "capture" is here (its object must be people,
# not a town); "seize"/"intercept" take people as often as contraband, so the people test
# decides; "net" and "collar" are police slang for an arrest ("netted five facilitators").
TAKING = frozenset(
    {"arrest", "detain", "capture", "apprehend", "nab", "net", "collar", "intercept", "seize"}
    | {"remand", "handcuff", "catch"}
)
# Verb + particle that take people: "picked up six people", "rounded up 14", "taken in for
# questioning", "handed them over to the police" (a force handing people on to another),
# "were booked and locked up".
TAKING_PARTICLE = frozenset(
    {("pick", "up"), ("round", "up"), ("take", "in"), ("hand", "over"), ("lock", "up")}
)
# Nouns of being held: "in police custody", "under arrest", "in detention", "on remand".
CUSTODY_NOUNS = frozenset({"custody", "detention", "arrest", "remand"})
# Verbs whose subject (or object) is in the state their preposition names ("took its three
# occupants into custody", "were placed in detention", "was booked into custody").
_STATE_VERBS = frozenset(
    {"be", "remain", "stay", "keep", "remand", "place", "put", "take", "book", "lodge"}
)
# Places of detention a putting verb puts people into ("booked into the county jail",
# "lodged in the police lock-up", "placed in a cell"); being there is no arrest of the
# operation ("remains in prison" may be a sentence served), nor is "sent to jail".
JAILS = frozenset({"jail", "gaol", "prison", "lockup", "lock-up", "jailhouse", "cell"})
_PUTTING = frozenset({"book", "lodge", "place", "put", "take"})
# Lemmas that end people when people are their object: a military's "terminated".
ENDING = frozenset({"terminate", "exterminate", "annihilate"})
# Nouns of a group counted in its members: "a group of four saboteurs", "a gang of 5"
# (``groups.GROUP_NOUNS`` is this table with the military units added).
GROUPS = frozenset({"group", "gang", "band", "cell", "team", "crew", "ring", "party", "batch"})
# Pronouns of people (the one table: a phrase's head, "of" in "six of them", a verb's
# argument in ``casualty_words``).
PEOPLE_PRONOUNS = frozenset(
    {"them", "him", "her", "they", "he", "she", "others", "all", "both", "rest", "everyone"}
    | {"everybody"}
)


def _people(t: Token) -> bool:
    """Whether a noun phrase's head names people: a person noun, a count or pronoun of
    people, or a group counted in its members."""
    low, lemma = t.lower_, t.lemma_.lower()
    if lemma in PERSON or low in PERSON or t.ent_type_ == "NORP":
        return True
    if t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
        return True  # (a common noun the tagger calls a person is none: "the lorry")
    if low.endswith(PEOPLE_SUFFIXES) and t.pos_ == "NOUN" and len(low) > 4:
        return True  # "crewmen", "gunmen", "policeman", "deckhands"
    if low in PEOPLE_PRONOUNS:
        return True
    if low == "more" and any(c.dep_ == "nummod" for c in t.children):
        return True  # "a raid there netted two more"
    if low in ORDINAL_VALUES and any(c.dep_ == "det" for c in t.children):
        # "A third was held on Wednesday": one more of the people told before (not "a
        # third of the cargo")
        return not any(c.lower_ == "of" for c in t.children)
    of_objs = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    if t.pos_ == "NUM" or lemma in GROUPS:
        # "five", "four of them", "a group of four saboteurs" (not "30 of the rifles"); "nine
        # of his followers" (a person's own are people)
        return (
            lemma not in GROUPS
            and not of_objs
            or any(_people(o) or persons_own(o) for o in of_objs)
        )
    # "the shopkeeper and his three brothers", "the manager and his two assistants":
    # coordinated with a person's own (no thing: "the lorry and its cargo"), a person too
    return any(c.dep_ == "conj" and persons_own(c) for c in t.children)


# Endings of nouns of people the person table need not list.
PEOPLE_SUFFIXES = ("man", "men", "hand", "hands")


def persons_own(t: Token) -> bool:
    """A noun a person's possessive owns, people: "his followers", "her two sons" (not
    a thing: "his car", "her phone")."""
    return any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children) and not (
        t.lemma_.lower() in NONPERSON or t.lower_ in NONPERSON
    )


def _argument_people(verb: Token) -> bool:
    """Whether the verb's object or passive subject names people; a verb conjoined
    without either takes the passive subject of the one before ("The rider and his
    pillion passenger were booked and locked up")."""
    args = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not args and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # (a passive conjunct also shares an active verb's subject: "The suspect fled on
        # a motorcycle and was caught hours later", twenty-ninth session)
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        deps = ("nsubjpass", "nsubj") if passive else ("nsubjpass",)
        args = [c for c in verb.head.children if c.dep_ in deps]
    only = verb.lemma_.lower() in PEOPLE_ONLY
    return any(_people(c) or (only and agentive(c)) for c in args)


# Verbs whose object is people whatever its noun ("netted eleven gamblers", "a wanted
# extortionist was arrested"); "capture", "seize", "intercept" take things too.
PEOPLE_ONLY = frozenset({"arrest", "detain", "apprehend", "nab", "net", "collar", "handcuff"})
_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants")


def agentive(t: Token) -> bool:
    """A noun of a doer ("gamblers", "extortionist", "forger"), not a known thing."""
    low = t.lower_
    return (
        t.pos_ == "NOUN"
        and len(low) > 4
        and low.endswith(_AGENT_ENDINGS)
        and t.lemma_.lower() not in NONPERSON
        and low not in NONPERSON
    )


def _particle(verb: Token) -> str | None:
    """The verb's particle ("up" of "picked up"), also when the object stands between."""
    for c in verb.children:
        if c.dep_ == "prt":
            return c.lower_
        if (
            c.dep_ in ("advmod", "prep")
            and c.lower_ in ("up", "in", "over")
            and not any(g.dep_ == "pobj" for g in c.children)
        ):
            return c.lower_
    return None


def _in_custody(verb: Token) -> bool:
    """ "is in police custody", "remain under arrest", "remanded in custody", "booked into
    the county jail" (a jail only after a putting verb); "placed two
    other men found in the house under arrest" (the parse hangs the state on the
    object's participle, or on a noun after it)."""
    heads = [verb]
    if verb.lemma_.lower() in ("place", "put", "keep"):
        heads += [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.i > c.i]
    held = CUSTODY_NOUNS | JAILS if verb.lemma_.lower() in _PUTTING else CUSTODY_NOUNS
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "under", "on", "into")
        and any(o.lemma_.lower() in held for o in c.children if o.dep_ == "pobj")
        for h in heads
        for c in h.children
    )


def _as_prisoner(verb: Token) -> bool:
    """ "took four of them prisoner", "were taken prisoner": "prisoner" as the verb's
    complement, not its object ("took the prisoners to the base"). The parse may make it a
    second object ("took 4 of them prisoner") or the head of the count's "of" phrase with
    the people as its compound ("took 6 of [the raiders prisoner]")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for t in verb.subtree:
        if t.lower_ not in _PRISONER or t.i < verb.i:
            continue
        if t.head.i == verb.i and (
            t.dep_ in ("oprd", "advmod", "npadvmod", "xcomp", "ccomp", "acomp")
            or objects[0].i < t.i
            or any(c.dep_ == "compound" and _people(c) for c in t.children)
            or t.tag_ == "NN"
            and any(c.dep_ in ("nummod", "compound") for c in t.children)
        ):
            return True  # "took 5 occupiers prisoner" (the parse: one noun phrase)
        if t.dep_ == "pobj" and any(c.dep_ == "compound" and _people(c) for c in t.children):
            return True
    return False


# The complement of "took four of them prisoner", "took its four occupants captive".
_PRISONER = frozenset({"prisoner", "prisoners", "captive", "captives"})


# What people are held as or by when the holding is no detention: "held hostage",
# "held captive", "held by the gunmen" (abducted), "held talks".
_NOT_HELD = frozenset({"hostage", "hostages", "captive", "captives", "by", "ransom"})


def _held(verb: Token) -> bool:
    """A passive "held" whose subject is people: "two were held", "the men are being held
    at the station" (not "held hostage", "held by the gunmen"); or a bare participle held for
    questioning ("17 were screened and 6 of them held for further questioning")."""
    if any(c.lower_ in _NOT_HELD for c in verb.children):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return _argument_people(verb)
    return verb.tag_ == "VBN" and any(
        c.dep_ == "prep"
        and c.lower_ in ("for", "in", "under")
        and any(o.lemma_.lower() in _HELD_FOR for o in c.children if o.dep_ == "pobj")
        for c in verb.children
    )


def _lost_own(verb: Token) -> bool:
    """ "lost one of its sepoys", "lost two of his sons": a count of one's own people (a
    plain "lost 7 close members of the community" is left to the linker's fighters)."""
    return any(
        c.dep_ == "dobj"
        and c.pos_ == "NUM"
        and _people(c)
        and any(
            g.dep_ == "poss"
            for p in c.children
            if p.lower_ == "of"
            for o in p.children
            for g in o.children
        )
        for c in verb.children
    )


def _caught_in(verb: Token) -> bool:
    """ "caught in the crossfire", "caught up in", "caught on camera", "caught fire": a
    catching that is no arrest."""
    return any(
        (c.dep_ in ("prep", "prt") and c.lower_ in ("in", "up", "on", "between"))
        or c.lower_ in ("fire", "crossfire")
        for c in verb.children
    )


def _holds(verb: Token) -> bool:
    """An active "held" whose object is people, not hostages or at gunpoint ("the team
    held the owner and his two sons", not "the gunman held his wife at gunpoint")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    if any(t.lower_ in _NOT_HELD or t.lower_ == "gunpoint" for t in verb.subtree):
        return False
    if any(  # a place that holds people ("the camp holds about 60,000") detains no one
        c.dep_ == "nsubj" and (c.lemma_.lower() in NONPERSON or c.ent_type_ in _PLACES)
        for c in verb.children
    ):
        return False
    return any(
        c.dep_ == "dobj" and _people(c) and c.pos_ not in ("PRON", "NUM") for c in verb.children
    )


_PLACES = frozenset({"GPE", "LOC", "FAC"})


# What a holding is for or in when it is a detention.
_HELD_FOR = frozenset({"questioning", "interrogation", "custody", "detention"})


def in_state(verb: Token) -> bool:
    """A verb whose subject is held: "all four remain in detention", "is now in custody"."""
    return verb.lemma_.lower() in _STATE_VERBS and _in_custody(verb)


def verb_class(tok: Token) -> str | None:
    """The figure a verb names by its class ("arrested", "killed"), or None."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    lemma = tok.lemma_.lower()
    if in_state(tok):
        return "arrested"  # "two men ... are in police custody", "remanded in custody"
    if tok.pos_ != "VERB":
        return None
    if lemma == "catch" and _caught_in(tok):
        return None  # "caught in the crossfire", "caught on camera", "caught fire"
    if lemma in TAKING and (lemma == "remand" or _argument_people(tok)):
        return "arrested"  # "netted five facilitators", "a woman was remanded"
    if (lemma, _particle(tok)) in TAKING_PARTICLE and _argument_people(tok):
        return "arrested"  # "picked up six people", "taken in for interrogation"
    if lemma == "take" and _as_prisoner(tok):
        return "arrested"  # "took 4 of the aggressor's mercenaries prisoner" (people, then)
    if lemma == "hold" and (_held(tok) or _holds(tok)):
        return "arrested"  # "three were shot dead and two were held", "held the owner"
    if lemma == "lose" and _lost_own(tok):
        return "killed"  # "the Corps lost one of its sepoys", "lost two of his sons"
    if lemma in ENDING and _argument_people(tok):
        return "killed"  # "two gunmen were terminated"
    if lemma == "wipe" and _particle(tok) == "out" and _argument_people(tok):
        return "killed"  # "the crew of five was wiped out"
    return None
