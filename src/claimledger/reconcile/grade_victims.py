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

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimledger.extract.numbers.lexicon import CIVILIAN, KIN_MANY, KIN_RELATIVES
from claimledger.reconcile.grade_accounts import SAYING, own_words, side_of, speaker_of
from claimledger.reconcile.grade_portraits import ARMS, HARMED, Readers, portrait, role_class
from claimledger.reconcile.grade_tokens import Tok, tokens_of
from claimledger.reconcile.grade_words import NONSTATE, WEAPON
from claimledger.records import ParsedSentence

# Those who fight (lemmas); soldiers and police are not in it: "soldiers were killed" is no
# one's claim that the dead were combatants rather than civilians.
COMBATANT = frozenset(
    {"militant", "fighter", "combatant", "gunman", "insurgent", "terrorist", "jihadist",
     "operative", "guerrilla", "militiaman", "extremist", "spotter", "lookout", "infiltrator",
     "saboteur"}
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
_KEEPING = frozenset({"store", "keep", "hold", "contain", "sell", "distribute", "house"})
_STORES = frozenset({"store", "warehouse", "depot", "mill", "shop", "storehouse", "silo"})
# What is done to those harmed (lemmas): not "target" (what a party aimed at).
_HARMED = HARMED
_NONE = frozenset({"no", "neither", "none"})
_HARM_NOUNS = frozenset(
    {"death", "killing", "murder", "massacre", "execution", "wounding", "shooting", "injury"}
)
# What a party aimed at ("targeted fighters"): said of the targets, not of all those harmed.
_AIMED = frozenset({"target", "aim"})
# Those harmed said to be more than the others ("two children were also killed").
_ADDED = frozenset({"also", "too", "among", "including", "besides", "alongside"})
# What held those harmed ("the car was carrying fighters", "a house sheltering families").
_HELD = frozenset(
    {"carry", "transport", "house", "shelter", "harbour", "harbor", "hide", "ferry", "smuggle"}
)
# Where they were ("only militants were in the building", "only families were there").
_WHERE = frozenset({"in", "inside", "at", "on", "aboard", "there", "within"})
# Being or staying where the strike fell ("families were sheltering there").
_STAYING = frozenset(
    {"be", "shelter", "stay", "live", "sleep", "gather", "camp", "hide", "sit", "wait", "work"}
)
# Firing on someone ("fired on", "shot at", "opened fire on").
_FIRED = frozenset({"fire", "shoot", "open"})


@dataclass(frozen=True)
class Characterisation:
    """What one speaker calls those harmed."""

    speaker: str  # the speaker's words, lowered
    sides: frozenset[str]  # the speaker's side ("state", "nonstate", ...) when it names one
    kind: str  # "combatants" | "civilians"
    cue: str
    sentence: str
    how: str = "harm"  # "aim" | "harm" | "identity" | "added" (``_characterised``)


# A modifier that makes its noun fighters ("armed smugglers", "a militant cell", "an armed
# gang"): a combatant word, or "armed" itself.
_ARMED = frozenset({"armed"})
# A modifier that makes its noun civilians ("displaced people", "unarmed men").
_UNARMED = frozenset({"unarmed", "displaced", "civilian", "innocent"})
# Where a civilian works: its staff named by the place ("hospital drivers", "school guards",
# "the bakery's workers") hold a civilian occupation, whatever the trade.
_CIVIL_WORKPLACES = frozenset(
    {"hospital", "clinic", "school", "university", "college", "bakery", "mill", "factory",
     "farm", "market", "shop", "store", "municipality", "council", "charity", "aid",
     "relief", "ambulance", "water", "sanitation", "electricity", "newspaper", "radio",
     "mosque", "church", "orphanage", "kindergarten", "pharmacy", "hotel", "restaurant"}
)  # fmt: skip
# Who works or is kept at a place (the head of "hospital drivers", "school staff").
_STAFF = frozenset(
    {"staff", "employee", "driver", "worker", "guard", "cleaner", "cook", "porter",
     "volunteer", "janitor", "watchman", "caretaker", "technician", "orderly", "pupil",
     "patient", "man", "people", "person"}
)  # fmt: skip


# Small armed units, named by their weapon ("a rocket cell", "a mortar team").
_UNITS = frozenset({"cell", "squad", "team", "unit", "crew", "detachment", "gang", "band"})
# A text without one of these words names no fighters (``victims_reason``).
_FIGHTING = COMBATANT | _ARMED | _UNITS
# ... nor one without arms of war or an armed group, the words a fighter's portrait rests on
# (``grade_portraits``: "a man carrying explosives", "a courier for the rebels"); not the
# words of a crime report ("a gun", "gunfire", "a gang", "a round").
_CRIME_WORDS = frozenset(
    {"fire", "gunfire", "gun", "bullet", "round", "rifle", "device", "battery", "weapon", "arm",
     "tank", "gang", "organisation", "organization", "movement", "front", "faction",
     "opposition"}
)  # fmt: skip
_NAMES_FIGHTING = _FIGHTING | ((ARMS | NONSTATE) - _CRIME_WORDS)
# A sentence without one of these words characterises no one (``characterisations``).
_CLASS_WORDS = (
    COMBATANT | _CIVILIAN | _GOODS | _ARMED | _UNARMED | _STAFF | _UNITS | {"member", "personnel"}
)


# Attacks a relative clause says someone made ("a cell that had fired on troops").
_ATTACKING = frozenset({"fire", "launch", "attack", "shoot", "plant", "ambush", "bomb", "shell"})


def _who_attacked(t: Tok) -> bool:
    """Someone named by an attack of theirs in a relative clause ("a cell that had fired on
    troops", "a man who had opened fire on a patrol", "a youth who threw a petrol bomb":
    ``_threw_arms``); not a state's forces ("soldiers who
    fired on the village" are no one's claim of who was harmed)."""
    if _side(t) == "state":
        return False
    for c in t.children:
        if c.dep_ != "relcl" or any(d.dep_ == "neg" for d in c.children):
            continue
        whom = any(d.dep_ == "nsubj" and d.lower_ in ("who", "that", "which") for d in c.children)
        acts = c.lemma_.lower() in _ATTACKING or (
            c.lemma_.lower() == "open" and any(d.lower_ == "fire" for d in c.children)
        )
        if whom and (acts or _threw_arms(c)):
            return True
    return False


# Verbs of an attack with arms in hand: "a youth who threw a petrol bomb", "who hurled a
# grenade at the patrol"; only with arms ("a boy who threw stones" is no fighter).
_WITH_ARMS = frozenset({"throw", "hurl", "lob", "toss", "detonate", "wield", "brandish"})


def _threw_arms(verb: Tok) -> bool:
    """A relative clause's verb of throwing or wielding whose object is arms."""
    return verb.lemma_.lower() in _WITH_ARMS and any(
        w.lemma_.lower() in ARMS for d in verb.children if d.dep_ == "dobj" for w in d.subtree
    )


def _of_arms(m: Tok) -> bool:
    """A weapon word or a weapon's verb modifying a unit ("rocket", "rocket-launching")."""
    words = [m, *(c for c in m.children if c.dep_ in ("compound", "npadvmod", "dobj"))]
    return any(w.lemma_.lower() in WEAPON or w.lemma_.lower() == "launch" for w in words)


def _trade_in_arms(t: Tok, lemma: str, mods: list[Tok]) -> bool:
    """A trade by its form whose goods are arms ("a bomb maker", "rocket builders", "drone
    assemblers"); a civilian noun keeps its class ("mine workers"), a thing is no trade
    ("rocket launchers")."""
    if lemma in _CIVILIAN or lemma in _NOT_A_TRADE or lemma in ARMS:
        return False
    if not _AGENT_FORM.fullmatch(t.lower_):
        return False
    before = t.sent[t.i - 1] if t.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and before not in mods:
        mods = [*mods, before]  # "a bomb maker" parsed apart
    return any(_of_arms(m) for m in mods)


def _modifiers(t: Tok) -> list[Tok]:
    return [c for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss")]


# Those who serve a group ("a courier for the rebels", "a driver for the militia"): its
# members when the group is armed.
_SERVING = frozenset(
    {"member", "man", "one", "some", "most", "courier", "messenger", "runner", "driver",
     "guard", "bodyguard", "recruit", "commander", "scout", "financier", "recruiter",
     "supplier"}
)  # fmt: skip


def _members_of(t: Tok) -> list[Tok]:
    """ "members of an armed group", "men from a militia", "a courier for the rebels": the
    group they belong to."""
    if t.lemma_.lower() not in _SERVING:
        return []
    preps = [c for c in t.children if c.lower_ in ("of", "from", "for")]
    after = t.sent[t.i + 1] if t.i + 1 < len(t.sent) else None
    if after is not None and after.lower_ == "for" and after not in preps:
        preps.append(after)  # "killed a courier for the rebels", "for" hung on the verb
    return [o for c in preps for o in c.children if o.dep_ == "pobj"]


def _class_of(t: Tok) -> str | None:
    """The class a noun gives those it names: combatants (a combatant noun, or any noun a
    combatant word or "armed" modifies, or members of such a group: "armed smugglers", "a
    militant cell"), civilians (a civilian noun, kin, a trade; a noun "unarmed" or
    "displaced" modifies; staff named by a civilian workplace: "hospital drivers")."""
    lemma = t.lemma_.lower()
    if lemma in COMBATANT or t.lower_ in COMBATANT:
        return "combatants"
    mods = _modifiers(t)
    if any(m.lower_ in _ARMED or m.lemma_.lower() in COMBATANT for m in mods):
        return "combatants"
    if lemma in _UNITS and any(_of_arms(m) for m in mods):
        return "combatants"  # "a rocket cell", "a mortar crew", "a rocket-launching squad"
    if _trade_in_arms(t, lemma, mods):
        return "combatants"  # "a bomb maker", "rocket builders"
    if role_class(t) == "combatants" or _who_attacked(t):
        return "combatants"  # "a drone operator"; "a cell that had fired on troops"
    group = _members_of(t)
    if group and all(_class_of(g) == "combatants" or _side_of_group(g) for g in group):
        return "combatants"
    if lemma in _CIVILIAN or t.lower_ in _CIVILIAN:
        return "civilians"
    if any(m.lower_ in _UNARMED for m in mods):
        return "civilians"
    if lemma in _STAFF and any(m.lemma_.lower() in _CIVIL_WORKPLACES for m in mods):
        return "civilians"
    return None


# A trade by its form ("technicians", "street cleaners", "electricians", "fishermen",
# "accountants"), not an armed or official role nor a thing ("a container"): read only where
# the words say what people were (``_trade_of_people``).
_AGENT_FORM = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|man|men|ant)s?")
_NOT_A_TRADE = frozenset(
    {"soldier", "officer", "commander", "leader", "member", "fighter", "bomber", "attacker",
     "shooter", "sniper", "gunner", "raider", "trooper", "ranger", "policeman", "policemen",
     "guardsman", "rifleman", "marksman", "spokesman", "minister", "governor", "director",
     "inspector", "investigator", "operator", "smuggler", "trafficker", "terrorist",
     "extremist", "jihadist", "islamist", "separatist", "nationalist", "loyalist",
     "collaborator", "informer", "spotter", "launcher", "controller", "observer", "other",
     "number", "partner", "supporter", "follower", "sympathiser", "sympathizer", "activist",
     "recruiter", "handler", "sergeant", "lieutenant", "commandant", "adjutant", "informant",
     "combatant", "militant", "agent", "assailant", "financier", "courier", "lookout",
     "saboteur", "warrior"}
)  # fmt: skip
# Words that name people as those harmed ("the men", "the dead", "the four", "they").
_PEOPLE = frozenset(
    {"man", "men", "person", "people", "victim", "casualty", "dead", "body", "they", "those",
     "all", "both", "each", "he", "she", "killed", "wounded", "injured", "them"}
)  # fmt: skip


def _people(t: Tok) -> bool:
    lemma = t.lemma_.lower()
    return t.pos_ == "NUM" or t.lower_ in _PEOPLE or lemma in _PEOPLE or _class_of(t) is not None


def _trade_of_people(t: Tok) -> bool:
    """A trade by its form said to be what people were: "the men were pipeline technicians",
    "the four were municipal street cleaners", "described the dead as electricians"."""
    lemma = t.lemma_.lower()
    if t.pos_ != "NOUN" or lemma in _NOT_A_TRADE or lemma in COMBATANT:
        return False
    if not _AGENT_FORM.fullmatch(t.lower_) or _trade_in_arms(t, lemma, _modifiers(t)):
        return False
    up = t.head
    if t.dep_ == "attr" and up.lemma_.lower() == "be":
        return any(c.dep_ == "nsubj" and _people(c) for c in up.children)
    if t.dep_ == "pobj" and up.lower_ == "as":
        return any(c.dep_ == "dobj" and _people(c) for c in up.head.children)
    return False


def _a_trade(t: Tok) -> bool:
    """A trade by its form ("electricians", "mechanics" are in the lexicon), not an armed
    or official role (``grade_portraits`` reads where it is said)."""
    lemma = t.lemma_.lower()
    if t.pos_ != "NOUN" or lemma in _NOT_A_TRADE or lemma in COMBATANT:
        return False
    return bool(_AGENT_FORM.fullmatch(t.lower_)) and not _trade_in_arms(t, lemma, _modifiers(t))


def _side_of_group(t: Tok) -> bool:
    """An armed group by its word ("a militia", "the rebels"): a non-state side."""
    return side_of(t) == "nonstate"


def _of_the_harmed(t: Tok) -> str:
    """How a noun says who was harmed (module docstring): "aim" (what a party aimed at:
    "targeted fighters"), "harm" (the one killed, hit, fired on), "identity" (what they were,
    where they were, who alone was harmed: "the dead were drivers", "only families were
    there"), or "" (none)."""
    if t.pos_ not in ("NOUN", "PROPN") or any(c.lower_ in _NONE for c in t.children):
        return ""
    alone = any(c.lower_ in ("only", "all", "solely") for c in t.children)
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _HARMED for c in t.children):
        return "identity" if alone else "harm"  # "civilians shot at a checkpoint"
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    up = t.head
    lemma = up.lemma_.lower()
    if any(c.dep_ == "neg" for c in up.children):
        return ""
    if t.dep_ in ("nsubjpass", "dobj") and lemma in _AIMED:
        return "aim"
    if t.dep_ in ("nsubjpass", "dobj") and lemma in _HARMED:
        return "identity" if alone else "harm"
    if t.dep_ == "dobj" and lemma in _HELD:
        return "identity"
    if t.dep_ == "nsubj" and lemma in _STAYING and any(c.lower_ in _WHERE for c in up.children):
        return "identity"  # "only families were there", "fighters were hiding in the building"
    if t.dep_ == "pobj" and up.lower_ in ("on", "at") and up.head.lemma_.lower() in _FIRED:
        return "harm"  # "fired on armed smugglers", "opened fire at a car of farmers"
    if t.dep_ == "nsubj" and lemma in ("die", "perish"):
        return "identity" if alone else "harm"
    if t.dep_ == "nsubj" and lemma in _HARMED and any(c.lower_ == "as" for c in up.children):
        return "identity"  # "described the dead as civilians shot at ...", parsed as a clause
    if t.dep_ == "pobj" and up.lower_ == "of" and up.head.lemma_.lower() in _HARM_NOUNS:
        return "harm"  # "the deaths of three civilians"
    if t.dep_ in ("attr", "oprd") and (lemma == "be" or lemma in SAYING):
        return "identity"
    if (t.dep_ == "appos" and up.lemma_.lower() in _ACCOUNT_NOUNS) or (
        t.dep_ == "nsubj" and _where_in_place_hit(up)
    ):  # "the army's version, fighters ..."; "destroyed a workshop where militants built ..."
        return "identity"
    return "identity" if t.dep_ == "pobj" and up.lower_ == "as" and up.head is not up else ""


