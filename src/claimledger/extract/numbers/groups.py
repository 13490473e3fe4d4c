"""Counts a release tells through the group or the clause around them (for ``link``).

Takes a count's place in a parsed sentence and gives the casualty token and figure a
plainer reading misses: the subject of a belief verb whose clause is the casualty ("Two
gunmen believed to be members of a ring were killed"), a count conjoined after a casualty
verb's object ("detained a district governor and 2 of his bodyguards"), and a whole group
taken up again by "all" ("a syndicate of 6 kidnappers was smashed and all members were
arrested").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.adjacent import martyrs_of, verb_phrase
from claimledger.extract.numbers.casualty_words import active_with_object, casualty, figure_of
from claimledger.extract.numbers.quantities import Expr
from claimledger.extract.numbers.verb_classes import GROUPS, in_state

__all__ = [
    "all_of_them",
    "belief_over",
    "depictive_dead",
    "among_the_killed",
    "group_head",
    "identified_as",
    "in_state",
    "object_conjunct",
    "shared_subject",
    "state_casualty",
    "subject_phrase",
    "with_wounds",
]


# Nouns of a group counted in its members: "detained a group of four saboteurs", "its crew
# of five was wiped out" (the group, not its members, is the verb's argument): the verb
# classes' table, and here also a military "squad" or "unit" (verb_classes' people test
# was written without them; widening it is a change of its own to measure).
GROUP_NOUNS = GROUPS | {"squad", "unit"}


def group_head(x: Token) -> Token:
    """The head of the phrase a victim stands in, as the verb sees it: the first conjunct
    of "a father and his son", the group of "a group of four saboteurs", the count of
    "two of the robbers"."""
    x = _first_conjunct(x)
    of = x.head
    if x.dep_ != "pobj" or of.lower_ != "of":
        return x
    if of.head.lemma_.lower() in GROUP_NOUNS:
        return _first_conjunct(of.head)  # ("destroyed the vehicle and its crew of three")
    # the count of a partitive over an uncounted noun: "Two of the robbers are in custody"
    # (not "One of the six died", "arrested two of the five suspects": the six, the five
    # are the whole, not the part the verb is said of)
    uncounted = x.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "nummod" for c in x.children)
    return of.head if of.head.pos_ == "NUM" and uncounted else x


def _first_conjunct(x: Token) -> Token:
    """The first item of the coordination ``x`` stands in ("a father and his son")."""
    while x.dep_ == "conj" and x.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        x = x.head
    return x


def shared_subject(x: Token, fig: str | None) -> tuple[Token, str | None]:
    """The verb whose victim the subject ``x`` is, with its figure: its own head, or when
    that names no casualty, a later verb it shares as subject ("a woman was charged with
    supplying the firearm and remanded in custody", "he fled and was later arrested")."""
    head = x.head
    if x.dep_ not in ("nsubj", "nsubjpass"):
        return head, fig
    if fig is not None:
        # a flight that ends in a detention or a death is no displacement: "the driver fled
        # but was detained", "the gunman fled and was later shot dead"
        later = shared_subject(x, None) if fig == "displaced" else None
        return later if later is not None and later[1] is not None else (head, fig)
    verb = head  # along the chain of verbs it is subject of ("jumped ... and were rescued
    # and detained")
    done: tuple[Token, str | None] | None = None  # an act done to others on the way
    while True:
        nxt = [
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ]
        if not nxt:
            return done or (head, fig)
        verb = nxt[0]
        if (f := casualty(verb)) is not None:
            if done is None and active_with_object(verb):
                # "opened fire, shot two constables and was killed": the subject's own fate
                done = verb, f
                continue
            return verb, f


# Words that take up a whole group counted before: "all members", "all of them", "everyone".
_ALL = frozenset({"all", "everyone", "each"})

# Verbs whose subject the clause under them says something of: "believed to be members of
# a gang were killed", "suspected of the robbery were arrested".
_BELIEVED = frozenset({"believe", "think", "suspect", "presume", "allege", "say", "report"})


def _believed_casualty(verb: Token) -> tuple[Token, str] | None:
    """The passive casualty verb with no subject of its own under a belief verb whose
    subject is the count ("Two gunmen believed to be ... were killed")."""
    if verb.tag_ != "VBD":
        return None
    # (any participle before a clause the parse hung under it: "Two men wanted for the
    # robbery were arrested"; a conjunct only under a belief)
    deps = ("ccomp", "conj") if verb.lemma_.lower() in _BELIEVED else ("ccomp",)
    if deps == ("ccomp",) and any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    for c in verb.children:
        if (
            c.dep_ in deps
            and c.i > verb.i
            and c.pos_ == "VERB"
            and any(g.dep_ == "auxpass" for g in c.children)
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and (fig := casualty(c)) is not None
        ):
            return c, fig
    return None


def belief_over(x: Token) -> tuple[Token, str] | None:
    """The subjectless passive casualty verb a participle the parse made its subject's head
    hangs under: "a second man, believed to be his associate, was arrested" (a belief's
    advcl or ccomp), "three militia members wanted for torching vehicles were arrested" (a
    participle read as a clausal subject): the people are the casualty verb's."""
    verb = x.head
    top = verb.head
    clausal = verb.dep_ in ("csubj", "csubjpass")
    if (
        x.dep_ != "nsubj"
        or not (clausal or verb.lemma_.lower() in _BELIEVED and verb.dep_ in ("advcl", "ccomp"))
        or verb.tag_ not in ("VBN", "VBD")  # (the tagger reads it as a past too)
        or top.i < verb.i
        or not any(g.dep_ == "auxpass" for g in top.children)
        or any(g.dep_ in ("nsubj", "nsubjpass") for g in top.children)
    ):
        return None
    fig = casualty(top)
    return (top, fig) if fig is not None else None


# Verbs whose "dead" is a belief or a pose, not a death: "feared dead" (``remote``), "played dead".
_NOT_DEPICTIVE = frozenset({"fear", "presume", "believe", "think", "play", "feign", "pretend"})
# Verbs of saying: their "dead" is the content ("he says 4 dead"), not a depictive.
_SAYING = frozenset({"say", "tell", "report", "claim", "add", "write", "post", "tweet", "state"})


def depictive_dead(verb: Token) -> Token | None:
    """The "dead" a verb's person arrives or is brought in: a secondary predicate of the
    verb ("were brought dead to the clinic", "arrived dead at the hospital"), the verb
    itself no casualty word; not "feared dead", "played dead"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _NOT_DEPICTIVE or casualty(verb):
        return None  # ("shot dead" is the verb's own reading)
    if verb.lemma_.lower() in _SAYING:
        return None  # "he says 4 dead": what is said, not how he arrived
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("oprd", "acomp")
            and c.lower_ == "dead"
            and not any(k.dep_ == "nummod" or k.like_num for k in c.children)
        ),
        None,
    )


def identified_as(verb: Token) -> tuple[Token, str] | None:
    """The casualty word of "X and his two sons were identified as killed"."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.lower_ == "as" for m in c.children):
            f = casualty(c)
            return (c, f) if f in ("killed", "injured") else None
    return None


def all_of_them(doc: Doc, e: Expr, hi: int) -> tuple[Token, str] | None:
    """A casualty verb later in the sentence whose subject is "all" of a group ("all
    members were arrested", "all of them were killed", "all were captured")."""
    for k in range(e.end, hi):
        t = doc[k]
        if t.pos_ != "VERB" or (fig := casualty(t)) is None or fig == "shoot":
            continue
        for c in t.children:
            if c.dep_ not in ("nsubjpass", "nsubj"):
                continue
            if c.lower_ in _ALL or any(
                d.dep_ in ("det", "predet") and d.lower_ == "all" for d in c.children
            ):
                return t, fig
    return None


def object_conjunct(doc: Doc, e: Expr, lo: int) -> tuple[Token, str] | None:
    """A count conjoined after the object of a casualty verb: "detained a Taliban shadow
    district governor and 2 of his bodyguards", "killed a commander and three others"."""
    s = e.start
    if s - 1 < lo or doc[s - 1].lower_ != "and" or doc[e.head].dep_ in ("nsubj", "nsubjpass"):
        return None  # (not "killed the cell leader and two of his guards escaped")
    for k in range(s - 2, max(lo, s - 10) - 1, -1):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX"):
            fig = casualty(t)
            obj = any(c.dep_ == "dobj" and k < c.i < s - 1 for c in t.children)
            return (t, fig) if fig is not None and fig != "shoot" and obj else None
        if t.is_punct:
            return None
    return None


def subject_phrase(verb: Token, fig: str | None) -> tuple[Token, str] | None:
    """The casualty a subject's verb names by its phrase: "seven men fell as martyrs";
    when the verb itself names none (``fig``), "A soldier, Sepoy X, age 23, embraced
    shahadat" and "Two gunmen believed to be members of a gang were killed"."""
    if (martyrs := martyrs_of(verb)) is not None:
        return martyrs, "killed"
    if fig is not None or verb.pos_ != "VERB":
        return None
    phrased = verb_phrase(verb.doc, verb.i, verb.sent.end)
    return (phrased, figure_of(phrased)) if phrased is not None else _believed_casualty(verb)


# Words between "were" and a count of an inverted "Among those killed were ...".
_AMONG_GLUE = frozenset({"also", "at", "least", "and", ",", "about", "around", "nearly"})


# Figures of the group "among" opens on: the killed and injured, and the people taken
# ("Among the 20 people arrested were four students": the part 4).
_AMONG_FIGURES = frozenset({"killed", "injured", "arrested", "abducted"})


def among_the_killed(doc: Doc, e: Expr, lo: int) -> Token | None:
    """The casualty word of "Among the victims killed in the strike were at least six women
    and fourteen children", "Among those detained were ...": a sentence opening on "among",
    its casualty word, then "were"."""
    first = lo
    while first < e.start and doc[first].is_punct:
        first += 1
    if doc[first].lower_ not in ("among", "amongst"):
        return None
    k = e.start - 1
    while k > first and (doc[k].lower_ in _AMONG_GLUE or doc[k].pos_ in ("NUM", "NOUN", "ADJ")):
        k -= 1
    if doc[k].lower_ not in ("were", "are", "was"):
        return None
    for t in doc[first + 1 : k]:
        if casualty(t) in _AMONG_FIGURES and t.lower_ not in ("victims", "casualties"):
            return t
    return None


# Nouns of a wound a person is "with" ("in hospital with burns", "with serious injuries").
_WOUND_NOUNS = frozenset({"injury", "wound", "burn", "fracture"})


def with_wounds(state: Token) -> Token | None:
    """The wound noun of a state its subject is in: "two passengers were in the hospital with
    burns", "three soldiers remain in hospital with gunshot wounds" (the "with" on the verb
    or on its place); not "were in the hospital with their children"."""
    for p in state.children:
        if p.dep_ != "prep":
            continue
        withs = [p] if p.lower_ == "with" else []
        withs += [w for o in p.children for w in o.children if w.lower_ == "with"]
        for w in withs:
            for o in w.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in _WOUND_NOUNS:
                    return o
    return None


def state_casualty(state: Token, fig: str | None) -> tuple[Token, str] | None:
    """The casualty a subject's state says ("was dead", "is in police custody", "remain in
    hospital with gunshot wounds"): ``state`` is "be" or a verb of state, ``fig`` its own
    figure."""
    for c in state.children:
        if c.dep_ in ("acomp", "attr") and (f := casualty(c)) is not None:
            return c, f
    if fig == "arrested":
        return state, fig  # "is in police custody"
    wound = with_wounds(state)  # "are in hospital with serious injuries"
    return (wound, "injured") if wound is not None else None
