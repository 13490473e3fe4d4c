"""Places stage: toponyms in a parsed document, resolved with document context.

Input: a spaCy ``Doc`` (NER already run), the document id and ``Options``.
Output: ``list[PlaceMention]``, one per toponym, each with its gazetteer entry
(or None), an :class:`Evidence` span, and, when the text says so, a relative
description ("south of", "about 40 miles west of", "near") whose stated
distance and bearing move the anchor's coordinates.

Toponyms come from NER (GPE, LOC, FAC), from NORP adjectives that stand for
a country ("Iraqi"), from mislabelled entities after a locative word ("near
Samarra") or coordinated with a toponym ("Gao and Ansongo"), from all-caps
datelines ("GAO, Mali —") and from capitalised runs NER missed that name a
sizeable place (:mod:`.spans`). The distinct names of a document are
resolved jointly (:mod:`.joint`): country, admin1 area and nearness of the
other names' choices bias each choice. The relation before each toponym is
read by :mod:`.relations`. The spaCy-free part (:func:`locate_places`) is
public so that a caller with its own spans (the ``geo`` bench with gold
spans) runs the same code.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from claimledger.extract.places.cues import background, excluded
from claimledger.extract.places.home import Home, batch_homes
from claimledger.extract.places.in_names import in_a_name, jurisdiction
from claimledger.extract.places.joint import Resolved, resolve_all
from claimledger.extract.places.relations import move, part_centre, read_relation, read_side
from claimledger.extract.places.spans import candidate_spans
from claimledger.nlp.text import doc_text
from claimledger.options import Options
from claimledger.records import Evidence, Place, PlaceMention
from claimledger.resources.gazetteer.index import (
    LEVEL_COUNTRY,
    LEVEL_PLACE,
    Gazetteer,
    load_gazetteer,
    loose_key,
)
from claimledger.resources.geodesy import haversine_km

__all__ = [
    "ATTRIBUTIVE_CONFIDENCE",
    "EXTRACTOR",
    "extract_batch_places",
    "extract_places",
    "locate_places",
    "primary_place",
]

EXTRACTOR = "places.v1"
# A country named as the nationality of a force ("a US drone", "Syrian troops",
# "Saudi-led coalition") says who acted, not where: the mention is kept with
# this confidence and is never taken as the event's place.
ATTRIBUTIVE_CONFIDENCE = 0.1
_ATTRIBUTIVE = re.compile(
    r"(?:-led|-backed|-made|\s+(?:(?:air|naval|military|security|special|government|armed)\s+)?"
    r"(?:drones?|forces?|troops|soldiers|military|army|navy|aircraft|jets?|warplanes?|planes?"
    r"|missiles?|(?:air)?strikes?|bombers?|predators?|reapers?|intelligence|officials?|officers?"
    r"|government|embassy|administration|coalition|marines|commandos|operatives|agents?"
    r"|helicopters?|gunships?|raids?|counterterrorism|counter-terrorism|spy))\b",
    re.IGNORECASE,
)


def extract_places(
    doc: Doc, doc_id: str, options: Options, home: Home | None = None
) -> list[PlaceMention]:
    """Find and resolve the toponyms of a parsed document.

    Args:
        doc: the spaCy Doc (with NER).
        doc_id: id carried into every Evidence.
        options: ``options.country_hint`` biases resolution towards a country.
        home: the publisher's home area (:func:`.home.publisher_home`), when known.

    Returns:
        PlaceMentions in text order; ``place`` is None for a toponym NER found
        but the gazetteer does not know.
    """
    gaz = load_gazetteer()
    text = doc_text(doc)
    spans = candidate_spans(doc, gaz, text)
    return _modifiers(doc, locate_places(text, spans, doc_id, options, gazetteer=gaz, home=home))


# A country modifying these nouns still says where ("the Syria conflict", "the Iraq border").
_WHERE_NOUNS = frozenset(
    {"war", "conflict", "border", "crisis", "region", "province", "city", "capital", "coast"}
    | {"countryside", "desert", "mountains", "side", "territory", "soil", "village", "town"}
)
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})


def _after_article(doc: Doc, i: int) -> bool:
    """Token ``i`` follows "a"/"an", or "the" and at least one adjective or number."""
    k = i - 1
    while k >= 0 and (doc[k].pos_ in ("ADJ", "NUM") or doc[k].tag_ == "VBN"):
        k -= 1
    if k < 0 or doc[k].pos_ != "DET":
        return False
    return doc[k].lower_ in ("a", "an") or (doc[k].lower_ == "the" and k < i - 1)


def _modified(doc: Doc, start: int, end: int) -> Token | None:
    """The noun a name at ``start:end`` modifies, if it stands before one: by the parse
    ("a US official", "Yemen's ministry") or by the next words ("US targeted killing",
    "US Army"), which the small model parses less steadily."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ in _MODIFIER_DEPS and root.head.i >= span.end:
        return root.head
    if span.end >= len(doc):
        return None
    nxt = doc[span.end]
    if _after_article(doc, span.start) and nxt.is_alpha and not nxt.is_punct:
        return nxt  # "a US ...", "the first known US ...": a name does not take "a"
    if nxt.pos_ in ("NOUN", "PROPN") or (nxt.pos_ == "ADJ" and nxt.dep_ == "amod"):
        return nxt
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if nxt.tag_ in ("VBN", "VBG") and after is not None and after.pos_ == "NOUN":
        return after
    return None


