"""Casualty words on tokens: which figure a token names, and how a clause reads it.

Takes spaCy tokens and gives plain values: the figure a word names
(:func:`casualty`, with ``shoot`` for "shot"), whether "shot" means killed or
injured (:func:`resolve_shoot`), the figure of a word found right of a victim
(:func:`figure_of`), and the tests on a verb or noun the linker needs (an
active verb with an object, a person noun, a speaker). Negated or
counterfactual casualty verbs ("was not hurt", "would have died") name no figure.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.lexicon import (
    CASUALTY,
    GUNFIRE,
    HIT_VERBS,
    KILL_CUES,
    LOST_PARTS,
    PERSON,
    SPEECH,
    TYPOS,
)
from claimledger.extract.numbers.verb_classes import (
    GROUPS,
    PEOPLE_PRONOUNS,
    PEOPLE_SUFFIXES,
    verb_class,
)

__all__ = [
    "LOSE",
    "active_with_object",
    "by_gunfire",
    "casualty",
    "figure_of",
    "gives_self_up",
    "is_person",
    "resolve_shoot",
    "speaker",
]

# Verbs of "lost their lives".
LOSE = frozenset({"lost", "lose", "losing", "loses"})
# Auxiliaries of things that did not happen; "may"/"might" stay (hedged claims are claims).
COUNTERFACTUAL = frozenset({"would", "could", "should", "will", "wo", "ca", "'d", "must"})


def casualty(tok: Token, fuzzy: bool = False) -> str | None:
    """The figure a token names (``shoot`` for "shot"), or None."""
    low = tok.lower_
    if low in ("condition", "hospital", "hospitals"):
        return "injured"
    fig = CASUALTY.get(low)
    if fig is None and fuzzy:
        fig = TYPOS.get(low)
    if fig is None and tok.pos_ == "VERB" and _to_death(tok):
        fig = "killed"  # "fatally assaulted", "beaten to death"
    if fig is not None and tok.pos_ in ("VERB", "ADJ", "AUX") and _unreal(tok):
        return None
    if low in SURRENDERED and _describes(tok):
        return None  # "a former member who had surrendered led soldiers to a cache"
    if fig == "injured" and low in ("wounded", "injured") and _to_death(tok):
        return "killed"  # "one of the robbers was fatally wounded"
    if fig is None:
        return _phrase_casualty(tok, low) or (None if _unreal(tok) else verb_class(tok))
    # "body"/"wound" as nouns of other things ("body armour") need a number next to them,
    # which the callers ensure; "shot" as a noun ("a shot was fired") is not an injury.
    if fig == "shoot" and tok.pos_ == "NOUN":
        return None
    if low in ("kill", "kills", "die", "dies") and tok.pos_ == "NOUN":
        return None
    return fig


def _phrase_casualty(tok: Token, low: str) -> str | None:
    """The figure of a word that names one only in its phrase: "lost their lives", "passed
    away", "25 militants were destroyed", "sent to hell", "rounded up", "securing two
    persons"."""
    if low in HIT_VERBS and (by_gunfire(tok) or _hits_person(tok)):
        return "shoot"
    if low in ("lives", "life") and _lost_lives(tok):
        return "killed"
    if tok.pos_ == "VERB" and gives_lives(tok):
        return "killed"  # "lost their lives", "laid down their lives", a comrade's "left us"
    if low == "away" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("passed", "passes"):
        return "killed"  # "passed away"
    if tok.pos_ != "VERB" or _unreal(tok):
        return None
    if low in DESTROY and _person_argument(tok):
        return "killed"  # a military's "25 militants were destroyed"
    if low in ("sent", "sending") and any(
        c.lower_ == "to" and any(g.lower_ in SENT_TO for g in c.children) for c in tok.children
    ):
        return "killed"  # a military's "three terrorists were sent to hell / to their fate"
    if low in PUT and _out_of_action(tok) and _person_argument(tok, counts=True):
        return "killed"  # "Four fighters were put out of action", "put six of them out of action"
    if low in ("rounded", "rounding") and _next_words(tok, "up"):
        return "arrested"  # "14 people were rounded up"
    if low in ("secured", "securing") and _person_argument(tok, counts=True):
        return (
            "arrested"  # a translated "aseguramiento": "securing two persons", "secured 3 others"
        )
    if low in HOLD and _held_for_questioning(tok) and _person_argument(tok, counts=True):
        return "arrested"  # "held three other men for questioning", "two were held in custody"
    if gives_self_up(tok):
        return "arrested"  # "three militants handed themselves in", "gave themselves up"
    return None


