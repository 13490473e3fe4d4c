"""Who ended dead or in custody, counted by what the phrase names (for ``figures``).

A release counts its dead and detainees in the noun phrase the verb ends, in more
shapes than the linker of one count to one casualty word reads:

* coordinated people, each counted by what it is: "The driver and his helper were
  arrested" (2), "held the owner and his two sons" (3), "a corporal and a private lost
  their lives" (2; the parser makes "private" an adjective), "arrested the master of a
  trawler and 6 of his crewmen" (7);
* people with the victim: "surrendered with six of his men" (7), "captured the
  commander together with his deputy and his bodyguard" (3); a "with" phrase of things
  ("arrested a man with a pistol") adds nobody.

:func:`phrase_counts` reads the victim of a casualty verb with ``link.dep_casualty`` (the
one reading of whose death or detention a verb tells) and counts its phrase: a count of
one person stays the single-victim reader's; a phrase whose items cannot all be counted
("the owner and his sons") gives nothing. Counts of the whole told beside the phrase (an
aside, a count "more" than those before) are ``totals``'.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.antecedents import set_size
from claimledger.extract.numbers.casualty_words import (
    casualty,
    gives_self_up,
    is_person,
    resolve_shoot,
)
from claimledger.extract.numbers.lexicon import (
    CASUALTY,
    INTRANSITIVE,
    KIN_MANY,
    KIN_RELATIVES,
    NONPERSON,
)
from claimledger.extract.numbers.link import dep_casualty
from claimledger.extract.numbers.verb_classes import (
    CUSTODY_NOUNS,
    ENDING,
    GROUPS,
    PEOPLE_ONLY,
    PEOPLE_PRONOUNS,
    PEOPLE_SUFFIXES,
    TAKING,
    agentive,
    persons_own,
)
from claimledger.extract.numbers.words import doc_words
from claimledger.resources.numwords import parse_quantity

__all__ = ["PHRASE_FIGURES", "personal", "phrase_counts"]

# The figures whose victims a phrase counts here (and an aside totals: ``totals``).
PHRASE_FIGURES = frozenset({"killed", "arrested"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
_OF_ARGUMENTS = _ARGUMENTS | {"pobj"}
# Nouns of the dead whose "of" names them: "the bodies of a father and his two sons".
_DEAD_OF = frozenset(
    {"bodies", "body", "deaths", "death", "killing", "killings", "corpses", "loss"}
)
_HEADS = frozenset({"NOUN", "PROPN", "NUM", "PRON", "ADJ"})
_ONE_PRONOUNS = frozenset({"him", "her"})
_SELF = frozenset({"himself", "herself", "themselves"})
_DETS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "one"})
_WITH = frozenset({"with"})
_WITH_LEADS = frozenset({"along", "together"})
_NAMING = frozenset({"identify", "know", "name", "call"})


def _value(tok: Token) -> int | None:
    """The exact value of a count token ("six", "11"), or None."""
    parsed = parse_quantity(tok.text)
    if parsed is None or parsed[2] != "exact" or parsed[0] is None or parsed[0] != parsed[1]:
        return None
    return parsed[0]


def personal(t: Token) -> bool:
    """A noun that names people, or one whose compound does ("occupiers prisoner")."""
    low = t.lower_
    return (
        is_person(t)
        or (t.ent_type_ == "PERSON" and t.pos_ == "PROPN")
        or (low.endswith(PEOPLE_SUFFIXES) and len(low) > 4 and t.pos_ in ("NOUN", "PROPN"))
        or any(c.dep_ == "compound" and is_person(c) for c in t.children)
    )


def _item_count(t: Token, after_person: bool) -> int | None:
    """How many people one item of a phrase names, or None when it is no count of people.

    ``after_person``: the item is coordinated after a person ("the driver and his helper":
    "helper" is someone by the coordination, "a private" by its article)."""
    if t.pos_ == "NUM":
        objs = [o for p in t.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if all(o.lower_ in PEOPLE_PRONOUNS or personal(o) or persons_own(o) for o in objs):
            return _value(t)
        return None
    if t.lower_ in _ONE_PRONOUNS:
        return 1
    if (size := _group_size(t)) is not None:
        return size
    if (size := set_size(t)) > 1 and any(c.dep_ in ("det", "poss") for c in t.children):
        return size  # "a couple and their three children"
    # after a person, an item of no known thing is someone ("his two helpers"); a thing
    # listed with people is none ("securing two persons, five long weapons and a vehicle")
    after_person = after_person and t.lemma_.lower() not in NONPERSON and t.lower_ not in NONPERSON
    nums = [c for c in t.children if c.dep_ == "nummod"]
    if nums:
        return _value(nums[0]) if personal(t) or persons_own(t) or after_person else None
    if t.tag_ not in ("NN", "NNP", "JJ", "JJR"):  # ("the cleaner" read as a comparative)
        return None  # a plural without a count ("his sons"), a pronoun of many
    det = any(c.dep_ in ("det", "poss") and c.lower_ in _DETS for c in t.children)
    if personal(t) or (after_person and (det or t.pos_ == "PROPN")):
        return 1
    return None


def _companions(head: Token, verb: Token) -> list[list[Token]]:
    """People "with" the victim, a list per "with": "surrendered with six of his men",
    "captured X together with his deputy and his bodyguard" (the "with" of the victim or
    of its verb)."""
    out: list[list[Token]] = []
    # one who gives himself up with his family gives up alone ("surrendered together with
    # his wife and two children": 1), not with his men ("with six of his men": 7)
    own = verb.lemma_.lower() == "surrender" or gives_self_up(verb)
    # (also of the participle that names the victim: "arrested a bomb expert of the group,
    # identified as X, along with a suspected courier")
    named = [
        c
        for h in (head, verb)
        for c in h.children
        if c.dep_ in ("acl", "advcl") and c.lemma_.lower() in _NAMING
    ]
    for holder in (head, verb, *named):
        for p in holder.children:
            if p.dep_ == "prep" and p.lower_ in _WITH_LEADS:
                p = next((w for w in p.children if w.lower_ in _WITH), p)
            if p.dep_ != "prep" or p.lower_ not in _WITH:
                continue
            for o in p.children:
                if o.dep_ == "pobj" and o.i > head.i and not (own and _family(o)):
                    out.append([o, *(c for c in o.conjuncts if c.i > o.i)])
    return out


def _family(t: Token) -> bool:
    """Relatives or a family ("his wife and two children", "his family")."""
    return t.lower_ in KIN_RELATIVES | KIN_MANY or t.lemma_.lower() in ("family", "relative")


# Words without which no verb of a sentence ends people dead or in custody: the casualty
# table's deaths and detentions, the custody nouns, and the lemmas the verb classes read.
_TRIGGERS = frozenset(
    {w for w, f in CASUALTY.items() if f in ("killed", "arrested")}
    | CUSTODY_NOUNS
    | _DEAD_OF
    | {"prisoner", "prisoners", "captive", "captives", "shahadat", "martyrdom", "lives", "life"}
    | {"price", "sacrifice", "fell", "fallen", "martyr", "martyrs", "dead"}
)
_TRIGGER_LEMMAS = frozenset(
    TAKING
    | ENDING
    | PEOPLE_ONLY
    | {"take", "hold", "lose", "pick", "round", "hand", "lock", "wipe", "give", "turn"}
    | {"surrender", "embrace", "martyr", "send", "put", "secure", "neutralise", "neutralize"}
    | {"destroy", "kill", "die", "pass", "pay", "make", "fall", "lay", "become", "succumb"}
)


def _may_count(tok: Token) -> bool:
    """Whether ``tok`` heads a phrase this reader may count (more than one item, an aside's
    subject, one doer), tested on its parse alone before its verb is read."""
    if tok.dep_ == "appos":
        return tok.head.ent_type_ == "DATE"
    head = tok.head
    return (
        any(c.dep_ in ("conj", "appos") for c in tok.children)
        or any(
            c.dep_ == "prep" and c.lower_ in _WITH | _WITH_LEADS
            for c in (*tok.children, *head.children)
        )
        or any(c.dep_ == "conj" and c.i > tok.i for c in head.children if c.dep_ == tok.dep_)
        or (
            tok.dep_ in ("nsubj", "nsubjpass")
            and any(c.dep_ == tok.dep_ and c.i > tok.i for c in head.children)
        )
        or (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _DEAD_OF)
        or (tok.dep_ == "nsubj" and head.lemma_ in ("believe", "think"))
        or any(c.dep_ in ("acl", "advcl") and c.lemma_.lower() in _NAMING for c in head.children)
        or (tok.tag_ == "NN" and agentive(tok))
        or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    )


def _dated_subject(tok: Token) -> tuple[Token, str] | None:
    """ "2. On 18 March, a militia chief, Ado Bara, surrendered together with ...": the
    subject the parse hangs on the opening date, of a verb left without one."""
    if tok.head.ent_type_ != "DATE" or not personal(tok):
        return None
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    fig = casualty(verb)
    if fig not in PHRASE_FIGURES or not (verb.lower_ in INTRANSITIVE or gives_self_up(verb)):
        return None
    return verb, fig


def _dead_of(tok: Token) -> tuple[Token, str] | None:
    """ "The bodies of a grandmother, her two daughters and five grandchildren": the object
    of a noun of the dead is its victims."""
    of = tok.head
    noun = of.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or noun.lower_ not in _DEAD_OF:
        return None
    return noun, "killed"


def _listed(tok: Token) -> list[Token]:
    """Items of a list the parse hangs on the first as appositions, each with its own
    determiner, possessive or count ("a grandmother, her two daughters and five
    grandchildren", "a father, a mother and their four children"); not after a name, nor
    "a mother of three", "a 45-year-old civilian and resident of X", "photo-journalist and
    a founder of Y", which say who the first one is."""
    if tok.pos_ == "PROPN":
        return []
    heads = [tok]
    if _dead_of(tok) is not None:
        heads.append(tok.head.head)  # (or on the noun of the dead: "bodies of a farmer, a herder")
    out: list[Token] = []
    for a in (a for h in heads for a in h.children if a.dep_ == "appos" and a.pos_ == "NOUN"):
        more = [c for c in a.children if c.dep_ == "conj"]
        if not (persons_own(a) or personal(a)):
            continue  # (no person: "Sepoy X, age 23, embraced shahadat")
        if not (persons_own(a) or any(c.dep_ == "nummod" for c in a.children) or more):
            continue
        if not more and any(c.dep_ == "nummod" and c.lower_ == "one" for c in a.children):
            continue  # (the same person: "The gang's leader, one Ebi alias Small, ...")
        if all(_marked(x) for x in (a, *more)):
            out.append(a)
    return out


def _owned_after_of(tok: Token) -> list[Token]:
    """The victim's own people the parse hung on the place or body it is "of" ("the imam of
    the village mosque and his three grandchildren": the grandchildren are the imam's); not
    after a person ("the son of Omar and his wife": Omar's wife, of whom the son is)."""
    if tok.tag_ != "NN" or tok.lemma_.lower() in NONPERSON:
        return []
    return [
        x
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN" and not is_person(o) and o.ent_type_ != "PERSON"
        for x in o.conjuncts
        if x.i > o.i
        and personal(x)
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in x.children)
    ]


