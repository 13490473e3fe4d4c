"""Counts of a whole told beside one phrase (for ``figures``).

* a count the phrase gives in an aside (:func:`stated_total`): "the crew of a dhow ...,
  11 men in all, who were handed over", "The robbers, five in number, were arrested",
  "their crews, believed to number six men, were killed", "detained everyone aboard,
  nine sailors in total";
* a count said to be more than those before it (:func:`add_further`) adds to them within
  a paragraph: "detained a bomb maker ... placed three other suspects under arrest" = 4.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from claimledger.extract.numbers.casualty_words import casualty, resolve_shoot
from claimledger.extract.numbers.kin_companions import COMPANION_MANY, COMPANION_ONE
from claimledger.extract.numbers.people import PHRASE_FIGURES, personal
from claimledger.extract.numbers.quantities import Expr
from claimledger.extract.numbers.report_parts import NEW_PART, NUMBERED
from claimledger.records import FigureMention
from claimledger.resources.numwords import ORDINAL_VALUES

__all__ = ["add_further", "paragraph", "said_also", "stated_total"]

# A count "more" than those before adds to them only for detainees (the dead have sides,
# added apart by reconcile's estimates).
FURTHER_FIGURES = frozenset({"arrested"})

# An aside that gives a phrase's count: ", 11 men in all,", ", five in number,",
# ", believed to number six men,", ", thought to be four men,", ", nine sailors in total",
# "killing all of their crews, estimated at eight soldiers".
_LEAD = re.compile(
    r",\s*(?:(?:believed|thought|said|reported|estimated|understood|known)\s+to\s+"
    r"(?:number|be|total)\s+|estimated\s+at\s+)(?:about\s+|some\s+|around\s+)?$",
    re.I,
)
_TAIL = re.compile(
    r"^(?:\s+[a-z][\w-]*)?\s+(?:in\s+all|in\s+total|all\s+told|altogether|in\s+number)\s*[,.;]",
    re.I,
)
_BARE_TAIL = re.compile(r"^(?:\s+[a-z][\w-]*)?\s*[,.;]", re.I)
# Verbs inside a noun phrase, passed over on the way back to the phrase's verb.
_INSIDE = frozenset({"acl", "pcomp", "relcl", "amod", "compound"})
# Words between an aside and the verb it belongs to ("..., were later arrested").
_BRIDGE = frozenset({"were", "was", "had", "have", "been", "also", "later", "all", "reportedly"})


def stated_total(
    doc: Doc, e: Expr, lo: int, hi: int
) -> tuple[Token, str, Token | None, float] | None:
    """The casualty verb whose victims the count ``e`` totals in an aside, as a link; or
    the "loss" of "the loss of 14 fighters", "inflicting losses of up to 45 servicemen" (people: not
    "the loss of 40 jobs")."""
    if (
        e.start - 2 >= lo
        and doc[e.start - 1].lower_ == "of"
        and doc[e.start - 2].lower_ in ("loss", "losses")
        and e.end < hi
        and personal(doc[e.end])
    ):
        return doc[e.start - 2], "killed", None, 0.8
    if (taken := _taken_dead(doc, e, hi)) is not None:
        return taken
    kind = _aside(doc, e, lo, hi)
    if kind is None:
        return None
    k = e.end
    while k < hi and (doc[k].pos_ != "VERB" or doc[k].lower_ in _BRIDGE):
        k += 1
    # the verb after the aside ("..., were killed"), else the nearest before it (not for a
    # bare aside: ", some 14 men, were arrested" needs its verb right after it)
    after_verb = doc[k] if k < hi and k - e.end <= 8 else None
    # (before a lead, the verb before its comma: not "estimated" of ", estimated at eight")
    first = next((j for j in range(e.start - 1, lo - 1, -1) if doc[j].text == ","), e.start)
    estimated = kind == "lead" and first < e.start and doc[first + 1].lower_ == "estimated"
    first = first if estimated else e.start
    before = (doc[j] for j in range(first - 1, lo - 1, -1)) if kind != "bare" else ()
    for verb in (after_verb, *before):
        if verb is None or verb.pos_ != "VERB" or verb.dep_ in _INSIDE:
            continue  # (a participle inside the phrase: "a dhow carrying drone parts")
        fig = casualty(verb)
        fig = resolve_shoot(verb) if fig == "shoot" else fig
        if fig in PHRASE_FIGURES:
            return verb, fig, None, 0.8
        if verb is after_verb:
            continue
        break  # the nearest verb before the aside is not a casualty verb
    return None


_APPROX = re.compile(r",\s*(?:some|about|around|nearly|roughly|at\s+least)?\s*$", re.I)


def _aside(doc: Doc, e: Expr, lo: int, hi: int) -> str | None:
    """Whether the count ``e`` stands in an aside that totals a phrase: "lead" (",
    believed to number six men,"), "tail" (", 11 men in all,"), "bare" (", some 14 men,"
    with a noun of people), else None."""
    # (spans of the doc, not doc.text: that string is built anew at each call)
    before = "".join(t.text_with_ws for t in doc[max(lo, e.start - 6) : e.start])
    after = doc[e.end - 1].whitespace_ + doc[e.end : min(hi, e.end + 8)].text
    if _LEAD.search(before):
        return "lead" if _BARE_TAIL.match(after) or _TAIL.match(after) else None
    if not _APPROX.search(before):
        return None
    if _TAIL.match(after):
        return "tail"
    people = e.end < hi and personal(doc[e.end]) and doc[e.end].tag_ == "NNS"
    return "bare" if people and _BARE_TAIL.match(after) else None


# People held whose count a death verb tells: "6 detainees were executed", "7 detainees
# had died in custody" (dead, not detained); and "a list of 9 names of those killed".
_HELD_NOUNS = frozenset({"detainees", "prisoners", "hostages", "captives", "inmates"})
_NAMES_OF = re.compile(
    r"\s+names\s+of\s+(?:those|the|people|civilians)\b[^.;]{0,30}?\b(?:killed|dead|martyred"
    r"|victims|martyrs)\b",
    re.I,
)


def _taken_dead(doc: Doc, e: Expr, hi: int) -> tuple[Token, str, Token | None, float] | None:
    """The death of people held ("6 detainees were executed"), or the dead a list of names
    counts ("9 names of those killed")."""
    if e.end >= hi:
        return None
    noun = doc[e.end]
    if noun.lower_ == "names" and _NAMES_OF.match(
        doc[e.end - 1].whitespace_ + doc[e.end : min(len(doc), e.end + 10)].text
    ):
        return noun, "killed", None, 0.7
    verb = noun.head
    if (
        noun.lower_ in _HELD_NOUNS
        and noun.dep_ in ("nsubj", "nsubjpass")
        and verb.pos_ == "VERB"
        and casualty(verb) == "killed"
    ):
        return verb, "killed", noun, 0.8
    return None


_MORE = re.compile(
    r"\s*(?:another\b|(?:\w+\s+){0,2}?(?:other|others|more|further|additional)\b)", re.I
)
_DEFINITE = re.compile(r"\b(?:the|these|those|its|their|his|her)\s+$", re.I)


def add_further(found: list[FigureMention], text: str) -> list[FigureMention]:
    """A count said to be more than those before it adds to them: "detained a suspected
    bomb maker ... placed three other suspects under arrest" (4), "arrested a leader ...
    The security force also detained two suspected insurgents" (3), "arrested two men; two
    more were detained later" (4); not "the other two" (those of a whole already told).
    An ordinal detainee of the same people counts those before ("arrested two suspects ...
    A third suspect was arrested at home" 3, "two more ... a fifth suspect surrendered" 5;
    not "two men ... a third suspect": other people, whose sides ``estimates`` adds up), and
    a possessor's companions are more ("arrested a man ... His two accomplices were
    arrested later" 3).
    Those before are the paragraph's, and the paragraphs' before it up to one that opens
    on a day or another operation (``report_parts.NEW_PART``: "On Sunday, ...", "In a
    separate ...")."""
    out: list[FigureMention] = []
    total: dict[str, int] = {}
    last: dict[str, FigureMention] = {}
    para = -1
    for m in found:
        start = m.evidence.start
        here = text.rfind("\n", 0, start)
        if here != para:
            stop = text.find(".", here + 1)
            end = stop if stop > 0 else len(text)
            if NEW_PART.search(text, here + 1, end) or NUMBERED.match(text, here + 1):
                total = {}
            para = here
        if m.figure not in FURTHER_FIGURES | {"killed"} or m.negated or m.qualifier != "exact":
            out.append(m)
            continue
        if not m.low:
            out.append(m)
            continue
        more = _MORE.match(text, start) or said_also(m, text)
        before = total.get(m.figure, 0)
        companions = _companions(m, text)
        if m.figure == "killed" and not (_possessed(m) and more and before):
            # (a death adds only as a possessor's companion said "also" killed: "killed the
            # commander of the cell ... His deputy was also killed" 2; twenty-ninth session)
            total[m.figure] = max(before, m.low)
            out.append(m)
            continue
        # a definite word before the count: those of a whole already told ("the other two"),
        # not a possessor of companions ("His two accomplices")
        definite = _DEFINITE.search(text, max(0, start - 12), start) and not companions
        nth = _ORDINAL.match(text, start)
        if nth and before and m.low == 1 and _same_people(m, last.get(m.figure)):
            # "arrested two suspects ... A third suspect was arrested at home" (3): the order
            # counts those before; "two more ... a fifth suspect surrendered" (5)
            n = max(_NTH[nth.group(1).lower()], before + 1)
            m = replace(m, low=n, high=n)
        elif (more or companions) and before and not definite:
            n = (m.low or 0) + before
            m = replace(m, low=n, high=n)
        total[m.figure] = max(before, m.low or 0)
        last[m.figure] = m
        out.append(m)
    return out


def _same_people(m: FigureMention, prior: FigureMention | None) -> bool:
    """Whether an ordinal's people are told as those before ("two suspects ... a third
    suspect", "two militants ... the third"); not "two men ... a third suspect", whose
    sides ``estimates`` adds up."""
    if prior is None or m.victims is None or prior.victims is None:
        return True
    return _singular(m.victims) == _singular(prior.victims)


def _singular(noun: str) -> str:
    """A victim noun without its plural ending ("men" man, "suspects" suspect)."""
    low = noun.lower()
    return low[:-3] + "man" if low.endswith("men") else low.removesuffix("s")


# An ordinal that opens a detainee's phrase: "A third suspect", "the fourth".
_NTH = {w: k for w, k in ORDINAL_VALUES.items() if k >= 2}
_ORDINAL = re.compile(r"(?:(?:an?|the)\s+)?(" + "|".join(_NTH) + r")\b", re.I)
# A possessor before the phrase: "His two accomplices", "their driver".
_POSSESSOR = re.compile(r"\b(?:his|her|their)\s+$", re.I)
# The people with someone counted before: "His two accomplices were arrested later" are more
# than the man arrested (``kin_companions``' nouns of companions).
_COMPANIONS = COMPANION_ONE | COMPANION_MANY | {"accomplice", "associate", "henchmen"}


def _possessed(m: FigureMention) -> bool:
    """Whether a figure's words open on a possessor's companion ("His deputy was also
    killed", "their driver")."""
    words = [w.lower().strip(",.") for w in m.evidence.text.split()[:2]]
    return len(words) == 2 and words[0] in ("his", "her", "their") and words[1] in _COMPANIONS


def _companions(m: FigureMention, text: str) -> bool:
    """Whether a detainee count names the companions of someone before ("His two
    accomplices were arrested later", "their driver was detained")."""
    start = m.evidence.start
    if not _POSSESSOR.search(text, max(0, start - 8), start):
        return False
    words = [w.lower().strip(",.") for w in m.evidence.text.split()[:3]]
    return any(w in _COMPANIONS for w in words)


def paragraph(m: FigureMention, text: str) -> tuple[int, str]:
    """The paragraph a figure stands in (the offset of its line break) and its figure."""
    return text.rfind("\n", 0, m.evidence.start), m.figure


def said_also(m: FigureMention, text: str) -> bool:
    """Whether the figure's sentence says "also" ("His brother, who hid him, was also taken
    into custody", "The security force also detained two ...")."""
    start = min(m.sentence.start, m.evidence.start)
    return bool(_ALSO_ANY.search(text, start, max(m.sentence.end, m.evidence.end)))


_ALSO_ANY = re.compile(r"\balso\b", re.I)
