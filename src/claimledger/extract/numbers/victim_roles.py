"""What a noun stands for beside a casualty verb, for :mod:`single_victim`: the object of a
killing or a detention ("killed a pastoralist"), the one named in "the killing of X", the
subject of a passive casualty ("a trafficker was killed"), of "lost a leg", or the one
mourned in "the passing of X"."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from claimledger.extract.numbers.casualty_words import casualty, is_person, left_us
from claimledger.extract.numbers.lexicon import CASUALTY, INTRANSITIVE, LOST_PARTS, NONPERSON
from claimledger.extract.numbers.verb_classes import GROUPS, agentive
from claimledger.resources.numwords import ORDINAL_VALUES

__all__ = [
    "nth_of",
    "wounded_aside",
    "death_of",
    "DETAINING_VERBS",
    "died",
    "DOERS",
    "doer",
    "gives_up",
    "group_member",
    "KILLING_VERBS",
    "killing_of",
    "lost_limb",
    "mourned_loss",
    "object_of_killing",
    "ordinal_object",
    "person_read_as_adjective",
    "self_destroyed",
    "subject_of_casualty",
    "subjectless_passive",
    "taken_after",
    "taken_too",
    "wounded_taken",
]

# Verbs whose object is a person whatever the noun ("executed" also takes warrants).
KILLING_VERBS = frozenset(
    {
        "killed",
        "killing",
        "kills",
        "murdered",
        "murdering",
        "shot",
        "slew",
        "assassinated",
        "beheaded",
        "lynched",
        "gunned",
        "stabbed",
    }
)
# Verbs whose object is a person detained: "detained a shadow district governor", "arrested
# a drug baron" (not "captured", whose object may be a town or a hill).
DETAINING_VERBS = frozenset(
    {"arrested", "arresting", "detained", "detaining", "apprehended", "apprehending", "nabbed"}
)


def mourned_loss(noun: Token) -> bool:
    """ "the passing of X", "mourning the loss of X" (not "the loss of his home")."""
    if noun.lower_ == "passing":
        return True
    return noun.lower_ == "loss" and noun.head.lemma_.lower() in ("mourn", "grieve", "lament")


def object_of_killing(tok: Token) -> bool:
    """An unknown noun killed or detained by an active verb is a person: "killed a
    pastoralist", "detained a shadow district governor"."""
    return (
        tok.dep_ == "dobj"
        and tok.lemma_.lower() not in NONPERSON
        and tok.lower_ not in NONPERSON
        and (tok.head.lower_ in KILLING_VERBS or tok.head.lower_ in DETAINING_VERBS)
        and tok.ent_type_ not in ("DATE", "TIME", "MONEY", "GPE", "LOC", "FAC", "ORG")
    )


def killing_of(tok: Token) -> bool:
    """An unknown noun named in "the killing of" is a person: "the killing of the cell's
    so-called wali, X" (with a name in apposition; "the killing of the plan" is none), and a
    doer's noun one of its article introduces: "the killing of a money changer", "the murder
    of a shopkeeper", "the fatal shooting of a pawnbroker" (a word class, ``agentive``;
    twenty-eighth session), not a killing someone is wanted or held for (_ACCUSING)."""
    if not (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lower_ in _KILLING_OF
        and tok.lemma_.lower() not in NONPERSON
    ):
        return False
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
        return True
    return (
        agentive(tok)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        and not any(
            a.pos_ == "VERB" and a.lemma_.lower() in _ACCUSING for a in tok.head.head.ancestors
        )
    )


# What someone is wanted, arrested or charged for: "arrested three suspects wanted in the
# killing of a shopkeeper" tells no death of the operation (releases-fresh14 rx03).
_ACCUSING = frozenset({"want", "suspect", "accuse", "charge", "arrest", "detain", "convict"})
# The nouns of a killing whose "of" names its victim.
_KILLING_OF = frozenset({"killing", "death", "assassination", "murder", "shooting", "stabbing"})


def subject_of_casualty(tok: Token) -> bool:
    """An unknown noun that "was killed/shot/wounded" is a person: "a trafficker was killed",
    also as the subject of an earlier verb a passive death shares ("A wanted robber, ...,
    opened fire on the team and was killed"; a death only, as ``figures`` keeps an injury
    told of someone already introduced apart from a death)."""
    figs: tuple[str, ...] = ("killed", "injured", "shoot")
    if tok.dep_ == "nsubjpass":
        verbs = [tok.head, *tok.head.conjuncts]
    elif tok.dep_ == "nsubj":
        verbs, figs = [v for v in tok.head.conjuncts if subjectless_passive(v)], ("killed",)
    else:
        return False
    return (
        bool(verbs)
        and tok.lemma_.lower() not in NONPERSON
        and tok.lower_ not in NONPERSON
        and tok.ent_type_ not in ("DATE", "TIME", "MONEY", "GPE", "LOC", "FAC", "ORG")
        and any(casualty(v) in figs for v in verbs)
    )