def _marked(t: Token) -> bool:
    """An item with its own determiner, possessive or count ("a mother", "their four")."""
    return any(c.dep_ in ("det", "poss", "nummod") for c in t.children)


def _one_doer(tok: Token, verb: Token, fig: str, kept: list[Token]) -> bool:
    """One person a people-only verb takes by a noun no table lists ("a wanted extortionist
    was arrested"): indefinite, a doer's noun."""
    return (
        fig == "arrested"
        and kept == [tok]
        and verb.lemma_.lower() in PEOPLE_ONLY
        and tok.tag_ == "NN"
        and agentive(tok)
        and not personal(tok)  # (a person noun is the single-victim reader's)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    )


def _verb_conjuncts(tok: Token, verb: Token, items: list[Token]) -> list[Token]:
    """The victims coordinated with the verb rather than with ``tok``: "the loss of their
    commander and five fighters"; an object's noun conjuncts the parser hung on its verb
    after an apposition ("killed the commander of the cell, X, and his deputy": the deputy
    a conjunct of "killed"; twenty-ninth session), before any verb the verb is coordinated
    with ("killed X, ..., and injured A and B, and C": C is the injured's)."""
    if _dead_of(tok) is not None:
        return [c for c in verb.conjuncts if c.i > tok.i and personal(c)]
    if tok.dep_ != "dobj" or tok.head.i != verb.i:
        return []
    stop = min((v.i for v in verb.conjuncts if v.pos_ in ("VERB", "AUX")), default=len(tok.doc))
    return [
        c
        for c in verb.conjuncts
        if tok.i < c.i < stop
        and c not in items
        and ((c.pos_ in ("NOUN", "PROPN") and personal(c)) or _own_part(c))
    ]


def _own_part(c: Token) -> bool:
    """A count of someone's people ("two of his bodyguards") the parser hung on the verb
    after an apposition: "killed the commander of the sector, X, and two of his guards"."""
    return c.pos_ == "NUM" and any(
        p.lower_ == "of" and any(o.dep_ == "pobj" and persons_own(o) for o in p.children)
        for p in c.children
    )


def _opens_clause(t: Token) -> bool:
    """Whether a verb or an auxiliary follows the phrase ``t`` heads."""
    k = t.right_edge.i + 1
    return k < len(t.doc) and t.doc[k].pos_ in ("AUX", "VERB")


def _and_conjunct(tok: Token) -> list[Token]:
    """The one conjunct a counted head takes: "and" right before it, no name ("three rebels
    and a woman who cooked for them"; not "seven civilians, X, his wife, and ...")."""
    conj = [c for c in tok.children if c.dep_ == "conj"]
    if len(conj) != 1 or conj[0].pos_ == "PROPN" or not _one_more(conj[0]):
        return []  # (not "the killing of five terrorists and the destruction of a tunnel")
    c = conj[0]
    before = tok.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else tok
    return (
        [c]
        if before.lower_ == "and" and not any(t.text == "," for t in tok.doc[tok.i : c.i])
        else []
    )


def _one_more(c: Token) -> bool:
    """A person after a counted head of people: a person noun, or one doer by its form
    (``agentive``) with its article ("two teachers and a caretaker", "three nurses and a
    porter"); not a noun of no doer's ending ("and a donkey", "and the destruction of")."""
    return personal(c) or (
        c.tag_ == "NN" and agentive(c) and any(d.lower_ in ("a", "an") for d in c.children)
    )


# Nouns of a whole that a list after them breaks down ("Twelve civilians, five women and seven
# children"): no list of more people.
_WHOLES = frozenset(
    {"people", "persons", "person", "civilians", "victims", "casualties", "individuals"}
    | {"residents", "passengers", "members", "others", "bodies", "dead"}
)


def _counted_list(tok: Token) -> list[Token]:
    """The later items of a list a counted head opens, each counted or determined and
    naming people, the last after "and": "Five soldiers, two police officers and a nurse
    were killed" (the parse hangs the second on the first as an apposition, or as a
    conjunct after a comma: "killed five soldiers, two police officers and a nurse"); not a
    whole broken down ("Twelve civilians, five women and seven children": a whole's noun)."""
    if tok.lemma_.lower() in _WHOLES or tok.lower_ in _WHOLES:
        return []
    firsts = [c for c in tok.children if c.dep_ in ("appos", "conj") and c.pos_ == "NOUN"]
    if not firsts or len([c for c in firsts if c.dep_ == "appos"]) > 1:
        return []
    items = sorted({t for c in firsts for t in (c, *c.conjuncts) if t.i > tok.i}, key=lambda t: t.i)
    last = items[-1]
    if (
        len(items) < 2
        or last.left_edge.i == 0
        or tok.doc[last.left_edge.i - 1].lower_ != "and"
        or not all(personal(t) and _marked(t) for t in items)
    ):
        return []
    if _item_count(tok, False) is None or any(_item_count(t, True) is None for t in items):
        return []
    return items


def _co_subjects(tok: Token) -> list[Token]:
    """Subjects the parse hangs on the verb apart, joined by "and" or a comma ("A rebel
    commander, known as General Tiko, and his deputy gave themselves up": two subjects of
    "gave"; "The driver, the cleaner and the truck's owner were arrested")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    doc = tok.doc
    out: list[Token] = []
    for c in tok.head.children:
        between = doc[tok.i : c.i]
        if (
            c.dep_ == tok.dep_
            and c.i > tok.i
            and any(w.lower_ in ("and", ",") for w in between)
            and not any(":" in w.text for w in between)  # (a header: "X (Telegram): 2 boys")
        ):
            out += [c, *(x for x in c.conjuncts if x.i > c.i)]
    return out


def _believed_victim(tok: Token) -> tuple[Token, str] | None:
    """ "their crews, believed to number six men, were killed": the subject of a belief
    verb the parse hangs under the subjectless passive casualty verb."""
    verb = tok.head
    top = verb.head
    if tok.dep_ != "nsubj" or verb.lemma_ not in ("believe", "think") or verb.dep_ != "ccomp":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children):
        return None
    fig = casualty(top)
    return (
        (top, fig) if fig is not None and any(c.dep_ == "auxpass" for c in top.children) else None
    )


def _group_size(t: Token) -> int | None:
    """A group sized by "of" ("crew of three", even with "of" parsed on the item before)."""
    of = t.doc[t.i + 1 : t.i + 3]  # "of three"
    sized = t.lemma_.lower() in GROUPS and len(of) == 2 and of[0].lower_ == "of"
    return _value(of[1]) if sized and of[1].pos_ == "NUM" else None


def _with_person(first: Token, items: list[Token]) -> bool:
    """A first item coordinated with a person is one too ("a lance naik and a sepoy", "its
    skipper and five crewmen")."""
    return (
        first.tag_ == "NN"
        and first.lemma_.lower() not in NONPERSON
        and any(c.dep_ in ("det", "poss") for c in first.children)
        and any(personal(t) for t in items[1:])
    )


def _owner(first: Token, rest: list[Token]) -> bool:
    """Whether a later item names the first one's people ("the master of a trawler and 6
    of his crewmen", "the owner and his two sons", "its master and crew of 3"): a person."""
    if first.tag_ != "NN":
        return False
    deps, sized = {c.dep_ for c in first.children}, any(_group_size(t) for t in rest)
    if "det" not in deps or sized:
        return bool(deps & {"det", "poss"}) and sized
    for t in rest:
        for x in (t, *(o for p in t.children if p.lower_ == "of" for o in p.children)):
            if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in x.children):
                return True
    return False


def _counted(items: list[Token], counts: list[int | None]) -> list[Token]:
    """The items that count, in text order: after a counted group, names and what a colon
    or a bracket opens elaborate it ("seven civilians, X, his wife Y, and their five
    children A, B ...", "their four children: their three daughters, ...") and stop the
    count; so does a list after a head with its own count ("Two soldiers, a sergeant and
    a private")."""
    kept: list[Token] = []
    group = False
    for t, c in sorted(zip(items, counts, strict=True), key=lambda p: p[0].i):
        if c is None:
            continue
        if group and (t.pos_ == "PROPN" or _opens_list(kept[-1], t)):
            break
        kept.append(t)
        group = group or c > 1
    return kept


def _opens_list(prev: Token, t: Token) -> bool:
    """Whether a colon, a dash or a bracket stands between two items."""
    return any(w.text in (":", "(", "\u2013", "\u2014") for w in t.doc[prev.i + 1 : t.i])


def _members_of(tok: Token, items: list[Token], count: int | None) -> int | None:
    """The count of a phrase's first item: none for a group told with its members ("A
    saboteur group was captured ...: three men" is three, not the group and three)."""
    return 0 if count == 1 and len(items) > 1 and tok.lemma_.lower() in GROUPS else count


def _may_hold(doc: Doc, lo: int, hi: int) -> bool:
    """Whether doc[lo:hi] holds a word of death or detention (words read once per Doc)."""
    lowers, lemmas, _ = doc_words(doc)
    return any(
        w in _TRIGGERS or m in _TRIGGER_LEMMAS
        for w, m in zip(lowers[lo:hi], lemmas[lo:hi], strict=True)
    )


def phrase_counts(doc: Doc, lo: int, hi: int) -> list[tuple[int, int, str, int, Token]]:
    """Each casualty verb's victim phrase in doc[lo:hi] that counts two people or more by
    its items: ``(start, end, figure, count, head)``, token offsets of the phrase."""
    out: list[tuple[int, int, str, int, Token]] = []
    if not _may_hold(doc, lo, hi):
        return out  # (cheap: a sentence with no word of death or detention)
    for tok in doc[lo:hi]:
        if (
            tok.dep_ not in _OF_ARGUMENTS | {"appos"}
            or tok.pos_ not in _HEADS
            or tok.lower_ in _SELF
        ):
            continue  # ("handed himself over ... together with four of his fighters": the
            # subject's phrase counts them)
        if not _may_count(tok):
            continue  # (cheap: most nouns are no victim phrase of two items)
        if tok.dep_ == "appos":
            ended = _dated_subject(tok)
        else:
            ended = dep_casualty(tok) or _believed_victim(tok) or _dead_of(tok)
        if ended is None:
            continue
        verb, fig = ended
        fig = resolve_shoot(verb) if fig == "shoot" else fig
        if fig not in PHRASE_FIGURES:
            continue
        items = [tok]
        if not any(c.dep_ == "nummod" for c in tok.children) and tok.pos_ != "NUM":
            items += [c for c in tok.conjuncts if c.i > tok.i] + _co_subjects(tok)
            items += [x for a in _listed(tok) for x in (a, *a.conjuncts) if x.i > a.i or x is a]
            items += _owned_after_of(tok)
        else:  # a counted head takes only a plain "and" ("three rebels and a woman")
            items += _and_conjunct(tok) or _counted_list(tok)
        if tok.dep_ == "dobj":  # (an object's conjunct that a verb follows is the
            # subject of a clause of its own: "lost one of its sepoys and two others were wounded")
            items = [t for t in items if t is tok or not _opens_clause(t)]
        items += _verb_conjuncts(tok, verb, items)
        groups = _companions(tok, verb)
        owner = _owner(tok, items[1:] + [t for g in groups for t in g]) or _with_person(tok, items)
        counts = [_item_count(t, k > 0 and (owner or personal(tok))) for k, t in enumerate(items)]
        thing = tok.lemma_.lower() in NONPERSON  # ("the vehicle and its crew of three": 3)
        if counts[0] is None and not thing and (owner or _one_doer(tok, verb, fig, [tok])):
            counts[0] = 1  # "the skipper of a ferry and 4 of his deckhands": a person's own
        counts[0] = _members_of(tok, items, counts[0])
        if None in counts:
            continue  # an item of the victim's own coordination not counted: no count
        for group in groups:  # each "with" group: its first by what it is, the rest with it
            first = _item_count(group[0], False)
            items += group
            counts += [first, *(_item_count(t, first is not None) for t in group[1:])]
        kept = _counted(items, counts)
        if len(kept) < 2 and not _one_doer(tok, verb, fig, kept):
            continue
        total = sum(c for t, c in zip(items, counts, strict=True) if c is not None and t in kept)
        start = min(t.left_edge.i for t in kept)
        end = max(t.right_edge.i for t in kept) + 1
        # the victim noun: the item counting most ("their commander and five fighters": the
        # fighters name the side reconcile adds up by)
        most = max(kept, key=lambda t: counts[items.index(t)] or 0)
        out.append((max(start, lo), min(end, hi), fig, total, most if most.pos_ == "NOUN" else tok))
    return out
