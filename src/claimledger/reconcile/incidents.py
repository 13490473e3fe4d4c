"""Reconcile one document: claims and mentions -> Incidents with Estimates.

Input: the spaCy ``Doc`` (only for sentence boundaries), the document's
:class:`~claimledger.records.Claim` list and its event, date, place and actor
mentions. Output: a list of :class:`~claimledger.records.Incident`, the main
incident first.

Grouping rule. A document usually reports one main incident and mentions
others in passing ("not long after the coalition hit Syrian troops, ...").
Event mentions are grouped by the *target* named in their sentence: an event
whose sentence names a target that the main incident does not have, and that
carries no casualty claim of its own, is a separate incident without figures.
Everything else (claims, assertions, actors of the main sentences) belongs to
the main incident, which is the group holding the most claims. A document
with neither an event mention nor a casualty figure yields no incident.

Estimates (per figure, within one document), after UCDP GED's codebook. The
corpus level (``corpus.py``, ``docs/reconciliation.md``) has a fuller rule of
its own across documents: source reliability tiers, the latest document of a
source wins, near-duplicates count once.

* each source counts once: a source's value is its highest figure (a later
  restatement usually revises upwards); a relay (``via``) of a source is the
  same source;
* ``low`` = the lowest figure any source gives (an open-ended "at least N"
  counts as N);
* ``high`` = the highest figure any source gives (its ``high``, or ``low``
  when open-ended);
* statistics over a period or an area ("so far this year", "since
  January", "nationwide": see ``AGGREGATE``) stay listed with the incident,
  flagged ``aggregate``, and are not counted;
* ``best`` = the upper median of the per-source values, from unhedged claims
  when there are any: among three or more sources one outlier cannot set it;
  of two, the higher (in a single report a second, higher figure is usually
  the updated or fuller count: on GVA dev articles this rule matched the
  gold count more often than the lower median, 0.81 vs 0.79 killed and 0.69
  vs 0.64 injured on a 400-article sample).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from claimledger.extract import dates as dates_mod
from claimledger.extract import events as event_types
from claimledger.extract import places as places_mod
from claimledger.records import (
    Actor,
    ActorMention,
    Claim,
    DateMention,
    Estimate,
    EventMention,
    Evidence,
    Incident,
    IncidentDate,
    Location,
    PlaceMention,
    Segment,
)
from claimledger.resources.geodesy import haversine_km

ESTIMATE_RULE = (
    "per source: highest figure; low: lowest source figure; high: highest source figure "
    "(open-ended counts as its lower bound); best: upper median of unhedged source figures"
)
# Event mentions below this confidence (figurative or hypothetical uses) do not
# make an incident on their own.
MIN_EVENT_CONFIDENCE = 0.5
# A report without event words or figures makes an incident only when the
# whole-report classifier is at least this sure.
MIN_LEAD_CONFIDENCE = 0.7
# CASE 2021 labels of events with casualties that are not political violence.
NON_CONFLICT_LABELS = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER"})
# Towns farther apart than this in paragraphs that each report an event are
# separate incidents (a roundup); closer ones are one incident's surroundings.
SPLIT_KM = 75.0
# The incident's sentences given to the event classifier, at most (a long
# article's later paragraphs tell background, not the incident).
CLASSIFY_CHARS = 3000
# A place named after a locative phrase ("in", "near the town of") is where
# something happened; searched right before the place name.
LOCATIVE = re.compile(
    r"\b(in|at|near|outside|around|inside)\s+(the\s+)?((\w+\s+){0,2}(city|town|village|"
    r"province|district|region|state|county|area|neighbou?rhood)\s+of\s+)?$",
    re.IGNORECASE,
)
# A sentence dated this many years or more before the document recalls history
# (an anniversary, a past war), not the incident being reported.
HISTORICAL_YEARS = 2
# A figure stated over a period or an area is a statistic, not this incident's toll.
AGGREGATE = re.compile(
    r"\b(so far (this|in) (year|month|\d{4})|(since|from) (the (start|beginning) of )?"
    r"(the year|january|(19|20)\d\d)|year[- ]to[- ]date|this year alone|every year|each year|"
    r"annually|per year|a year|nationwide|in (19|20)\d\d alone|over the (past|last) "
    r"(\w+ )?(years|months|decade))\b",
    re.IGNORECASE,
)
# Words that place an event on another occasion than the one reported.
OTHER_OCCASION = re.compile(
    r"\b(earlier|previous(ly)?|after|before|last (week|month|year)|in the past|another|"
    r"separate(ly)?|a (day|week|month) (ago|earlier))\b",
    re.IGNORECASE,
)


def build_incidents(
    doc: Any,
    doc_id: str,
    *,
    claims: Sequence[Claim],
    events: Sequence[EventMention],
    dates: Sequence[DateMention],
    places: Sequence[PlaceMention],
    actors: Sequence[ActorMention],
    segments: Sequence[Segment],
    stated_date: str | None,
) -> list[Incident]:
    """Group a document's claims and mentions into incidents.

    Args:
        doc: the spaCy Doc (its sentence boundaries are used).
        doc_id: the document id, used for incident ids (``<doc_id>#1``).
        claims: attributed claims, figures and assertions.
        events: event mentions with ACLED types.
        dates: resolved date mentions.
        places: resolved place mentions.
        actors: actor mentions with roles.
        segments: the document's segments (opinion text does not create incidents).
        stated_date: the document date (ISO) or None.

    Returns:
        Incidents, the main one first; empty when nothing violent is reported.
    """
    sents = list(doc.sents)  # spaCy rebuilds doc.sents on every access
    sent_starts = [s.start_char for s in sents]

    def sent_of(ev: Evidence | None) -> int:
        if ev is None:
            return -1
        return max(0, bisect.bisect_right(sent_starts, ev.start) - 1)

    opinion = [(s.start, s.end) for s in segments if s.kind == "opinion"]
    past = _historical_sentences(dates, stated_date, sent_of)
    real_events = [
        e
        for e in events
        if e.evidence.confidence >= MIN_EVENT_CONFIDENCE
        and not _inside(e.evidence, opinion)
        and sent_of(e.evidence) not in past
    ]
    figure_claims = [c for c in claims if c.figure is not None and sent_of(c.evidence) not in past]
    lead = ""
    if not real_events and not any(c.low or c.high for c in figure_claims):
        # No event word and no figure: the rules that classify whole reports may
        # still recognise one ("demonstrators barricaded roads with burning tires").
        lead = _lead_text([x for i, x in enumerate(sents) if i not in past], segments, opinion)
        if event_types.classify_event(lead)[2] < MIN_LEAD_CONFIDENCE:
            return []
    if not real_events:
        # Casualty figures without any word of violence: an accident or a disaster
        # ("a bus overturned, killing 14") is not a conflict event.
        figure_text = " ".join(c.statement for c in figure_claims)
        if event_types.classify_case2021(figure_text) in NON_CONFLICT_LABELS:
            return []
    claims = [c for c in claims if c.figure is None or sent_of(c.evidence) not in past]

    # Actor names per sentence, and the targets among them.
    names_by_sent: dict[int, set[str]] = {}
    for a in actors:
        names_by_sent.setdefault(sent_of(a.evidence), set()).add(a.name)
    claim_sents = {sent_of(c.evidence) for c in figure_claims}
    sentences = [(x.start_char, x.end_char, x.text) for x in sents]
    events_by_sent: dict[int, list[EventMention]] = {}
    for e in real_events:
        events_by_sent.setdefault(sent_of(e.evidence), []).append(e)

    # Another occasion mentioned in passing ("not long after X hit Y, ..."): a
    # sentence with a cue of another time, no figures, and a target named
    # nowhere else, acted on by a perpetrator or named with an event word.
    side: dict[int, set[str]] = {}
    for si in names_by_sent:
        if si in claim_sents or not OTHER_OCCASION.search(sents[si].text):
            continue
        in_sent = [a for a in actors if sent_of(a.evidence) == si]
        elsewhere = set().union(*(n for j, n in names_by_sent.items() if j != si))
        unique = {a.name for a in in_sent if a.role == "target"} - elsewhere
        has_agent = any(a.role == "perpetrator" for a in in_sent)
        if unique and (has_agent or si in events_by_sent):
            side[si] = unique

    main_events = sorted(
        (e for si, evs in events_by_sent.items() if si not in side for e in evs),
        key=lambda e: e.evidence.start,
    )
    side_sents = set(side)
    main_claims = tuple(c for c in claims if c.figure or sent_of(c.evidence) not in side_sents)
    main_sents = {sent_of(e.evidence) for e in main_events} | {
        sent_of(c.evidence) for c in main_claims
    }
    main_actors = [
        a
        for a in actors
        if sent_of(a.evidence) in main_sents and a.name not in side.get(sent_of(a.evidence), ())
    ]
    fallback_text = " ".join(sents[i].text for i in sorted(claim_sents) if i >= 0) or lead
    # A roundup reports several incidents: paragraphs with their own event and
    # their own town, far from the others, are incidents of their own. The
    # first in the text stays the main one and keeps what no cluster claims.
    clusters = _place_clusters(doc.text, segments, main_events, places)
    others = [span for cluster in clusters[1:] for span in cluster]

    def part(k: int, ev: Evidence | None) -> bool:
        if ev is None:
            return k == 0
        if k == 0:
            return not _inside(ev, others)
        return _inside(ev, clusters[k])

    incidents = [
        _make_incident(
            f"{doc_id}#{k + 1}",
            [e for e in main_events if part(k, e.evidence)],
            tuple(c for c in main_claims if part(k, c.evidence)),
            [a for a in main_actors if part(k, a.evidence)],
            [d for d in dates if part(k, d.evidence)],
            [p for p in places if part(k, p.evidence)],
            stated_date,
            main=True,
            sentences=sentences,
            fallback_text=fallback_text if k == 0 else "",
        )
        for k in range(max(1, len(clusters)))
    ]
    for n, si in enumerate(sorted(side), start=len(incidents) + 1):
        incidents.append(
            _make_incident(
                f"{doc_id}#{n}",
                events_by_sent.get(si, []),
                tuple(c for c in claims if sent_of(c.evidence) == si),
                [
                    a
                    for a in actors
                    if sent_of(a.evidence) == si and (a.role == "perpetrator" or a.name in side[si])
                ],
                [d for d in dates if sent_of(d.evidence) == si],
                [p for p in places if sent_of(p.evidence) == si],
                None,
                main=False,
                sentences=sentences,
                fallback_text=sents[si].text,
            )
        )
    return incidents


def _place_clusters(
    text: str,
    segments: Sequence[Segment],
    events: Sequence[EventMention],
    places: Sequence[PlaceMention],
) -> list[list[tuple[int, int]]]:
    """Group the paragraphs that hold an event and a place below country level.

    Two paragraphs report the same incident when their places are within SPLIT_KM
    of each other or share an admin1 area (a town in Texas and "Texas"). Returns
    one list of paragraph spans per cluster, in text order; an empty list when
    the document reports one incident. Only places where something happened
    count ("in X", "south of X", "in the city of X"), not "families from X".
    """
    anchors: list[tuple[tuple[int, int], float, float, str | None]] = []
    for seg in segments:
        span = (seg.start, seg.end)
        if seg.kind in ("opinion", "headline") or not any(
            _inside(e.evidence, [span]) for e in events
        ):
            continue
        local = [
            p
            for p in places
            if p.place is not None
            and p.place.admin1 is not None
            and _inside(p.evidence, [span])
            and (p.relation is not None or LOCATIVE.search(text, 0, p.evidence.start))
        ]
        chosen = places_mod.primary_place(local)
        if chosen is not None and chosen.place is not None:
            lat = chosen.lat if chosen.lat is not None else chosen.place.lat
            lon = chosen.lon if chosen.lon is not None else chosen.place.lon
            anchors.append((span, lat, lon, chosen.place.admin1))
    clusters: list[tuple[float, float, str | None, list[tuple[int, int]]]] = []
    for span, lat, lon, admin1 in anchors:
        for c_lat, c_lon, c_admin1, spans in clusters:
            if admin1 == c_admin1 or haversine_km(lat, lon, c_lat, c_lon) <= SPLIT_KM:
                spans.append(span)
                break
        else:
            clusters.append((lat, lon, admin1, [span]))
    return [c[3] for c in clusters] if len(clusters) > 1 else []


def _lead_text(sents: Sequence[Any], segments: Sequence[Segment], opinion: Any) -> str:
    """The reported sentences (no headline, no opinion, no history), up to CLASSIFY_CHARS."""
    skip = list(opinion) + [(s.start, s.end) for s in segments if s.kind == "headline"]
    kept = [x.text for x in sents if not any(start <= x.start_char < end for start, end in skip)]
    return " ".join(kept)[:CLASSIFY_CHARS]


def _historical_sentences(
    dates: Sequence[DateMention], stated_date: str | None, sent_of: Any
) -> set[int]:
    """Sentences holding a date at least HISTORICAL_YEARS before the document date."""
    if not stated_date:
        return set()
    limit = int(stated_date[:4]) - HISTORICAL_YEARS
    return {sent_of(d.evidence) for d in dates if d.value and int(d.value[:4]) <= limit}


def _inside(ev: Evidence, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether the span lies inside one of ``spans``."""
    return any(start <= ev.start and ev.end <= end for start, end in spans)


def _make_incident(
    incident_id: str,
    events: Sequence[EventMention],
    claims: Sequence[Claim],
    actors: Sequence[ActorMention],
    dates: Sequence[DateMention],
    places: Sequence[PlaceMention],
    stated_date: str | None,
    *,
    main: bool,
    sentences: Sequence[tuple[int, int, str]],
    fallback_text: str = "",
) -> Incident:
    marked = mark_aggregates(claims)
    event_type, sub_event_type, event_ev = _classify(events, marked, sentences, fallback_text)
    event_spans = [
        (start, end)
        for start, end, _ in sentences
        if any(start <= e.evidence.start < end for e in events)
    ]
    return Incident(
        id=incident_id,
        event_type=event_type,
        sub_event_type=sub_event_type,
        date=_incident_date(dates, stated_date) if (main or dates) else None,
        location=_location(places),
        actors=_actors(actors, event_spans),
        claims=marked,
        estimates=estimate_figures(marked),
        evidence=event_ev,
    )


def _classify(
    events: Sequence[EventMention],
    claims: Sequence[Claim],
    sentences: Sequence[tuple[int, int, str]],
    fallback_text: str,
) -> tuple[str | None, str | None, Evidence | None]:
    """The incident's ACLED type: the rules of ``classify_event`` applied to the
    incident's own sentences (those naming its events), which weigh the whole
    context (an air strike that kills civilians stays an air strike); the
    most-named sub-event type when those rules find nothing."""
    # The sentences that name the events; those of the figures only when no
    # event word is there (figures sentences also carry rival claims and
    # background: "the group said it had captured the outpost").
    anchors = [e.evidence.start for e in events] or [
        c.evidence.start for c in claims if c.figure is not None
    ]
    text = " ".join(t for start, end, t in sentences if any(start <= a < end for a in anchors))
    event_type, sub_event_type, _ = event_types.classify_event(
        text[:CLASSIFY_CHARS] or fallback_text
    )
    if event_type is None:
        return _event_type(events)
    named = [e for e in events if e.sub_event_type == sub_event_type] or list(events)
    return event_type, sub_event_type, named[0].evidence if named else None


def _event_type(events: Sequence[EventMention]) -> tuple[str | None, str | None, Evidence | None]:
    """The sub-event type named most (by confidence), ties to the earliest."""
    if not events:
        return None, None, None
    weight: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], EventMention] = {}
    for e in events:
        key = (e.event_type, e.sub_event_type)
        weight[key] += e.evidence.confidence  # type: ignore[assignment]
        first.setdefault(key, e)
    best = max(weight, key=lambda k: (weight[k], -first[k].evidence.start))
    return best[0], best[1], first[best].evidence