SURRENDERED = frozenset({"surrendered", "surrendering"})


def _describes(tok: Token) -> bool:
    """A verb that describes someone by a past act rather than reports it: in a relative
    clause or in the past perfect ("a member who had surrendered")."""
    return tok.dep_ in ("relcl", "acl", "amod") or any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in tok.children
    )


# What a military sends its enemies to: "sent to hell", "sent to their fate / deaths / graves".
SENT_TO = frozenset(
    {"hell", "fate", "fates", "death", "deaths", "grave", "graves", "maker", "doom"}
)
PUT = frozenset({"put", "puts", "putting"})
HOLD = frozenset({"held", "holding", "hold", "holds", "kept", "keeping"})
# What a holding is for or in when it is a detention.
_HELD_FOR = frozenset({"questioning", "interrogation", "custody", "detention"})
# Verbs of giving oneself up, and the particle that makes them so.
_GIVE_UP = {"handed": "in", "hand": "in", "hands": "in", "handing": "in", "turned": "in",
            "turn": "in", "turns": "in", "turning": "in", "gave": "up", "give": "up",
            "gives": "up", "giving": "up"}  # fmt: skip
REFLEXIVE = frozenset({"themselves", "himself", "herself"})


def _out_of_action(tok: Token) -> bool:
    """ "put" followed, within its phrase, by "out of action" ("put six of them out of action")."""
    doc = tok.doc
    end = min(tok.i + 8, tok.sent.end - 2)
    return any(
        doc[j].lower_ == "out"
        and doc[j + 1].lower_ == "of"
        and doc[j + 2].lower_ == "action"
        and tok in (doc[j].head, doc[j].head.head)
        for j in range(tok.i + 1, end)
    )


def _held_for_questioning(tok: Token) -> bool:
    """A holding "for questioning" or "in custody" in the verb's clause ("held three other
    men who were in the boat for questioning"); not "held a meeting for the press"."""
    doc = tok.doc
    for j in range(tok.i + 1, min(tok.i + 14, tok.sent.end)):
        t = doc[j]
        if t.lower_ in _HELD_FOR and doc[j - 1].lower_ in ("for", "in", "under"):
            return True
        if t.lower_ in (".", ";") or (t.pos_ == "VERB" and t.dep_ in ("conj", "ccomp")):
            return False
    return False


def gives_self_up(tok: Token) -> bool:
    """ "handed themselves in", "turned himself in", "gave themselves up", "handed himself
    over to troops": a surrender."""
    particle = _GIVE_UP.get(tok.lower_)
    if particle is None or tok.pos_ != "VERB":
        return False
    ends = (particle, "over") if particle == "in" and tok.lower_.startswith("hand") else (particle,)
    kids = list(tok.children)
    return any(c.lower_ in REFLEXIVE for c in kids) and any(
        c.lower_ in ends and c.dep_ in ("prt", "advmod", "prep") for c in kids
    )


def _next_words(tok: Token, *words: str) -> bool:
    """Whether ``words`` follow the token ("sent" "to hell", "rounded" "up")."""
    doc = tok.doc
    after = doc[tok.i + 1 : tok.i + 1 + len(words)]
    return [t.lower_ for t in after] == list(words)


# "destroyed" said of people (a defence ministry's "about 25 militants were destroyed");
# of things ("destroyed four tanks") it names no casualty.
DESTROY = frozenset({"destroyed", "destroying", "destroy", "destroys"})


