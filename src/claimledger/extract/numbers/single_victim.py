"""One victim counted without a number: a token -> (start, casualty token, figure, confidence).

Takes a token of one sentence doc[lo:hi] and says whether it names one victim
of a casualty word: "a man was shot and killed", "a 16-year-old died", "the
victim was pronounced dead", "shot his father", "shot himself", "Jane Doe was
killed", "a man's body was found". :data:`RULES` lists the rules in the order
they are tried; the first that recognises the token decides. A rule either
answers with the whole count, rejects the token (``DROP``: no later rule may
count it), or gives the victim phrase whose casualty word
:func:`_casualty_of_phrase` then looks for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Literal, TypeAlias

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.casualty_words import (
    active_with_object,
    casualty,
    figure_of,
    is_person,
    resolve_shoot,
    speaker,
)
from claimledger.extract.numbers.kin_companions import relatives_after
from claimledger.extract.numbers.lexicon import (
    KIN_RELATIVES,
    OF_NOUNS,
    PERSON,
)
from claimledger.extract.numbers.link import dep_casualty, right_casualty
from claimledger.extract.numbers.named_deaths import (
    among_dead,
    confirmed_death,
    martyr_departed,
    relative_death,
)
from claimledger.extract.numbers.parts import part_casualty
from claimledger.extract.numbers.victim_phrase import (
    age_start,
    conjoined_victims,
    plural_verb_of_name,
    ranked_name,
)
from claimledger.extract.numbers.victim_roles import (
    died,
    gives_up,
    group_member,
    killing_of,
    lost_limb,
    mourned_loss,
    object_of_killing,
    ordinal_object,
    person_read_as_adjective,
    self_destroyed,
    subject_of_casualty,
)
from claimledger.resources.numwords import ORDINAL_VALUES

__all__ = ["RULES", "Single", "conjoined_victims", "may_name", "single_victim"]

# Singular nouns naming a group, not one person.
COLLECTIVE = frozenset(
    {"one", "ones", "family", "staff", "security", "police", "army", "militia", "personnel"}
    # a unit or a band: "The company was liquidated", "the cell was neutralised" (Q-needs)
    | {"company", "battalion", "cell", "platoon", "unit", "group", "squad", "detachment"}
    | {"brigade", "regiment", "division", "squadron", "gang", "band", "network", "syndicate"}
    | {"crew", "team"}  # "its crew of five was wiped out" is five, not one more
)
# Kinship nouns: "my nephew", "her son" as the subject of a death is one victim.
KIN = KIN_RELATIVES | {"baby"}
# Verbs whose object is someone dead: "I mourn my niece", "we buried my nephew".
MOURN_VERBS = frozenset({"mourn", "bury", "eulogize", "eulogise", "lose"})
# Nouns of one person's death besides ``OF_NOUNS``: "his brother's passing", "mourning
# the loss of Dr X" ("loss" only as what is mourned: "loss of life" is no victim).
PASSING_NOUNS = frozenset({"passing", "loss"})
# Verbs that report a body: "a body was found".
FIND_VERBS = frozenset(
    {"find", "recover", "discover", "dump", "retrieve", "locate", "pull", "uncover", "unearth"}
)


# A single victim: (start index, casualty token, figure, confidence).
Single: TypeAlias = tuple[int, Token, str, float]


@dataclass(frozen=True, slots=True)
class At:
    """The token a rule looks at, in its sentence doc[lo:hi]."""

    doc: Doc
    tok: Token
    lo: int
    hi: int


@dataclass(frozen=True, slots=True)
class Phrase:
    """A victim phrase whose casualty word is still to find."""

    start: int  # first token of the victim's phrase ("a 16-year-old", "the woman")
    conf: float


class Drop(Enum):
    """The answer of a rule that recognises the token and rejects it."""

    DROP = "drop"


DROP = Drop.DROP
# What a rule answers when it recognises the token; None lets the next rule try.
Answer: TypeAlias = Single | Phrase | Literal[Drop.DROP]
Rule: TypeAlias = Callable[[At], Answer | None]


def single_victim(doc: Doc, tok: Token, lo: int, hi: int) -> Single | None:
    """A count of 1 for one named or described victim.

    "a man was shot and killed", "a 16-year-old died", "the victim was pronounced
    dead", "shot his father", "shot himself", "Jane Doe was killed".

    Args: the parsed document, the token that may name the victim, the first token of the
    sentence and its end (exclusive). Returns (start index, casualty token, figure,
    confidence) or None.
    """
    if not may_name(tok):
        return None  # (no rule answers for a verb, a preposition, a number ...: speed)
    at = At(doc, tok, lo, hi)
    for rule in RULES:
        answer = rule(at)
        if answer is None:
            continue
        if answer is DROP:
            return None
        if isinstance(answer, Phrase):
            return _casualty_of_phrase(at, answer)
        return answer
    return None


def _aged(at: At) -> Answer | None:
    """'a 16-year-old died': the age phrase names the victim."""
    doc, tok = at.doc, at.tok
    if tok.lower_ != "old" or tok.i + 1 > at.hi:
        return None
    nxt = doc[tok.i + 1] if tok.i + 1 < at.hi else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return DROP  # "a 15-year-old girl": the noun carries the count
    age = age_start(doc, tok.i, at.lo)
    if age is None:
        return DROP
    # "the 13-year-old": someone already introduced
    return Phrase(age, 0.6 if doc[age].lower_ == "the" else 0.8)


def _reflexive(at: At) -> Answer | None:
    """'shot himself', 'killed herself'; 'a suspect blew himself up as officers approached'
    (:func:`self_destroyed`; not a bomber's attack: his own death is not counted in the
    toll his attack is reported with, the gold set's Ramadi bombing)."""
    tok = at.tok
    if tok.lower_ not in ("himself", "herself"):
        return None
    if tok.dep_ == "dobj" and self_destroyed(tok.head):
        return tok.i, tok.head, "killed", 0.7
    if tok.dep_ != "dobj" or casualty(tok.head) is None:
        return DROP
    return tok.i, tok.head, casualty(tok.head) or "injured", 0.7


def _first_person(at: At) -> Answer | None:
    """A poster's or a witness's own wound or detention: "I was injured too", "I was
    arrested at the checkpoint" (one person, the speaker; not "I was not hurt")."""
    tok = at.tok
    if tok.lower_ != "i" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    dep = dep_casualty(tok)
    if dep is None or dep[1] not in ("injured", "shoot", "arrested", "abducted"):
        return None
    if any(c.dep_ == "neg" for c in (*dep[0].children, *tok.head.children)):
        return DROP
    return tok.i, dep[0], dep[1], 0.8  # (the speaker: no one counted before)


def _pronoun_subject(at: At) -> Answer | None:
    """'he died', 'she was pronounced dead', 'he was arrested': a death or detention of
    someone already named.

    Only deaths and detentions, and only as an anaphoric mention (see ``extract_figures``).
    """
    tok = at.tok
    if tok.lower_ not in ("he", "she"):
        return None
    right = right_casualty(at.doc, tok.i + 1, at.hi)
    if (
        right is not None
        and figure_of(right) == "killed"
        and not (right.pos_ == "VERB" and active_with_object(right))
    ):
        return tok.i, right, "killed", 0.4
    dep = dep_casualty(tok)
    if dep is not None and dep[1] in ("killed", "arrested"):
        # (a detention of someone named before counts where its paragraph counts no other
        # detainee: "officers shot and wounded a man ...; he was arrested after treatment")
        return tok.i, dep[0], dep[1], 0.4
    return DROP


def _headline_person(at: At) -> Answer | None:
    """A capitalised headline noun: "Bystander Shot During Fight"."""
    tok = at.tok
    if tok.pos_ == "PROPN" and tok.i == at.lo and tok.lower_ in PERSON:
        return Phrase(tok.i, 0.8)
    return None


def _named_person(at: At) -> Answer | None:
    """A person named by the parser ("Jane Doe was killed"), from the name's first token."""
    doc, tok = at.doc, at.tok
    if tok.pos_ != "PROPN":
        return None
    if tok.is_upper and len(tok) > 1:
        return DROP  # a dateline ("KIRKUK, Iraq —"), not a person
    if (ranked := ranked_name(tok, at.lo)) is not None:
        return Phrase(*ranked)  # "Sergeant Ali Bako was shot in the leg"
    if (kin := _possessed_kin(tok)) is not None:
        return Phrase(kin, 0.8)  # "my brother-in-law Karim was killed" (whatever the tagger)
    aged = any(c.dep_ == "amod" and c.lower_ == "old" for c in tok.children)
    if (tok.ent_type_ != "PERSON" and not aged) or (
        tok.i + 1 < at.hi
        and doc[tok.i + 1].ent_type_ == "PERSON"
        and doc[tok.i + 1].ent_iob_ == "I"
    ):
        return DROP
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "ROOT") or plural_verb_of_name(tok):
        return DROP
    start = tok.i
    while start > at.lo and doc[start].ent_iob_ == "I":
        start -= 1
    return Phrase(start, 0.5)


