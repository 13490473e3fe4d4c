"""Casualty figures (stage 3, "numbers"): spaCy ``Doc`` -> ``list[FigureMention]``.

Every count of people killed, injured (and missing, abducted, arrested,
displaced) stated in a parsed document becomes one :class:`FigureMention`, in
text order, with ``Evidence`` (extractor ``numbers.v1``) over the number and its
casualty word when they are close, else over the number expression.

Number expressions are found by ``quantities`` and parsed by
:func:`parse_quantity` (``resources/numwords.py`` documents the conventions:
an explicit range "10 to 15" is ``exact`` with low < high; "up to N" is
low=None, high=N with qualifier ``up_to``; "at least N" is low=N, high=None; "more
than N" is low=N, high=None with qualifier ``more_than``; vague words follow ACLED:
"dozens" = 12, "hundreds" = 100; no figure is read past 10 million). The casualty lexicon and every other word list are in
``lexicon``; ``casualty_words`` reads casualty words on tokens; ``link`` ties
a number to its casualty word (adjacency first, then the dependency parse);
``single_victim`` counts one victim named without a number.

Beyond written numbers:

* one victim: "a man was shot and killed", "a 16-year-old died", "shot himself",
  "Jane Doe, 34, was pronounced dead" count 1; "a father and his son were found
  dead" counts 2; one victim and a counted group with them add up ("X and his two
  sons", "a woman along with her two children", "killed a woman and two children",
  "a man and two women were shot": 3); a definite or named victim ("the victim died") is dropped when
  the text counts anyone otherwise (it refers back), except for deaths;
* relatives listed after one victim's casualty word add up ("X died alongside his wife
  and their two children" = 4, ``kin_companions``); a poster's "X is a martyr", "our
  colleague X was martyred" is one death; a naming cue ("among those killed are", "also
  killed were") counts names and relatives once (``name_lists``);
* events named with their count: "double shooting" (2 shot), "triple homicide"
  (3 killed), "murder-suicide" (2 killed);
* uncounted others: "two were killed and others were injured" gives injured
  low 2, ``vague`` (``others``);
* negation (``negation``): "no one was killed", "nobody was hurt", "no person was
  killed", "no injuries were reported", "without casualties" give low=high=0 with
  ``negated=True`` ("no casualties", "no civilians were harmed" negate killed and
  injured; "nobody else was hurt" negates nothing); a figure never mentioned gives no
  mention;
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
  the victims differ: "a boy ... a girl");
* a count whose casualty word is left unsaid (``elliptic``): "... killed 9 civilians.
  The health office has so far confirmed 5." (killed 5), "the names of the 5 victims".

The whole stage is one pass over the tokens of each sentence (cut at line
breaks too): no second spaCy pass, all word lists and the typo table are built
at import.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from claimledger.extract.numbers.antecedents import (
    by_pronoun,
    counted_set,
    set_size,
    taken_pronoun,
)
from claimledger.extract.numbers.casualty_words import resolve_shoot
from claimledger.extract.numbers.coordinated import (
    add_coordinated,
    add_ranked,
)
from claimledger.extract.numbers.elliptic import elliptic_count
from claimledger.extract.numbers.families import add_families
from claimledger.extract.numbers.joined_companions import join_companions
from claimledger.extract.numbers.kin_companions import add_kin_companions, relatives_after
from claimledger.extract.numbers.lexicon import (
    CASUALTY,
    CIVILIAN,
    NEG_BEFORE_NOUN,
    NEG_SKIP,
    NEG_SUBJECTS,
    PERSON,
    TYPOS,
)
from claimledger.extract.numbers.link import link_count
from claimledger.extract.numbers.name_lists import victim_lists
from claimledger.extract.numbers.named_events import multiple_event
from claimledger.extract.numbers.negation import (
    NEG_PARTITIVE,
    denied_anyone,
    narrated_zero,
    negated_nouns,
    negated_person,
    zero_subject,
)
from claimledger.extract.numbers.numbering import numbering_count
from claimledger.extract.numbers.others import add_others
from claimledger.extract.numbers.people import phrase_counts
from claimledger.extract.numbers.protest_motive import protest_motive, protest_word
from claimledger.extract.numbers.quantities import Expr, expressions, not_a_count, sent_bounds
from claimledger.extract.numbers.single_victim import Single, single_victim
from claimledger.extract.numbers.told_after import death_told_after
from claimledger.extract.numbers.tolls import restated_count
from claimledger.extract.numbers.totals import add_further, paragraph, said_also, stated_total
from claimledger.extract.numbers.trigger_gate import may_state, quiet_tokens
from claimledger.extract.numbers.victim_phrase import conjoined_victims, other_ranked, past_header
from claimledger.extract.numbers.victim_roles import (
    doer,
    nth_of,
    taken_after,
    taken_too,
    wounded_aside,
)
from claimledger.nlp.text import doc_text
from claimledger.records import FIGURES, Evidence, FigureMention
from claimledger.resources.numwords import parse_quantity

__all__ = ["EXTRACTOR", "extract_figures", "parse_quantity"]

# The casualty lexicon lives in ``lexicon.py`` (``_FORMS``), shared with the
# other modules of this package; in short, by figure:
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
# Casualty words that imply an injury without saying the victim survived.
IMPLIED_INJURY = frozenset({"condition", "hospital", "hospitals", "wound", "wounds", "injuries"})
# A victim marked as someone else than the one already counted.
OTHER_WORDS = frozenset({"another", "other", "second", "third", "also"})


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
    bounds = sent_bounds(doc)
    lists = victim_lists(doc, doc_id, bounds)
    quiet = quiet_tokens(doc)  # sentences no figure without a number can come from
    for lo, hi in bounds:
        found.extend(_sentence_figures(doc, doc_id, lo, hi, not quiet[lo]))
    if lists:
        # The names of a list are counted once, by the list.
        found = [f for f in found if not any(_inside(f[0], v) for v in lists)]
        found += [(v, False, False) for v in lists]
        found.sort(key=lambda f: f[0].evidence.start)
    # A definite or named victim ("the victim died", "Smith was shot") refers back to
    # someone a count already introduced, unless nothing else in the text counts anyone.
    counted = any(
        not ana and not m.negated for m, ana, _ in found if m.figure in ("killed", "injured")
    )
    # A definite detainee ("arrested the presumed leader of the group") refers back only
    # to people counted as detained in its paragraph ("two suspects were held ... the
    # suspect"), not to the dead of the same release nor to another operation's detainees
    # ("... officers shot and wounded a man ...; he was arrested after treatment").
    text = doc_text(doc)
    # (a pronoun's count, "after arresting them", counts people told before it: none new)
    counted_taken = {
        paragraph(m, text)
        for m, ana, _ in found
        if not ana and not m.negated and not by_pronoun(m.evidence.text)
    }
    # One victim "was shot" in one sentence and "died" in another: the same person,
    # killed rather than injured, when the text never counts more than one victim.
    one_dead = any(m.figure == "killed" and m.low == 1 and not m.negated for m, _, _ in found)
    many = any((m.low or 0) > 1 for m, _, _ in found if m.figure in ("killed", "injured"))
    # "Four people were shot ... one of them died": a count of people shot includes
    # those said elsewhere to have died, so the injured are the rest.
    # (not a death told before the count in its own sentence: "A smuggler opened fire, shot
    # two constables and was killed"; "One man was killed and three others were shot")
    dead = [(m.low or 0, m) for m, _, _ in found if m.figure == "killed" and not m.negated]
    out: list[FigureMention] = []
    for m, ana, shot in found:
        # A death is news even about someone already introduced ("the man later
        # died"); an anaphoric injury is not.
        if ana and m.figure in TAKEN:
            if (
                paragraph(m, text) in counted_taken
                and not said_also(m, text)
                and not _new_event_before(m, found, text)
            ):
                continue  # (not "His brother ... was also taken into custody")
        elif ana and counted and m.figure != "killed":
            continue
        if shot and m.low == 1 and one_dead and not many and not other_ranked(m, found):
            continue
        if shot and m.low is not None and dead:
            died = max((n for n, d in dead if not _before_in_sentence(d, m)), default=0)
            if 0 < died < m.low:
                m = replace(m, low=m.low - died, high=m.low - died)
        out.append(m)
    joined = add_kin_companions(join_companions(add_further(out, text), text), text)
    joined = add_ranked(add_coordinated(joined, text), text)
    return death_told_after(add_others(add_families(joined, text, doc_id), text, doc_id), text)


def _new_event_before(
    m: FigureMention, found: list[tuple[FigureMention, bool, bool]], text: str
) -> bool:
    """Whether the figure told last before ``m`` in its paragraph is a death or an injury
    (not a count of its own kind): a definite detainee after it is someone of that event
    ("... arrested three men. On 30 May, a motorcyclist was killed in a hit-and-run; the
    driver was arrested a day later"), not one of the people counted before it."""
    line = paragraph(m, text)[0]
    before = [
        f
        for f, ana, _ in found
        if not ana
        and not f.negated
        and f.evidence.start < m.evidence.start
        and paragraph(f, text)[0] == line
    ]
    last = max(before, key=lambda f: f.evidence.start, default=None)
    return last is not None and last.figure in ("killed", "injured")


def _before_in_sentence(d: FigureMention, m: FigureMention) -> bool:
    """Whether ``d`` comes before ``m`` in ``m``'s sentence."""
    return d.sentence.start == m.sentence.start and d.evidence.start < m.evidence.start


# Figures of people taken, whose definite mention is someone new unless counted before.
TAKEN = frozenset({"arrested", "abducted"})


def _inside(m: FigureMention, v: FigureMention) -> bool:
    """Whether ``m`` is one victim of the name list ``v`` (its sentence, killed, one)."""
    if m.figure != v.figure or m.qualifier != "exact":
        return False
    if m.low == 1 and v.sentence.start <= m.evidence.start < v.sentence.end:
        return True
    # Names counted by their conjunction ("the deaths of A, B" = 2) inside the list.
    return v.evidence.start <= m.evidence.start < v.evidence.end


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
    listed: bool = False  # one victim and the relatives listed before their casualty word


def _sentence_figures(
    doc: Doc, doc_id: str, lo: int, hi: int, unnumbered: bool
) -> list[tuple[FigureMention, bool, bool]]:
    """The figures of one sentence doc[lo:hi], each with its ``anaphoric`` and ``shot`` flags;
    those stated without a number only when ``unnumbered`` (``trigger_gate``)."""
    found, used = _numbered(doc, lo, hi)
    for tok in doc[lo:hi] if unnumbered else ():
        # ``used`` grows as victims joined to a single victim are counted with it
        if tok.i not in used and may_state(tok):
            found.extend(_unnumbered(doc, tok, lo, hi, used))
    found = [f for f in found if not any(_absorbs(g, f) for g in found)]
    # "recovered a fifth body, bringing the toll to five": the one the toll counts last
    found = [f for f in found if not (f.low == 1 and nth_of(f.victim, _counts(found, f)))]
    found = _not_motives(doc, found, lo, hi)
    for s, t, fig, n, head in phrase_counts(doc, lo, hi):  # "the driver and his helper"
        inside = [f for f in found if f.figure == fig and s <= _at(f) < t]
        if n == 1 and any(f.figure == fig for f in found):
            continue  # (one doer where the sentence counts its own already)
        if all(f.qualifier == "exact" and (f.low or 0) < n for f in inside):
            found = [f for f in found if f not in inside]
            found.append(_Found(s, t, s, fig, n, n, "exact", head, False, 0.8))
    found.sort(key=lambda f: (f.order, FIGURES.index(f.figure)))
    kept: list[_Found] = []
    for f in found:
        if not any(_restated(f, g) for g in kept):
            kept.append(f)
    _split_shot(kept)
    sent = doc[lo:hi]
    sent_ev = Evidence(sent.start_char, sent.end_char, sent.text, doc_id, EXTRACTOR, 1.0)
    return [_mention(doc, doc_id, f, sent_ev) for f in kept]


def _not_motives(doc: Doc, found: list[_Found], lo: int, hi: int) -> list[_Found]:
    """Leave out the deaths and injuries a protest of the sentence is about ("marched to
    demand justice for a trader, shot by police last month": ``protest_motive``)."""
    harm = [f for f in found if f.figure in ("killed", "injured")]
    if not harm or not any(protest_word(t) for t in doc[lo:hi]):
        return found
    about = [f for f in harm if any(protest_motive(t) for t in _heads(doc, f))]
    return [f for f in found if f not in about] if about else found


def _counts(found: list[_Found], f: _Found) -> set[int]:
    """The other counts of ``f``'s figure in its sentence."""
    return {g.low for g in found if g is not f and g.figure == f.figure and g.low}


def _heads(doc: Doc, f: _Found) -> list[Token]:
    """The words of a figure's evidence whose head lies outside it, and its victim."""
    span = doc[f.start : f.end]
    heads = [t for t in span if not f.start <= t.head.i < f.end or t.head.i == t.i]
    return heads + ([f.victim] if f.victim is not None else [])


def _absorbs(g: _Found, f: _Found) -> bool:
    """Whether the listed victims ``g`` ("My aunt R., her husband and their four children
    were killed") hold the count ``f`` of some of them ("four children were killed")."""
    return (
        g.listed
        and f is not g
        and f.figure == g.figure
        and g.order < f.order < g.end
        and (f.low or 0) < (g.low or 0)
    )


def _numbered(doc: Doc, lo: int, hi: int) -> tuple[list[_Found], set[int]]:
    """The figures stated with a number, and the tokens they took."""
    found: list[_Found] = []
    used: set[int] = set()
    for e in expressions(doc, lo, hi):
        f = _number_figure(doc, e, lo, hi)
        if f is None:
            continue
        used.update(range(e.start, e.end))
        if f.victim is not None:
            used.add(f.victim.i)
        found.append(f)
        if f.figure == "injured" and (span := taken_too(f.victim, doc[e.head], doc[f.end - 1], f)):
            found.append(replace(f, start=span[0], end=span[1], figure="arrested", shot=False))
    return found, used


def _at(f: _Found) -> int:
    """Where a figure's victim stands (its count's start when it names none)."""
    return f.victim.i if f.victim is not None else f.order


def _number_figure(doc: Doc, e: Expr, lo: int, hi: int) -> _Found | None:
    """The figure a number expression counts, or None."""
    if NEG_PARTITIVE.search(doc[max(lo, e.start - 8) : e.start].text_with_ws):
        return None
    if e.high == 0 and e.end < hi and doc[e.end].lower_ == "else":
        return None  # "no one else was hurt": others than those counted
    link = stated_total(doc, e, lo, hi)  # "their crews, believed to number six men"
    if link is None and not_a_count(doc, e, lo, hi):
        return None
    link = link or link_count(doc, e, lo, hi) or elliptic_count(doc, e, hi)
    # "the ministry put the number at six"; "killing all those on board, numbering 15"
    link = link or restated_count(doc[e.head]) or numbering_count(doc[e.head])
    if link is None:
        return None
    cas, fig, victim, conf = link
    if e.high == 0 and narrated_zero(doc, e.start, e.end, cas):
        return None  # "Nobody was injured during the boarding": the writer's aside
    if cas.lower_ not in CASUALTY and cas.lower_ in TYPOS:
        conf = min(conf, 0.7)  # read through a misspelling ("wouded")
    if cas.lower_ in ("casualties", "casualty"):
        conf = min(conf, 0.5)  # dead and wounded together; read as injured
    if (
        e.qual == "vague"
        and victim is None
        and not (0 <= cas.i - e.end <= 3 or cas.i == e.start - 1)
    ):
        return None  # a bare "thousands" or "tens" is a count only right next to its casualty word
    shot = fig == "shoot"
    if shot:
        fig = resolve_shoot(cas)
    s, t = _evidence_bounds(e.start, e.end, cas)
    negated = e.low == 0 and e.high == 0
    return _Found(s, t, e.start, fig, e.low, e.high, e.qual, victim, negated, conf, shot)


def _unnumbered(doc: Doc, tok: Token, lo: int, hi: int, used: set[int]) -> list[_Found]:
    """The figures a token states without a number: an event, one victim, a negation."""
    multi = multiple_event(doc, tok, hi)
    if multi is not None:
        n, fig, end = multi
        event = _Found(
            tok.i, end, tok.i, fig, n, n, "exact", None, False, 0.6, fig == "injured", event=True
        )
        return [event]
    if tok.lower_ in NEG_SUBJECTS:  # (before one victim: "None of the crew was hurt" is no one)
        return _negated_subject(doc, tok, tok, hi)
    if (person := negated_person(tok)) is not None:  # "no person was killed"
        return _negated_subject(doc, tok, person, hi)
    if (taken := taken_pronoun(doc, tok, lo)) is not None:  # "after arresting them"
        verb, fig, n, _ = taken
        s, t = _evidence_bounds(tok.i, tok.i + 1, verb)
        return [_Found(s, t, tok.i, fig, n, n, "exact", None, False, 0.6)]
    if (group := counted_set(tok)) is not None:  # "the pair were detained"
        verb, fig, n = group
        s, t = _evidence_bounds(tok.i - 1, tok.i + 1, verb)
        return [_Found(s, t, tok.i - 1, fig, n, n, "exact", tok, False, 0.6, anaphoric=True)]
    if (denied := denied_anyone(tok)) is not None:  # "denies that anyone was killed"
        s, t = _evidence_bounds(tok.i, tok.i + 1, denied[0])
        return [_Found(s, t, tok.i, fig, 0, 0, "exact", None, True, 0.7) for fig in denied[1]]
    single = single_victim(doc, tok, lo, hi)
    if single is not None and single[2] == "missing":
        return []  # one person still missing ("My uncle is still missing") is no count yet
    if single is not None and not _header_before(doc, tok, single[1]):
        first = _single_figure(tok, lo, single, used)
        hurt = wounded_aside(tok, single[1]) if first.figure == "arrested" else None
        if hurt is not None:  # "A third man, wounded in the hand, was arrested": hurt too
            return [first, replace(first, end=hurt.right_edge.i + 1, figure="injured")]
        return [first, *_taken_after(tok, single[1], first)]
    if single is not None and (past := past_header(tok, single[1])) is not None:
        victim, start = past  # "X (Facebook): My nephew J. and three of his classmates were killed"
        conf = 0.8 if victim.pos_ == "NOUN" else single[3]
        return [_single_figure(victim, lo, (start, single[1], single[2], conf), used)]
    negs = negated_nouns(doc, tok, lo)
    if not negs:
        return []
    start = tok.i
    while start > lo and doc[start - 1].lower_ in NEG_SKIP | NEG_BEFORE_NOUN:
        start -= 1
    return [_Found(start, tok.i + 1, start, fig, 0, 0, "exact", None, True, 0.8) for fig in negs]


def _header_before(doc: Doc, tok: Token, cas: Token) -> bool:
    """Whether a colon parts a name from the casualty word the parse hung it on: a poster's
    header ("Velen Watch (Telegram): ... 2 boys were killed") is no victim."""
    return tok.i < cas.i and any(":" in t.text for t in doc[tok.i : cas.i])


def _single_figure(tok: Token, lo: int, single: Single, used: set[int]) -> _Found:
    """The figure of one victim (and of the victims joined to it, added to ``used``)."""
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
    more = [c for c in conjoined_victims(tok) if c.i < cas.i or cas.i < tok.i]
    used.update(c.i for c in more)
    own = set_size(tok)  # ("an elderly couple was killed": two)
    n = own + len(more)
    last = more[-1].i if more else tok.i
    listed = None if more else relatives_after(tok.doc, tok, cas.i + 1)
    if listed is not None and listed[0] <= cas.i:  # "a woman and her grandson died"
        used.update(range(tok.i + 1, listed[0]))
        n, last = own + listed[1], listed[0] - 1
    # A martyr's phrase may open after ``tok``: "My brother, ..., Umar Nadi, is a martyr".
    if start > last and cas.lower_ in ("martyr", "martyred"):
        last = start
    s, t = _evidence_bounds(max(start, lo), last + 1, cas)
    victim = tok if tok.pos_ == "NOUN" or tok.lower_ in PERSON else None
    # (a doer hurt is no victim counted before: "wounding three people. Officers shot and
    # wounded the attacker" counts the attacker apart)
    anaphoric = conf < 0.75 and n == own and not (fig == "injured" and doer(tok))
    found = _Found(s, t, start, fig, n, n, "exact", victim, False, conf, shot, anaphoric)
    return replace(found, listed=listed is not None and n > 1 + len(more))


def _taken_after(tok: Token, cas: Token, first: _Found) -> list[_Found]:
    """The victim ``first`` counts again as detained when its relative clause tells the
    detention ("wounded the attacker, who was then arrested": the arrest of the one
    wounded); evidence from the relative pronoun to its verb."""
    if first.figure == "arrested" or first.negated:
        return []
    verb = taken_after(tok, cas)
    if verb is None:
        return []
    who = min((c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), default=tok.i)
    return [
        replace(
            first,
            start=who,
            end=verb.i + 1,
            order=who,
            figure="arrested",
            shot=False,
            anaphoric=False,
        )
    ]


def _negated_subject(doc: Doc, neg: Token, tok: Token, hi: int) -> list[_Found]:
    """'no one was killed', 'nobody was hurt', 'no person was killed': zeros from ``neg`` on."""
    zero = zero_subject(doc, tok, hi)
    if zero is None:
        return []
    s, t = _evidence_bounds(neg.i, tok.i + 1, zero[0])
    return [_Found(s, t, neg.i, fig, 0, 0, "exact", None, True, 0.8) for fig in zero[1]]


def _mention(
    doc: Doc, doc_id: str, f: _Found, sent_ev: Evidence
) -> tuple[FigureMention, bool, bool]:
    """The FigureMention of a kept figure, with its ``anaphoric`` and ``shot`` flags."""
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
    return mention, f.anaphoric, shot and not (f.event and f.low == 1)


def _restated(f: _Found, g: _Found) -> bool:
    """The same figure and value again, unless the victims differ ("a boy ... a girl")."""
    if (f.figure, f.low, f.high, f.negated) != (g.figure, g.low, g.high, g.negated):
        return False
    if f.victim is None or g.victim is None:
        return True
    # one victim read twice over the same words ("my father's body": the father and the body)
    one = f.low == 1 and f.high == 1 and f.start < g.end and g.start < f.end
    return one or f.victim.lemma_.lower() == g.victim.lemma_.lower()


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
    subject = cas.doc[end - 1]  # "One of them, a camera operator, later died": the count
    if cas.i >= end and cas.i - end <= 12 and subject.head == cas and "subj" in subject.dep_:
        return start, cas.i + 1  # is the verb's subject across an apposition
    # "killing three", "bodies of five", 'had "neutralised" about 20', "shot dead two"
    between = cas.doc[cas.i + 1 : start]
    if (
        cas.i < start
        and len(between) <= 1
        and all(t.lower_ in ("of", "dead", "down") or t.is_quote for t in between)
    ):
        return cas.i, end
    return start, end
