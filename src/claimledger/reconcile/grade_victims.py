"""Competing characterisations of those harmed, read from the parse (issue 13, item 5).

A monitor discounts the harm when those harmed were combatants, and calls it contested
when parties give competing accounts. "The army said the dead were fighters killed in a
clash; the militia said civilians were shot at a checkpoint" is no discounting: two parties
say different things of who was harmed. This reader asks, for every speaker of the text
(the subject of a verb of saying, ``grade_accounts``, who a clause is "according to", or
the owner of an account: "the militia's account"), what its own words call those harmed:

* **combatants** (militants, fighters, gunmen, insurgents, ...) or **civilians** (the
  casualty lexicon's civilian nouns and kin, and trades: families, children, farmers,
  passengers, bakers, ...); a place said to keep civilian goods ("the building stored
  flour", "a grain store") holds civilians;
* only where the words say who was harmed: the one killed, wounded, shot or hit ("fighters
  were killed", "the strike killed only militants", "civilians died", "civilians shot at a
  checkpoint", "the deaths of three civilians"), what they were ("the dead were civilians",
  "all on board were farmers"), what they are named as ("described them as fighters"), who
  the place hit held ("the car was carrying fighters", "only militants were in the
  building"); not the doer ("militants fired a mortar"), not what was aimed at ("targeting
  militants"), not what is denied ("there were no militants in the building");
* an account that names both (two fighters and a civilian) characterises no one.

Two characterisations **compete** when two speakers give them, one combatants and the other
civilians, at least one of them a party (a side's word names it: an army, a coalition, a
militia) and not both of one side ("the military" and "the army's forces" are one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimledger.extract.numbers.lexicon import CIVILIAN, KIN_MANY, KIN_RELATIVES
from claimledger.reconcile.grade_accounts import SAYING, own_words, side_of, speaker_of
from claimledger.reconcile.grade_tokens import Tok, tokens_of
from claimledger.records import ParsedSentence

# Those who fight (lemmas); soldiers and police are not in it: "soldiers were killed" is no
# one's claim that the dead were combatants rather than civilians.
COMBATANT = frozenset(
    {"militant", "fighter", "combatant", "gunman", "insurgent", "terrorist", "jihadist",
     "operative", "guerrilla", "militiaman", "extremist"}
)  # fmt: skip
# Those who do not fight: the lexicon's civilian nouns, kin and trades ("the dead were
# bakers", "his sons").
_CIVILIAN = (
    frozenset(CIVILIAN)
    | KIN_RELATIVES
    | KIN_MANY
    | frozenset(
        {"civilian", "family", "child", "worker", "labourer", "laborer", "trader", "vendor",
         "merchant", "shopkeeper", "baker", "driver", "engineer", "mechanic", "herder",
         "farmhand", "builder", "carpenter", "tailor", "butcher", "porter", "miller"}
    )
)  # fmt: skip
# What a civilian place keeps ("the building stored flour", "a grain store"): its people
# are civilians in that account.
_GOODS = frozenset(
    {"flour", "grain", "wheat", "food", "bread", "rice", "fodder", "seed", "fertiliser",
     "fertilizer", "furniture", "clothing", "clothes", "textile", "medicine"}
)  # fmt: skip
_CLASS_WORDS = COMBATANT | _CIVILIAN | _GOODS
_KEEPING = frozenset({"store", "keep", "hold", "contain", "sell", "distribute", "house"})
_STORES = frozenset({"store", "warehouse", "depot", "mill", "shop", "storehouse", "silo"})
# What is done to those harmed (lemmas): not "target" (what a party aimed at).
_HARMED = frozenset({"kill", "wound", "injure", "shoot", "hit", "strike", "die", "maim", "bury"})
_NONE = frozenset({"no", "neither", "none"})
_HARM_NOUNS = frozenset(
    {"death", "killing", "murder", "massacre", "execution", "wounding", "shooting", "injury"}
)
# What held those harmed ("the car was carrying fighters", "a house sheltering families").
_HELD = frozenset({"carry", "transport", "house", "shelter", "harbour", "harbor", "hide"})
# Where they were ("only militants were in the building").
_WHERE = frozenset({"in", "inside", "at", "on", "aboard"})


@dataclass(frozen=True)
class Characterisation:
    """What one speaker calls those harmed."""

    speaker: str  # the speaker's words, lowered
    sides: frozenset[str]  # the speaker's side ("state", "nonstate", ...) when it names one
    kind: str  # "combatants" | "civilians"
    cue: str
    sentence: str


def _class_of(t: Tok) -> str | None:
    lemma = t.lemma_.lower()
    if lemma in COMBATANT or t.lower_ in COMBATANT:
        return "combatants"
    if lemma in _CIVILIAN or t.lower_ in _CIVILIAN:
        return "civilians"
    return None


def _of_the_harmed(t: Tok) -> bool:
    """A noun in a place that says who was harmed (module docstring)."""
    if t.pos_ not in ("NOUN", "PROPN") or any(c.lower_ in _NONE for c in t.children):
        return False
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _HARMED for c in t.children):
        return True  # "civilians shot at a checkpoint", "fighters who died in a clash"
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    up = t.head
    lemma = up.lemma_.lower()
    if any(c.dep_ == "neg" for c in up.children):
        return False
    if t.dep_ in ("nsubjpass", "dobj") and lemma in _HARMED:
        return True
    if t.dep_ == "dobj" and lemma in _HELD:
        return True
    if t.dep_ == "nsubj" and lemma == "be" and any(c.lower_ in _WHERE for c in up.children):
        return True
    if t.dep_ == "nsubj" and lemma in ("die", "perish"):
        return True
    if t.dep_ == "nsubj" and lemma in _HARMED and any(c.lower_ == "as" for c in up.children):
        return True  # "described the dead as civilians shot at ...", parsed as a clause
    if t.dep_ == "pobj" and up.lower_ == "of" and up.head.lemma_.lower() in _HARM_NOUNS:
        return True  # "the deaths of three civilians"
    if t.dep_ in ("attr", "oprd") and (lemma == "be" or lemma in SAYING):
        return True
    if t.dep_ == "appos" and up.lemma_.lower() in _ACCOUNT_NOUNS:
        return True  # "the army's version, fighters ..."
    return t.dep_ == "pobj" and up.lower_ == "as" and up.head is not up


def _civil_goods(t: Tok) -> bool:
    """Goods a civilian place keeps, said of the place ("stored flour", "a flour store")."""
    if t.lemma_.lower() not in _GOODS or any(c.lower_ in _NONE for c in t.children):
        return False
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _KEEPING for c in t.children):
        return True  # "stored flour" (the parser's "the building stored flour" too)
    up = t.head.lemma_.lower()
    if t.dep_ == "dobj":
        return up in _KEEPING and not any(c.dep_ == "neg" for c in t.head.children)
    return t.dep_ in ("compound", "nmod", "amod") and up in _STORES


def _characterised(words: Sequence[Tok]) -> tuple[str, str] | None:
    """The one class the words give those harmed, and its word (None: none, or both)."""
    found = {(k, t.lower_) for t in words if (k := _class_of(t)) and _of_the_harmed(t)}
    found |= {("civilians", t.lower_) for t in words if _civil_goods(t)}
    kinds = {k for k, _ in found}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    return kind, min(w for k, w in found if k == kind)


# Nouns of what a party says ("the army's version", "the militia's account of ...").
_ACCOUNT_NOUNS = frozenset({"account", "version", "claim", "statement", "narrative", "story"})


def _owned_account(noun: Tok) -> tuple[str, frozenset[str], str, str] | None:
    """A party's account named as a noun with its owner ("the militia's account of civilians
    shot at a checkpoint", "the army's version, fighters killed in a clash"): the owner, its
    side, and the class the account's words give those harmed."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _ACCOUNT_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON":
        return None
    named = owner.subtree
    sides = frozenset(s for t in named if (s := side_of(t)))
    ids = {t.i for t in named}
    said = _characterised([t for t in noun.subtree if t.i not in ids and t is not noun])
    if not sides or said is None:
        return None
    speaker = " ".join(t.lower_ for t in named if t.pos_ not in ("DET", "PART"))
    return speaker, sides, said[0], said[1]