def _possessed_kin(tok: Token) -> int | None:
    """Where "my brother-in-law Karim" starts: a name in an argument's place headed by a
    possessed kin word the parser hung on it (compound, nmod); else None. A post's header
    may take the subject: "Layla M. (X): my brother-in-law Karim was killed" (apposition)."""
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") and not _header_apposition(tok):
        return None
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("compound", "nmod") and c.lower_ in KIN:
            poss = [g.i for g in c.children if g.dep_ == "poss"]
            if poss:
                return poss[0]
    return None


def _header_apposition(tok: Token) -> bool:
    """A subject the parse hangs on a post's header: "Omar (X): My uncle ... are gone"."""
    doc = tok.doc
    return tok.dep_ == "appos" and any(t.text.endswith(":") for t in doc[tok.head.i : tok.i])


def _object_pronoun(at: At) -> Answer | None:
    """'opened fire on a civilian, killing him': a death of someone just named."""
    tok = at.tok
    if tok.lower_ not in ("him", "her") or tok.dep_ != "dobj":
        return None
    if casualty(tok.head) is None or resolve_shoot(tok.head) != "killed":
        return DROP
    return tok.i, tok.head, "killed", 0.4


def _mourned_kin(at: At) -> Answer | None:
    """A relative's death as a poster tells it: "I mourn my niece", "we buried my
    nephew", "lost my son", "his brother's passing" (the relative has a possessor)."""
    tok = at.tok
    if tok.lemma_.lower() not in KIN or tok.tag_ != "NN":
        return None
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if not poss:
        return None
    head = tok.head
    if tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in MOURN_VERBS:
        return min(c.left_edge.i for c in poss), head, "killed", 0.7
    if tok.dep_ == "pobj" and head.lower_ == "of" and mourned_loss(head.head):
        return min(c.left_edge.i for c in poss), head.head, "killed", 0.7  # "the loss of her son"
    owned = tok.dep_ == "poss" or any(c.dep_ == "case" for c in tok.children)
    if owned and head.lower_ == "passing":  # "his brother’s passing", read as a verb or not
        return min(c.left_edge.i for c in poss), head, "killed", 0.7
    return None


