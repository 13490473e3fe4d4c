"""Who a phrase names, read from the parse: the parties of the contested detector.

``party_of`` gives the side (state, non-state, coalition) and country a noun
names -- itself, its owner ("the army's artillery"), the party a spokesman
speaks for ("a spokesman for the coalition"), the speaker for a pronoun ("its
aircraft"); the helpers find a verb's subject, its agent and the speaker a
word is said under ("X said ...", "according to X", "quoted X as saying").
Used by ``reconcile/grade_dispute.py``; the words are ``grade_tokens.Tok`` (plain records,
no spaCy object).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from claimledger.reconcile.grade_tokens import Tok
from claimledger.reconcile.grade_words import (
    AIR,
    ATTACK,
    COALITION,
    GROUP_WEAPON,
    NONE_WORDS,
    NONSTATE,
    ORIGIN,
    PRONOUN_PARTY,
    REPORT,
    SPOKES,
    STATE,
    WEAPON,
)
from claimledger.records import ParsedSentence
from claimledger.resources.demonyms import state_words

_STATE_WORDS = state_words()
_COUNTRIES = frozenset(_STATE_WORDS.values())


@dataclass(frozen=True)
class Party:
    """A side in the conflict as the text names it."""

    side: str | None  # state | nonstate | coalition | None (only a country is known)
    country: str | None  # "Israel", when the text names it
    text: str  # the words that named it
    name: str = ""  # a group's proper name, lower case ("horvat legion"), when it has one
    guessed: bool = False  # the side guessed from a weapon of the air ("an airstrike")

    def conflicts(self, other: Party) -> bool:
        """Two parties are different belligerents: their sides or countries differ, or they
        are armed groups named by names that share no word ("the Horvat Legion" and "the
        Sable Front"; not "the Sable Front" and "the Front")."""
        if self.side and other.side and self.side != other.side:
            # "an airstrike" (a state's, guessed) and "the coalition's aircraft" may be one
            guess = (self.guessed or other.guessed) and {self.side, other.side} == {
                "state",
                "coalition",
            }
            return not guess
        if self.country and other.country and self.country != other.country:
            return True
        # names tell armed groups apart, and a group from a weapon named by a proper noun
        # ("a Dalmiri shell" against "a Front rocket")
        named = {self.side, other.side} <= {"nonstate", None} and self.name and other.name
        if named:
            return not set(self.name.split()) & set(other.name.split())
        # a group known by its name alone ("the Eastern Shield") against a state's own words
        # ("the air force", "government troops"; not an airstrike guessed to be a state's)
        for a, b in ((self, other), (other, self)):
            if a.side == "state" and not a.guessed and b.side is None and b.name and not b.country:
                return not set(a.name.split()) & set(b.name.split())
        return False


@dataclass(frozen=True)
class Finding:
    """One reading of a sentence of the contested detector (``grade_dispute.py``): a party
    given the harm, a party's denial, a cause that is no attack, accounts said to conflict."""

    # "assign" | "deny" | "cause" (a cause that is no party's attack) | "mutual" (blame
    # traded: "accused each other") | "conflict" (the text says the accounts conflict) |
    # "unknown" / "disputed" (who did it said to be unknown / disputed)
    kind: str
    party: Party
    cue: str  # the word read: the verb, the weapon or the place
    claimant: str | None  # who says so (None: the text itself)
    sentence: str
    unanimous: bool = False  # "all sources attributed it to X": the sources agree
    alternative: bool = False  # one of alternatives the text gives: "either X or Y"


_MADE = frozenset({"make", "manufacture", "supply", "build", "produce", "provide", "design"})


def _words(tok: Tok) -> list[Tok]:
    """A noun's own words: itself and its compound, adjective and possessive modifiers."""
    out = [tok]
    for child in tok.children:
        if child.lemma_.lower() in _MADE:  # "US-made munitions": the maker is no party
            continue
        if child.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod"):
            out.extend(_words(child))
    return out


def _side_of(words: list[Tok]) -> str | None:
    lemmas = {w.lemma_.lower() for w in words} | {w.lower_ for w in words}
    lemmas |= {w.removesuffix("s") for w in lemmas}  # "Brigades" as a name keeps its -s
    if lemmas & COALITION:
        return "coalition"
    if lemmas & NONSTATE or (
        "group" in lemmas and lemmas & {"armed", "militant", "jihadist", "insurgent"}
    ):
        return "nonstate"
    if lemmas & STATE or ("force" in lemmas and len(words) > 1) or "idf" in lemmas:
        return "state"
    return None


def _country_of(words: list[Tok]) -> str | None:
    for w in words:
        if w.text in _STATE_WORDS:
            return _STATE_WORDS[w.text]
    if any(w.lower_ == "idf" for w in words):
        return "Israel"
    return None


def party_of(tok: Tok, claimant: Party | None = None, depth: int = 0) -> Party | None:
    """The party a noun names: itself, its owner ("the army's artillery"), the party a
    spokesman speaks for, or the party a weapon came "by"/"of"; pronouns are the claimant's."""
    if depth > 3:
        return None
    if tok.lower_ in PRONOUN_PARTY:
        return claimant
    if tok.lower_ in ("group", "movement") and all(c.dep_ == "det" for c in tok.children):
        # "the group", said by its commander; else an armed group named before ("the Darsa
        # Front ... though the group insists")
        definite = any(c.lower_ == "the" for c in tok.children)
        return claimant or (Party("nonstate", None, tok.text, "") if definite else None)
    words = _words(tok)
    side, country = _side_of(words), _country_of(words)
    if side or (country and tok.lemma_.lower() in WEAPON | STATE | {"force"}):
        ordered = sorted(words, key=lambda w: w.i)
        name = " ".join(w.lower_ for w in ordered if _named(w))
        return Party(side, country, " ".join(w.text for w in ordered), name)
    for w in words[1:]:  # "its aircraft", "his men": the speaker's
        if w.dep_ == "poss" and w.lower_ in PRONOUN_PARTY | {"his", "her"} and claimant:
            return claimant
    lemma = tok.lemma_.lower()
    if lemma in SPOKES | WEAPON | ORIGIN or tok.dep_ == "nsubj":
        return _party_behind(tok, claimant, depth)
    return None


def _named(w: Tok) -> bool:
    """A word of a group's or weapon's proper name: a proper noun, or a capitalised word inside
    the sentence ("a Front rocket", tagged as an adjective), not a country's word."""
    proper = w.pos_ == "PROPN" or (w.i > 0 and w.text[:1].isupper())
    return proper and w.text not in _STATE_WORDS


def named_party(word: Tok) -> Party | None:
    """A party known by its name alone, when a blame names it ("pointed to the Iron Column",
    "blamed an explosion at an Iron Column arms depot"); not a country's word."""
    words = sorted(_words(word), key=lambda w: w.i)
    text = " ".join(w.text for w in words)
    country = _country_of(words) or next((w.text for w in words if w.text in _COUNTRIES), None)
    if country:  # "accused Israel": a country's name is its state
        return Party("state", country, text, "")
    name = " ".join(w.lower_ for w in words if _named(w))
    return Party(None, None, text, name) if name else None


def weapon_party(word: Tok) -> Party:
    """A weapon named with no party ("attributed the blast to an air raid"): a state's when
    it flies (AIR: "a drone strike"), a group's when it is one of theirs (GROUP_WEAPON: "a
    roadside bomb"), and named by a proper noun when the text gives one ("a
    Dalmiri shell" against "a Front rocket")."""
    words = sorted(_words(word), key=lambda w: w.i)
    lemmas = {w.lemma_.lower() for w in words}
    side = "state" if lemmas & (AIR | {"tank"}) else None  # "a tank firing": an army's
    if side is None and lemmas & GROUP_WEAPON and word.lemma_.lower() in ("bomb", "device", "ied"):
        side = "nonstate"  # "a roadside bomb", "a car bomb": a group's
    name = " ".join(w.lower_ for w in words if _named(w))
    return Party(side, None, word.text, name, guessed=side is not None)


def _party_behind(tok: Tok, claimant: Party | None, depth: int) -> Party | None:
    """The party of a spokesman, weapon or place by its preposition ("a spokesman for the
    army", "shells of the army", "positions of the Front") or by the agent of the verb that
    names it ("a device placed by Legion fighters", "a rocket fired by the Front", "a missile
    fired from a government aircraft")."""
    objs = [
        o
        for child in tok.children
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "by", "from")
        for o in child.children
        if o.dep_ == "pobj"
    ]
    if tok.lemma_.lower() in WEAPON:  # "a rocket fired by the Front"; "a missile fired from
        # a government aircraft", "a shell launched from army positions": where it came from
        by = [
            b
            for v in tok.children
            if v.dep_ == "acl"
            for b in v.children
            if b.dep_ == "agent" or (b.dep_ == "prep" and b.lower_ == "from")
        ]
        objs += [o for b in by for o in b.children if o.dep_ == "pobj"]
    for obj in objs:
        found = party_of(obj, claimant, depth + 1)
        if found:
            return found
    return None


