"""Casualty figures (stage 3, "numbers"): spaCy ``Doc`` -> ``list[FigureMention]``.

Every count of people killed, injured (and missing, abducted, arrested,
displaced) stated in a parsed document becomes one :class:`FigureMention`, in
text order, with ``Evidence`` (extractor ``numbers.v1``) over the number and its
casualty word when they are close, else over the number expression.

Number expressions are parsed by :func:`parse_quantity` (``extract/numwords.py``
documents the conventions: an explicit range "10 to 15" is ``exact`` with
low < high; "up to N" is low=high=N with qualifier ``up_to``; "at least N" is
low=N, high=None; "more than N" is low=N+1, high=None; vague words follow
ACLED: "dozens" = 12, "hundreds" = 100). The casualty lexicon and every other
word list are in ``extract/numlexicon.py``; ``extract/numlink.py`` ties a
number to its casualty word (adjacency first, then the dependency parse).

Beyond written numbers:

* one victim: "a man was shot and killed", "a 16-year-old died", "shot himself",
  "Jane Doe, 34, was pronounced dead" count 1; "a father and his son were found
  dead" counts 2; a definite or named victim ("the victim died") is dropped when
  the text counts anyone otherwise (it refers back), except for deaths;
* events named with their count: "double shooting" (2 shot), "triple homicide"
  (3 killed), "murder-suicide" (2 killed);
* negation: "no one was killed", "nobody was hurt", "no injuries were reported",
  "without casualties" give low=high=0 with ``negated=True`` ("no casualties"
  negates killed and injured); a figure never mentioned gives no mention;
* shootings: a victim who "was shot" and is not said to die is injured; "four
  were shot, one fatally" gives injured 3 and killed 1;
* conjoined counts stay one mention per victim group ("three soldiers and at
  least seven militants were killed" = 3 and at least 7); a part of a count
  ("including two children", "9 children among them") is its own mention;
* deaths of someone already named count 1 even through a pronoun ("he died
  at the hospital"); one victim "shot" in one sentence and "died" in another is
  killed, not also injured; a count of people shot includes those said to die
  elsewhere in the text ("six were shot ... one died" = injured 5, killed 1);
* not counted: negated or counterfactual verbs ("was not hurt", "would have
  died"), a count of "casualties" as deaths (it is read as injured), a bare
  vague word away from its casualty word ("thousands mourned those killed");
* a figure restated with the same value in one sentence is kept once (unless
  the victims differ: "a boy ... a girl").

The whole stage is one pass over the tokens of each sentence (cut at line
breaks too): no second spaCy pass, all word lists and the typo table are built
at import.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from claimledger.extract.numbers.lexicon import (
    CASUALTY,
    CIVILIAN,
    MULTIPLE,
    MULTIPLE_EVENTS,
    NEG_BEFORE_NOUN,
    NEG_SKIP,
    NEG_SUBJECTS,
    NONPERSON,
    OF_NOUNS,
    PERSON,
    TYPOS,
)
from claimledger.extract.numbers.link import (
    active_with_object,
    age_start,
    casualty,
    dep_casualty,
    expressions,
    figure_of,
    is_person,
    link_count,
    not_a_count,
    resolve_shoot,
    right_casualty,
    sent_bounds,
    speaker,
)
from claimledger.records import FIGURES, Evidence, FigureMention
from claimledger.resources.numwords import parse_quantity

__all__ = ["EXTRACTOR", "extract_figures", "parse_quantity"]

# The casualty lexicon lives in ``numlexicon.py`` (``_FORMS``), shared with
# ``numlink.py``; in short, by figure:
#   killed:    killed/killing, died/dead/death(s), fatalities, murdered, slain, perished,
#              executed, gunned (down), succumbed, "lost their lives", "passed away",
#              "neutralised", "fatally <verb>", "<verb> to death", bodies
#   injured:   wounded, injured, hurt, hospitalized, treated, "in critical condition",
#              "with a gunshot wound", "taken to hospital", casualties
#   shot:      shot/shooting/grazed/stabbed, "hit by gunfire": killed when the clause
#              says the victim died ("shot dead", "fatally shot"), injured otherwise
#   missing, abducted (kidnapped, hostages, "had been taken"), arrested (detained),
#   displaced (fled, for civilians only)

EXTRACTOR = "numbers.v1"
# Verbs whose object is a person whatever the noun ("executed" also takes warrants).
KILLING_VERBS = frozenset(
    {
        "killed",
        "killing",
        "kills",
        "murdered",
        "murdering",
        "shot",
        "slew",
        "assassinated",
        "beheaded",
        "lynched",
        "gunned",
        "stabbed",
    }
)
# Singular nouns naming a group, not one person.
COLLECTIVE = frozenset(
    {"one", "ones", "family", "staff", "security", "police", "army", "militia", "personnel"}
)
# Verbs that report a body: "a body was found".
FIND_VERBS = frozenset({"find", "recover", "discover", "dump", "retrieve", "locate", "pull"})
# Casualty words that imply an injury without saying the victim survived.
IMPLIED_INJURY = frozenset({"condition", "hospital", "hospitals", "wound", "wounds", "injuries"})
# A victim marked as someone else than the one already counted.
OTHER_WORDS = frozenset({"another", "other", "second", "third", "also"})


def _multiple_event(doc: Doc, tok: Token, hi: int) -> tuple[int, str, int] | None:
    """'double shooting' = 2 shot, 'triple homicide' = 3 killed, 'murder-suicide' = 2 killed."""
    low = tok.lower_
    if low in MULTIPLE and tok.i + 1 < hi:
        k = tok.i + 1
        if doc[k].lower_ == "-" and k + 1 < hi:
            k += 1
        fig = MULTIPLE_EVENTS.get(doc[k].lower_)
        if fig == "killed" and doc[k].lower_ == "fatal" and k + 1 < hi:
            k += 1  # "double fatal shooting"
        if fig is not None:
            return MULTIPLE[low], fig, k + 1
        return None
    # "murder-suicide": the victim and the shooter both die
    if (
        low in ("murder", "homicide")
        and tok.i + 2 < hi
        and doc[tok.i + 1].lower_ == "-"
        and doc[tok.i + 2].lower_ == "suicide"
    ):
        if tok.i > 0 and doc[tok.i - 1].lower_ in MULTIPLE:
            return None
        return 2, "killed", tok.i + 3
    return None


def _object_of_killing(tok: Token) -> bool:
    """An unknown noun killed by an active verb is a person: "killed a pastoralist"."""
    return (
        tok.dep_ == "dobj"
        and tok.lemma_.lower() not in NONPERSON
        and tok.lower_ not in NONPERSON
        and tok.head.lower_ in KILLING_VERBS
        and tok.ent_type_ not in ("DATE", "TIME", "MONEY", "GPE", "LOC", "FAC", "ORG")
    )


def _subject_of_casualty(tok: Token) -> bool:
    """An unknown noun that "was killed/shot/wounded" is a person: "a trafficker was killed"."""
    return (
        tok.dep_ == "nsubjpass"
        and tok.lemma_.lower() not in NONPERSON
        and tok.lower_ not in NONPERSON
        and any(
            casualty(v) in ("killed", "injured", "shoot") for v in (tok.head, *tok.head.conjuncts)
        )
        and tok.ent_type_ not in ("DATE", "TIME", "MONEY", "GPE", "LOC", "FAC", "ORG")
    )


def _conjoined(tok: Token) -> list[Token]:
    """Further single victims joined to ``tok``: "a father and his baby son"."""
    return [
        c
        for c in tok.conjuncts
        if c.i > tok.i
        and (
            (c.pos_ == "NOUN" and c.tag_ == "NN" and is_person(c))
            or (c.pos_ == "PROPN" and c.ent_type_ == "PERSON")
        )
        and not any(d.dep_ == "nummod" for d in c.children)
    ]


def _singular(doc: Doc, tok: Token, lo: int, hi: int) -> tuple[int, Token, str, float] | None:
    """A count of 1 for one named or described victim.

    "a man was shot and killed", "a 16-year-old died", "the victim was pronounced
    dead", "shot his father", "shot himself", "Jane Doe was killed". Returns
    (start index, casualty token, figure, confidence) or None.
    """
    low = tok.lower_
    start = tok.i
    conf = 0.8
    if low == "old" and tok.i + 1 <= hi:
        nxt = doc[tok.i + 1] if tok.i + 1 < hi else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
            return None  # "a 15-year-old girl": the noun carries the count
        age = age_start(doc, tok.i, lo)
        if age is None:
            return None
        start = age
        if doc[age].lower_ == "the":
            conf = 0.6  # "the 13-year-old": someone already introduced
    elif low in ("himself", "herself"):
        if tok.dep_ != "dobj" or casualty(tok.head) is None:
            return None
        return tok.i, tok.head, casualty(tok.head) or "injured", 0.7
    elif low in ("he", "she"):
        # "he died", "she was pronounced dead": a death of someone already named;
        # only deaths, and only as an anaphoric mention (see extract_figures)
        right = right_casualty(doc, tok.i + 1, hi)
        if (
            right is not None
            and figure_of(right) == "killed"
            and not (right.pos_ == "VERB" and active_with_object(right))
        ):
            return tok.i, right, "killed", 0.4
        dep = dep_casualty(tok)
        if dep is not None and dep[1] == "killed":
            return tok.i, dep[0], "killed", 0.4
        return None
    elif tok.pos_ == "PROPN" and tok.i == lo and tok.lower_ in PERSON:
        # a capitalised headline noun: "Bystander Shot During Fight"
        start = tok.i
    elif tok.pos_ == "PROPN":
        if tok.is_upper and len(tok) > 1:
            return None  # a dateline ("KIRKUK, Iraq —"), not a person
        aged = any(c.dep_ == "amod" and c.lower_ == "old" for c in tok.children)
        if (tok.ent_type_ != "PERSON" and not aged) or (
            tok.i + 1 < hi
            and doc[tok.i + 1].ent_type_ == "PERSON"
            and doc[tok.i + 1].ent_iob_ == "I"
        ):
            return None
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "ROOT"):
            return None
        start = tok.i
        while start > lo and doc[start].ent_iob_ == "I":
            start -= 1
        conf = 0.5
    elif low in ("him", "her") and tok.dep_ == "dobj":
        # "opened fire on a civilian, killing him": a death of someone just named
        if casualty(tok.head) is None or resolve_shoot(tok.head) != "killed":
            return None
        return tok.i, tok.head, "killed", 0.4
    elif low == "body" and tok.dep_ in ("nsubjpass", "dobj") and tok.head.lemma_ in FIND_VERBS:
        # "a man's body was found", "police recovered the body of a woman"
        return tok.i, tok, "killed", 0.7
    elif (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and (is_person(tok) or _object_of_killing(tok) or _subject_of_casualty(tok))
        and low not in COLLECTIVE
    ):
        det = None
        for c in tok.children:
            if c.dep_ in ("nummod",) or c.lower_ in ("no", "each", "every", "any", "neither"):
                return None
            if c.dep_ == "det" and c.i < tok.i and c.lower_ in ("a", "an", "the", "another"):
                det = c
            if c.dep_ == "poss" and tok.dep_ == "dobj":
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
        if det is None:
            # headline style "Man killed in crash": a bare singular noun opening the sentence
            first = lo
            while first < hi and doc[first].is_punct:
                first += 1
            if tok.i != first and not (tok.i == first + 1 and doc[first].pos_ == "ADJ"):
                return None
            start = first
        else:
            mods = [c.i for c in tok.children if c.dep_ in ("det", "amod", "compound", "poss")]
            start = min([det.i, *(i for i in mods if i < tok.i)])
            if det.lower_ == "the":
                conf = 0.6
            if doc[start].lower_ == "old":
                start = age_start(doc, start, lo) or start
    else:
        return None
    if speaker(tok):
        return None
    right = right_casualty(doc, tok.i + 1, hi)
    dep = dep_casualty(tok)
    if dep is not None and dep[1] == "killed" and (right is None or right.i < dep[0].i):
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
    # "gunmen shot dead a civilian", "killing a soldier": the verb right before the
    # victim's phrase, whatever the parser attached it to
    if start > lo and tok.pos_ == "NOUN":
        prev = doc[start - 1]
        fig = casualty(prev, fuzzy=True)
        if (
            fig is not None
            and prev.pos_ in ("VERB", "ADJ")
            and prev.lower_ not in ("injured", "wounded")
        ):
            return start, prev, fig, conf
    # "the fatal shooting of a teenager", "the death of an 11-year-old boy"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        noun = tok.head.head
        if noun.lower_ in OF_NOUNS:
            return start, noun, "killed", conf
        if noun.lower_ == "shooting":
            fatal = any(
                c.lower_ in ("fatal", "deadly", "death") for c in (*noun.children, noun.head)
            ) or (noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "death")
            return start, noun, "killed" if fatal else "injured", conf - 0.05
    return None


def _negated_nouns(doc: Doc, tok: Token, lo: int) -> list[str] | None:
    """Figures a casualty noun negates: "no injuries", "without casualties", "neither deaths nor injuries"."""
    low = tok.lower_
    if low not in (
        "casualties",
        "injuries",
        "injury",
        "deaths",
        "fatalities",
        "fatality",
        "death",
        "casualty",
        "dead",
        "wounded",
        "injured",
    ):
        return None
    if low in ("dead", "wounded", "injured") and tok.pos_ != "NOUN":
        return None
    k = tok.i - 1
    steps = 0
    while k >= lo and steps < 5:
        t = doc[k]
        if t.lower_ in NEG_BEFORE_NOUN:
            if low in ("casualties", "casualty"):
                return ["killed", "injured"]
            return [CASUALTY[low]]
        if t.lower_ not in NEG_SKIP:
            return None
        k -= 1
        steps += 1
    return None


def extract_figures(doc: Doc, doc_id: str) -> list[FigureMention]:
    """Find every stated count of people killed, injured, missing, abducted, arrested, displaced.

    Args:
        doc: a parsed document (tagger, parser and NER of the pinned pipeline).
        doc_id: the id carried into every Evidence.

    Returns:
        One FigureMention per stated figure, in text order. A figure restated
        with the same value in the same sentence is kept once.
    """
    found: list[tuple[FigureMention, bool, bool]] = []
    for lo, hi in sent_bounds(doc):
        found.extend(_sentence_figures(doc, doc_id, lo, hi))
    # A definite or named victim ("the victim died", "Smith was shot") refers back to
    # someone a count already introduced, unless nothing else in the text counts anyone.
    counted = any(
        not ana and not m.negated for m, ana, _ in found if m.figure in ("killed", "injured")
    )
    # One victim "was shot" in one sentence and "died" in another: the same person,
    # killed rather than injured, when the text never counts more than one victim.
    one_dead = any(m.figure == "killed" and m.low == 1 and not m.negated for m, _, _ in found)
    many = any((m.low or 0) > 1 for m, _, _ in found if m.figure in ("killed", "injured"))
    # "Four people were shot ... one of them died": a count of people shot includes
    # those said elsewhere to have died, so the injured are the rest.
    dead = max(
        (m.low or 0 for m, _, _ in found if m.figure == "killed" and not m.negated), default=0
    )
    out: list[FigureMention] = []
    for m, ana, shot in found:
        # A death is news even about someone already introduced ("the man later
        # died"); an anaphoric injury is not.
        if ana and counted and m.figure != "killed":
            continue
        if shot and m.low == 1 and one_dead and not many:
            continue
        if shot and m.low is not None and 0 < dead < m.low:
            m = replace(m, low=m.low - dead, high=m.low - dead)
        out.append(m)
    return out


@dataclass
class _Found:
    """A figure found in a sentence, before deduplication."""

    start: int  # evidence token span
    end: int
    order: int  # where the count starts, for text order
    figure: str
    low: int | None
    high: int | None
    qualifier: str
    victim: Token | None
    negated: bool
    confidence: float
    shot: bool = False  # read from "shot": the injured may include those said to die
    anaphoric: bool = False  # a definite or named single victim ("the victim", "Smith")
    event: bool = False  # counted from the event's name ("double shooting")


def _sentence_figures(
    doc: Doc, doc_id: str, lo: int, hi: int
) -> list[tuple[FigureMention, bool, bool]]:
    """The figures of one sentence doc[lo:hi], each with its ``anaphoric`` flag."""
    found: list[_Found] = []
    used: set[int] = set()
    for e in expressions(doc, lo, hi):
        if not_a_count(doc, e, lo, hi):
            continue
        link = link_count(doc, e, lo, hi)
        if link is None:
            continue
        cas, fig, victim, conf = link
        if cas.lower_ not in CASUALTY and cas.lower_ in TYPOS:
            conf = min(conf, 0.7)  # read through a misspelling ("wouded")
        if cas.lower_ in ("casualties", "casualty"):
            conf = min(conf, 0.5)  # dead and wounded together; read as injured
        if (
            e.qual == "vague"
            and victim is None
            and not (0 <= cas.i - e.end <= 3 or cas.i == e.start - 1)
        ):
            continue  # a bare "thousands" or "tens" is a count only right next to its casualty word
        shot = fig == "shoot"
        if shot:
            fig = resolve_shoot(cas)
        used.update(range(e.start, e.end))
        if victim is not None:
            used.add(victim.i)
        s, t = _evidence_bounds(e.start, e.end, cas)
        negated = e.low == 0 and e.high == 0
        f = _Found(s, t, e.start, fig, e.low, e.high, e.qual, victim, negated, conf, shot)
        found.append(f)
    for tok in doc[lo:hi]:
        if tok.i in used:
            continue
        multi = _multiple_event(doc, tok, hi)
        if multi is not None:
            n, fig, end = multi
            found.append(
                _Found(
                    tok.i,
                    end,
                    tok.i,
                    fig,
                    n,
                    n,
                    "exact",
                    None,
                    False,
                    0.6,
                    fig == "injured",
                    event=True,
                )
            )
            continue
        single = _singular(doc, tok, lo, hi)
        if single is not None:
            start, cas, fig, conf = single
            shot = fig == "shoot"
            if shot:
                fig = resolve_shoot(cas)
                # "another teen was shot": explicitly not the victim counted elsewhere
                shot = not any(c.lower_ in OTHER_WORDS for c in tok.children)
            elif fig == "injured" and cas.lower_ in IMPLIED_INJURY:
                # "taken to hospital", "in critical condition", "with a gunshot wound"
                # say the victim was hurt, not that they survived: treat like "shot"
                shot = not any(c.lower_ in OTHER_WORDS for c in tok.children)
            # the casualty word comes after the conjuncts ("a father and his son were
            # found dead"), so every conjunct is one more victim of the same word
            more = [c for c in _conjoined(tok) if c.i < cas.i or cas.i < tok.i]
            used.update(c.i for c in more)
            n = 1 + len(more)
            last = more[-1].i if more else tok.i
            s, t = _evidence_bounds(max(start, lo), last + 1, cas)
            victim = tok if tok.pos_ == "NOUN" or tok.lower_ in PERSON else None
            anaphoric = conf < 0.75 and n == 1
            f = _Found(s, t, start, fig, n, n, "exact", victim, False, conf, shot, anaphoric)
            found.append(f)
            continue
        if tok.lower_ in NEG_SUBJECTS:
            right = right_casualty(doc, tok.i + 1, hi)
            cas_fig = (right, figure_of(right)) if right is not None else dep_casualty(tok)
            if cas_fig is not None:
                fig = resolve_shoot(cas_fig[0]) if cas_fig[1] == "shoot" else cas_fig[1]
                s, t = _evidence_bounds(tok.i, tok.i + 1, cas_fig[0])
                found.append(_Found(s, t, tok.i, fig, 0, 0, "exact", None, True, 0.8))
            continue
        negs = _negated_nouns(doc, tok, lo)
        if negs:
            start = tok.i
            while start > lo and doc[start - 1].lower_ in NEG_SKIP | NEG_BEFORE_NOUN:
                start -= 1
            for fig in negs:
                found.append(_Found(start, tok.i + 1, start, fig, 0, 0, "exact", None, True, 0.8))
    found.sort(key=lambda f: (f.order, FIGURES.index(f.figure)))
    kept: list[_Found] = []
    for f in found:
        if not any(_restated(f, g) for g in kept):
            kept.append(f)
    _split_shot(kept)
    sent = doc[lo:hi]
    sent_ev = Evidence(sent.start_char, sent.end_char, sent.text, doc_id, EXTRACTOR, 1.0)
    mentions: list[tuple[FigureMention, bool, bool]] = []
    for f in kept:
        span: Span = doc[f.start : f.end]
        ev = Evidence(span.start_char, span.end_char, span.text, doc_id, EXTRACTOR, f.confidence)
        victim = f.victim
        mention = FigureMention(
            figure=f.figure,
            low=f.low,
            high=f.high,
            qualifier=f.qualifier,
            evidence=ev,
            sentence=sent_ev,
            victims=victim.text
            if victim is not None and victim.pos_ != "PRON" and victim.lower_ not in CASUALTY
            else None,
            negated=f.negated,
            civilian=victim is not None and victim.lemma_.lower() in CIVILIAN,
        )
        shot = f.shot and f.figure == "injured" and f.qualifier == "exact" and f.low == f.high
        mentions.append((mention, f.anaphoric, shot and not (f.event and f.low == 1)))
    return mentions


def _restated(f: _Found, g: _Found) -> bool:
    """The same figure and value again, unless the victims differ ("a boy ... a girl")."""
    if (f.figure, f.low, f.high, f.negated) != (g.figure, g.low, g.high, g.negated):
        return False
    if f.victim is None or g.victim is None:
        return True
    return f.victim.lemma_.lower() == g.victim.lemma_.lower()


def _split_shot(found: list[_Found]) -> None:
    """'Four people were shot, one fatally': the shot who died are not also injured.

    A US shooting report counts everyone hit as shot; when the same sentence then
    says how many of them died, those are killed and only the rest are injured.
    """
    for f in found:
        if not (f.shot and f.figure == "injured" and f.qualifier == "exact" and f.low):
            continue
        dead = [
            g
            for g in found
            if g.figure == "killed"
            and (g.order > f.order or f.event)
            and not g.negated
            and g.low
            and g.qualifier == "exact"
        ]
        died = sum(g.low or 0 for g in dead)
        if dead and died < f.low and f.low == f.high:
            f.low = f.high = f.low - died
            f.shot = False  # already split; the document-level split must not repeat it


def _evidence_bounds(start: int, end: int, cas: Token) -> tuple[int, int]:
    """Cover the number and its casualty word when they are close; else the number alone."""
    if cas.i >= end and cas.i - end <= 5:
        return start, cas.i + 1
    # "killing three", "bodies of five", 'had "neutralised" about 20'
    between = cas.doc[cas.i + 1 : start]
    if cas.i < start and len(between) <= 1 and all(t.lower_ == "of" or t.is_quote for t in between):
        return cas.i, end
    return start, end