def _declared_martyr(at: At) -> Answer | None:
    """A poster's "Umar is a martyr", "my cousin is a martyr", "X was martyred": one death."""
    tok, head = at.tok, at.tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ not in ("NN", "NNP"):
        return None
    if head.lower_ == "martyred":
        cas = head
    elif head.lemma_ == "be":
        attrs = [c for c in head.children if c.dep_ == "attr" and c.lower_ == "martyr"]
        if not attrs:
            return None
        cas = attrs[0]
    else:
        return None
    named = any(c.dep_ in ("appos", "poss") for c in tok.children)  # "our colleague X"
    if not (tok.pos_ == "PROPN" or tok.lemma_.lower() in KIN or is_person(tok) or named):
        return None
    if any(c.dep_ == "neg" for c in head.children):
        return DROP
    # The evidence opens on the name or noun nearest the verb ("..., Umar Nadi, is a martyr").
    last = head.i - 1
    while last > tok.i and (at.doc[last].is_punct or at.doc[last].dep_ in ("aux", "auxpass")):
        last -= 1
    near = at.doc[last]
    mods = [c.i for c in near.children if c.dep_ in ("compound", "poss", "det", "amod")]
    return max(min([near.i, *(i for i in mods if i < near.i)]), at.lo), cas, "killed", 0.6


