"""Reconcile one document: claims and mentions -> Incidents with Estimates.

Input: the document text and its sentence boundaries (character offsets), the
document's :class:`~claimledger.records.Claim` list and its event, date, place
and actor mentions. Output: a list of :class:`~claimledger.records.Incident`,
the main incident first.

Grouping rule. A document usually reports one main incident and mentions
others in passing ("not long after the coalition hit Syrian troops, ...").
Event mentions are grouped by the *target* named in their sentence: an event
whose sentence names a target that the main incident does not have, and that
carries no casualty claim of its own, is a separate incident without figures.
Everything else (claims, assertions, actors of the main sentences) belongs to
the main incident, which is the group holding the most claims. A document
with neither an event mention nor a casualty figure yields no incident, unless
the whole-report classifier is sure of one, or its reported sentences tell of
people killed, a party and a place whose count no extractor read ("3-4 alleged
Taliban killed in Kateera, North Waziristan": an incident without estimates).

Each incident's fields are assembled in ``reconcile/fields.py``; its
low/best/high estimates follow the rule in ``reconcile/estimates.py``; its
independent sources and credibility grade come from ``reconcile/grade.py``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import partial

from claimledger.extract import events as event_types
from claimledger.extract import places as places_mod
from claimledger.reconcile.fields import (
    CLASSIFY_CHARS,
    SENTENCE_CONFIDENCE,
    SENTENCE_EXTRACTOR,
    make_incident,
)
from claimledger.reconcile.grade import grade_incidents
from claimledger.reconcile.history import HISTORICAL_YEARS, historical_claim
from claimledger.reconcile.operation_dates import OperationDays
from claimledger.reconcile.operation_toll import own_counts
from claimledger.reconcile.operations import is_release, operation_spans
from claimledger.records import (
    ActorMention,
    Claim,
    DateMention,
    EventMention,
    Evidence,
    Incident,
    ParsedSentence,
    PlaceMention,
    Segment,
)
from claimledger.resources.geodesy import haversine_km

# Event mentions below this confidence (figurative or hypothetical uses) do not
# make an incident on their own.
MIN_EVENT_CONFIDENCE = 0.5
# A report without event words or figures makes an incident only when the
# whole-report classifier is at least this sure.
MIN_LEAD_CONFIDENCE = 0.7
# A report of people killed at a place whose count no extractor could read ("3-4
# alleged Taliban killed in Kateera, Mir Ali") is an incident like one whose count
# was read: a killing word in a reported sentence, not negated or hypothetical, a
# party named (actor mention) and a place the gazetteer resolves in the reported
# text, and a violent reading of the whole report (not an accident) at least this sure (a bare killing reads as an attack at 0.65, an
# armed victim's as a clash at 0.6; "the senate killed the bill" reads as nothing).
MIN_KILLING_CONFIDENCE = 0.6
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
KILLING = re.compile(
    r"\b(killed|slain|shot dead|gunned down|assassinated|beheaded|massacred|martyred)\b",
    re.IGNORECASE,
)
# Words that make a killing after them in the same sentence not a reported one: a
# negation, a hypothesis, or the speaker's own "killing" ("we were killed on the
# counter-attack", a coach after a match: figurative).
NOT_REPORTED = re.compile(
    r"\b(no|not|never|nobody|none|without|would|could|might|(?-i:may)|if|fear\w*|"
    r"i|we|you)\b|n't\b",
    re.IGNORECASE,
)
# CASE 2021 labels of events with casualties that are not political violence.
NON_CONFLICT_LABELS = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER"})
# Transport accidents form no incident (a collapse, a stampede, a fire: one of no type).
TRANSPORT = re.compile(
    r"\b(?:overturn\w*|crash(?:ed|es|ing)?|collided|collision|capsiz\w*|derail\w*|plunged"
    r"|(?:road|traffic|car|bus|train|rail|plane|air) (?:accident|crash)\w*)\b",
    re.I,
)
# A word of an armed attack in the figures' sentences: bodies pulled "from a collapsed house
# ... after an overnight strike" are no building collapse (a labour or hunger strike aside).
ARMED_ATTACK = re.compile(
    r"\b(?<!hunger )(?<!general )(?<!on )(?:air\s?)?strikes?\b(?!\s+action)|\bairstrikes?\b"
    r"|\bshell(?:ing|ed|s)\b|\bbomb(?:ing|ed|ardment|s)\b|\bmissiles?\b|\bartillery\b"
    r"|\bmortars?\b|\brockets?\b|\bdrones?\b",
    re.I,
)
# Towns farther apart than this in paragraphs that each report an event are
# separate incidents (a roundup); closer ones are one incident's surroundings.
SPLIT_KM = 75.0
# A place named after a locative phrase ("in", "near the town of") is where
# something happened; searched right before the place name.
LOCATIVE = re.compile(
    r"\b(in|at|near|outside|around|inside)\s+(the\s+)?((\w+\s+){0,2}(city|town|village|"
    r"province|district|region|state|county|area|neighbou?rhood)\s+of\s+)?$",
    re.IGNORECASE,
)
# Words that place an event on another occasion than the one reported.
OTHER_OCCASION = re.compile(
    r"\b(earlier|previous(ly)?|after|before|last (week|month|year)|in the past|another|"
    r"separate(ly)?|a (day|week|month) (ago|earlier))\b",
    re.IGNORECASE,
)


class _Sentences:
    """The document's sentences as (start, end, text), and which one holds a span."""

    def __init__(self, text: str, bounds: Sequence[tuple[int, int]]) -> None:
        self.spans = [(start, end, text[start:end]) for start, end in bounds]
        self._starts = [start for start, _ in bounds]

    def of(self, ev: Evidence | None) -> int:
        """Index of the sentence where ``ev`` starts; -1 for no evidence."""
        if ev is None:
            return -1
        return max(0, bisect.bisect_right(self._starts, ev.start) - 1)

    def text(self, i: int) -> str:
        """The text of sentence ``i``."""
        return self.spans[i][2]