def characterisations(parsed: Sequence[ParsedSentence]) -> list[Characterisation]:
    """Every speaker's characterisation of those harmed, in text order."""
    out: list[Characterisation] = []
    last: tuple[str, frozenset[str]] | None = None  # the last speaker named ("it said")
    for p in parsed:
        if not any(t.lemma in SAYING or t.lower == "according" for t in p.tokens):
            continue
        if not any(t.lemma in _CLASS_WORDS or t.lower in _CLASS_WORDS for t in p.tokens):
            continue
        for verb in tokens_of(p):
            owned = _owned_account(verb)
            if owned is not None:
                out.append(Characterisation(*owned, p.text))
                continue
            if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
                continue
            if verb.lemma_ not in SAYING and not any(
                c.lower_ == "according" for c in verb.children
            ):
                continue  # a verb of saying, or any verb "according to" someone
            subj = speaker_of(verb)
            if subj is None and verb.dep_ == "acl" and verb.lemma_ in SAYING:
                subj = verb.head  # "a statement from X spoke of ..."
            if subj is None:
                continue
            said = _characterised(own_words(verb, subj))
            if subj.pos_ != "PRON":
                # the speaker's words, not the clause it heads ("a statement ... spoke of X")
                named = [t for t in subj.subtree if t.i < verb.i or verb not in subj.subtree]
                speaker = " ".join(t.lower_ for t in named if t.pos_ != "DET")
                last = speaker, frozenset(s for t in named if (s := side_of(t)))
            if said is not None and last is not None:
                out.append(Characterisation(*last, said[0], said[1], p.text))
    return out


def _compete(a: Characterisation, b: Characterisation) -> bool:
    """Two speakers, one a party (a side's word names it), not of one side, give opposite
    characterisations ("most sources" and "other sources" are no parties)."""
    if a.kind == b.kind or a.speaker in b.speaker or b.speaker in a.speaker:
        return False
    return bool(a.sides | b.sides) and not (a.sides & b.sides)


def victims_reason(parsed: Sequence[ParsedSentence]) -> str | None:
    """The reason of a dispute over who was harmed (``grade.read_cues``), if any (only a
    text that names combatants somewhere is read: most name none)."""
    if not any(t.lemma in COMBATANT or t.lower in COMBATANT for p in parsed for t in p.tokens):
        return None
    said = characterisations(parsed)
    for i, a in enumerate(said):
        for b in said[i + 1 :]:
            if _compete(a, b):
                one, two = (a, b) if a.kind == "combatants" else (b, a)
                return (
                    f"who was harmed: {one.speaker} [{one.cue}] “{' '.join(one.sentence.split())[:100]}”; "
                    f"{two.speaker} [{two.cue}] “{' '.join(two.sentence.split())[:100]}”"
                )
    return None