def _found_body(at: At) -> Answer | None:
    """'a man's body was found', 'police recovered the body of a woman'."""
    tok = at.tok
    if tok.lower_ == "body" and tok.dep_ in ("nsubjpass", "dobj") and tok.head.lemma_ in FIND_VERBS:
        return tok.i, tok, "killed", 0.7
    return None


def _person_noun(at: At) -> Answer | None:
    """A singular person noun with an article, a possessor or an age: "a man", "the victim"."""
    doc, tok = at.doc, at.tok
    if not (
        (tok.pos_ == "NOUN" and tok.tag_ == "NN" or person_read_as_adjective(tok))
        and (
            is_person(tok)
            or object_of_killing(tok)
            or subject_of_casualty(tok)
            or killing_of(tok)
            or group_member(tok)
        )
        and tok.lower_ not in COLLECTIVE
    ):
        return None
    if any(
        c.dep_ in ("nummod",) or c.lower_ in ("no", "each", "every", "any", "neither")
        for c in tok.children
    ):
        return DROP
    det = _determiner(tok)
    if det is None:
        first = _bare_headline_start(at)
        return DROP if first is None else Phrase(first, 0.8)
    mods = [c.i for c in tok.children if c.dep_ in ("det", "amod", "compound", "poss")]
    start = min([det.i, *(i for i in mods if i < tok.i)])
    if doc[start].lower_ == "old":
        start = age_start(doc, start, at.lo) or start
    return Phrase(start, 0.6 if det.lower_ == "the" else 0.8)


def _another(at: At) -> Answer | None:
    """'two were killed and another was wounded', 'killed one insurgent and detained
    another': one more victim of its own verb."""
    tok = at.tok  # (the parser may make it a verb's determiner: "and another wounded and captured")
    if tok.lower_ != "another" or (tok.pos_ != "PRON" and tok.head.pos_ != "VERB"):
        return None
    if tok.dep_ == "dobj":
        dep = dep_casualty(tok)
        return (tok.i, dep[0], dep[1], 0.8) if dep is not None else DROP
    if tok.dep_ not in ("nsubj", "nsubjpass", "det"):
        return None
    dep = dep_casualty(tok)
    if dep is None:
        # "Two constables were killed and a third is in critical condition"
        right = right_casualty(at.doc, tok.i + 1, at.hi)
        return (tok.i, right, figure_of(right), 0.8) if right is not None else DROP
    return tok.i, dep[0], dep[1], 0.8  # a new victim by its word: never anaphoric


# "three were shot dead, while the fourth was arrested": one more person by the order.
ORDINALS = frozenset(ORDINAL_VALUES)


def _ordinal(at: At) -> Answer | None:
    """'the fourth was arrested': an ordinal alone as the subject of a casualty verb."""
    tok = at.tok
    # (also elided: "two officers were killed and a third wounded", the verb right after)
    elided = (
        tok.dep_ in ("npadvmod", "advmod")
        and tok.head.i == tok.i + 1
        and tok.head.dep_ == "conj"
        and tok.i > at.lo
        and at.doc[tok.i - 1].lower_ in ("the", "a")
    )
    if tok.lower_ not in ORDINALS:
        return None
    if tok.dep_ == "dobj":  # "they captured a third"
        found = ordinal_object(tok)
        return None if found is None else (*found, 0.8)
    if not (tok.dep_ in ("nsubj", "nsubjpass") or elided):
        return None
    kids = list(tok.children)  # "the fourth", "and a third was nabbed"; not "a third of them"
    if not (elided or any(c.dep_ == "det" and c.lower_ in ("the", "a") for c in kids)) or any(
        c.lower_ == "of" for c in kids
    ):
        return None
    if any(c.lower_ in ("were", "are") for c in tok.head.children if c.dep_.startswith("aux")):
        return None  # a part of a whole: "nine died and a third were wounded"
    dep = dep_casualty(tok)
    if dep is None:
        # "Two constables were killed and a third is in critical condition"
        right = right_casualty(at.doc, tok.i + 1, at.hi)
        return (tok.i, right, figure_of(right), 0.8) if right is not None else DROP
    return tok.i, dep[0], dep[1], 0.8