@dataclass(frozen=True)
class _Report:
    """One document's sentences and the mentions its incidents are cut from."""

    doc_id: str
    text: str
    sents: _Sentences
    claims: Sequence[Claim]
    dates: Sequence[DateMention]
    places: Sequence[PlaceMention]
    actors: Sequence[ActorMention]
    segments: Sequence[Segment]
    stated_date: str | None
    events_model: str | None = None


# The figures of people an operation reports (``operations.operation_spans``' ``people``).
_TAKEN = frozenset({"killed", "arrested", "abducted"})


def build_incidents(
    text: str,
    sentences: Sequence[tuple[int, int]],
    doc_id: str,
    *,
    claims: Sequence[Claim],
    events: Sequence[EventMention],
    dates: Sequence[DateMention],
    places: Sequence[PlaceMention],
    actors: Sequence[ActorMention],
    segments: Sequence[Segment],
    stated_date: str | None,
    events_model: str | None = None,
    parsed: Sequence[ParsedSentence] = (),
) -> list[Incident]:
    """Group a document's claims and mentions into incidents.

    Args:
        text: the document text (the offsets of every mention point into it).
        sentences: the sentence boundaries as (start, end) character offsets, in
            text order; a sentence's text is ``text[start:end]``.
        doc_id: the document id, used for incident ids (``<doc_id>#1``).
        claims: attributed claims, figures and assertions.
        events: event mentions with ACLED types.
        dates: resolved date mentions.
        places: resolved place mentions.
        actors: actor mentions with roles.
        segments: the document's segments (opinion text does not create incidents).
        stated_date: the document date (ISO) or None.
        events_model: path of a learned event model (``Options.events_model``);
            None for the one shipped in the package.
        parsed: the sentences of the document's parse the grade's contested detector
            may read (``attribute.parsed.sentence_records``); none: no dispute is read.

    Returns:
        Incidents, the main one first; empty when nothing violent is reported.
    """
    sents = _Sentences(text, sentences)
    opinion = [(s.start, s.end) for s in segments if s.kind == "opinion"]
    past = _historical_sentences(dates, stated_date, sents.of)
    real_events = [
        e
        for e in events
        if e.evidence.confidence >= MIN_EVENT_CONFIDENCE
        and not _inside(e.evidence, opinion)
        and (sents.of(e.evidence) not in past or _dated_recent(e, dates, stated_date, sents, text))
    ]
    old = partial(historical_claim, dates=dates, stated_date=stated_date, sent_of=sents.of)
    figure_claims = [c for c in claims if c.figure is not None and not old(c, past=past)]
    lead = _reported_lead(
        sents, past, real_events, figure_claims, segments, opinion, (places, actors)
    )
    disaster = _disaster(real_events, figure_claims, sents, past, segments, opinion)
    if lead is None or disaster is None:
        return []
    report = _Report(
        doc_id,
        text,
        sents,
        [c for c in claims if c.figure is None or not old(c, past=past)],
        dates,
        places,
        actors,
        segments,
        stated_date,
        events_model,
    )
    events_by_sent: dict[int, list[EventMention]] = {}
    for e in real_events:
        events_by_sent.setdefault(sents.of(e.evidence), []).append(e)
    claim_sents = {sents.of(c.evidence) for c in figure_claims}
    side = _side_occasions(sents, actors, claim_sents, events_by_sent)
    fallback_text = " ".join(sents.text(i) for i in sorted(claim_sents) if i >= 0) or lead
    incidents = _main_incidents(report, events_by_sent, side, fallback_text)
    incidents += _side_incidents(report, events_by_sent, side, len(incidents) + 1)
    if disaster:  # (a collapse, a stampede, a fire: claims like any other, no conflict type)
        incidents = [replace(i, event_type=None, sub_event_type=None) for i in incidents]
    # How far to trust each: independent sources and a grade (reconcile/grade.py).
    return grade_incidents(incidents, text, parsed)