def _person_argument(tok: Token, counts: bool = False) -> bool:
    """Whether the verb's object or passive subject is a person noun; with ``counts``,
    also people told by a count or a pronoun ("secured 3 others", "put six of them out
    of action", "two were held"), not a count of things ("secured 8 rifles")."""
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        if is_person(c) or any(_people_noun(x) for x in c.conjuncts):
            return True  # (also "its skipper and five crewmen": people among them)
        if any(_sized_group(x) for x in (c, *c.conjuncts)):
            return True  # "destroyed a mortar crew of four", "the vehicle and its crew of three"
        if counts and (c.lower_ in PEOPLE_PRONOUNS or _count_of_people(c)):
            return True
    return False


def _people_noun(x: Token) -> bool:
    """A person noun, also by its ending ("crewmen", "deckhands")."""
    low = x.lower_
    return is_person(x) or (x.pos_ == "NOUN" and len(low) > 4 and low.endswith(PEOPLE_SUFFIXES))


# Nouns of a group of people (``verb_classes.GROUPS`` and a military's "squad", "unit").
_GROUP_NOUNS = GROUPS | {"squad", "unit"}


def _sized_group(x: Token) -> bool:
    """A group noun sized by a bare count: "crew of four", "a sniper team of three" (not "a
    group of vehicles", "a unit of six tanks": the count counts no one)."""
    if x.lemma_.lower() not in _GROUP_NOUNS:
        return False
    of = [g for g in x.children if g.dep_ == "prep" and g.lower_ == "of"]
    objs = [o for g in of for o in g.children if o.dep_ == "pobj"]
    return any(o.pos_ == "NUM" for o in objs)


def _count_of_people(c: Token) -> bool:
    """A bare count, or a count "of them" / "of the men" ("six of them", "two")."""
    if c.pos_ != "NUM":
        return False
    of = [g for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
    objs = [o for g in of for o in g.children if o.dep_ == "pobj"]
    return all(o.lower_ in PEOPLE_PRONOUNS or is_person(o) for o in objs)


def _to_death(tok: Token) -> bool:
    """A verb made lethal by its modifier: "fatally assaulted", "beaten to death"."""
    doc = tok.doc
    i = tok.i
    if i > 0 and doc[i - 1].lower_ in ("fatally", "mortally"):
        return True
    return i + 2 < len(doc) and doc[i + 1].lower_ == "to" and doc[i + 2].lower_ == "death"


def _unreal(tok: Token) -> bool:
    """Negated or counterfactual: "was not hurt", "he would die", "could have been killed"."""
    heads = [tok, tok.head] if tok.dep_ in ("acomp", "oprd", "attr", "xcomp") else [tok]
    if (
        tok.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and not _achieved(tok)
    ):
        return True  # an intention: "tried to kill", "threatened to shoot"
    return any(
        c.dep_ == "neg"
        or (c.dep_ == "aux" and c.lower_ in COUNTERFACTUAL)
        or (c.dep_ == "advmod" and c.lower_ in NEARLY and c.i == h.i - 1)
        for h in heads
        for c in h.children
    )


# Adverbs right before a verb that say it did not happen: "nearly drowned", "almost died".
NEARLY = frozenset({"nearly", "almost"})


# Past verbs that report their infinitive done: "managed to neutralise eight".
ACHIEVED = frozenset({"managed", "succeeded", "enabled"})


def _achieved(tok: Token) -> bool:
    """An infinitive reported as done: "made it possible to neutralise 8 assailants" (a
    translated communique's "a permis de neutraliser"), "troops managed to kill two"."""
    head = tok.head
    if head.lower_ == "possible" and head.head.lower_ in ("made", "makes"):
        return True
    return head.lower_ in ACHIEVED and head.i < tok.i


def _lost_lives(tok: Token) -> bool:
    """'lost their lives', 'lost his life', 'laid down their lives', 'gave their lives'."""
    doc = tok.doc
    return any(lives_given(doc, j, len(doc)) is tok for j in range(max(tok.i - 3, 0), tok.i))


# Verbs that give up lives: "laid down their lives", "gave their lives", "sacrificed his life".
LAY = frozenset({"laid", "lay", "lays", "laying"})
GIVE = frozenset({"gave", "give", "gives", "giving", "sacrificed", "sacrifice", "sacrificing"})


def lives_given(doc: Doc, k: int, hi: int) -> Token | None:
    """The "lives" of "lost their lives", "laid down their lives", "gave his life" when
    the verb is at ``k`` (not "lost his life savings")."""
    low = doc[k].lower_
    j = k + 1
    if low in LAY:
        if j >= hi or doc[j].lower_ != "down":
            return None
        j += 1
    elif low not in LOSE and low not in GIVE:
        return None
    if j < hi and doc[j].lower_ in ("their", "his", "her"):
        j += 1
    elif low not in LOSE:
        return None
    if j >= hi or doc[j].lower_ not in ("lives", "life"):
        return None
    if j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "PROPN"):
        return None  # "life savings", "life sentence"
    return doc[j]


