"""Competing accounts of the harm, read from the parse: two speakers, two causes.

A monitor calls an incident contested when the harm is "also attributed to others":
one speaker says how the people died, another speaker says something that cannot
also be true ("His family said he was shot from a helicopter; police said he died in
a crossfire between two gangs"). The dispute reader (``grade_dispute.py``) finds this
through the parties it can name; this reader asks only the general question, for
every speaker of the text:

* an **account** is what one speaker says (the subject of a verb of saying or
  blaming, or the object of "according to") about the cause of the harm: the words of
  the verb's clause, less the speaker and less the clauses of other speakers;
* it is an **attack** when its words name a weapon or an act of war ("fired on",
  "shot", "a drone", "a warship", "an air strike", "shelling"), and a **cause that is
  no attack** when they name one ("a mine", "a crossfire between gangs", "the boiler
  exploded", "a stray bullet", "drowned", "an accident", "a misfire"): a cause
  wins over the attack words around it ("the boat struck a mine");
* an attack's **side** is the side of who did it (the agents, owners and the place it
  came from; not its target): the state (an army, a navy, aircraft with no owner named)
  or an armed group (rebels, a militia, a car bomb);
* two accounts **compete** when two different speakers give them and one is an attack
  and the other a cause that is no attack, or both are attacks by opposite sides.

Words only; every account's speaker and words are read from the dependency parse.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimledger.reconcile.grade_tokens import Tok, tokens_of
from claimledger.reconcile.grade_words import (
    AIR,
    ARMS_OF_WAR,
    ATTACK,
    COALITION,
    COMMON_DOERS,
    GROUP_WEAPON,
    NONSTATE,
    SENSE,
    STATE,
    STORED,
    WEAPON,
)
from claimledger.records import ParsedSentence
from claimledger.resources.demonyms import state_words

_COUNTRY_WORDS = frozenset(state_words())

# Verbs whose subject gives an account of the harm.
SAYING = frozenset(
    {
        "say", "tell", "insist", "maintain", "claim", "state", "allege", "describe", "suggest",
        "speak", "argue", "assert", "contend", "explain", "blame", "accuse", "attribute",
        "call", "believe", "counter", "reply", "respond", "report", "add",
    }
)  # fmt: skip
# Weapons a crime report or a blast of stored arms names too ("gunfire", "a round", "an
# explosive device", "munitions"; an IED names its side, ``_side``).
_NOT_OF_WAR = frozenset({"fire", "gunfire", "round", "device", "battery", "ied", "munition"})
# Weapons of war: an attack account names one or the side that did it.
WAR_WEAPONS = (WEAPON - _NOT_OF_WAR) | ARMS_OF_WAR | frozenset({"air", "navy", "bombard"})
# The detector's attack verbs that name an operation or a cause rather than the blow
# ("conducted", "carried out", "caused", "planted").
_NOT_THE_BLOW = frozenset(
    {
        "conduct",
        "carry",
        "operate",
        "mine",
        "drop",
        "cause",
        "plant",
        "involve",
        "fly",
        "deploy",
        "rig",
    }
)
# Words of an attack: weapons of war (not the place or the tank they come from), the blow, and
# arms and acts of war the detector reads otherwise.
ATTACK_WORDS = (
    (ATTACK - _NOT_THE_BLOW)
    | (WAR_WEAPONS - {"air", "tank"})
    | frozenset({"gunfire", "patrol", "booby", "execute"})
)


def _war_weapon(t: Tok) -> bool:
    """A weapon of war named as a noun (not "striking" a juvenile)."""
    return t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in WAR_WEAPONS


# Causes that are no party's attack (lemmas); a building's own failure too ("structural
# damage", "subsidence", "disrepair").
CAUSES = frozenset(
    {
        "mine", "landmine", "crossfire", "accident", "boiler", "cylinder", "leak", "valve",
        "wiring", "circuit", "misfire", "malfunction", "drown", "storm", "celebration",
        "unexploded", "stray", "fault", "gang", "explode", "blow", "detonate", "catch",
        "store", "assemble", "handle", "play", "tamper", "prematurely", "premature",
        "accidentally", "accidental",
        "feud", "vendetta", "robbery", "robber", "bandit", "criminal", "clan", "overturn",
        "structural", "subsidence", "earthquake", "disrepair", "dilapidated", "generator",
    }
)  # fmt: skip
# "explode", "blow up", "detonate" are a cause only for what went off by itself (not "a
# missile exploded", not "the building exploded" after a strike): a store, a tank, a device
# or munitions kept or handled there.
_GOES_OFF = frozenset({"explode", "blow", "detonate", "catch"})
# The state's words that also name civil bodies ("police", "a security guard", "the
# authorities", "the health ministry"): no doer of an attack of war here.
_CIVIL = frozenset(
    {"police", "gendarmerie", "guard", "authority", "ministry", "command", "defence", "defense"}
)
_STATE = (STATE - _CIVIL) | (AIR - {"bombardment"}) | frozenset({"force", "warship", "gunboat"})
# Names of particular groups ("Jihad" is a man's name too), an army's battalion and the
# political opposition: no kind of side to this reader.
_NAMED = frozenset(
    {"hamas", "hezbollah", "taliban", "shabaab", "isis", "isil", "jihad", "battalion", "opposition"}
)
_NONSTATE = (NONSTATE - COMMON_DOERS - _NAMED) | frozenset({"gunman", "ied"})
# Where an attack's side is not read: its target ("fired on their boat", "struck Hamas").
_TARGET_DEPS = frozenset({"dobj", "nsubjpass"})
_TARGET_PREPS = frozenset({"on", "at", "against", "into", "near"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "this", "that"})


@dataclass(frozen=True)
class Account:
    """One speaker's account of the harm."""

    speaker: str  # the speaker's words, lowered
    kind: str  # "attack" | "cause"
    sides: frozenset[str]  # of an attack: "state" / "nonstate"
    cue: str  # the word that made it so
    sentence: str


