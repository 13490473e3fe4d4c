"""Tie a count to its victim noun and its casualty word (for ``figures``).

Takes a number expression (:class:`~claimledger.extract.numbers.quantities.Expr`)
in one sentence of a spaCy ``Doc`` (token bounds ``lo``/``hi``) and gives the
casualty token, its figure, the victim noun and a confidence; nothing here
leaves ``extract/``. The order of tests in :func:`link_count`, cheapest first:

1. a casualty participle between the number and its noun: "20 injured soldiers";
2. right-adjacent: the number (or its victim noun) is followed, after at most a
   few auxiliaries/adverbs, by a casualty word: "37 wounded", "25 soldiers were
   killed", "nine were injured", "three people dead", "12 fatalities";
3. left-adjacent: a casualty verb right before it ("killing three", "killed 12
   militants"), "bodies of five", or a toll phrase ("the death toll rose to 12");
4. the dependency parse: the number or its noun is the passive subject, the
   subject of an intransitive casualty verb ("died"), or the object of an active
   one, following ``conj`` to the first conjunct;
5. a part of a count just stated: "including two children", "9 children among
   them" take the casualty word of their clause;
6. the group around the count (``groups``): "detained a district governor and 2 of his
   bodyguards", "a syndicate of 6 kidnappers was smashed and all members were arrested".

Right-adjacent words include phrases: "with a gunshot wound", "in critical
condition", "taken to hospital" (injured), "lost their lives", "passed away"
(killed), "had been taken" (abducted). Casualty verbs that are negated or
counterfactual ("was not hurt", "would have died") do not count.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.adjacent import (
    buried_count,
    into_custody,
    past_possessor,
    put_at,
    right_casualty,
)
from claimledger.extract.numbers.casualty_words import (
    LEFT,
    LOSE,
    active_with_object,
    casualty,
    figure_of,
    gives_lives,
    gives_self_up,
    is_person,
    speaker,
)
from claimledger.extract.numbers.groups import (
    all_of_them,
    among_the_killed,
    belief_over,
    depictive_dead,
    group_head,
    identified_as,
    in_state,
    object_conjunct,
    shared_subject,
    state_casualty,
    subject_phrase,
)
from claimledger.extract.numbers.lexicon import (
    CASUALTY,
    CASUALTY_NOUNS,
    CIVILIAN,
    INTRANSITIVE,
    LOST_FIGHTERS,
    LOST_MEN_BY,
    NONPERSON,
    NUMBERED_OF_NOUNS,
    OF_NOUNS,
    TOLL_BRIDGE,
    TOLL_WORDS,
)
from claimledger.extract.numbers.parts import adverb_part, subset_casualty
from claimledger.extract.numbers.quantities import Expr
from claimledger.extract.numbers.remote import remote_casualty
from claimledger.extract.numbers.taken_then import taken_then
from claimledger.extract.numbers.tolls import lost_by_form, toll_subject
from claimledger.extract.numbers.victim_roles import death_of

__all__ = ["dep_casualty", "link_count", "right_casualty"]

FLEE = frozenset({"fled", "flee", "fleeing", "flees"})


def find_victim(doc: Doc, e: Expr, hi: int) -> Token | None:
    """The noun the number counts ("25 Iraqi soldiers" -> soldiers; "five of the men" -> men)."""
    j = e.end
    if j < hi and doc[j].is_quote and e.start > 0 and doc[e.start - 1].is_quote:
        j += 1  # a quoted count: 'stating that "several" people had been injured'
    # "dozens of people", "five of the victims"
    if j < hi and doc[j].lower_ == "of":
        k = j + 1
        while k < hi and k < j + 5:
            # "dozens of wounded and martyrs": "wounded" is read as an adjective or a verb
            if doc[k].lower_ in ("them", "us", "whom", "those", "these", *CASUALTY_NOUNS):
                return doc[k]
            if doc[k].pos_ not in ("DET", "ADJ", "PROPN", "NUM", "PRON"):
                break
            k += 1
        k = past_possessor(doc, k, hi)
        # a compound noun continues: "19 of his family members"
        while k + 1 < hi and doc[k].pos_ == "NOUN" and doc[k].dep_ == "compound":
            k += 1
        if k < hi and doc[k].pos_ == "NOUN":
            return doc[k]
        return None
    k = j
    if k + 1 < hi and doc[k].lower_ == "names" and doc[k + 1].lower_ == "of":
        k += 2  # "listed 26 names of civilians killed": the names count the people
        k += 1 if k < hi and doc[k].lower_ == "the" else 0
    while k < hi and k < j + 5:
        t = doc[k]
        if t.is_quote:
            k += 1  # 'more than 45 "martyrs"'
            continue
        if t.pos_ == "NOUN" or (t.pos_ == "PROPN" and _members_named(t)):
            # a compound noun continues: "Taliban militants", "police officers"
            if k + 1 < hi and doc[k + 1].pos_ == "NOUN" and t.dep_ == "compound":
                k += 1
                continue
            return t
        if (
            t.pos_ in ("ADJ", "PROPN")
            or t.lower_ in ("-",)
            or (t.tag_ == "PRP$" and k > j)  # "12 names of their family members"
            or (t.pos_ == "VERB" and t.tag_ in ("VBN", "VBD", "VBG") and t.dep_ == "amod")
            or (t.lower_ in DESCRIBED and k + 1 < hi and doc[k + 1].pos_ in ("NOUN", "ADJ"))
        ):
            k += 1
            continue
        break
    return None


def left_casualty(doc: Doc, e: Expr, lo: int) -> tuple[Token, str] | None:
    """A casualty word before the number: "killing three", "bodies of five", "toll rose to 12"."""
    s = e.start
    if s - 1 >= lo:
        prev = doc[s - 1]
        if prev.is_quote and s - 2 >= lo:
            prev = doc[s - 2]  # 'troops "neutralised" about 20 attackers'
        fig = casualty(prev, fuzzy=True)
        if (
            fig is not None
            and prev.pos_ in ("VERB", "AUX")
            and prev.lower_ not in ("dead",)
            and prev.lower_ not in INTRANSITIVE  # "surrendered 30 rifles"
        ):
            return prev, fig
        before = doc[s - 2].lower_ if s - 2 >= lo else ""
        if (prev.lower_, before) in (("dead", "shot"), ("down", "gunned"), ("down", "shot")):
            return doc[s - 2], "killed"  # "shot dead two of the robbers", "gunned down three"
        lost = doc[s - 2] if prev.lower_ in ("only", "just") and s - 2 >= lo else prev
        if lost.lower_ in LOSE and _fighters(doc, e, lost):
            return lost, "killed"  # "the attackers lost three of their fighters"
        buried = buried_count(doc, e.start, lo, find_victim(doc, e, len(doc)))
        if buried is not None:
            return buried, "killed"
        of_noun = _of_noun(doc, e, lo)
        if of_noun is not None:
            return of_noun
    put = put_at(doc, s, lo)  # "put the dead at six", "put their number at seven"
    if put is not None:
        return put
    k = s - 1
    steps = 0
    while k >= lo and steps < 8:
        t = doc[k]
        if t.lower_ == "coded" and any(
            doc[j].lower_.startswith("fatalit") or doc[j].lower_ == "deaths"
            for j in range(max(lo, k - 6), k)
        ):
            return t, "killed"  # an annotator's note: "unknown fatalities coded as 10"
        if casualty(t) in ("killed", "injured") and _number_of(doc, k, lo):
            # "put the number of deaths at 14", "the number killed at 9", "the number of
            # children killed at seven"
            return t, casualty(t) or "killed"
        if t.lower_ in TOLL_WORDS:
            # "injury toll" names the injured, every other toll the dead
            fig = (
                "injured"
                if k > lo and doc[k - 1].lower_ in ("injury", "wounded", "injured")
                else "killed"
            )
            return t, fig
        if t.lower_ not in TOLL_BRIDGE and not t.is_quote:
            break
        k -= 1
        steps += 1
    return toll_subject(doc[e.head])


_OF_DETS = frozenset({"the", "his", "her", "their", "its", "our"})


def _of_noun(doc: Doc, e: Expr, lo: int) -> tuple[Token, str] | None:
    """A noun of death or detention whose "of" the count follows: "bodies of five", "the
    martyrdom of two of our brothers", "the killing of the two children", a side's "loss of 2
    of our fighters" (not "the loss of 30 jobs")."""
    s = e.start
    prev = doc[s - 1]
    if prev.lower_ in _OF_DETS and s - 2 >= lo and doc[s - 2].lower_ == "of":
        s, prev = s - 1, doc[s - 2]
    if prev.lower_ != "of" or s - 2 < lo:
        return None
    noun = doc[s - 2]
    fig = OF_NOUNS.get(noun.lower_) or NUMBERED_OF_NOUNS.get(noun.lower_)
    if fig is None and noun.lower_ == "loss" and _fighters(doc, e, noun):
        fig = "killed"
    return (noun, fig) if fig is not None else None