def died(tok: Token) -> bool:
    """A person noun, the subject of a verb of dying ("five migrants and their driver died",
    "her neighbour perished"); not "the engine died"."""
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and is_person(tok)
        and (verb.lower_ in INTRANSITIVE or left_us(verb))  # ("surrendered" is no death)
        and verb.pos_ == "VERB"
        and casualty(verb) == "killed"
    )


def subjectless_passive(v: Token) -> bool:
    """A passive verb without a subject of its own ("... and was killed")."""
    deps = [c.dep_ for c in v.children]
    return "auxpass" in deps and not any("subj" in d for d in deps)


def lost_limb(tok: Token) -> bool:
    """A person noun, the subject of "lost a leg", "lost both eyes"."""
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and is_person(tok)
        and verb.lemma_.lower() == "lose"
        and any(c.dep_ == "dobj" and c.lower_ in LOST_PARTS for c in verb.children)
    )


# Verbs (with their particle) by which someone destroys himself: "blew himself up".
SELF_DESTROYING = frozenset({("blow", "up"), ("detonate", ""), ("explode", "")})


def self_destroyed(verb: Token) -> bool:
    """A person's death by his own explosion told as the end of an operation ("the wanted
    man blew himself up when the unit moved in"): not a bomber's (a "bomber", a "suicide"
    attacker) nor an attack's, whose toll is its victims ("..., killing two guards")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    if (verb.lemma_.lower(), particle) not in SELF_DESTROYING:
        return False
    # (every subject: a dateline's place may stand as one, "RAMADI, Iraq — A suicide bomber
    # ... blew himself up"; and a sentence that names a suicide attack anywhere)
    if any(
        c.dep_ == "nsubj" and c.lower_.endswith(("bomber", "bombers")) for c in verb.children
    ) or any(t.lower_ == "suicide" for t in verb.sent):
        return False
    return not any(
        c.dep_ in ("advcl", "conj", "xcomp") and casualty(c) is not None for c in verb.children
    )


def gives_up(tok: Token) -> bool:
    """The subject of an intransitive verb of detention with no object ("his deputy
    surrendered")."""
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and verb.lower_ in INTRANSITIVE
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def group_member(tok: Token) -> bool:
    """A group's role noun is a person: "the gang's armourer", "the cell's treasurer"."""
    return tok.lemma_.lower() not in NONPERSON and any(
        c.dep_ == "poss" and c.lemma_.lower() in GROUPS for c in tok.children
    )


def person_read_as_adjective(tok: Token) -> bool:
    """A person noun the tagger read as an adjective before an apposition: "killed a
    paramedic, Hadi Nasser" (an article, an argument's place and a known person noun)."""
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ in ("dobj", "nsubj", "nsubjpass")
        and any(c.dep_ == "det" and c.i < tok.i for c in tok.children)
        and is_person(tok)
    )


def taken_after(tok: Token, cas: Token) -> Token | None:
    """The verb of a detention a victim's relative clause tells after another casualty
    ("Officers shot and wounded the attacker, who was then arrested": injured, then
    arrested), or None: a relative pronoun as its subject, no negation, and a verb other than
    ``cas`` (the casualty the victim was read with) that names "arrested"; or a later verb
    conjoined to ``cas`` without a subject of its own ("another was wounded and captured")."""
    for rel in tok.children:
        if rel.dep_ != "relcl" or rel.i == cas.i or rel.pos_ != "VERB":
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in rel.children):
            continue
        if any(c.dep_ == "neg" for c in rel.children):
            continue  # "the driver, who was not detained"
        if casualty(rel) == "arrested":
            return rel
    if tok.head != cas or tok.dep_ not in ("nsubj", "nsubjpass", "det"):
        return None  # ("killed a commander ... and captured six of his men": an object)
    for verb in cas.conjuncts:  # "another was wounded and captured": the subject shared
        if (
            verb.i > cas.i
            and verb.pos_ == "VERB"
            and casualty(verb) == "arrested"
            and not any(c.dep_ in _OWN_ARGUMENTS for c in verb.children)
        ):
            return verb
    return None