def _reported_lead(
    sents: _Sentences,
    past: set[int],
    real_events: Sequence[EventMention],
    figure_claims: Sequence[Claim],
    segments: Sequence[Segment],
    opinion: Sequence[tuple[int, int]],
    named: tuple[Sequence[PlaceMention], Sequence[ActorMention]] = ((), ()),
) -> str | None:
    """None when the document reports no violent incident, else the lead text to
    classify (empty unless the document has neither event words nor figures)."""
    lead = ""
    if not real_events and not any(c.low or c.high for c in figure_claims):
        # No event word and no figure: the rules that classify whole reports may
        # still recognise one ("demonstrators barricaded roads with burning tires"),
        # or the report says people were killed at a place without a count read.
        kept = [x for i, x in enumerate(sents.spans) if i not in past]
        lead = _lead_text(kept, segments, opinion)
        if event_types.classify_event(lead)[2] < MIN_LEAD_CONFIDENCE and not _killing_report(
            lead, _lead_spans(kept, segments, opinion), *named
        ):
            return None
    return lead


def _disaster(
    real_events: Sequence[EventMention],
    figure_claims: Sequence[Claim],
    sents: _Sentences,
    past: set[int],
    segments: Sequence[Segment],
    opinion: Sequence[tuple[int, int]],
) -> bool | None:
    """Whether casualty figures without any word of violence read as an accident or a
    disaster, unless the report names an armed attack in another sentence it tells ("four
    died when a building collapsed. Residents blamed a strike, ..."): a cause in dispute.
    None for a disaster that forms no incident: a road, rail, air or boat accident ("a bus
    overturned, killing 14"), or one whose figures are all zero."""
    if real_events or not figure_claims:
        return False
    figure_text = " ".join(c.statement for c in figure_claims)
    if event_types.classify_case2021(figure_text) not in NON_CONFLICT_LABELS or _attack_named(
        figure_text, sents, past, segments, opinion
    ):
        return False
    if TRANSPORT.search(figure_text) or not any(c.low or c.high for c in figure_claims):
        return None
    return True


def _attack_named(
    figure_text: str,
    sents: _Sentences,
    past: set[int],
    segments: Sequence[Segment],
    opinion: Sequence[tuple[int, int]],
) -> bool:
    """A word of an armed attack in the figures' statements or in a sentence the report
    tells (no history, no headline, no opinion)."""
    if ARMED_ATTACK.search(figure_text):
        return True
    kept = [x for i, x in enumerate(sents.spans) if i not in past]
    return any(ARMED_ATTACK.search(t) for _, _, t in _lead_spans(kept, segments, opinion))


def _side_occasions(
    sents: _Sentences,
    actors: Sequence[ActorMention],
    claim_sents: set[int],
    events_by_sent: dict[int, list[EventMention]],
) -> dict[int, set[str]]:
    """Sentences telling another occasion in passing -> the targets named only there.

    "Not long after X hit Y, ...": a sentence with a cue of another time, no
    figures, and a target named nowhere else, acted on by a perpetrator or
    named with an event word.
    """
    names_by_sent: dict[int, set[str]] = {}
    for a in actors:
        names_by_sent.setdefault(sents.of(a.evidence), set()).add(a.name)
    side: dict[int, set[str]] = {}
    for si in names_by_sent:
        if si in claim_sents or not OTHER_OCCASION.search(sents.text(si)):
            continue
        in_sent = [a for a in actors if sents.of(a.evidence) == si]
        elsewhere = set().union(*(n for j, n in names_by_sent.items() if j != si))
        unique = {a.name for a in in_sent if a.role == "target"} - elsewhere
        has_agent = any(a.role == "perpetrator" for a in in_sent)
        if unique and (has_agent or si in events_by_sent):
            side[si] = unique
    return side