def _incident_date(dates: Sequence[DateMention], stated_date: str | None) -> IncidentDate | None:
    chosen = dates_mod.incident_date(list(dates), stated_date)
    if chosen is not None:
        return IncidentDate(
            value=chosen.value,
            precision=chosen.precision,
            confidence=chosen.evidence.confidence,
            evidence=chosen.evidence,
        )
    if stated_date:
        # No date in the text: news reports the recent past, so the document
        # date is the best guess, with low confidence.
        return IncidentDate(value=stated_date, precision="day", confidence=0.3, evidence=None)
    return None


def _location(places: Sequence[PlaceMention]) -> Location | None:
    chosen = places_mod.primary_place(list(places))
    if chosen is None:
        return None
    p = chosen.place
    if p is None:
        return Location(
            name=chosen.evidence.text,
            country=None,
            admin1=None,
            lat=None,
            lon=None,
            geonameid=None,
            relation=chosen.relation,
            evidence=chosen.evidence,
        )
    return Location(
        name=p.name,
        country=p.country_name,
        admin1=p.admin1,
        lat=chosen.lat if chosen.lat is not None else p.lat,
        lon=chosen.lon if chosen.lon is not None else p.lon,
        # Areas without a GeoNames id carry a synthetic negative id in the gazetteer.
        geonameid=p.geonameid if p.geonameid > 0 else None,
        relation=chosen.relation,
        evidence=chosen.evidence,
        country_code=p.country,
    )