def _held(part: tuple[Token, str] | None, victim: Token) -> tuple[Token, str] | None:
    """A participle's reading, or the detention word whose object the wounded victims are:
    "arrested six wounded fighters", "the capture of two wounded fighters" (arrested)."""
    if part is None or part[1] != "injured":
        return part
    head = victim.head
    if victim.dep_ == "dobj" and head.pos_ == "VERB" and casualty(head) == "arrested":
        return head, "arrested"
    if (
        victim.dep_ == "pobj"
        and head.lower_ == "of"
        and OF_NOUNS.get(head.head.lower_) == "arrested"
    ):
        return head.head, "arrested"
    return part


def _taken_before(doc: Doc, e: Expr, lo: int) -> Token | None:
    """The detention verb right before a count ("secured 3 others who were wounded")."""
    left = left_casualty(doc, e, lo)
    return left[0] if left is not None and left[1] == "arrested" else None


def _number_of(doc: Doc, k: int, lo: int) -> bool:
    """Whether the casualty word at ``k`` ends "the number (of (the) [noun]) <word>"."""
    before = [doc[j].lower_ for j in range(max(lo, k - 4), k)]
    if before[-1:] == ["number"] or before[-2:] == ["number", "of"]:
        return True
    return (
        k - 1 >= lo
        and doc[k - 1].pos_ == "NOUN"
        and (before[-3:-1] == ["number", "of"] or before[-4:-1] == ["number", "of", "the"])
    )