# What is done to a place ("destroyed a workshop where ...", "bombed a house where ...").
_PLACE_HIT = _HARMED | {"destroy", "bomb", "shell", "flatten", "level", "raid"}


def _where_in_place_hit(verb: Tok) -> bool:
    """A clause of "where" on a place that was hit: who was there ("struck a house where
    fighters were meeting", "destroyed a workshop where militants built devices")."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return False
    place = verb.head
    return place.dep_ in ("dobj", "nsubjpass") and place.head.lemma_.lower() in _PLACE_HIT


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


def _characterised(words: Sequence[Tok]) -> tuple[str, str, str] | None:
    """The one class the words give those harmed, its word and how it is said (``aim``,
    ``harm``, ``identity``: ``_of_the_harmed``; "harm" said "also", "too", "among": an
    addition, no identity): None when none, or both classes."""
    found = {(k, t.lower_, h) for t in words if (k := _class_of(t)) and (h := _of_the_harmed(t))}
    found |= {
        ("civilians", t.lower_, "identity") for t in words if _civil_goods(t) or _trade_of_people(t)
    }
    if not found:  # no class word in the place of those harmed: what they were doing
        drawn = portrait(words, _READERS)
        found = {drawn} if drawn else found
    kinds = {k for k, _, _ in found}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    hows = {h for k, _, h in found if k == kind}
    how: str = next(h for h in ("identity", "harm", "aim") if h in hows)
    if how != "identity" and any(t.lower_ in _ADDED for t in words):
        how = "added"  # "two children were also killed": beside those aimed at
    return kind, min(w for k, w, _ in found if k == kind), how


_READERS = Readers(_class_of, _of_the_harmed, _a_trade)

# Nouns of what a party says ("the army's version", "the militia's account of ...").
_ACCOUNT_NOUNS = frozenset({"account", "version", "claim", "statement", "narrative", "story"})


def _owned_account(noun: Tok) -> tuple[str, frozenset[str], str, str, str] | None:
    """A party's account named as a noun with its owner ("the militia's account of civilians
    shot at a checkpoint", "the army's version, fighters killed in a clash"): the owner, its
    side, and the class the account's words give those harmed."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _ACCOUNT_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON":
        return None
    named = owner.subtree
    sides = frozenset(s for t in named if (s := _side(t)))
    ids = {t.i for t in named}
    said = _characterised([t for t in noun.subtree if t.i not in ids and t is not noun])
    if not sides or said is None:
        return None
    speaker = " ".join(t.lower_ for t in named if t.pos_ not in ("DET", "PART"))
    return speaker, sides, *said