def negated(verb: Tok) -> bool:
    """A verb said not to have happened: "did not fire", "conducted no strike", "none of its
    aircraft operated", "neither X nor Y reported it"."""
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("dobj", "nsubj", "nsubjpass") and (
            child.lower_ in NONE_WORDS
            or any(d.lower_ == "no" and d.dep_ == "det" for d in child.children)
        ):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and any(
            d.lower_ == "neither" and d.dep_ in ("preconj", "det") for d in child.children
        ):
            return True  # "neither the council nor any outlet mentioned it"
    return False


def subject_of(verb: Tok) -> Tok | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return child
    for aux in verb.children:  # the parser sometimes hangs the subject from the auxiliary
        if aux.dep_ in ("aux", "auxpass"):
            found = next((c for c in aux.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if found is not None:
                return found
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        return subject_of(verb.head)
    # "issued a statement rejecting responsibility": the subject of the verb the noun hangs on
    if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "nsubj") and verb.head.head.i != verb.i:
        return subject_of(verb.head.head)
    return None


def agent_of(verb: Tok) -> Tok | None:
    """Who did it: the "by" agent of a passive, else the active subject."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "a helicopter firing on the crowd"
    subj = subject_of(verb)
    if subj is not None and subj.lower_ in NONE_WORDS:
        for child in subj.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((o for o in child.children if o.dep_ == "pobj"), subj)
    return subj


def claimant_of(tok: Tok) -> tuple[Tok | None, Tok | None]:
    """The reporting verb a word is said under and its subject (or "according to X")."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in REPORT and node.pos_ == "VERB":
            subj = subject_of(node)
            if subj is None and node.head.lower_ == "as":  # "quoted X as saying"
                subj = next((c for c in node.head.head.children if c.dep_ == "dobj"), None)
            return node, subj
    sent = tok.sent
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(sent) and sent[t.i + 1].lower_ == "to":
            obj = next((o for o in sent[t.i + 1].children if o.dep_ == "pobj"), None)
            return None, obj
    return None, None


def attack_verb(tok: Tok) -> bool:
    """An attack verb: "fired", "shelled"; "carried out", not "carried"; "opened fire"."""
    lemma = tok.lemma_.lower()
    if lemma == "carry":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    if lemma == "open":
        return any(c.lemma_.lower() == "fire" for c in tok.children)
    if lemma == "set":  # "set off the bomb"
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children)
    return lemma in ATTACK