def dep_casualty(x: Token) -> tuple[Token, str] | None:
    """A casualty verb whose victim the parse says ``x`` is."""
    x = group_head(x)  # "a father and his son", "a group of four saboteurs": the phrase's head
    if (far := remote_casualty(x) or belief_over(x)) is not None:
        return far  # "are believed to have been killed", "were lost"
    dep = x.dep_
    head, fig = shared_subject(x, casualty(x.head, fuzzy=True))
    if (
        dep in ("nsubjpass", "dobj", "nsubj")
        and head.lemma_ in ("pronounce", "declare", "find", "leave", "confirm", "report")
        and not (dep == "nsubj" and fig == "killed" and head.lower_ in LEFT)  # "X left us"
    ):
        # "pronounced dead", "found dead", "reported killed"; not "X reported [N were killed]"
        for c in head.children:
            if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "conj") and (f := casualty(c)):
                return None if any("subj" in s.dep_ for s in c.children) else (c, f)
        return None
    if dep in ("nsubjpass", "nsubj", "dobj") and (dead := depictive_dead(head)) is not None:
        return dead, "killed"  # "were brought dead to the clinic", "arrived dead"
    if dep == "nsubjpass" and head.lemma_ in ("identify", "list"):
        return identified_as(head)
    if dep == "nsubj" and (head.lemma_ == "be" or in_state(head)):  # "remain in detention"
        return state_casualty(head, fig)
    if dep == "nsubj" and (said := subject_phrase(head, fig)) is not None:
        return said  # "seven men from Orrin fell as martyrs", "embraced shahadat"
    if fig is None:
        return None
    if dep == "nsubjpass":
        return head, fig
    if dep == "nsubj":
        if (
            head.lower_ in INTRANSITIVE
            or gives_self_up(head)  # "three militants handed themselves in"
            or gives_lives(head)  # "four soldiers and two volunteers lost their lives"
            or not active_with_object(head)
            and head.tag_ == "VBN"
        ):
            return head, fig
        return None
    if dep == "dobj" and head.pos_ == "VERB" and head.lower_ not in INTRANSITIVE:
        return head, fig  # (what one surrendered is no one arrested: "surrendered 30 rifles")
    return None


def _right_or_relative(
    doc: Doc, e: Expr, lo: int, victim: Token | None, right: Token, conf: float
) -> Link | None:
    """The link of a casualty word right of a count; of a relative clause's word, the verb
    before ("secured 3 others who were wounded": arrested) or the main verb's death after
    ("Two soldiers who were wounded in the attack later succumbed": killed)."""
    taken = _taken_before(doc, e, lo) if right.dep_ == "relcl" else None
    if taken:
        return taken, "arrested", victim, conf
    died = _died_after(doc, e, victim, right)
    return (died, "killed", victim, conf) if died else _right_link(right, victim, conf)