def _modifiers(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Countries that modify a later word ("a US official", "a US strike", "Yemen's
    ministry", "the first US targeted killing") say who, not where: their confidence
    becomes ``ATTRIBUTIVE_CONFIDENCE`` (read from the parse, beside the regex of
    :func:`locate_places`); "the Syria conflict" keeps its place. So do a state or a
    country opening the name of a body (:func:`.in_names.in_a_name`): "the Ohio
    Department of Transportation" is who acts; a city's or a county's police, court or
    jail keeps its place (a local incident is usually where that body works)."""
    out: list[PlaceMention] = []
    for m in mentions:
        p, ev = m.place, m.evidence
        if (
            p is not None
            and p.admin1 is None
            and p.feature == "A"
            and m.relation is None
            and ev.confidence > ATTRIBUTIVE_CONFIDENCE
        ):
            noun = _modified(doc, ev.start, ev.end)
            if noun is not None and noun.lemma_.lower() not in _WHERE_NOUNS:
                m = replace(m, evidence=replace(ev, confidence=ATTRIBUTIVE_CONFIDENCE))
        elif (
            p is not None
            and _specificity(p) <= 1.0
            and ev.confidence > ATTRIBUTIVE_CONFIDENCE
            and in_a_name(doc, ev.start, ev.end)
        ):
            # "the Ohio Department of Transportation", "Virginia State Police": a state's
            # or a country's body names who acts, not where (a city's police keeps its town)
            m = replace(m, evidence=replace(ev, confidence=ATTRIBUTIVE_CONFIDENCE))
        out.append(m)
    return out


def extract_batch_places(
    docs: Sequence[Doc | Exception],
    doc_ids: Sequence[str],
    publishers: Sequence[str | None],
    options: Options,
) -> list[list[PlaceMention] | None]:
    """The places of a batch of documents, each publisher's home read from the batch.

    First every document is read alone (:func:`extract_places`); then each
    publisher with enough agreeing articles in the batch gets a home
    (:func:`.home.batch_homes`: at least ``home.MIN_SUPPORT`` articles, the home
    country holding ``home.AGREEMENT`` of their names), and the same spans of its
    articles are resolved again with it: no second parse, no second span search.
    A document's result depends on which articles of its publisher share its
    batch, never on their order within it.

    Args:
        docs: the parsed documents (an Exception where parsing failed).
        doc_ids: their ids, carried into every Evidence.
        publishers: each document's publisher (:func:`.home.publisher_host`), or None.
        options: ``options.publisher_home`` False reads every document alone.

    Returns:
        Per document its mentions, or None where it could not be read (parse
        failure, or an error here: the caller reads it again and reports it).
    """
    gaz = load_gazetteer()
    first: list[list[PlaceMention] | None] = []
    for doc, doc_id in zip(docs, doc_ids, strict=True):
        try:
            first.append(
                None if isinstance(doc, Exception) else extract_places(doc, doc_id, options)
            )
        except Exception:  # noqa: BLE001 - the caller reads this document again, alone
            first.append(None)
    if not options.publisher_home:
        return first
    pubs = [p if m is not None else None for p, m in zip(publishers, first, strict=True)]
    homes = batch_homes(pubs, [m or [] for m in first])
    out: list[list[PlaceMention] | None] = []
    for doc, doc_id, mentions, home in zip(docs, doc_ids, first, homes, strict=True):
        if home is None or mentions is None or isinstance(doc, Exception):
            out.append(mentions)
            continue
        spans = [(m.evidence.start, m.evidence.end) for m in mentions]
        again = locate_places(doc_text(doc), spans, doc_id, options, gazetteer=gaz, home=home)
        out.append(_modifiers(doc, again))
    return out


def locate_places(
    text: str,
    spans: Sequence[tuple[int, int]],
    doc_id: str,
    options: Options,
    gazetteer: Gazetteer | None = None,
    home: Home | None = None,
) -> list[PlaceMention]:
    """Resolve given toponym spans of ``text`` together, with relations.

    Args:
        text: the document text (the context).
        spans: ``(start, end)`` character offsets of toponyms in ``text``.
        doc_id: id carried into every Evidence.
        options: ``options.country_hint`` biases resolution.
        gazetteer: the index to use (default: :func:`load_gazetteer`).
        home: the publisher's home area (:func:`.home.publisher_home`), when known.

    Returns:
        One PlaceMention per span, in the order given.
    """
    gaz = gazetteer or load_gazetteer()
    resolved = _city_parts_unresolved(
        text, resolve_all(text, spans, gaz, options.country_hint, home)
    )
    past = background(text, spans)
    out: list[PlaceMention] = []
    for i, r in enumerate(resolved):
        relation, km, bearing = read_relation(text, r.start)
        if r.level != LEVEL_PLACE and excluded(text, r.start):
            relation, km, bearing = "not in", None, None  # "a rare strike outside Waziristan"
        lat = lon = None
        if r.place is not None:
            lat, lon = r.place.lat, r.place.lon
            if km is not None and bearing is not None:
                lat, lon = move(lat, lon, km, bearing)
            elif relation == "in" and r.level == LEVEL_COUNTRY:
                lat, lon = _part(text, r, gaz) or (lat, lon)  # "in northern Yemen"
        conf = r.confidence if r.place is not None else 0.3
        if r.level == LEVEL_COUNTRY and relation is None and _ATTRIBUTIVE.match(text, r.end):
            conf = ATTRIBUTIVE_CONFIDENCE  # "a US drone", "Syrian troops": who, not where
        if jurisdiction(text, r.start, r.end) is False:
            conf = ATTRIBUTIVE_CONFIDENCE  # "the Florida Democratic Party", "University of X"
        if i in past or relation == "not in":
            conf = min(conf, ATTRIBUTIVE_CONFIDENCE)  # "spent years at Guantanamo": not the event's
        ev = Evidence(r.start, r.end, text[r.start : r.end], doc_id, EXTRACTOR, conf)
        out.append(PlaceMention(r.place, ev, relation, lat, lon))
    return out


# A part of a city by its generic name: "Northside", "the East End", "Midtown", "Uptown".
_CITY_PART = re.compile(
    r"(?:north|south|east|west)(?:east|west)?[ -]?(?:side|end)|(?:mid|up|down)[ -]?town",
    re.IGNORECASE,
)


# A name the text calls a neighbourhood: "in the Herlong neighborhood", "the X section of".
_NEIGHBOURHOOD_AFTER = re.compile(r"\s+(?:neighbou?rhood|section|subdivision)\b", re.IGNORECASE)
_PART_KM = 60.0


def _city_parts_unresolved(text: str, resolved: list[Resolved]) -> list[Resolved]:
    """A city part named generically ("Northside", "Midtown") is the part of the town the
    text names, not a namesake town elsewhere: when another span of the text resolves to
    a town, the generic name is left unresolved (the index holds no neighbourhoods) and
    the town stays the place. Alone in a text, it is resolved as any name. A name the text
    calls a neighbourhood ("the Herlong neighborhood") is left unresolved when it resolved
    farther than ``_PART_KM`` from every other town the text names (a namesake town)."""
    towns = [r.place for r in resolved if r.place is not None and r.level == LEVEL_PLACE]
    out: list[Resolved] = []
    for r in resolved:
        p = r.place
        others = [t for t in towns if p is None or t.geonameid != p.geonameid]
        if p is not None and others:
            generic = _CITY_PART.fullmatch(text[r.start : r.end].strip())
            far = _NEIGHBOURHOOD_AFTER.match(text, r.end) and all(
                haversine_km(p.lat, p.lon, t.lat, t.lon) > _PART_KM for t in others
            )
            if generic or far:
                r = Resolved(r.start, r.end, None, LEVEL_PLACE, 0.0)
        out.append(r)
    return out


def _part(text: str, r: Resolved, gaz: Gazetteer) -> tuple[float, float] | None:
    """The middle of the part of a country the text names, if any.

    "in northern Yemen": the mention keeps the country (its precision), and
    its point is the middle of Yemen's northern towns instead of the
    country's centre. Provinces and states keep their centre ("in southern
    Kaduna state" stays Kaduna state's): a third of one is rarely far from it.
    """
    side = read_side(text, r.start)
    if side is None or r.place is None or r.place.country is None:
        return None
    return part_centre(gaz.towns_in(r.place.country), side)


def _specificity(place: Place) -> float:
    """Town 3, county 2, admin1 1, country 0."""
    if place.feature == "P":
        return 3.0
    if place.admin1 is None:
        return 0.0
    return 1.0 if place.admin1 == place.name else 2.0


def primary_place(mentions: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place the event most likely happened at.

    Prefers a resolved, specific place (a town over a country) that a relation
    ties to the event ("south of X", "near X" over "in X" over a bare mention),
    and the first such place in the body over an all-caps dateline city; never
    a country named as a force's nationality ("a US drone", confidence
    ``ATTRIBUTIVE_CONFIDENCE``).

    Args:
        mentions: the output of :func:`extract_places`, in text order.

    Returns:
        The chosen mention, or None when there is none.
    """
    best: PlaceMention | None = None
    best_score = -math.inf
    mentions = [m for m in mentions if m.evidence.confidence > ATTRIBUTIVE_CONFIDENCE]
    for m in mentions:
        if m.place is None:
            continue
        score = _specificity(m.place)
        if m.relation and m.relation != "in":
            score += 2.5
        elif m.relation == "in":
            score += 1.0
        if _dateline(m):
            score -= 2.0  # a dateline names where the reporter filed, not the event
        score += 0.5 * m.evidence.confidence
        if score > best_score:
            best, best_score = m, score
    if best is None and mentions:
        return mentions[0]
    return _town_in_county(best, mentions)


def _dateline(m: PlaceMention) -> bool:
    """Whether a mention is written in capitals, as a dateline's city ("BAGHDAD -")."""
    return m.evidence.text.isupper() and len(m.evidence.text) > 3


# A town named within this distance of a county's centre lies in or beside it.
_TOWN_IN_COUNTY_KM = 50.0


def _town_in_county(
    best: PlaceMention | None, mentions: Sequence[PlaceMention]
) -> PlaceMention | None:
    """A town the text names inside the county chosen, in its place: the finest place.

    "Franklin Police say ..." beside "the Johnson County coroner", "his Glen Flora home"
    beside "in Rusk County": the county is where the sheriff or the coroner works, the town
    where it happened (ACLED and the Gun Violence Archive file the town). A town is a
    populated place of the county's country and admin1 within ``_TOWN_IN_COUNTY_KM`` of the
    county's centre, not named like its province ("in Haydan district (Sadah)": Sa'dah the
    town stands for the governorate there); the first such town in the text (a dateline's
    only when no other).
    Measured on the first 400 GVA dev articles (thirty-fifth session): see docs/gazetteer.md.
    """
    if best is None or best.place is None or _specificity(best.place) != 2.0:
        return best
    county = best.place
    towns = [
        m
        for m in mentions
        if m.place is not None
        and m.place.feature == "P"
        and m.place.country == county.country
        and m.place.admin1 == county.admin1
        and haversine_km(m.place.lat, m.place.lon, county.lat, county.lon) <= _TOWN_IN_COUNTY_KM
        and loose_key(m.place.name) != loose_key(m.place.admin1 or "")
    ]
    if not towns:
        return best
    body = [m for m in towns if not _dateline(m)]
    return (body or towns)[0]