# "X left us": a death as a comrade or a relative tells it.
LEFT = frozenset({"left"})
# What makes "left us" a place or a thing left, no death: "left us at the gate", "left us a
# letter", "left us behind", "left us alone".
_LEFT_SOMEWHERE = frozenset({"at", "to", "with", "for", "behind", "alone", "outside", "near"})
_LEFT_DEPS = frozenset({"dative", "xcomp", "oprd", "acomp", "ccomp", "prt", "attr"})


def left_us(tok: Token) -> bool:
    """ "Our comrade X left us", "he left us in the fighting": a person whose only object is
    "us", with nothing left somewhere or to someone ("the bus left us at the gate", "he left
    us a letter", "they left us behind" are no deaths)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "leave":
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if [o.lower_ for o in objs] != ["us"] or _unreal(tok):
        return False
    if any(c.dep_ in _LEFT_DEPS or c.lower_ in _LEFT_SOMEWHERE for c in tok.children):
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj:
        return False
    s = subj[0]
    if s.pos_ == "NUM":  # "Two of our fighters left us"
        return _count_of_people(s) and any(c.lower_ == "of" for c in s.children)
    return is_person(s) or s.ent_type_ == "PERSON" or s.lower_ in ("he", "she", "they")


def gives_lives(tok: Token) -> bool:
    """The verb whose object is "their lives" in "lost/laid down/gave their lives", or
    the supreme price or sacrifice ("paid the supreme price", "made the ultimate sacrifice")."""
    low = tok.lower_
    if low in FELL:
        return fell_in_battle(tok)
    if low in LEFT:
        return left_us(tok)
    if low in PAY:
        return any(
            c.dep_ == "dobj"
            and c.lower_ in ("price", "sacrifice")
            and any(a.lower_ in ("supreme", "ultimate") for a in c.children)
            for c in tok.children
        )
    return lives_given(tok.doc, tok.i, len(tok.doc)) is not None


PAY = frozenset({"paid", "pay", "pays", "paying", "made", "make", "makes", "making"})
FELL = frozenset({"fell", "fallen"})
# What "fell" with or in means a death in combat: "fell with weapons in hand" (a
# translated communique's "tombes les armes a la main"), "fell in combat", "fell in action".
_FELL_IN = frozenset({"combat", "battle", "action", "duty"})


def fell_in_battle(tok: Token) -> bool:
    """ "Six soldiers fell with weapons in hand", "two officers fell in combat" (not "fell
    ill", "prices fell")."""
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if c.lower_ == "with" and any(g.lower_ in ("weapons", "arms") for g in objs):
            return True
        if c.lower_ == "in" and any(g.lower_ in _FELL_IN for g in objs):
            return True
    return False


def _hits_person(tok: Token) -> bool:
    """'the gun went off, hitting a bystander': a hit person is a shot person."""
    return tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" and (is_person(c) or c.lower_ in ("him", "her", "himself", "herself"))
        for c in tok.children
    )