def _died_after(doc: Doc, e: Expr, victim: Token | None, right: Token) -> Token | None:
    """The main verb's death after a relative clause's wounding: "Two soldiers who were
    wounded in the attack later succumbed" (not "... were taken to hospital")."""
    if right.dep_ != "relcl":
        return None
    for x in (victim, doc[e.head]):
        died = dep_casualty(x) if x is not None else None
        if died is not None:
            return died[0] if died[1] == "killed" and died[0].i > right.i else None
    return None


def _fighters(doc: Doc, e: Expr, lost: Token) -> bool:
    """Whether the count after "lost" counts a side's fighters ("three of their fighters";
    "men" only when a side lost them: "the rebels lost 15 men", "we lost (only) 2 men",
    "lost two of our men")."""
    victim = find_victim(doc, e, len(doc))
    if victim is None or not (victim.lower_ in LOST_FIGHTERS or lost_by_form(victim)):
        return False
    subjects = [c for c in lost.children if c.dep_ == "nsubj"]
    if lost.dep_ in ("acl", "relcl"):
        subjects.append(lost.head)  # "the attackers, who lost ...", a parse's "attackers lost"
    own = any(c.dep_ == "poss" and c.lower_ in ("our", "their", "its") for c in victim.children)
    return (
        (victim.lower_ in LOST_FIGHTERS and victim.lower_ not in ("men", "man"))
        or own
        or any(w.lower_ in LOST_MEN_BY or w.lemma_.lower() in FORMATIONS for w in subjects)
    )


# Armed formations whose men are their fighters: "The brigade lost 40 men" (not "the firm").
FORMATIONS = frozenset(
    {"brigade", "battalion", "regiment", "division", "platoon", "squad", "squadron", "unit"}
    | {"detachment", "corps", "garrison", "column", "militia", "army", "side", "force"}
)


def _members_named(t: Token) -> bool:
    """A group's name a count counts as its members: "two Americans", "four Taliban were killed"."""
    if t.dep_ == "compound":
        return False
    if t.ent_type_ == "NORP":
        return True
    return (
        t.ent_type_ in ("ORG", "")
        and t.dep_ in ("nsubj", "nsubjpass", "dobj")
        and t.head.pos_ in ("VERB", "AUX")
    )


# A linked count: the casualty token, its figure, the victim noun and a confidence.
Link = tuple[Token, str, Token | None, float]
# Entity types of a noun that is not a victim ("5 days", "3 provinces").
NOT_VICTIM_ENTS = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "GPE", "LOC", "FAC")


def link_count(doc: Doc, e: Expr, lo: int, hi: int) -> Link | None:
    """Find the casualty word, figure, victim noun and confidence of a count.

    Args: the parsed document, a number expression of the sentence doc[lo:hi], its
    first token and end (exclusive). Returns (casualty token, figure, victim noun or None,
    confidence), or None when the number counts no victims.
    """
    victim = find_victim(doc, e, hi)
    if victim is not None and victim.lower_ in CASUALTY_NOUNS and casualty(victim) is not None:
        return _noun_link(doc, e, victim, hi)
    conf = _victim_confidence(victim)
    if conf is None:
        return None
    right = _right_of(doc, e, victim, hi)
    # 1. "20 injured soldiers"; "20 displaced people were killed" are killed, not displaced
    if victim is not None:
        part = _held(_participle(doc, e, victim), victim)
        if (
            part is not None
            and part[1] == "displaced"
            and _harmed_besides(doc, e, lo, right, victim)
        ):
            part = None
        if part is not None:
            return None if speaker(victim) else taken_then(part, victim, conf, victim)
    # 2. right-adjacent (also past the victims' family phrase and an aside); "secured 3
    # others who were wounded": the detention verb before says what was done
    if right is not None:
        return _right_or_relative(doc, e, lo, victim, right, conf)
    # "four were shot, one fatally", "five injured, one critically": the adverb alone
    adverb = adverb_part(doc, e, lo, hi)
    if adverb is not None:
        return adverb[0], adverb[1], victim, conf - 0.1
    # 3. left-adjacent; "took 9 prisoners": prisoners taken are arrested
    if (
        victim is not None
        and victim.lower_ in ("prisoners", "captives")
        and e.start > lo
        and doc[e.start - 1].lemma_ == "take"
    ):
        return doc[e.start - 1], "arrested", victim, conf
    held = into_custody(doc[e.start - 1]) if e.start > lo else None
    if held is not None:  # "took two of his associates into custody"
        return held, "arrested", victim, conf
    left = left_casualty(doc, e, lo) or object_conjunct(doc, e, lo)
    if left is not None:
        return left[0], left[1], victim, conf
    # 4. the parse
    x = victim if victim is not None else doc[e.head]
    dep = dep_casualty(x)
    if dep is not None:
        return dep[0], dep[1], victim, conf - 0.1
    among = among_the_killed(doc, e, lo)
    if among is not None:
        return among, figure_of(among), victim, 0.6
    # 5. a part of a count just stated: "killing 30, 9 children among them",
    # "five people, including two children, were killed"
    sub = subset_casualty(doc, e, victim, lo, hi)
    if sub is not None:
        return sub, figure_of(sub), victim, 0.6
    # 6. the whole group again: "a syndicate of 6 kidnappers was smashed and all members
    # were arrested"
    return _with_victim(all_of_them(doc, e, hi), victim, 0.6)