# The state words a country's name is written before ("the Kessan army", "the Derran defence
# ministry"): a name the demonyms do not know, written so, is a country in that text.
_STATE_HEADS = frozenset(
    {"army", "military", "government", "ministry", "navy", "regime", "troop", "soldier",
     "junta", "command"}
)  # fmt: skip


def state_names(parsed: Sequence[ParsedSentence]) -> frozenset[str]:
    """The proper names a text writes before a state word ("the Kessan army", "Orlan
    government forces"), lower case: the text's own names of states."""
    out = set()
    for p in parsed:
        for i, t in enumerate(p.tokens):
            head = p.tokens[t.head]
            if (
                t.dep in ("compound", "amod", "nmod")
                and t.head > i
                and head.lemma.lower() in _STATE_HEADS
                and t.text[:1].isupper()
                and t.text not in _STATE_WORDS
                and t.lemma.lower() not in NONSTATE | COALITION | STATE
            ):
                out.add(t.lower)
    return frozenset(out)


def as_state(party: Party, names: frozenset[str]) -> Party:
    """A party named by a state's name of the text ("Kessan artillery" beside "the Kessan
    army"): that state's, the name its country."""
    words = party.name.split()
    if not words or party.country or party.side == "nonstate" or not set(words) & names:
        return party
    country = next(w for w in words if w in names)
    return dataclasses.replace(party, side="state", country=country, guessed=False)
