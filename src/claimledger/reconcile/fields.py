"""One incident's fields from the mentions grouped into it: mentions -> ``Incident``.

Input: the event, claim, actor, date and place mentions of one incident (as
``reconcile.incidents`` groups them) and the document's sentences. Output: the
:class:`~claimledger.records.Incident` with its ACLED type, date, location,
actors with roles, claims (aggregates flagged) and estimates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from claimledger.extract import dates as dates_mod
from claimledger.extract import events as event_types
from claimledger.extract import places as places_mod
from claimledger.extract.events.model import classify_learned
from claimledger.reconcile.estimates import estimate_figures, mark_aggregates
from claimledger.reconcile.sides import complete_sides
from claimledger.records import (
    STATED,
    SUSPECTED,
    Actor,
    ActorMention,
    Claim,
    DateMention,
    EventMention,
    Evidence,
    Incident,
    IncidentDate,
    Location,
    PlaceMention,
)

# The incident's sentences given to the event classifier, at most (a long
# article's later paragraphs tell background, not the incident).
CLASSIFY_CHARS = 3000
# The document text read as context for an incident's type, at most.
CONTEXT_CHARS = 20_000
# A document this short is classified from its whole text (an ACLED-like note,
# a snippet, a short post): its sentences are all about the one incident.
SHORT_DOC_CHARS = 600

# An incident typed from whole sentences (no event word in them) points at the
# sentence, with this extractor name and a low confidence.
SENTENCE_EXTRACTOR = "event_types.sentence"
SENTENCE_CONFIDENCE = 0.3
# One typed from a short document's whole text or from the lead, with no event word
# and no figure in its sentences, points at the document's first sentence (the note's
# or the story's lead: "On 4 March, retired teachers gathered ... to demand ...").
LEAD_EXTRACTOR = "event_types.lead"

_ROLE_RANK = {"perpetrator": 0, "target": 1, "other": 2}


def make_incident(
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
    whole_text: str = "",
    events_model: str | None = None,
    fallback_evidence: Evidence | None = None,
    context: str = "",
) -> Incident:
    """Assemble one incident from its mentions.

    Args:
        incident_id: the id, ``<doc_id>#<n>``.
        events: its event mentions.
        claims: its claims (figures and assertions).
        actors: its actor mentions.
        dates: its date mentions.
        places: its place mentions.
        stated_date: the document date (ISO) or None.
        main: whether it is one of the incidents the document reports (it then
            gets a date even when no date is named in its sentences).
        sentences: the document's sentences as (start, end, text).
        fallback_text: text to classify when its sentences give no type.
        whole_text: the document text when the incident is its only one; a
            short document's whole text is classified when the incident's own
            sentences give no type.
        events_model: the learned event model to use (None: the shipped one).
        fallback_evidence: the span of ``fallback_text``, the incident's evidence
            when no event word names it and no figure places it.
        context: the document text, read when the incident's own sentences name
            no means ("killed in the attack") but the document does ("the CIA
            strike"); see ``classify_learned``.

    Returns:
        The Incident.
    """
    marked = mark_aggregates(claims, context)
    own = _incident_text(events, marked, sentences)
    short = whole_text if len(whole_text) <= SHORT_DOC_CHARS else ""
    texts = [t for t in (own, short, fallback_text) if t]
    event_type, sub_event_type, event_ev = _classify(
        events, texts, events_model, context[:CONTEXT_CHARS] if own else ""
    )
    if event_ev is None and event_type is not None:
        # Typed from its sentences, not from one event word: those sentences are the evidence.
        event_ev = _sentence_evidence(marked, sentences) or fallback_evidence
    if event_ev is None and event_type is not None and (short or fallback_text) and sentences:
        event_ev = _lead_evidence(incident_id, sentences)
    event_spans = [
        (start, end)
        for start, end, _ in sentences
        if any(start <= e.evidence.start < end for e in events)
    ]
    location = _location(places)
    sides = complete_sides(
        _actors(actors, event_spans),
        event_type=event_type,
        claims=marked,
        location=location,
        event_evidence=event_ev,
    )
    return Incident(
        id=incident_id,
        event_type=event_type,
        sub_event_type=sub_event_type,
        date=_incident_date(dates, stated_date) if (main or dates) else None,
        location=location,
        actors=sides,
        claims=marked,
        estimates=estimate_figures(marked),
        evidence=event_ev,
    )


def _incident_text(
    events: Sequence[EventMention],
    claims: Sequence[Claim],
    sentences: Sequence[tuple[int, int, str]],
) -> str:
    """The incident's own sentences: those naming its events; those of its figures only
    when no event word is there (figure sentences also carry rival claims and
    background: "the group said it had captured the outpost")."""
    anchors = [e.evidence.start for e in events] or [
        c.evidence.start for c in claims if c.figure is not None
    ]
    text = " ".join(t for start, end, t in sentences if any(start <= a < end for a in anchors))
    return text[:CLASSIFY_CHARS]


def _sentence_evidence(
    claims: Sequence[Claim], sentences: Sequence[tuple[int, int, str]]
) -> Evidence | None:
    """The sentence of the incident's first figure, as the evidence of a type read from it."""
    figures = [c.evidence for c in claims if c.figure is not None]
    if not figures:
        return None
    first = min(figures, key=lambda ev: ev.start)
    for start, end, text in sentences:
        if start <= first.start < end:
            return Evidence(start, end, text, first.doc_id, SENTENCE_EXTRACTOR, SENTENCE_CONFIDENCE)
    return None


def _lead_evidence(incident_id: str, sentences: Sequence[tuple[int, int, str]]) -> Evidence:
    """The document's first sentence, as the evidence of a type read from its whole text."""
    start, end, text = sentences[0]
    doc_id = incident_id.rsplit("#", 1)[0]
    return Evidence(start, end, text, doc_id, LEAD_EXTRACTOR, SENTENCE_CONFIDENCE)


def _classify(
    events: Sequence[EventMention],
    texts: Sequence[str],
    events_model: str | None,
    context: str = "",
) -> tuple[str | None, str | None, Evidence | None]:
    """The incident's ACLED type from the first of ``texts`` (its own sentences, then a
    short document's whole text, then the fallback) where the learned classifier
    (``extract/events/model.py``, which weighs the rules' answer as one feature) finds
    political violence; else the rules alone on the first text (an incident exists
    because its words name one); else the most-named sub-event type."""
    event_type, sub_event_type = None, None
    for k, text in enumerate(texts):
        # The document is context for the incident's own sentences (the first text) only.
        event_type, sub_event_type, _ = classify_learned(
            text, events_model, context=context if k == 0 else None
        )
        if event_type is not None:
            break
    if event_type is None and texts:
        event_type, sub_event_type, _ = event_types.classify_event(texts[0])
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
    """The date of the incident, else the document date with low confidence."""
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
    """The primary place as a Location (a name only when it was not resolved)."""
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
        city=p.city,
    )


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
    return tuple(
        Actor(
            name=m.name,
            role=m.role,
            evidence=m.evidence,
            certainty=_certainty(m.role, by_name[m.name]),
        )
        for m in ordered
    )


def _certainty(role: str, mentions: Sequence[ActorMention]) -> str:
    """A perpetrator is ``suspected`` only when every mention naming it as one does
    so as a possibility ("may have been planted by X" and no "X claimed the attack")."""
    if role != "perpetrator":
        return STATED
    perpetrator = [m for m in mentions if m.role == "perpetrator"]
    if perpetrator and all(m.certainty == SUSPECTED for m in perpetrator):
        return SUSPECTED
    return STATED