def _noun_link(doc: Doc, e: Expr, victim: Token, hi: int) -> Link | None:
    """A count whose noun is a casualty word ("12 fatalities"; "two of the injured later
    died": killed; "the deaths of two detainees": the death noun counts them)."""
    if death_of(victim):
        return victim.head.head, "killed", victim, 0.9
    died = right_casualty(doc, victim.i + 1, hi) if doc[e.end].lower_ == "of" else None
    if died is not None and figure_of(died) == "killed":
        return died, "killed", None, 0.9
    return taken_then((victim, CASUALTY.get(victim.lower_, "killed")), victim, 0.9, None)


def _with_victim(found: tuple[Token, str] | None, victim: Token | None, conf: float) -> Link | None:
    """A casualty token and figure as a link with its victim and confidence."""
    return None if found is None else (found[0], found[1], victim, conf)


# Participles that describe victims without harming them: "14 identified civilians"
# (the parse may make the number their subject).
DESCRIBED = frozenset({"identified", "named", "unidentified", "documented", "confirmed"})
# Nouns a victims' "of"/"from" phrase may end on: "members of the Karam and Nadi families".
KIN_GROUPS = frozenset(
    {"family", "families", "generation", "generations", "household", "households", "clan"}
)
# Words opening a comma-bounded aside after the victims: ", including two children,",
# ", among them a baby,", ", most of them women,", ", forming four family units,".
ASIDE_OPENERS = frozenset({"including", "among", "most", "mostly", "mainly", "all", "many"})
ASIDE_REACH = 30


def _past_postmodifiers(doc: Doc, victim: Token, hi: int) -> int | None:
    """Where a casualty word may follow the victims' family phrase and an aside.

    "members of the Karam family, including two children, | were killed", "people
    from three generations of the Nadi family | were killed", "twelve members of the
    Karam family, forming four households, | who were killed". None when neither
    follows the victim noun.
    """
    k = victim.i + 1
    moved = False
    if k < hi and doc[k].lower_ in ("of", "from"):
        j, last = k + 1, None
        while (
            j < hi
            and j < k + 12
            and (
                doc[j].pos_ in ("DET", "PROPN", "NUM", "CCONJ")
                or doc[j].lower_ in KIN_GROUPS
                or doc[j].lower_ in ("of", "-", "’s", "'s")
            )
        ):
            last = j if doc[j].lower_ in KIN_GROUPS else last
            j += 1
        if last is None or j != last + 1:
            return None
        k, moved = j, True
        if k + 1 < hi and doc[k].lower_ == "that" and doc[k + 1].lower_ in ("were", "was", "had"):
            k += 1  # "five members of the X family that were killed"
    past = _past_asides(doc, k, hi)
    return past if past is not None else (k if moved else None)