_ROLE_RANK = {"perpetrator": 0, "target": 1, "other": 2}


def _actors(
    mentions: Sequence[ActorMention], event_spans: Sequence[tuple[int, int]] = ()
) -> tuple[Actor, ...]:
    """One Actor per name. Its role is read where the incident's events are told
    (the first such mention with a role), else its most specific role anywhere
    (perpetrator > target > other): background sentences do not recast a side."""

    by_name: dict[str, list[ActorMention]] = {}
    for m in sorted(mentions, key=lambda m: m.evidence.start):
        by_name.setdefault(m.name, []).append(m)
    best: dict[str, ActorMention] = {}
    for name, ms in by_name.items():
        told = [
            m
            for m in ms
            if m.role != "other" and any(a <= m.evidence.start < b for a, b in event_spans)
        ]
        best[name] = told[0] if told else min(ms, key=lambda m: _ROLE_RANK.get(m.role, 3))
    ordered = sorted(best.values(), key=lambda m: (_ROLE_RANK.get(m.role, 3), m.evidence.start))
    return tuple(Actor(name=m.name, role=m.role, evidence=m.evidence) for m in ordered)


def source_key(claim: Claim) -> str:
    """Identity of a claim's source: relays of one source count once."""
    return " ".join(claim.source.name.casefold().split())