def _speaker(verb: Tok) -> Tok | None:
    """The subject of a verb of saying (of the verb it is coordinated with when it has none:
    "denied it and said ..."), or the object of its "according to"."""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        for c in v.children:
            if c.dep_ == "nsubj":
                return c
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "according":
            for to in c.children:
                for o in to.children:
                    if o.dep_ == "pobj":
                        return o
        if c.dep_ == "agent" and verb.dep_ == "acl":  # "the airstrike described by residents"
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def _own_words(verb: Tok, skip: Tok) -> list[Tok]:
    """The words of a verb's clause, less ``skip`` (its speaker) and the clauses below it
    that have a speaker of their own."""
    out: list[Tok] = []
    todo = [c for c in verb.children if c is not skip]
    while todo:
        t = todo.pop()
        if t.lemma_ in SAYING and t.pos_ == "VERB" and _speaker(t) is not None:
            continue
        if t.dep_ == "prep" and t.lower_ == "according":
            continue
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in t.children):
            # "its soldiers had not opened fire": a denial, no account (what it adds is one)
            todo.extend(c for c in t.children if c.dep_ == "conj")
            continue
        out.append(t)
        todo.extend(t.children)
    return sorted(out, key=lambda t: t.i)


_WENT_OFF = frozenset(
    {
        "workshop", "store", "depot", "cache", "stockpile", "tank", "cylinder", "boiler",
        "generator", "ammunition", "munition", "explosive", "fuel", "gas", "device", "tanker",
    }
)  # fmt: skip


def _cut_off_content(verb: Tok) -> list[Tok]:
    """What a verb of saying says when the parser hung it after a semicolon on the next
    speaker's verb ("The agency said the rebels fired the shell; the rebels' spokesman
    accused ..."; ``grade_tokens`` makes it a root of its own): the next root's words before
    a semicolon (the caller asks only when the verb has no clause or object of its own)."""
    for t in verb.sent[verb.i + 1 :]:
        if t.text == ";":
            return []
        if t.head is t and t.pos_ in ("VERB", "AUX"):
            return t.subtree
    return []