def _past_asides(doc: Doc, k: int, hi: int) -> int | None:
    """Past up to two asides between commas from ``k``: ", including two children,",
    ", having fought gallantly,", ", trapped in an upstairs room," (a participle that is no
    casualty word of its own), names ", Naik X and Sepoy Y,"; None when none."""
    end = None
    while True:
        if not (k + 1 < hi and doc[k].lower_ == ","):
            return end
        names = doc[k + 1].pos_ == "PROPN"
        opener = doc[k + 1]
        participle = opener.tag_ == "VBG" or (opener.tag_ == "VBN" and casualty(opener) is None)
        if not (names or opener.lower_ in ASIDE_OPENERS or participle):
            return end
        c = k + 2
        while c < min(hi, k + ASIDE_REACH) and doc[c].lower_ != ",":
            if doc[c].lower_ in (";", ".") or doc[c].is_quote:
                return end
            if names and doc[c].pos_ not in ("PROPN", "CCONJ", "PUNCT"):
                return end
            c += 1
        if c >= min(hi, k + ASIDE_REACH):
            return end
        end, k = c + 1, c  # k is the comma that closes this aside


def _victim_confidence(victim: Token | None) -> float | None:
    """0.9 for people or no noun, 0.6 for an unknown noun, None for things ("5 days")."""
    conf = 0.9
    if victim is not None and not is_person(victim):
        if victim.lemma_.lower() in NONPERSON or victim.lower_ in NONPERSON:
            return None
        if victim.ent_type_ in NOT_VICTIM_ENTS:
            return None
        conf = 0.6
    return conf


def _participle(doc: Doc, e: Expr, victim: Token) -> tuple[Token, str] | None:
    """A casualty participle between the number and its noun: "20 injured soldiers"."""
    for k in range(e.end, victim.i):
        f = casualty(doc[k], fuzzy=True)
        if f is not None and doc[k].pos_ in ("VERB", "ADJ"):
            return doc[k], f
    return None


def _right_anchor(doc: Doc, e: Expr, victim: Token | None, hi: int) -> int:
    """Where a right-adjacent casualty word may start: after the number or its noun(s)."""
    anchor = victim.i + 1 if victim is not None else e.end
    if victim is not None:
        # "4 militants or civilians killed": a conjoined noun without its own count
        j = victim.i + 1
        if (
            j + 1 < hi
            and doc[j].lower_ in ("or", "and", "/")
            and doc[j + 1].pos_ == "NOUN"
            and doc[j + 1].tag_ == "NNS"
            and casualty(doc[j + 1], fuzzy=True) is None
        ):
            anchor = j + 2
    return anchor


def _right_link(right: Token, victim: Token | None, conf: float) -> Link | None:
    """The link to a right-adjacent casualty word, unless it shows no victims."""
    if (
        right.pos_ == "VERB"
        and active_with_object(right)
        and right.lower_ not in INTRANSITIVE
        and not gives_self_up(right)
    ):
        return None  # "three gunmen killed two men": the gunmen are not victims
    if victim is not None and right.dep_ == "acl" and right.head == victim and speaker(victim):
        return None
    fig = figure_of(right)
    if fig == "abducted" and victim is not None and victim.lower_ in ("prisoner", "prisoners"):
        fig = "arrested"  # "Two prisoners were taken" (as "taken prisoner", "took 9 prisoners")
    if right.lower_ in FLEE and not (victim is not None and _uprooted(victim)):
        return None  # "three suspects fled": only civilians fleeing are displaced
    return right, fig, victim, conf


def _right_of(doc: Doc, e: Expr, victim: Token | None, hi: int) -> Token | None:
    """The casualty word right of the count, also past the victims' family phrase and an aside."""
    right = right_casualty(doc, _right_anchor(doc, e, victim, hi), hi)
    if right is None and victim is not None:
        past = _past_postmodifiers(doc, victim, hi)
        right = right_casualty(doc, past, hi) if past is not None else None
    return right


def _harmed_besides(doc: Doc, e: Expr, lo: int, right: Token | None, victim: Token) -> bool:
    """Whether a displaced count's victims are also killed or hurt ("killed 20 displaced people",
    "20 displaced people sheltering in a school were killed")."""
    if right is not None and figure_of(right) != "displaced":
        return True
    left = left_casualty(doc, e, lo)
    dep = dep_casualty(victim)
    return (left is not None and left[1] != "displaced") or (
        dep is not None and dep[1] != "displaced"
    )


def _uprooted(victim: Token) -> bool:
    """Victims whose flight is displacement: civilians, villagers, families, people."""
    return victim.lemma_.lower() in CIVILIAN or victim.lower_ in _UPROOTED


_UPROOTED = frozenset("people persons families households residents civilians villagers".split())  # noqa: SIM905