def _main_incidents(
    report: _Report,
    events_by_sent: dict[int, list[EventMention]],
    side: dict[int, set[str]],
    fallback_text: str,
) -> list[Incident]:
    """The incidents the document reports: one, or one per distant town of a roundup."""
    of = report.sents.of
    main_events = sorted(
        (e for si, evs in events_by_sent.items() if si not in side for e in evs),
        key=lambda e: e.evidence.start,
    )
    side_sents = set(side)
    main_claims = tuple(c for c in report.claims if c.figure or of(c.evidence) not in side_sents)
    main_sents = {of(e.evidence) for e in main_events} | {of(c.evidence) for c in main_claims}
    main_actors = [
        a
        for a in report.actors
        if of(a.evidence) in main_sents and a.name not in side.get(of(a.evidence), ())
    ]
    # A roundup reports several incidents: paragraphs with their own event and
    # their own town, far from the others, are incidents of their own. The
    # first in the text stays the main one and keeps what no cluster claims.
    clusters = _place_clusters(report.text, report.segments, main_events, report.places)
    # A release telling several operations one after the other: one incident each
    # (and its operations rather than its places when they tell more incidents).
    operations = operation_spans(
        report.text,
        [(s, e) for s, e, _ in report.sents.spans],
        report.dates,
        report.stated_date,
        [c.evidence.start for c in main_claims if c.figure in _TAKEN and c.low != 0],
        [c.evidence.start for c in main_claims if c.figure == "arrested" and c.low != 0],
    )
    split = len(operations) > len(clusters)
    if split:
        clusters = operations
    others = [span for cluster in clusters[1:] for span in cluster]

    def part(k: int, ev: Evidence | None) -> bool:
        if ev is None:
            return k == 0
        if k == 0:
            return not _inside(ev, others)
        return _inside(ev, clusters[k])

    dated = OperationDays.of(
        report.dates, main_claims, clusters, of, report.stated_date, report.text
    )
    release = is_release(report.text)

    def days(k: int) -> list[DateMention]:
        return dated.operation(
            k,
            (
                lambda j: [d for d in report.dates if part(j, d.evidence)],
                lambda j: [c for c in main_claims if part(j, c.evidence)],
            ),
            of,
            (split, release, len(clusters)),
        )

    return [
        make_incident(
            f"{report.doc_id}#{k + 1}",
            [e for e in main_events if part(k, e.evidence)],
            _claims_of([c for c in main_claims if part(k, c.evidence)], split),
            [a for a in main_actors if part(k, a.evidence)],
            days(k),
            [p for p in report.places if part(k, p.evidence)],
            report.stated_date,
            main=True,
            sentences=report.sents.spans,
            fallback_text=fallback_text if k == 0 else "",
            whole_text=report.text if len(clusters) <= 1 and not side else "",
            events_model=report.events_model,
            context=report.text,
        )
        for k in range(max(1, len(clusters)))
    ]


def _claims_of(claims: Sequence[Claim], operation: bool) -> tuple[Claim, ...]:
    """The claims of one incident; of an operation, an "N more" detainee count that has no
    detainees before it in the operation counts its own N (``operation_toll.own_counts``)."""
    return own_counts(claims) if operation else tuple(claims)


def _side_incidents(
    report: _Report,
    events_by_sent: dict[int, list[EventMention]],
    side: dict[int, set[str]],
    first: int,
) -> list[Incident]:
    """One incident without figures per side occasion, numbered from ``first``."""
    of = report.sents.of
    return [
        make_incident(
            f"{report.doc_id}#{n}",
            events_by_sent.get(si, []),
            tuple(c for c in report.claims if of(c.evidence) == si),
            [
                a
                for a in report.actors
                if of(a.evidence) == si and (a.role == "perpetrator" or a.name in side[si])
            ],
            [d for d in report.dates if of(d.evidence) == si],
            [p for p in report.places if of(p.evidence) == si],
            None,
            main=False,
            sentences=report.sents.spans,
            fallback_text=report.sents.text(si),
            events_model=report.events_model,
            fallback_evidence=Evidence(
                *report.sents.spans[si], report.doc_id, SENTENCE_EXTRACTOR, SENTENCE_CONFIDENCE
            ),
        )
        for n, si in enumerate(sorted(side), start=first)
    ]


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