def mark_aggregates(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """Flag figures stated over a period or an area (see AGGREGATE)."""
    return tuple(
        dataclasses.replace(c, aggregate=True)
        if c.figure is not None and AGGREGATE.search(c.statement)
        else c
        for c in claims
    )


def estimate_figures(claims: Iterable[Claim]) -> dict[str, Estimate]:
    """UCDP-style low/best/high per figure (rule in the module docstring)."""
    by_figure: dict[str, list[Claim]] = {}
    for c in claims:
        if c.figure is not None and c.low is not None and not c.aggregate:
            by_figure.setdefault(c.figure, []).append(c)
    out: dict[str, Estimate] = {}
    for figure, fclaims in by_figure.items():
        out[figure] = estimate(fclaims)
    return out


def estimate(claims: Sequence[Claim]) -> Estimate:
    """Low/best/high from the claims of one figure."""
    per_source: dict[str, tuple[int, int, bool]] = {}
    for c in claims:
        assert c.low is not None
        top = c.high if c.high is not None else c.low
        key = source_key(c)
        prev = per_source.get(key)
        if prev is None:
            per_source[key] = (c.low, top, c.hedged)
        else:
            per_source[key] = (max(prev[0], c.low), max(prev[1], top), prev[2] and c.hedged)
    lows = [v[0] for v in per_source.values()]
    highs = [v[1] for v in per_source.values()]
    firm = sorted(v[0] for v in per_source.values() if not v[2]) or sorted(lows)
    best = firm[len(firm) // 2]
    return Estimate(low=min(lows), best=best, high=max(highs), rule=ESTIMATE_RULE)