# Those who belong to a body ("its members", "our staff").
_OWN = frozenset({"member", "staff", "employee", "worker", "personnel", "volunteer"})


def _its_own(words: Sequence[Tok], sides: frozenset[str]) -> tuple[str, str, str] | None:
    """Those harmed said to be the speaker's own ("the union said all six were its members"):
    civilians when the speaker names no side (a union, a hospital, a company), fighters when
    it is an armed group ("the militia said the dead were its members")."""
    own = [
        t
        for t in words
        if t.lemma_.lower() in _OWN
        and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in t.children)
        and _of_the_harmed(t) == "identity"
    ]
    if not own:
        return None
    owner = _owner_in_clause(own[0], words)
    if owner is not None:  # "the Front mourned both as its members": the Front's, not the speaker's
        sides = frozenset(x for t in owner.subtree if (x := _side(t)))
        if not sides:
            return None
    if not sides:
        return "civilians", own[0].lower_, "identity"
    return ("combatants", own[0].lower_, "identity") if sides == {"nonstate"} else None


def _owner_in_clause(t: Tok, words: Sequence[Tok]) -> Tok | None:
    """The named subject of the clause a word is in, when it is among the speaker's words
    (whose "its" it is: "Karsa Radio reported the Front mourned both as its members")."""
    ids = {w.i for w in words}
    v = t
    while v.head is not v and v.pos_ not in ("VERB", "AUX"):
        v = v.head
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i not in ids or subj.pos_ == "PRON" or _people(subj):
        return None  # "all six were its members": those harmed, the speaker's own
    return subj