# The only tokens a rule answers for: nouns, names, adjectives (a person noun read as one),
# and the words the rules below look for.
_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_WORDS = ORDINALS | {"old", "himself", "herself", "he", "she", "him", "her", "another", "body", "i"}


def may_name(tok: Token) -> bool:
    """Whether a rule of :data:`RULES` may answer for ``tok`` at all (a cheap test first)."""
    return tok.pos_ in _POS or tok.tag_ in ("NN", "NNP") or tok.lower_ in _WORDS


# The rules of :func:`single_victim`, in the order they are tried.
RULES: tuple[Rule, ...] = (
    _declared_martyr,
    _aged,
    _reflexive,
    _first_person,
    _pronoun_subject,
    _headline_person,
    lambda at: relative_death(at.tok, at.lo),  # "our comrade Amir, who was martyred"
    lambda at: among_dead(at.tok, at.lo),  # "Among the dead were my neighbour Hadi and ..."
    lambda at: martyr_departed(at.tok, at.lo),  # "Our martyr, the fighter X, fell"
    _named_person,
    _object_pronoun,
    _mourned_kin,
    _found_body,
    lambda at: confirmed_death(at.tok),  # "the health office confirmed the death"
    _another,
    _ordinal,
    _person_noun,
)


def _determiner(tok: Token) -> Token | None:
    """What makes a singular noun one victim: its article, possessor or age; else None."""
    det = None
    for c in tok.children:
        if c.dep_ == "det" and c.i < tok.i and c.lower_ in ("a", "an", "the", "another"):
            det = c
        if c.dep_ == "poss" and tok.dep_ == "dobj":
            det = c
        # "My nephew, Khaled, was killed": a relative named by a possessor; "the cell's
        # emir ... was killed": one person of a possessor, the subject of a casualty verb.
        if (
            c.dep_ == "poss"
            and tok.lower_ in KIN
            and (tok.dep_ in ("nsubj", "nsubjpass") or _header_apposition(tok))
        ):
            det = c
        if c.dep_ == "poss" and (subject_of_casualty(tok) or lost_limb(tok) or died(tok)):
            det = c  # "their friend Walid lost both legs", "their driver died"
        # "His companion was arrested at the scene", "his deputy surrendered": one person
        # of a possessor, arrested (the passive's subject, or an intransitive one's: not
        # "his deputy surrendered the rifles")
        if (
            c.dep_ == "poss"
            and (tok.dep_ == "nsubjpass" or gives_up(tok))
            and (is_person(tok) or group_member(tok))
            and casualty(tok.head) == "arrested"
        ):
            det = c
        if c.dep_ == "amod" and c.lower_ == "old" and det is None:
            det = c
    of_head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if det is None and of_head is not None and of_head.lower_ in (*OF_NOUNS, "shooting"):
        det = tok  # "the shooting death of Springfield teen": no article needed
    if det is None and (tok.dep_ == "dobj" and casualty(tok.head) is not None):
        det = tok  # headline style "Teen charged with killing uncle"
    if det is None and tok.dep_ == "poss" and tok.head.lower_ in OF_NOUNS:
        det = tok  # "the woman's death" (the article belongs to the possessor)
    return det


def _bare_headline_start(at: At) -> int | None:
    """Headline style "Man killed in crash": where a bare noun opening the sentence starts."""
    doc, tok = at.doc, at.tok
    first = at.lo
    while first < at.hi and doc[first].is_punct:
        first += 1
    if tok.i != first and not (tok.i == first + 1 and doc[first].pos_ == "ADJ"):
        return None
    return first


