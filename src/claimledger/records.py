"""Typed records that flow one way through the pipeline.

``RawDocument`` (read) -> ``Segment`` (segment) -> mentions (extract) ->
``Claim`` (attribute) -> ``Incident`` + ``Estimate`` (reconcile) -> ``Document``.

Every record is a frozen dataclass. spaCy objects never leave ``nlp/`` and
``extract/``. Every extracted value carries an :class:`Evidence`: the document
id, character offsets into the document text, the exact text, the extractor
that produced it and a confidence.

``to_dict`` turns any record into the JSON shape the CLI prints and the JSON
Schema in ``schema.json`` validates.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

FigureName = Literal["killed", "injured", "missing", "abducted", "arrested", "displaced"]
Qualifier = Literal["exact", "at_least", "up_to", "about", "more_than", "vague"]
SourceKind = Literal[
    "official",
    "military",
    "anonymous",
    "witness",
    "family",
    "medical",
    "ngo",
    "partisan",
    "media",
    "social_media",
    "author",
]
SegmentKind = Literal["headline", "reporting", "quote", "opinion"]
Role = Literal["perpetrator", "target", "other"]
Precision = Literal["day", "week", "month", "year"]

# The allowed values as tuples, for validation and tests.
FIGURES: tuple[str, ...] = get_args(FigureName)
QUALIFIERS: tuple[str, ...] = get_args(Qualifier)
SOURCE_KINDS: tuple[str, ...] = get_args(SourceKind)
# Credibility grades of an incident (Airwars' scale; see docs/grading.md).
Grade = Literal["confirmed", "fair", "weak", "contested", "discounted"]
GRADES: tuple[str, ...] = get_args(Grade)
# An actor's certainty: a perpetrator the text names only as a possibility ("may have
# been planted by X", extract/actors/suspicion.py) is suspected; the store keeps it.
STATED, SUSPECTED = "stated", "suspected"


@dataclass(frozen=True)
class Evidence:
    """Where a value was read: a span of the document text and who read it."""

    start: int
    end: int
    text: str
    doc_id: str = ""
    extractor: str = ""
    confidence: float = 1.0


@dataclass(frozen=True)
class RawDocument:
    """A document as read from disk or stdin, before any analysis."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date given by the caller or the file
    url: str | None = None
    source: str | None = None
    path: str | None = None  # where it was read from, when it came from a file
    # Character offset where the body starts when a title was prepended to ``text``.
    body_start: int = 0
    published_source: str | None = None  # "given" (caller/JSONL) or "metadata" (HTML)


# --- mentions: what extractors find, before attribution ------------------------


@dataclass(frozen=True)
class FigureMention:
    """A count of people affected (killed, injured, ...) found in the text."""

    figure: str  # one of FIGURES
    low: int | None
    high: int | None  # None when open-ended ("at least 20")
    qualifier: str  # one of QUALIFIERS
    evidence: Evidence  # the number plus its casualty word
    sentence: Evidence  # the sentence it stands in
    victims: str | None = None  # head noun of the victims ("soldiers", "civilians")
    negated: bool = False  # "no one was killed" gives low=high=0 and negated=True
    # Head of the victims' noun phrase is a civilian term ("civilians", "children").
    civilian: bool = False


@dataclass(frozen=True)
class DateMention:
    """A date expression resolved against the document date."""

    value: str  # ISO 8601 date (YYYY-MM-DD)
    precision: str  # day | week | month | year
    evidence: Evidence
    relative: bool = False  # "Friday", "last year" rather than an absolute date


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    geonameid: int
    name: str
    country: str | None  # ISO 3166-1 alpha-2 code
    country_name: str | None
    admin1: str | None  # admin1 name (e.g. "Anbar")
    lat: float
    lon: float
    population: int = 0
    feature: str = "P"  # GeoNames feature class: P populated place, A admin area
    # The town or city a neighbourhood or unincorporated place lies in (US: the post
    # office's town of its ZIP code, resources/gazetteer/postal.py); None otherwise.
    city: str | None = None


@dataclass(frozen=True)
class PlaceMention:
    """A toponym in the text, resolved to a gazetteer entry when possible."""

    place: Place | None
    evidence: Evidence
    relation: str | None = None  # "south of", "40 miles west of"
    # Coordinates after applying a relative description (offset from the anchor).
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class ActorMention:
    """An armed or political actor named in the text, normalised."""

    name: str  # normalised name ("US-led coalition", "Islamic State")
    role: str  # perpetrator | target | other
    evidence: Evidence
    category: str | None = None  # ACLED-like actor type: state, rebel, militia, ...
    certainty: str = STATED  # STATED | SUSPECTED ("may have been planted by X")


@dataclass(frozen=True)
class EventMention:
    """A word that names a violent event, with its ACLED type."""

    event_type: str
    sub_event_type: str
    evidence: Evidence