def _goes_off_by_itself(tok: Tok) -> bool:
    """An "exploded" / "blew up" whose subject (or its antecedent: "explosives, which
    detonated") is a store, a tank or munitions."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ == "PRON" and tok.dep_ == "relcl":
        subj = tok.head
    return subj is not None and subj.lemma_.lower() in _WENT_OFF


_KEPT = frozenset({"store", "assemble", "handle", "play", "tamper"})
# What is kept or handled that may go off by itself: arms, fuel, a bomb.
_ARMS_KEPT = STORED | _WENT_OFF | WEAPON | ARMS_OF_WAR


def _kept_arms(verb: Tok) -> bool:
    """ "stored", "assembling", "handling" said of arms, fuel or a bomb ("explosives stored by
    militants", "a bomb they were assembling", "had been handling an old grenade"; not "the
    church stored food")."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    things += [verb.head] if verb.dep_ in ("acl", "relcl") else []
    # "were playing with a grenade", "had tampered with a shell"
    things += [
        o for c in verb.children if c.lower_ == "with" for o in c.children if o.dep_ == "pobj"
    ]
    return any(t.lemma_.lower() in _ARMS_KEPT for t in things)


def _stored_arms(word: Tok) -> bool:
    """ "stored" said as an adjective of arms or fuel ("welding equipment set off stored fuel",
    "stored munitions"; not "stored food")."""
    return word.dep_ == "amod" and word.head.lemma_.lower() in _ARMS_KEPT


_BLAST_NOUNS = frozenset({"explosion", "blast", "fire", "blaze", "detonation"})
_STORE_NOUNS = frozenset({"store", "depot", "cache", "stockpile", "warehouse", "dump", "tank"})


def _blast_in(store: Tok) -> bool:
    """A store a blast was in ("an explosion in an illegal fuel store", "the blaze began in
    an arms store"), not one that was hit ("a drone hit a grocery store")."""
    prep = store.head
    if store.dep_ != "pobj" or prep.lower_ not in ("in", "at", "inside", "of"):
        return False
    up = prep.head
    subj = [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")]
    return up.lemma_.lower() in _BLAST_NOUNS or any(c.lemma_.lower() in _BLAST_NOUNS for c in subj)


# The blast or fire whose cause is said ("the blast was caused by stored chemicals").
_EVENT_NOUNS = _BLAST_NOUNS | frozenset({"collapse"})
# Verbs that give an event its cause, and the words of one not known ("an unidentified
# object", "something", "unknown causes").
_CAUSING = frozenset({"cause", "trigger", "spark", "start", "ignite"})
_NOT_KNOWN = frozenset(
    {"unknown", "unidentified", "unclear", "object", "projectile", "something", "what", "impact"}
)


def _caused_by(words: Sequence[Tok]) -> Tok | None:
    """A cause said of a blast or fire that names no attack, whatever it is ("the blast was
    caused by stored chemicals", "a spark from a generator started the fire"): the head of
    the cause, when none of its words is an attack, a weapon, a side or a cause not known."""
    idx = {t.i for t in words}
    for t in words:
        if t.lemma_.lower() not in _CAUSING or t.pos_ != "VERB":
            continue
        deps = ("nsubjpass", "dobj")
        event = [c for c in t.children if c.dep_ in deps and c.lemma_.lower() in _EVENT_NOUNS]
        if not event:
            continue
        passive = any(c.dep_ == "nsubjpass" for c in event)
        by = [o for c in t.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        cause = by if passive else [c for c in t.children if c.dep_ == "nsubj"]
        for c in cause:
            phrase = [w for w in c.subtree if w.i in idx]
            if c.pos_ == "NOUN" and not any(map(_of_an_attack, phrase)):
                return c
    return None


def _of_an_attack(t: Tok) -> bool:
    """A word that makes a cause an attack or leaves it unknown."""
    lemma = t.lemma_.lower()
    return lemma in ATTACK_WORDS | WAR_WEAPONS | _NOT_KNOWN or _side(t) is not None


def _cause(words: Sequence[Tok]) -> Tok | None:
    """The first word of a cause that is no attack."""
    framed = _caused_by(words)
    if framed is not None:
        return framed
    for t in words:
        lemma = t.lemma_.lower()
        if t.pos_ == "NOUN" and lemma in _STORE_NOUNS:
            if _blast_in(t):
                return t
            continue
        if lemma in _KEPT and not (t.pos_ == "VERB" and _kept_arms(t)) and not _stored_arms(t):
            continue
        if lemma == "gas" and t.dep_ == "compound" and t.head.lemma_ in _EVENT_NOUNS | {"leak"}:
            return t  # "a gas explosion", "a gas leak" (not "tear gas")
        went_off = lemma not in _GOES_OFF or _goes_off_by_itself(t)
        if lemma in CAUSES and went_off and t.pos_ in ("NOUN", "VERB", "ADJ", "PROPN", "ADV"):
            return t
    return None


# Verbs whose object is the evidence of the cause, not its target ("said they found remnants
# of a car bomb", "said footage showed an army drone", "heard a plane").
_EVIDENCE = SENSE | frozenset({"find", "recover", "identify", "indicate", "document", "record"})


def _in_target(t: Tok, words: set[int]) -> bool:
    """A word inside the target of the attack: the object of a verb other than one of saying
    or of finding or showing, or the object of "on" / "at"."""
    w = t
    while w.i in words:
        if w.dep_ in _TARGET_DEPS and w.head.lemma_ not in SAYING | _EVIDENCE:
            return True
        if w.dep_ == "pobj" and w.head.lower_ in _TARGET_PREPS:
            return True
        if w.head is w:
            break
        w = w.head
    return False


def _side(t: Tok) -> str | None:
    """The side a word names (a name's plural too: "the Eastern Brigades"; a country's
    word: "a Syrian jet"; an armed group's weapon: "a car bomb", "a roadside bomb")."""
    lemma = t.lemma_.lower()
    if lemma.endswith("s") and lemma[:-1] in COALITION | _STATE | _NONSTATE:
        lemma = lemma[:-1]
    if t.text in _COUNTRY_WORDS:
        return "state"
    if lemma == "front" and not t.text[:1].isupper():
        return None  # "by the front door": a Front is named with a capital
    if lemma in GROUP_WEAPON and t.dep_ in ("compound", "amod") and t.head.lemma_ in WEAPON:
        return "nonstate"
    if lemma in COALITION:
        return "coalition"
    if lemma in _STATE:
        return "state"
    return "nonstate" if lemma in _NONSTATE else None


# A side word's phrase: through its modifiers up to the noun it names.
_MODIFIER = frozenset({"compound", "amod", "poss", "nmod", "conj", "appos", "npadvmod"})


def _doer(t: Tok, words: set[int]) -> bool:
    """A side word that names who did it: in a weapon's phrase ("rebel mortars", "an army
    sniper", "a militia drone"), the subject of an attack ("soldiers opened fire"), a "by" or
    "from" ("fired by government air defences", "came from army positions"), or what a blame
    verb blames ("blamed the army"); not the target ("struck rebel fighters")."""
    h = t
    while h.dep_ in _MODIFIER and h.head is not h and h.head.i in words:
        if h.dep_ == "conj" and h.head.pos_ not in ("NOUN", "PROPN"):
            break
        h = h.head
    if _in_target(h, words):
        return False
    if h.lemma_.lower() in ATTACK_WORDS:
        return True
    up = h.head
    if h.dep_ == "nsubj":
        return up.lemma_.lower() in ATTACK_WORDS | _HARMING
    if h.dep_ == "pobj":  # "fired by X", "came from X", "attributed to X", "blamed it on X"
        blamed = up.lower_ in ("of", "on") and up.head.lemma_ in _BLAME
        return up.lower_ in ("by", "from", "to") or blamed
    return h.dep_ == "dobj" and up.lemma_ in _BLAME


_HARMING = frozenset({"kill", "injure", "wound", "hit", "plant", "lay", "drop", "cause", "open"})
_BLAME = frozenset({"blame", "accuse", "attribute", "hold"})


def _named_first(words: Sequence[Tok]) -> frozenset[str]:
    """The sides the words name; a weapon of the air is a state's only when no one else is
    named ("a militia drone" is the militia's)."""
    named: set[str] = set()
    air: set[str] = set()
    for t in words:
        side = _side(t)
        if side is not None:
            (air if t.lemma_.lower() in AIR else named).add(side)
    return frozenset(named or air)


def _sides(words: Sequence[Tok]) -> frozenset[str]:
    """The sides of who did it (``_doer``)."""
    idx = {t.i for t in words}
    return _named_first([t for t in words if _side(t) is not None and _doer(t, idx)])


def _account(verb: Tok, subj: Tok, sentence: str) -> Account | None:
    """The account a verb of saying gives, ``subj`` its speaker (``_speaker``)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    words = _own_words(verb, subj)
    if verb.dep_ == "acl" and subj.head.dep_ == "agent":  # "the airstrike described by X"
        words += [verb.head, *(c for c in verb.head.children if c.i < verb.head.i)]
    if not any(w.head is verb and w.dep_ in ("ccomp", "xcomp", "dobj") for w in words):
        words += _cut_off_content(verb)
    speaker = " ".join(t.lower_ for t in subj.subtree if t.pos_ != "DET")
    cause = _cause(words)
    if cause is not None:
        return Account(speaker, "cause", frozenset(), cause.lower_, sentence)
    attack = next((t for t in words if t.lemma_.lower() in ATTACK_WORDS), None)
    if attack is None and verb.lemma_ in ("blame", "accuse", "attribute"):
        attack = verb  # "the government blamed the rebels": blame is for an attack
    sides = _sides(words) if verb.lemma_ not in ("blame", "accuse") else _blamed(verb)
    if attack is None and sides:  # "the blast came from army positions"
        attack = verb
    # an act of war: a weapon of war or a side named as the doer ("a gunman shot him" in a
    # crime report, or "police said he was shot", is no account of an attack of war)
    if attack is None or not (sides or any(_war_weapon(t) for t in words)):
        return None
    return Account(speaker, "attack", sides, attack.lower_, sentence)


def _blamed(verb: Tok) -> frozenset[str]:
    """The sides of whom a blame verb blames (its object and what is "to" it)."""
    words = [w for c in verb.children if c.dep_ in ("dobj", "prep") for w in c.subtree]
    return _sides(words)


_GAPPED_VERBS = frozenset({"speak", "blame", "point", "cite", "accuse", "attribute", "say", "name"})


def _phrase_account(speaker: str, words: Sequence[Tok], verb: Tok, sentence: str) -> Account | None:
    cause = _cause(words)
    if cause is not None:
        return Account(speaker, "cause", frozenset(), cause.lower_, sentence)
    sides = _named_first(words)
    if not sides and not any(_war_weapon(t) for t in words):
        return None
    return Account(speaker, "attack", sides, verb.lower_, sentence)


def _gapped(verb: Tok, subj: Tok, sentence: str) -> list[Account]:
    """Two accounts of one verb, the second with the verb left out ("the government spoke of
    a rebel drone, the rebels of a government missile"; "some blamed the militia, others a
    coalition airstrike"): after a comma that ends the sentence's first object, a speaker and
    a phrase with no verb of their own."""
    if verb.lemma_ not in _GAPPED_VERBS:
        return []
    toks = verb.sent
    comma = next((t.i for t in toks[verb.i + 1 :] if t.text in (",", ";")), None)
    if comma is None or not any(
        c.dep_ in ("dobj", "prep", "dative", "ccomp") and verb.i < c.i < comma
        for c in verb.children
    ):
        return []  # the verb's own object comes first ("spoke of X, ...", "blamed X, ...")
    tail = [t for t in toks[comma + 1 :] if t.pos_ != "PUNCT"]
    if len(tail) < 3 or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "acl" for t in tail):
        return []
    head = next((k for k, t in enumerate(tail) if t.pos_ in ("NOUN", "PROPN", "PRON", "ADJ")), None)
    if head is None or head >= 2:
        return []
    while head + 1 < len(tail) and tail[head + 1].pos_ in ("NOUN", "PROPN"):
        head += 1  # the speaker's name: "the Harl Brigade of an army drone"
    rest = tail[head + 1 :]
    if rest and rest[0].lower_ == "of":
        rest = rest[1:]
    first = [t for t in toks[verb.i + 1 : comma] if t.pos_ != "PUNCT"]
    if not rest or not first:
        return []
    other = " ".join(t.lower_ for t in tail[: head + 1] if t.pos_ != "DET")
    mine = " ".join(t.lower_ for t in subj.subtree if t.i < verb.i and t.pos_ != "DET")
    pair = [
        _phrase_account(mine, first, verb, sentence),
        _phrase_account(other, rest, verb, sentence),
    ]
    return [a for a in pair if a is not None] if all(pair) else []


# What a witness heard or saw is an account too ("Witnesses heard a plane before the blast,
# but the civil defence said a generator fire caused it"), and what one points to, names,
# traces, cites, records or puts the deaths down to, or concludes ("relatives pointed to
# soldiers", "Residents recorded the sound of a jet").
_TELLING = SAYING | frozenset(
    {"hear", "see", "witness", "point", "conclude", "name", "trace", "link", "put", "cite",
     "record", "film"}
)  # fmt: skip


def accounts(parsed: Sequence[ParsedSentence]) -> list[Account]:
    """Every speaker's account of the harm in the parsed sentences, in text order."""
    out: list[Account] = []
    last = ""
    for p in parsed:
        if not any(t.lemma in _TELLING for t in p.tokens):
            continue
        for tok in tokens_of(p):
            if tok.lemma_ not in _TELLING or tok.pos_ not in ("VERB", "AUX"):
                continue
            subj = _speaker(tok)
            if subj is None:
                continue
            gapped = _gapped(tok, subj, p.text)
            if gapped:
                out += gapped
                continue
            acc = _account(tok, subj, p.text)
            if acc is None:
                continue
            if acc.speaker in _PRONOUNS and last:  # "it said": the last speaker named
                acc = Account(last, acc.kind, acc.sides, acc.cue, acc.sentence)
            elif acc.speaker not in _PRONOUNS:
                last = acc.speaker
            out.append(acc)
    return out


# The readers of a speaker's words, for the reader of who was harmed (``grade_victims``).
speaker_of = _speaker
own_words = _own_words
side_of = _side


def _compete(a: Account, b: Account) -> bool:
    if a.speaker == b.speaker or a.speaker in b.speaker or b.speaker in a.speaker:
        return False
    if a.kind != b.kind:
        return True
    return a.kind == "attack" and bool(a.sides) and bool(b.sides) and not (a.sides & b.sides)


def competing(parsed: Sequence[ParsedSentence]) -> tuple[Account, Account] | None:
    """The first two accounts of different speakers that cannot both be true, if any."""
    accs = accounts(parsed)
    for i, a in enumerate(accs):
        for b in accs[i + 1 :]:
            if _compete(a, b):
                return a, b
    return None


def _said(a: Account) -> str:
    what = a.kind if not a.sides else f"{a.kind} by {'/'.join(sorted(a.sides))}"
    return f"{a.speaker}: {what} [{a.cue}] “{' '.join(a.sentence.split())[:100]}”"


def competing_reason(parsed: Sequence[ParsedSentence]) -> str | None:
    """The reason of a dispute of competing accounts (``grade.read_cues``), if any."""
    pair = competing(parsed)
    if pair is None:
        return None
    return f"competing accounts: {_said(pair[0])}; {_said(pair[1])}"