def _according_to(verb: Tok) -> Tok | None:
    """Who a clause is "according to" ("According to the army, the riders were members of
    a rocket team": the army speaks, not the riders)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "according":
            return next((o for to in c.children for o in to.children if o.dep_ == "pobj"), None)
    return None


def _side(t: Tok) -> str | None:
    """The side a speaker's word names; a ministry of defence is a state's ("the Velmar
    defence ministry")."""
    if t.lower_ in ("defence", "defense") and t.head.lemma_.lower() == "ministry":
        return "state"
    return side_of(t)


def characterisations(parsed: Sequence[ParsedSentence]) -> list[Characterisation]:
    """Every speaker's characterisation of those harmed, in text order."""
    out: list[Characterisation] = []
    last: tuple[str, frozenset[str]] | None = None  # the last speaker named ("it said")
    for p in parsed:
        if not any(t.lemma in SAYING or t.lower == "according" for t in p.tokens):
            continue
        if not any(
            t.lemma in _CLASS_WORDS
            or t.lower in _CLASS_WORDS
            or _AGENT_FORM.fullmatch(t.lower)
            or (t.pos == "VERB" and t.lower.endswith("ing"))  # a portrait (grade_portraits)
            for t in p.tokens
        ):
            continue
        for verb in tokens_of(p):
            owned = _owned_account(verb)
            if owned is not None:
                out.append(Characterisation(*owned[:4], p.text, owned[4]))
                continue
            if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
                continue
            if verb.lemma_ not in SAYING and not any(
                c.lower_ == "according" for c in verb.children
            ):
                continue  # a verb of saying, or any verb "according to" someone
            subj = _according_to(verb) if verb.lemma_ not in SAYING else None
            subj = subj or speaker_of(verb)
            if subj is None and verb.dep_ == "acl" and verb.lemma_ in SAYING:
                subj = verb.head  # "a statement from X spoke of ..."
            if subj is None:
                continue
            words = own_words(verb, subj)
            said = _characterised(words)
            if subj.pos_ != "PRON":
                # the speaker's words, not the clause it heads ("a statement ... spoke of X")
                named = [t for t in subj.subtree if t.i < verb.i or verb not in subj.subtree]
                speaker = " ".join(t.lower_ for t in named if t.pos_ != "DET")
                last = speaker, frozenset(s for t in named if (s := _side(t)))
            if said is None and last is not None:
                said = _its_own(words, last[1])
            if said is not None and last is not None:
                sides = last[1] or _doer_by_own_word(words, last[0])
                out.append(Characterisation(last[0], sides, said[0], said[1], p.text, said[2]))
    return out


# A speaker's word for what it did to those harmed ("Border police said they shot ...").
_DID_HARM = frozenset(
    {"kill", "shoot", "hit", "strike", "engage", "neutralise", "neutralize", "eliminate",
     "target", "fire", "wound"}
)  # fmt: skip


def _doer_by_own_word(words: Sequence[Tok], speaker: str = "") -> frozenset[str]:
    """A speaker no side word names is a party when its words say it did the harm ("Border
    police said they shot an infiltrator", "the guards said their unit fired on a man",
    "Police said officers shot at a youth": a police's own officers): the side "doer"."""
    police = bool(_POLICE.intersection(speaker.split()))
    for t in words:
        if t.pos_ != "VERB" or t.lemma_.lower() not in _DID_HARM:
            continue
        for c in t.children:
            if c.dep_ != "nsubj":
                continue
            mine = any(d.dep_ == "poss" and d.lower_ in ("its", "their", "our") for d in c.children)
            if c.lower_ in ("it", "they", "we") or mine or (police and c.lemma_ in _OFFICERS):
                return frozenset({"doer"})
    return frozenset()


# A police speaker's own people, doers of what they say was done ("officers shot at ...").
_POLICE = frozenset({"police", "gendarmerie", "guards", "guard"})
_OFFICERS = frozenset({"officer", "policeman", "policemen", "gendarme", "guard", "agent"})


def _compete(a: Characterisation, b: Characterisation) -> bool:
    """Two speakers, one a party (a side's word names it), not of one side, give opposite
    characterisations ("most sources" and "other sources" are no parties)."""
    if a.kind == b.kind or a.speaker in b.speaker or b.speaker in a.speaker:
        return False
    one, two = (a, b) if a.kind == "combatants" else (b, a)
    if two.how == "added" or (one.how == "aim" and two.how != "identity"):
        return False  # civilians harmed beside the fighters aimed at: no other account of them
    return bool(a.sides | b.sides) and not (a.sides & b.sides)


def victims_reason(parsed: Sequence[ParsedSentence]) -> str | None:
    """The reason of a dispute over who was harmed (``grade.read_cues``), if any (only a
    text that names combatants somewhere is read: most name none)."""
    if not any(
        t.lemma in _NAMES_FIGHTING or t.lower in _FIGHTING for p in parsed for t in p.tokens
    ):
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