# --- claims ---------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """Who makes a claim."""

    name: str
    kind: str  # one of SOURCE_KINDS
    via: str | None = None  # the outlet or account that relays it
    evidence: Evidence | None = None  # where the source is named


@dataclass(frozen=True)
class Claim:
    """A figure or an assertion, attributed to its source."""

    figure: str | None  # None for an assertion without a figure
    statement: str  # what is claimed, in the text's words
    low: int | None
    high: int | None
    qualifier: str | None  # None for assertions
    source: Source
    hedged: bool
    evidence: Evidence
    victims: str | None = None
    civilian: bool = False
    # A statistic over a period or an area ("so far this year, 300 people have been
    # shot in the city"): listed with the incident, not counted in its estimates.
    aggregate: bool = False


@dataclass(frozen=True)
class Attribution:
    """A reported statement: who (source), how (cue) and what (content)."""

    source: Source
    cue: Evidence | None
    content: Evidence
    hedged: bool = False
    direct: bool = False  # quoted speech rather than indirect


# --- document-level results ------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """A span of the document and how it reads: headline, reporting, quote, opinion."""

    start: int
    end: int
    kind: str  # one of headline | reporting | quote | opinion
    loaded_terms: tuple[str, ...] = ()
    confidence: float = 1.0


@dataclass(frozen=True)
class DateWarning:
    """A reason to doubt the document's stated date."""

    message: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class IncidentDate:
    value: str | None  # ISO 8601 date
    precision: str  # day | week | month | year
    confidence: float
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    relation: str | None = None
    evidence: Evidence | None = None
    country_code: str | None = None
    # The town a neighbourhood lies in ("Englewood" -> "Chicago"): Place.city.
    city: str | None = None

    def place_words(self) -> str:
        """The place in words (:func:`place_words`)."""
        return place_words(self.name, self.city, self.admin1, self.country)


def place_words(name: str | None, city: str | None, admin1: str | None, country: str | None) -> str:
    """A place in words: "Englewood, Chicago, Illinois, United States" (the town a
    neighbourhood lies in after its name, when known and not the name itself)."""
    town = city if city and city != name else None
    return ", ".join(x for x in (name, town, admin1, country) if x)


@dataclass(frozen=True)
class Actor:
    name: str
    role: str
    evidence: Evidence | None = None
    certainty: str = STATED  # STATED | SUSPECTED: a perpetrator named only as a possibility


@dataclass(frozen=True)
class Estimate:
    """UCDP-GED-style summary of the claims for one figure."""

    low: int | None
    best: int | None
    high: int | None
    rule: str = ""


@dataclass(frozen=True)
class SourceGroup:
    """One independent source of an incident, with the relays folded under it.

    ``relays`` name the outlets, accounts and copies that repeated it ("Reuters",
    "Al Jazeera citing Reuters"); they do not count as sources of their own.
    """

    name: str
    kind: str
    relays: tuple[str, ...] = ()
    n_claims: int = 0


@dataclass(frozen=True)
class ParsedToken:
    """One word of a parsed sentence as plain data: its form, lemma, tag and head."""

    text: str
    lower: str
    lemma: str
    pos: str
    dep: str
    head: int  # the index of its head in the sentence's tokens (its own for the root)


@dataclass(frozen=True)
class ParsedSentence:
    """A sentence and its dependency parse as plain data, what the grade's contested
    detector reads (``reconcile/grade_dispute.py``): built from the document's parse by
    ``attribute/parsed.py``, so no spaCy object reaches ``reconcile/``. ``start`` / ``end``:
    its offsets in the document text (-1 for a sentence parsed alone)."""

    text: str
    tokens: tuple[ParsedToken, ...]
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class Incident:
    id: str
    event_type: str | None
    sub_event_type: str | None
    date: IncidentDate | None
    location: Location | None
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()
    estimates: dict[str, Estimate] = field(default_factory=dict)
    evidence: Evidence | None = None  # the words that name the event
    # How far to trust it (one of GRADES, reconcile/grade.py), the claims and
    # sources the grade rests on, and its independent sources.
    grade: str | None = None
    grade_reasons: tuple[str, ...] = ()
    sources: tuple[SourceGroup, ...] = ()


@dataclass(frozen=True)
class Document:
    """The whole reading of one document."""

    id: str
    text: str
    stated_date: str | None
    date_warnings: tuple[DateWarning, ...] = ()
    segments: tuple[Segment, ...] = ()
    incidents: tuple[Incident, ...] = ()
    title: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    stated_date_source: str | None = None  # given | metadata | dateline


def to_dict(record: Any) -> Any:
    """Turn a record (or a tuple/list/dict of records) into plain JSON values."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(r) for r in record]
    if isinstance(record, dict):
        return {str(k): to_dict(v) for k, v in record.items()}
    return record