def by_gunfire(tok: Token) -> bool:
    """'hit'/'struck' followed by 'by a stray bullet', 'by gunfire'."""
    doc = tok.doc
    window = doc[tok.i + 1 : min(tok.i + 5, len(doc))]
    return any(t.lower_ == "by" for t in window[:2]) and any(t.lower_ in GUNFIRE for t in window)


def is_person(tok: Token) -> bool:
    """A noun that names people."""
    return tok.lemma_.lower() in PERSON or tok.lower_ in PERSON or tok.ent_type_ in ("NORP",)


def active_with_object(tok: Token) -> bool:
    """An active transitive use ("gunmen killed two"): its subject is not a victim."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    sent = tok.sent
    # "had shot himself" is active too: VBN with a perfect "have"
    perfect = tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children
    )
    return (tok.tag_ in ("VBD", "VBZ", "VBP", "VBG") or perfect) and any(
        c.dep_ == "dobj"
        and c.ent_type_ not in ("DATE", "TIME")
        and not any(
            t.is_space and "\n" in t.text for t in tok.doc[min(c.i, tok.i) : max(c.i, tok.i)]
        )
        for c in tok.children
        if sent.start <= c.i < sent.end
    )


def resolve_shoot(c: Token) -> str:
    """'shot' means killed when the clause says the victim died, injured otherwise."""
    # modifiers count only next to the verb ("shot dead", "fatally shot"): in "four
    # were shot, one fatally" the adverb belongs to "one"
    near = [t for t in c.children if abs(t.i - c.i) <= 2]
    for t in (c, *near):
        if t.lemma_.lower() in KILL_CUES or t.lower_ in ("dead", "fatally", "mortally"):
            return "killed"
    for t in c.children:
        if t.dep_ == "conj" and casualty(t) == "killed" and not _own_death(c, t):
            return "killed"
    doc = c.doc
    i = c.i + 1
    if i + 1 < len(doc) and doc[i].lower_ == "to" and doc[i + 1].lower_ == "death":
        return "killed"
    if i < len(doc) and doc[i].lower_ in ("dead", "fatally"):
        return "killed"
    if c.i > 0 and doc[c.i - 1].lower_ in ("fatally", "mortally"):
        return "killed"
    return "injured"


def _own_death(shot: Token, conj: Token) -> bool:
    """ "A smuggler shot two constables and was killed": the later passive is the
    shooter's death, not the victims'."""
    return any(c.dep_ == "dobj" for c in shot.children) and any(
        c.dep_ == "auxpass" for c in conj.children
    )


def speaker(noun: Token) -> bool:
    """The noun is the subject of a speech verb ("One officer injured ... said")."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in SPEECH


_LOST = frozenset({"lost", "lose", "loses", "losing"})


def figure_of(tok: Token) -> str:
    """The figure of a casualty token found to the right of a victim."""
    if tok.lower_ == "taken":
        # right_casualty only returns "taken" when it means captive ("taken in for
        # interrogation" is a detention: verb_class)
        return verb_class(tok) or "abducted"
    if tok.lower_ in ("prisoner", "prisoners", "custody"):
        return "arrested"  # "taken prisoner", "taken into custody"
    if tok.lower_ in ("care", "burns", "amputation", "amputations") or (
        tok.lower_ in LOST_PARTS and tok.i > 1 and tok.doc[tok.i - 2].lower_ in _LOST
    ):
        return "injured"  # phrase_casualty: "in intensive care", "with burns", "lost a leg"
    fig = casualty(tok, fuzzy=True) or "killed"
    if tok.lower_ in ("wound", "wounds", "injuries", "injury"):
        before = {t.lower_ for t in tok.doc[max(tok.i - 4, 0) : tok.i]}
        if before & {"fatal", "died", "succumbed", "dies"}:
            return "killed"
    return fig
