"""Toponyms inside the names of institutions: "the Oakland Police Department", "Butler
County Jail", "Harris County Clerk's office", "Rock Hill City Manager", "University of
Kentucky".

Input: a spaCy ``Doc`` and the :class:`Gazetteer`. Output: ``(start, end)`` spans of the
place that opens (or, after "University of", closes) a name the small NER model labels
ORG, PERSON, FAC or a work, when the rest of the name is an institution's head word and
the gazetteer knows the place.

Why: the NER model labels the whole name an ORG and ``spans.candidate_spans`` skips
ORG entities (an ORG is no toponym), so the town of a police department or a county of
a jail went unread. Local news names a place this way more often than any other: on the
LGL development half, 226 of the 857 toponyms the pipeline missed stood before such a head
(Police 28, Department 19, Sheriff 15, Council 12, Fire 10 ...).

How the pipeline uses them: :func:`jurisdiction` tells the names whose place is where
the named body works (a police force, a sheriff, a court, a jail, a council, a fire
department, a coroner, a school board): the incident's place is usually there, and those
spans are read as any toponym. Other institutions (a university, a party, a newspaper, a
bank) say who, not where: ``locate.locate_places`` gives them the attributive confidence
("a US drone"), so they help resolve the other toponyms and list as mentions but are never
an incident's place.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from claimledger.extract.places.lookup import rank, sizeable
from claimledger.extract.places.relations import COMPASS_ADJECTIVES, COMPASS_POINTS
from claimledger.nlp.text import doc_text
from claimledger.resources.gazetteer.index import Gazetteer

__all__ = ["in_a_name", "in_name_spans", "jurisdiction", "leading_place", "named_after"]

_NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
# Words between the place and the head that belong to the name ("Harris County Clerk").
_LEVEL = r"(?:(?:City|County|Township|Twp\.|Parish|Borough|Village|Town|Area|Regional|Municipal|State|Metro|Metropolitan|Community|Public|Unified|Independent|Consolidated|Joint)\s+)*"
# Heads of bodies that work where they are named (their place is the incident's).
_JURISDICTION = (
    r"Police|Sheriff(?:'s)?|Constabulary|Fire|Rescue|EMS|Court|Courthouse|Jail|Detention|"
    r"Correctional|Prison|Council|Commission(?:ers?)?|Board|Coroner|Medical Examiner|"
    r"Prosecutor(?:'s)?|(?:District )?Attorney(?:'s)?|Clerk(?:'s)?|Mayor|Manager|Selectm[ae]n|"
    r"Trustees|Supervisors|Legislature|Schools?|School District|Public Schools|"
    r"Emergency|Department|Dept\.?|Superior|Circuit|Judicial|Magistrate|Juvenile|Housing|"
    r"Water|Parks|Health|Elections?|Planning|Zoning|Animal Control|Library|Hospital|"
    r"Medical Center|Memorial|Airport|Transit|Utilities|Electric"
)
# Heads of bodies that are named after a place but say who, not where.
_OTHER = (
    r"University|College|High|Middle|Elementary|Academy|Chamber|Party|Democrats|Republicans|"
    r"Democratic|Republican|Times|News|Herald|Tribune|Gazette|Journal|Post|Press|Register|"
    r"Star|Daily|Record|Observer|Bank|Savings|Credit Union|Airlines|Airways|Railroad|Railway|"
    r"Rotary|Lions|Kiwanis|Club|Chapter|Historical|Museum|Zoo|Symphony|Orchestra|Church|"
    r"Baptist|Methodist|Catholic|Diocese|Cemetery|Veterans|Humane|YMCA|YWCA|Foundation|"
    r"Association|Society|Union|Federation|League|Company|Corporation|Inc\.?|Co\.|"
    r"Mall|Center|Centre|Stadium|Arena|Festival|Fair|Marathon"
)
_HEAD = re.compile(rf"\s+{_LEVEL}(?:(?P<jur>{_JURISDICTION})|(?P<other>{_OTHER}))\b")
# The place after "University of", "Bank of": who, not where.
_OF_PLACE = re.compile(
    r"(?:University|College|Bank|Archdiocese|Diocese|Port Authority|Republic|Commonwealth)"
    r" of (?:the )?$"
)
_CAP = re.compile(r"[A-Z][\w.'-]*")
# Words that open names of institutions without being their place ("First Bank", "Superior
# Court", "Metro Police", "United Methodist Church", "Community Foundation").
_OPENERS = frozenset(
    [
        "first",
        "second",
        "third",
        "united",
        "american",
        "national",
        "federal",
        "supreme",
        "superior",
        "metro",
        "capitol",
        "transit",
        "community",
        "university",
        "college",
        "middle",
        "high",
        "central",
        *COMPASS_POINTS,
        *COMPASS_ADJECTIVES,
        "union",
        "liberty",
        "lions",
        "holy",
        "grace",
        "trinity",
        "saint",
        "st.",
        "st",
        "mount",
        "mt.",
        "heritage",
        "pioneer",
        "summit",
        "landmark",
        "citizens",
        "peoples",
        "people's",
        "christ",
        "calvary",
        "faith",
        "hope",
        "providence",
        "unity",
        "municipal",
        "district",
        "circuit",
        "family",
        "juvenile",
        "probate",
        "common",
        "county",
        "city",
        "state",
        "new",
        "old",
        "great",
        "greater",
        "international",
        "royal",
        "regional",
        "valley",
    ]
)


def named_after(text: str, end: int) -> str | None:
    """What follows a place ending at ``end`` as part of a name: ``"jurisdiction"``
    ("Oakland Police", "Butler County Jail"), ``"other"`` ("Florida Democratic Party",
    "Kentucky Wildcats" is not one), or None."""
    m = _HEAD.match(text, end)
    if m is None:
        return None
    return "jurisdiction" if m.group("jur") else "other"


def jurisdiction(text: str, start: int, end: int) -> bool | None:
    """Whether the place at ``start:end`` names a body's jurisdiction (True), an
    institution named after it (False), or no institution at all (None)."""
    kind = named_after(text, end)
    if kind is not None:
        return kind == "jurisdiction"
    if _OF_PLACE.search(text, max(0, start - 40), start):
        return False
    return None


def in_name_spans(doc: Doc, gaz: Gazetteer, text: str) -> list[tuple[int, int]]:
    """Spans of places that open (or close, after "University of") the names of
    institutions the NER model labels as something else than a place."""
    out: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in _NAME_LABELS:
            continue
        found = leading_place(ent, gaz, text) or _after_of(ent, gaz, text)
        if found is not None:
            out.append(found)
    return out


def leading_place(ent: Span, gaz: Gazetteer, text: str) -> tuple[int, int] | None:
    """The longest run of one to three capitalised tokens opening ``ent`` (after "the")
    that the gazetteer knows and an institution's head follows inside the entity (also
    for an entity NER labels GPE: "the Butler County Jail")."""
    toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    for n in (3, 2, 1):
        run = toks[:n]
        if len(toks) <= n or not all(_CAP.fullmatch(t.text) for t in run):
            continue
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        head = _HEAD.match(text, end)
        if head is None or head.end() > ent.end_char:
            continue
        name = text[start:end]
        if run[0].lower_ in _OPENERS or not (gaz.contains(name) or _county_known(name, gaz)):
            continue
        if head.group("jur") or (ent.label_ != "PERSON" and _sizeable(gaz, name)):
            return start, end
    return None


def _sizeable(gaz: Gazetteer, name: str) -> bool:
    """A place big enough that a university, a bank or a paper is named after it rather
    than a brand that a small town shares ("Landmark Bank", "Castle Bank"): the scan's
    :func:`.lookup.sizeable`."""
    ranked = rank(gaz, name)
    return bool(ranked) and sizeable(ranked[0])


def _county_known(name: str, gaz: Gazetteer) -> bool:
    """ "Butler County" written as the index writes it ("Butler")."""
    for kind in (" County", " Parish", " Borough"):
        if name.endswith(kind) and gaz.contains(name[: -len(kind)]):
            return True
    return False


def _after_of(ent: Span, gaz: Gazetteer, text: str) -> tuple[int, int] | None:
    """The place closing "University of Kentucky" inside the entity."""
    for tok in ent:
        if tok.lower_ != "of" or tok.i + 1 >= ent.end:
            continue
        if not _OF_PLACE.search(text, ent.start_char, tok.idx + 3):
            continue
        rest = [t for t in ent[tok.i + 1 - ent.start :] if t.lower_ != "the"]
        if rest and all(_CAP.fullmatch(t.text) for t in rest) and len(rest) <= 3:
            start, end = rest[0].idx, rest[-1].idx + len(rest[-1].text)
            if gaz.contains(text[start:end]):
                return start, end
    return None


def in_a_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is read from inside an institution's name: an
    entity NER labels ORG, PERSON, FAC or a work ("the Oakland Police Department"), or a
    place entity longer than the place whose rest is an institution's head ("the Butler
    County Jail")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not span[0].ent_type_ or jurisdiction(doc_text(doc), start, end) is None:
        return False  # a town NER labelled ORG after "near" ("near Samarra") stays a place
    if span[0].ent_type_ in _NAME_LABELS:
        return True
    ent = next((e for e in doc.ents if e.start <= span.start < e.end), None)
    return ent is not None and ent.end_char > end