def _lead_spans(
    sents: Sequence[tuple[int, int, str]],
    segments: Sequence[Segment],
    opinion: Sequence[tuple[int, int]],
) -> list[tuple[int, int, str]]:
    """The reported sentences: no headline, no opinion (``sents`` without history)."""
    skip = list(opinion) + [(s.start, s.end) for s in segments if s.kind == "headline"]
    return [x for x in sents if not any(start <= x[0] < end for start, end in skip)]


def _lead_text(
    sents: Sequence[tuple[int, int, str]],
    segments: Sequence[Segment],
    opinion: Sequence[tuple[int, int]],
) -> str:
    """The reported sentences (no headline, no opinion, no history), up to CLASSIFY_CHARS."""
    return " ".join(t for _, _, t in _lead_spans(sents, segments, opinion))[:CLASSIFY_CHARS]


def _killing_report(
    lead: str,
    sents: Sequence[tuple[int, int, str]],
    places: Sequence[PlaceMention],
    actors: Sequence[ActorMention],
) -> bool:
    """Whether the reported sentences say people were killed at a place (no count read):
    a violent reading of the lead, not an accident or a disaster, a killing word not
    negated or hypothetical, a party named (an armed group, a force, civilians: not
    "deer were killed", "the tax killed small businesses") and a place the gazetteer
    resolves."""
    event_type, _, confidence = event_types.classify_event(lead)
    if event_type not in VIOLENT_TYPES or confidence < MIN_KILLING_CONFIDENCE:
        return False
    if event_types.classify_case2021(lead) in NON_CONFLICT_LABELS:
        return False
    killing = False
    for _, _, sentence in sents:
        match = KILLING.search(sentence)
        if match and not NOT_REPORTED.search(sentence, 0, match.start()):
            killing = True
            break
    spans = [(start, end) for start, end, _ in sents]
    return (
        killing
        and any(_inside(a.evidence, spans) for a in actors)
        and any(p.place is not None and _inside(p.evidence, spans) for p in places)
    )


def _historical_sentences(
    dates: Sequence[DateMention],
    stated_date: str | None,
    sent_of: Callable[[Evidence | None], int],
) -> set[int]:
    """Sentences holding a date at least HISTORICAL_YEARS before the document date."""
    if not stated_date:
        return set()
    limit = int(stated_date[:4]) - HISTORICAL_YEARS
    return {sent_of(d.evidence) for d in dates if d.value and int(d.value[:4]) <= limit}


def _dated_recent(
    event: EventMention,
    dates: Sequence[DateMention],
    stated_date: str | None,
    sents: _Sentences,
    text: str,
) -> bool:
    """In a sentence that also recalls the past, the event's words are today's.

    The sentence dates something near the document's date, and no older date is written
    right beside the event's words (at most one word between: "the 1988 chemical attack",
    "the attack in 2014"). "On 27 May 2022, relatives of two men killed in 2020 held a
    rally": the rally is today's; "gathered on Thursday to mark the anniversary of the 1988
    chemical attack": the attack is history. The sentence's figures stay historical either
    way (``past``).
    """
    if not stated_date:
        return False
    limit = int(stated_date[:4]) - HISTORICAL_YEARS
    sent_of = sents.of
    k = sent_of(event.evidence)
    own = [d for d in dates if d.value and sent_of(d.evidence) == k]
    if not any(int(d.value[:4]) > limit for d in own):
        return False
    ev = event.evidence
    for d in own:
        if int(d.value[:4]) > limit:
            continue
        if d.evidence.end <= ev.start:
            gap = text[d.evidence.end : ev.start]  # "the 1988 chemical attack"
        else:
            gap = text[ev.end : d.evidence.start]  # "the attack in 2014"
        if len(gap.split()) <= 1:
            return False
    return True


def _inside(ev: Evidence, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether the span lies inside one of ``spans``."""
    return any(start <= ev.start and ev.end <= end for start, end in spans)