def _casualty_of_phrase(at: At, phrase: Phrase) -> Single | None:
    """The casualty word of a victim phrase: to its right, in the parse, or around it."""
    doc, tok, start, conf = at.doc, at.tok, phrase.start, phrase.conf
    if speaker(tok):
        return None
    right = right_casualty(doc, tok.i + 1, at.hi)
    dep = dep_casualty(tok)
    if dep is not None and (
        dep[1] == "killed"
        and (right is None or right.i < dep[0].i)
        # "the driver fled but was detained": the flight's end, not a flight
        or right is not None
        and figure_of(right) == "displaced"
        and dep[0] is not right
    ):
        # "a child who had been hospitalized since the shooting has died": the main
        # verb says more than the relative clause before it
        return start, dep[0], dep[1], conf
    if right is not None and not (right.pos_ == "VERB" and active_with_object(right)):
        return start, right, figure_of(right), conf
    if dep is not None:
        return start, dep[0], dep[1], conf
    # "the woman's death", "the boy's killing"
    if tok.dep_ == "poss" and tok.head.lower_ in OF_NOUNS:
        return start, tok.head, "killed", conf
    before = _verb_before(at, start)
    if before is not None:
        return start, before[0], before[1], conf
    if (past := _past_relatives(at)) is not None:
        return start, past, figure_of(past), conf  # "a woman and her grandson died"
    # (the parse may make a new part after "among them" an object or an adverb of the verb;
    # "among them the mother" names one counted before)
    new = start > at.lo and doc[start - 1].lower_ == "them" and doc[start].lower_ in ("a", "an")
    part = tok.dep_ in ("pobj", "conj") or new
    whole = part_casualty(doc, start, at.lo, at.hi) if part else None
    if whole is not None:
        # "seven had died, including the village imam": one victim named as a part
        return start, whole, figure_of(whole), conf
    return _of_phrase(tok, start, conf)


def _past_relatives(at: At) -> Token | None:
    """The casualty word right after the relatives listed after one victim: "a woman and
    her grandson died", "My uncle Jamal, his wife and their three daughters are gone"."""
    doc, hi = at.doc, at.hi
    listed = relatives_after(doc, at.tok, hi)
    if listed is None:
        return None
    k = listed[0]
    gone = doc[k : k + 3]  # "... are gone." said of the dead a relative lists
    if len(gone) == 3 and gone[0].lower_ in ("are", "were") and gone[1].lower_ == "gone":
        return gone[1] if gone[2].text in (".", "!", ";") else None
    return right_casualty(doc, k, hi)


def _verb_before(at: At, start: int) -> tuple[Token, str] | None:
    """'gunmen shot dead a civilian', 'killing a soldier': the verb right before the phrase.

    Whatever the parser attached the verb to.
    """
    if start > at.lo and at.tok.pos_ == "NOUN":
        prev = at.doc[start - 1]
        fig = casualty(prev, fuzzy=True)
        if fig is None and prev.dep_ == "conj" and _shares_object(prev.head):
            prev = prev.head  # "arrested and charged a 31-year-old man"
            fig = casualty(prev)
        if (
            fig is not None
            and prev.pos_ in ("VERB", "ADJ")
            and prev.lower_ not in ("injured", "wounded")
        ):
            return prev, fig
    return None


def _shares_object(verb: Token) -> bool:
    """A verb of detention or killing with no object of its own, joined to the next verb
    whose object it shares ("detained and questioned a driver")."""
    return verb.pos_ == "VERB" and not any(c.dep_ in ("dobj", "prt") for c in verb.children)


def _of_phrase(tok: Token, start: int, conf: float) -> Single | None:
    """'the fatal shooting of a teenager', 'the death of an 11-year-old boy'."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        noun = tok.head.head
        if noun.lower_ in OF_NOUNS or mourned_loss(noun):
            # "the arrest of a supplier" is one arrest, "the death of a boy" one death.
            return start, noun, OF_NOUNS.get(noun.lower_, "killed"), conf
        if noun.lower_ == "shooting":
            doc = tok.doc
            fatal = any(
                c.lower_ in ("fatal", "deadly", "death") for c in (*noun.children, noun.head)
            ) or (noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "death")
            return start, noun, "killed" if fatal else "injured", conf - 0.05
    return None