def taken_too(victim: Token | None, count: Token, cas: Token, found: Any) -> tuple[int, int] | None:
    """The token span of a wounded count's detention, or None: "Two wounded attackers were
    captured" (``wounded_taken``), or a detaining verb conjoined after the casualty word
    ``cas`` ("Four insurgents were wounded and captured", "two were wounded and captured";
    ``taken_after``'s second reading, not for a negated count). ``victim``: the count's
    victim noun, else ``count`` (its head) stands for it; ``found``: the figure (its
    ``start``, ``end`` and ``negated``)."""
    if victim is not None and (taken := wounded_taken(victim, cas)) is not None:
        return min(found.start, taken.i), max(found.end, taken.i + 1)
    if found.negated:
        return None
    verb = taken_after(victim if victim is not None else count, cas)
    return (found.start, verb.i + 1) if verb is not None and verb.i >= cas.i else None


# A conjoined verb's own subject, object or negation: no longer the victim's shared verb.
_OWN_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "neg"})


# Nouns of the one who attacked (not "the officer", "the driver": a victim as often).
DOERS = frozenset(
    {"attacker", "assailant", "shooter", "gunman", "knifeman", "perpetrator", "bomber"}
    | {"hijacker", "intruder", "robber", "carjacker", "suspect", "stabber"}
)


def doer(tok: Token) -> bool:
    """A singular noun of the one who did it ("the attacker", "the assailant", "the shooter",
    "the gunman"), whose injury is no victim's counted before."""
    return tok.tag_ == "NN" and tok.lower_ in DOERS


def ordinal_object(tok: Token) -> tuple[int, Token, str] | None:
    """ "killed two militants ...; they captured a third": an ordinal alone as the object of
    a casualty verb, one more person (not "a third of the town", "the second round"): its
    phrase's start, the verb and its figure, or None."""
    kids = list(tok.children)
    if tok.lower_ not in ORDINAL_VALUES or tok.dep_ != "dobj":
        return None
    dets = [c.i for c in kids if c.dep_ == "det" and c.lower_ in ("the", "a")]
    if not dets or any(c.lower_ == "of" or c.dep_ in ("compound", "amod") for c in kids):
        return None
    verb = tok.head
    fig = casualty(verb) if verb.pos_ == "VERB" else None
    if fig not in ("killed", "arrested", "injured", "abducted", "shoot"):
        return None
    return min(dets), verb, fig


def wounded_taken(victim: Token, cas: Token) -> Token | None:
    """The verb of a detention whose people a count's wound adjective describes ("Two
    wounded attackers were captured", "arrested three injured fighters": injured and
    detained both), or None (twenty-ninth session). Not "two wounded soldiers were
    evacuated", nor a noun the adjective does not modify."""
    if cas.dep_ != "amod" or cas.head.i != victim.i:
        return None
    verb = victim.head
    if victim.dep_ not in ("nsubjpass", "dobj") or verb.pos_ != "VERB":
        return None
    return verb if casualty(verb) == "arrested" else None


def death_of(victim: Token) -> bool:
    """A victim noun of another figure that a noun of death governs ("the deaths of two
    detainees", "the killing of three hostages")."""
    death = victim.head.head
    return (
        victim.dep_ == "pobj"
        and victim.head.lower_ == "of"
        and death.pos_ == "NOUN"
        and CASUALTY.get(death.lower_) == "killed"
        and CASUALTY.get(victim.lower_) != "killed"
    )


_WOUND_PARTICIPLES = frozenset({"wounded", "injured", "hurt", "stabbed", "shot", "burned", "burnt"})


def wounded_aside(tok: Token, cas: Token) -> Token | None:
    """A wound a participle beside the victim tells while its own verb tells another harm
    ("A third man, wounded in the hand, was arrested"): the participle, or None."""
    for c in tok.children:
        if (
            c.dep_ == "acl"
            and c.tag_ == "VBN"
            and c is not cas
            and c.lower_ in _WOUND_PARTICIPLES
            and not any(d.dep_ == "neg" for d in c.children)
        ):
            return c
    return None


def nth_of(victim: Token | None, counts: set[int]) -> bool:
    """A victim numbered by an ordinal one of ``counts`` equals ("a fifth body ...,
    bringing the toll to five"): the last one a toll counts, no victim of its own."""
    return victim is not None and any(
        c.dep_ == "amod" and ORDINAL_VALUES.get(c.lower_) in counts for c in victim.children
    )
