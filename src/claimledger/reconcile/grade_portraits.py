"""Those harmed told by what they were doing or did for a living (issue 13, item 5).

A belligerent says it struck "a cell assembling drones", "a man carrying explosives", "a
lookout directing mortar fire"; the victims' side says the dead were "mechanics repairing
scooters", "a pupil collecting firewood", "a pump operator", or that "he was delivering
bread". Neither says "fighters" nor "civilians", yet each tells who was harmed, and the two
cannot both be true: a monitor calls that contested. ``grade_victims._characterised`` reads
the class words (fighters, civilians, trades) where the parse puts them in the place of
those harmed; this reader, asked only when that one finds nothing in a speaker's words,
reads a **portrait**: a person (a noun, or a pronoun standing for those harmed) and the
activity said of it, an ``-ing`` verb and what it acts on, read in word order (the small
parser hangs these phrases in many ways: "a cell assembling drones" as compounds of
"drones", "a pupil collecting firewood" as an adjective of "firewood"):

* an activity on **arms** (a weapon, explosives, rockets, mortar fire) makes those it is said
  of **combatants**, whoever they are named as ("a man carrying explosives", "the men were
  planting a roadside bomb");
* a person named by a civilian word (``grade_victims._class_of``), a trade ("mechanics",
  "electricians") or a role named by a civil thing ("a pump operator", "a taxi driver"; "a
  drone operator" is a combatant's), or those harmed said to be doing something to a thing
  that is no arm, no person and no side ("he was delivering bread", "they were grazing their
  flock"), are **civilians**;
* a **vehicle** said to have been carrying arms ("the vehicle was carrying rocket
  launchers", "the boat was transporting weapons") makes those in it **combatants**: a party's
  account of what the struck thing was stands for the people in it. Only a form of "be"
  before the verb (what it was, not "struck a truck carrying rockets", which names a target
  and says nothing of the driver), only a vehicle, only a verb of carrying, only arms: "the
  truck was carrying flour", "the car was carrying a family" draw nothing;
* only where the words say it of those harmed: the phrase is in the place of those harmed
  (``grade_victims._of_the_harmed``: "hit a cell ...", "fired on a man ..."), or said to be
  what they were ("the men were mechanics ...", "he was a pupil ...", "they were grazing
  ..."): a pronoun or a word for those harmed ("he", "the men", "the dead", "both") before a
  form of "be". Not the doer of another clause ("militants fired a mortar"), not what is
  denied.

Words only, read from the parse of each speaker's own words (``grade_accounts.own_words``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimledger.extract.numbers.lexicon import PERSON
from claimledger.reconcile.grade_accounts import side_of
from claimledger.reconcile.grade_tokens import Tok
from claimledger.reconcile.grade_words import ARMS_OF_WAR, STORED, WEAPON

# Arms an activity acts on (lemmas): weapons, not the events of war ("a strike", "a raid").
ARMS = (
    (WEAPON - {"strike", "airstrike", "raid", "bombardment", "shelling", "aircraft", "plane"})
    | ARMS_OF_WAR
    | STORED
    | frozenset({"gun", "rifle", "launcher", "mine", "landmine", "rpg", "bullet", "weaponry"})
)
# What is done to those harmed (lemmas; ``grade_victims`` reads them too): not "target" (what a
# party aimed at).
HARMED = frozenset(
    {"kill", "wound", "injure", "shoot", "hit", "strike", "die", "maim", "bury", "engage",
     "neutralise", "neutralize", "eliminate"}
)  # fmt: skip
# Words for those harmed, standing for them in the words of a speaker ("he was ...", "the men
# were ...", "both were ...").
_THEM = frozenset(
    {"he", "she", "they", "man", "men", "person", "people", "victim", "casualty", "dead",
     "both", "all", "killed", "wounded", "injured", "boy", "girl", "woman", "son", "brother"}
)  # fmt: skip
# Activities a portrait of a civilian does not rest on: fighting, moving toward or watching
# someone, what an accusation says of anyone ("approaching the fence", "watching the troops",
# "firing", "crossing the line").
_NOT_CIVIL_ACTS = frozenset(
    {"fire", "shoot", "launch", "attack", "fight", "ambush", "plant", "lay", "target", "aim",
     "approach", "cross", "enter", "infiltrate", "breach", "near", "reach", "watch", "observe",
     "monitor", "scout", "spot", "track", "follow", "signal", "direct", "film", "photograph",
     "flee", "throw", "hurl", "smuggle", "hide", "store", "use", "operate", "fly", "prepare",
     "make", "build", "assemble", "handle", "man", "guard", "patrol", "dig"}
)  # fmt: skip
# Roles a thing names ("a pump operator", "a taxi driver", "a drone operator").
_ROLES = frozenset(
    {"operator", "driver", "guard", "technician", "worker", "keeper", "attendant", "handler",
     "controller", "hand", "crew", "loader"}
)  # fmt: skip
# Things whose guards or crews serve a state's forces ("a border guard", "a police driver").
_FORCES = frozenset({"border", "police", "prison", "security", "checkpoint", "palace", "patrol"})
# Vehicles whose load stands for those in them, and the verbs of carrying (lemmas).
_VEHICLES = frozenset(
    {"vehicle", "car", "truck", "pickup", "van", "motorcycle", "motorbike", "boat", "lorry",
     "jeep", "suv", "minibus", "tractor", "convoy", "cart"}
)  # fmt: skip
_CARRY = frozenset({"carry", "transport", "ferry", "haul", "tow", "smuggle", "load"})
# Words that end what an activity acts on.
_STOP_POS = frozenset({"PUNCT", "CCONJ", "SCONJ", "ADP", "VERB", "AUX", "PART"})

Reading = tuple[str, str, str]  # (kind, cue word, how)


# Groups of people a portrait may be of ("a cell assembling drones", "a squad firing ...").
_GROUPS = frozenset({"cell", "squad", "team", "unit", "crew", "group", "gang", "band", "family"})


def _person(t: Tok) -> bool:
    """A word for people: a pronoun, a number, a person noun or a group of people."""
    lemma = t.lemma_.lower()
    if t.pos_ in ("PRON", "NUM"):
        return t.lower_ not in ("it", "this", "that", "which", "what")
    return lemma in PERSON or lemma in _THEM or lemma in _GROUPS or t.lower_ in PERSON


def _acted_on(verb: Tok, idx: set[int]) -> list[Tok]:
    """What an ``-ing`` verb acts on: the words after it up to a stop (a preposition, a
    conjunction, another verb, a punctuation), and its objects in the parse."""
    out: list[Tok] = []
    for t in verb.sent[verb.i + 1 : verb.i + 6]:
        if t.pos_ in _STOP_POS or t.i not in idx:
            break
        out.append(t)
    for c in verb.children:
        if c.dep_ == "dobj":
            out += [w for w in c.subtree if w.i in idx and w not in out]
        if c.dep_ == "xcomp":  # "a cell preparing to launch rockets", "trying to plant a device"
            out += [w for d in c.children if d.dep_ == "dobj" for w in d.subtree if w not in out]
    if verb.dep_ in ("compound", "amod") and verb.head.i > verb.i and verb.head not in out:
        out.append(verb.head)  # "a cell assembling drones" parsed as compounds of "drones"
    return out


def _agent(verb: Tok, idx: set[int]) -> tuple[Tok | None, bool]:
    """Whom an ``-ing`` verb is said of, and whether by a form of "be" ("he was delivering
    bread", "the men were planting a bomb", "students who had been picking olives"): the
    word before it, over auxiliaries and a relative pronoun."""
    k = verb.i - 1
    be = False
    while k >= 0 and verb.i - k <= 4:
        t = verb.sent[k]
        if t.lemma_ in ("be", "have", "who", "that", "which", "still", "just", "also"):
            be = be or t.lemma_ == "be"
            k -= 1
            continue
        break
    if k < 0 or k not in idx:
        return None, be
    t = verb.sent[k]
    if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return t, be
    # a noun the parser took for an adjective ("a lookout directing mortar fire")
    named = t.pos_ == "ADJ" and k > 0 and verb.sent[k - 1].pos_ == "DET"
    return (t, be) if named else (None, be)


def _said_to_be(noun: Tok, idx: set[int]) -> bool:
    """A noun said to be what those harmed were, in word order: "he was a pupil", "the men
    were mechanics", "the dead were his sons", "described them as insurgents" (a word for
    those harmed, a form of "be", a determiner, number, possessive or modifiers)."""
    k = noun.i - 1
    while k >= 0 and (
        noun.sent[k].pos_ in ("DET", "NUM", "ADJ", "NOUN", "PROPN", "ADV")
        or (noun.sent[k].pos_ == "PRON" and noun.sent[k].dep_ == "poss")
    ):
        if noun.sent[k].pos_ in ("NOUN", "PROPN") and noun.sent[k].dep_ not in ("compound",):
            break
        k -= 1
    if k < 1 or k not in idx:
        return False
    if noun.sent[k].lower_ == "as" and noun.sent[k].pos_ == "ADP":
        return True  # "described them as insurgents ...", "named the dead as farmers"
    if noun.sent[k].lower_ == "to" and noun.sent[k - 1].lemma_ == "belong" and k >= 2:
        subj = noun.sent[k - 2]  # "the men belonged to a unit firing rockets"
        return subj.i in idx and (subj.lower_ in _THEM or subj.lemma_ in _THEM)
    if noun.sent[k].lemma_ != "be":
        return False
    subj = noun.sent[k - 1]
    return subj.i in idx and (subj.lower_ in _THEM or subj.lemma_ in _THEM or subj.pos_ == "NUM")


# Below this age those harmed are children, whatever else is said of them.
_CHILD_AGE = 18


def _aged(num: Tok, idx: set[int]) -> bool:
    """Those harmed said to be a child by their age: "he was 13", "he was a 15-year-old",
    "the boy was only 12 years old", "aged 14" (a number under 18 not counting a noun)."""
    if not num.text.isdigit() or int(num.text) >= _CHILD_AGE:
        return False
    after = num.sent[num.i + 1] if num.i + 1 < len(num.sent) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN") and after.lower_ != "years":
        return False  # "the dead were 3 brothers": a count
    before = num.sent[num.i - 1] if num.i > 0 else None
    if before is not None and before.lower_ == "aged" and before.i in idx:
        return True
    return _said_to_be(num, idx)


def _on_the_way(way: Tok, idx: set[int]) -> bool:
    """Those harmed said to be on their way somewhere ("he was on his way to work", "they
    were on their way home"): a word for them, a form of "be", "on", a possessive, "way"."""
    k = way.i
    if k < 4 or not all(i in idx for i in range(k - 3, k + 1)):
        return False
    subj, be, on, poss = way.sent[k - 4 : k]
    return (
        poss.dep_ == "poss"
        and on.lower_ == "on"
        and be.lemma_ == "be"
        and (subj.lower_ in _THEM or subj.lemma_ in _THEM)
    )


def _after_harm(noun: Tok, idx: set[int]) -> bool:
    """A noun right after a verb of harm, in word order ("engaged smugglers ferrying arms",
    "shot a lookout directing mortar fire"; the parser hangs these phrases elsewhere)."""
    k = noun.i - 1
    while k >= 0 and noun.sent[k].pos_ in ("DET", "NUM", "ADJ") and k in idx:
        k -= 1
    return k >= 0 and k in idx and noun.sent[k].pos_ == "VERB" and noun.sent[k].lemma_ in HARMED


def role_class(noun: Tok) -> str | None:
    """A role named by a thing: an arm makes it a combatant's ("a drone operator", "a mortar
    crew"), a civil thing a civilian's ("a pump operator", "a taxi driver")."""
    if noun.lemma_.lower() not in _ROLES:
        return None
    things = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN"]
    # "the crew of a fishing boat", "workers of the water company"
    things += [o for c in noun.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    before = noun.sent[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and before not in things:
        things.append(before)  # "a pump operator" parsed apart
    if not things:
        return None
    if any(t.lemma_.lower() in ARMS for t in things):
        return "combatants"
    sides = {side_of(t) for t in things} - {None}
    if sides:  # "a militia driver" is a fighter's role; "an army driver" no civilian's
        return "combatants" if sides == {"nonstate"} else None
    if any(t.lemma_.lower() in _FORCES for t in things):
        return None  # "a border guard", "a prison guard": a state's forces
    return "civilians"


def _person_class(
    noun: Tok, class_of: Callable[[Tok], str | None], trade: Callable[[Tok], bool]
) -> str | None:
    """The class a person's own word gives: a role named by a thing, a class noun, a trade."""
    role = role_class(noun)
    if role is not None:
        return role
    kind = class_of(noun)
    if kind is not None:
        return kind
    return "civilians" if trade(noun) else None


@dataclass(frozen=True)
class Readers:
    """The readers of ``grade_victims`` a portrait uses: the class a noun gives
    (``_class_of``), how a word says who was harmed (``_of_the_harmed``), a trade by its form."""

    class_of: Callable[[Tok], str | None]
    of_the_harmed: Callable[[Tok], str]
    trade: Callable[[Tok], bool]


def _activity(verb: Tok, idx: set[int], r: Readers) -> Reading | None:
    """The portrait an ``-ing`` verb draws of whom it is said of, where the words say it of
    those harmed (module docstring)."""
    agent, be = _agent(verb, idx)
    if agent is not None and agent.lemma_.lower() in _VEHICLES:
        return _loaded(verb, be, idx)
    if agent is None or not (_person(agent) or r.class_of(agent) or r.trade(agent)):
        return None  # "a truck carrying rockets": a thing, no portrait of those harmed
    acted = _acted_on(verb, idx)
    hows = {h for t in (agent, verb, *acted) if (h := r.of_the_harmed(t))}
    them = agent.lower_ in _THEM or agent.lemma_ in _THEM or agent.pos_ == "NUM"
    # those harmed named by their class and said to be doing something to a thing ("his father
    # and uncle were fixing a tractor", "the militants were loading rockets")
    named = be and agent.pos_ == "NOUN" and r.class_of(agent) is not None and bool(acted)
    if (be and them) or named or _said_to_be(agent, idx):
        hows.add("identity")
    elif _after_harm(agent, idx):
        hows.add("harm")
    if not hows:
        return None
    how = next(h for h in ("identity", "harm", "aim") if h in hows)
    if any(t.lemma_.lower() in ARMS for t in acted):
        return "combatants", verb.lower_, how
    own = _person_class(agent, r.class_of, r.trade) if agent.pos_ == "NOUN" else None
    if own is not None:
        return own, agent.lower_, how
    things = [t for t in acted if t.pos_ in ("NOUN", "PROPN")]
    if (
        them
        and how == "identity"
        and verb.lemma_.lower() not in _NOT_CIVIL_ACTS
        and things
        and not any(t.lemma_.lower() in PERSON or r.class_of(t) for t in things)
    ):
        return "civilians", verb.lower_, how  # "he was delivering bread"
    if them and how == "identity" and not things and verb.lemma_.lower() in _EVERYDAY:
        return "civilians", verb.lower_, how  # "he was walking home from a football match"
    return None


# Everyday doings said of those harmed with no object ("he was walking home", "they were
# sleeping", "she was praying"): a civilian's portrait, as "he was delivering bread" is.
_EVERYDAY = frozenset(
    {"walk", "sleep", "play", "pray", "study", "shop", "eat", "return", "cycle", "travel",
     "commute", "swim", "rest", "sit"}
)  # fmt: skip


def _loaded(verb: Tok, be: bool, idx: set[int]) -> Reading | None:
    """A vehicle said to have been carrying arms (module docstring): those in it combatants,
    said as what it was ("the vehicle was carrying rocket launchers")."""
    if not be or verb.lemma_.lower() not in _CARRY:
        return None
    if not any(t.lemma_.lower() in ARMS for t in _acted_on(verb, idx)):
        return None
    return "combatants", verb.lower_, "identity"


def _said_nouns(words: Sequence[Tok], idx: set[int], r: Readers) -> set[Reading]:
    """What those harmed are said to be, by a noun, an age or a way ("he was a pump
    operator", "the dead were farm labourers", "a 15-year-old", "on his way to work")."""
    found: set[Reading] = set()
    for noun in words:
        if noun.pos_ == "NOUN" and _said_to_be(noun, idx):
            kind = _person_class(noun, r.class_of, r.trade)
            if kind is not None:
                found.add((kind, noun.lower_, "identity"))
        elif noun.pos_ == "NUM" and _aged(noun, idx):
            found.add(("civilians", noun.lower_, "identity"))
        elif noun.lower_ == "way" and _on_the_way(noun, idx):
            found.add(("civilians", "way", "identity"))
    return found


def portrait(words: Sequence[Tok], r: Readers) -> Reading | None:
    """The one class a speaker's words give those harmed by a portrait (module docstring),
    its cue word and how it is said ("harm", "aim" or "identity", as
    ``grade_victims._of_the_harmed``); None when none, or both classes."""
    idx = {t.i for t in words}
    found = _said_nouns(words, idx, r)
    for verb in words:
        if verb.pos_ != "VERB":
            continue
        if verb.lower_.endswith("ing") and verb.dep_ != "ROOT":
            drawn = _activity(verb, idx, r)
        else:
            drawn = _habit(verb, idx, r)
        if drawn is not None:
            found.add(drawn)
    kinds = {k for k, _, _ in found}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    how = next(h for h in ("identity", "harm", "aim") if any(x[2] == h for x in found))
    return kind, min(w for k, w, _ in found if k == kind), how


# Verbs a habit of those harmed is never told by: saying, harming, being.
_NO_HABIT = _NOT_CIVIL_ACTS | HARMED | frozenset({"say", "tell", "be", "have", "do", "get"})


def _habit(verb: Tok, idx: set[int], r: Readers) -> Reading | None:
    """What those harmed did for a living, by a verb of theirs and a bare plural object: "he
    repaired motorcycles", "they sold vegetables" (civilians); "he made bombs", "he smuggled
    rockets" (combatants, any verb on arms). Only a word for those harmed as the subject
    ("he", "the men"), only a thing as the object, no determiner ("he repaired the car"
    tells an act, not a living)."""
    if verb.i not in idx:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if subj is None or obj is None or obj.i not in idx:
        return None
    if not (subj.lower_ in _THEM or subj.lemma_ in _THEM):
        return None
    things = [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod"))]
    if any(t.lemma_.lower() in ARMS for t in things):
        return "combatants", verb.lower_, "identity"
    bare = obj.lower_ != obj.lemma_.lower() and not any(
        c.dep_ in ("det", "poss", "nummod") for c in obj.children
    )
    if not bare or verb.lemma_.lower() in _NO_HABIT:
        return None
    if obj.lemma_.lower() in PERSON or r.class_of(obj) is not None:
        return None
    return "civilians", verb.lower_, "identity"
