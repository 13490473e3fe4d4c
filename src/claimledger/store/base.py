"""The Store interface and the records it returns.

Input: analysed ``Document`` records (to write) and queries (to read). Output:
the frozen records below. ``SQLiteStore`` (``store/sqlite.py``) and
``PostgresStore`` (``store/postgres.py``) implement it with the same SQL;
``Store.open`` picks one by the path (a file, or a ``postgresql://`` URL).
Nothing outside ``store/`` knows which. No SQL leaves ``store/``.
"""

from __future__ import annotations

import abc
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from claimledger.records import Document, Evidence, Location, place_words


@dataclass(frozen=True)
class LinkFeatures:
    """What incident linking compares for one document-level incident."""

    incident_id: int
    document_id: int
    canonical_document_id: int  # the document itself, or the one it duplicates
    date: str | None  # ISO date, the document date when the text gives none
    precision: str  # day | week | month | year
    event_type: str | None
    country_code: str | None
    admin1: str | None
    place: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    actors: tuple[str, ...] = ()
    corpus_incident_id: int | None = None
    published: str | None = None  # the document's own date


@dataclass(frozen=True)
class StoredDocument:
    """A document as the store keeps it (without its text)."""

    id: int
    external_id: str
    external_ids: tuple[str, ...]  # every id it was given (syndicated copies, aliases)
    content_hash: str
    title: str | None
    url: str | None
    source: str | None
    path: str | None
    stated_date: str | None
    duplicate_of: int | None
    duplicate_similarity: float | None


@dataclass(frozen=True)
class StoredClaim:
    """A claim with the document and corpus incident it belongs to."""

    id: int
    incident_id: int
    corpus_incident_id: int
    document_id: int
    canonical_document_id: int
    external_id: str
    document_date: str | None
    figure: str | None
    statement: str
    low: int | None
    high: int | None
    qualifier: str | None
    source_name: str
    source_kind: str
    source_via: str | None
    hedged: bool
    victims: str | None
    civilian: bool
    evidence: Evidence
    sentence: str = ""  # the sentence around the evidence, for display
    # A statistic over a period or an area (``Claim.aggregate``): listed, never counted.
    aggregate: bool = False


@dataclass(frozen=True)
class StoredIncident:
    """A document-level incident and its link to a corpus incident."""

    id: int
    document_id: int
    external_id: str
    corpus_incident_id: int | None
    event_type: str | None
    sub_event_type: str | None
    date: str | None
    date_precision: str | None
    location: Location | None
    actors: tuple[tuple[str, str], ...]  # (name, role)
    link_score: float | None
    link_reason: str | None
    # Names of the actors the document reads only as suspected ("may have been
    # planted by X"; extract/actors/suspicion.py); a store before version 8 has none.
    suspected: tuple[str, ...] = ()


@dataclass(frozen=True)
class CorpusIncidentRow:
    """One corpus incident as stored: the merged description of an event."""

    id: int
    event_type: str | None
    sub_event_type: str | None
    date: str | None
    date_precision: str | None
    date_start: str | None
    date_end: str | None
    location: str | None
    country: str | None
    country_code: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    n_documents: int
    n_independent_documents: int
    contested: bool
    city: str | None = None  # the town a neighbourhood lies in (Location.city)

    def place_words(self) -> str:
        """The place in words (``records.place_words``): "Englewood, Chicago, Illinois,
        United States"."""
        return place_words(self.location, self.city, self.admin1, self.country)


@dataclass(frozen=True)
class FigureRow:
    """A stored low/best/high summary of one figure of a corpus incident."""

    figure: str
    low: int | None
    best: int | None
    high: int | None
    n_sources: int
    contested: bool
    rule: str


@dataclass(frozen=True)
class FollowupRow:
    """A document that reads no incident, attached to the corpus incident it follows up
    (``corpus/link_followup.py``): an arrest or a plea naming the victim."""

    document_id: int
    corpus_incident_id: int
    score: float
    reason: str
    evidence: Evidence  # the name or address in the document's text


@dataclass(frozen=True)
class CorpusSourceRow:
    """One independent source of a corpus incident, with the relays folded under it."""

    key: str  # the origin key (corpus/independence.py)
    name: str
    kind: str
    relays: tuple[str, ...]
    n_claims: int
    document_ids: tuple[int, ...]


@dataclass(frozen=True)
class CorpusGradeRow:
    """A corpus incident's credibility grade, its reasons and its independent sources."""

    corpus_incident_id: int
    grade: str
    reasons: tuple[str, ...]
    sources: tuple[CorpusSourceRow, ...]


@dataclass(frozen=True)
class WarningRow:
    document_id: int
    external_id: str
    message: str
    evidence_text: str | None


@dataclass(frozen=True)
class ErrorRow:
    source: str
    line: int
    reason: str


@dataclass(frozen=True)
class IncidentQuery:
    """Filters of ``list_incidents``; None means no filter."""

    since: str | None = None
    until: str | None = None
    country: str | None = None  # name or ISO alpha-2 code
    place: str | None = None  # substring of the location or admin1
    actor: str | None = None  # substring of an actor name
    event_type: str | None = None  # the event type or the sub-event type
    contested: bool = False
    q: str | None = None  # substring of a document's title or text, or of a claim's words
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    limit: int | None = None  # page size (None: every match)
    offset: int = 0


@dataclass(frozen=True)
class SegmentRow:
    """A stored segment of a document: its span, how it reads, its loaded terms."""

    start: int
    end: int
    kind: str
    loaded_terms: tuple[str, ...]


@dataclass(frozen=True)
class StoreCounts:
    documents: int
    duplicates: int
    incidents: int
    corpus_incidents: int
    claims: int
    errors: int


@dataclass(frozen=True)
class CurationRow:
    """A merge or split of corpus incidents, as recorded.

    ``action`` is ``merge`` (``other_id`` was absorbed into
    ``corpus_incident_id``) or ``split`` (``incident_ids`` moved from
    ``corpus_incident_id`` to the new ``other_id``); ``manual`` when a user
    decided it, otherwise it was decided while linking.
    """

    id: int
    action: str
    corpus_incident_id: int
    other_id: int
    manual: bool
    incident_ids: tuple[int, ...]
    note: str | None
    decided_at: str


class AlreadyStoredError(Exception):
    """``add_document`` met a text already stored (by another writer since it was looked up).

    Attributes:
        document_id: the stored document with the same content hash.
    """

    def __init__(self, document_id: int) -> None:
        super().__init__(f"the same text is already stored as document {document_id}")
        self.document_id = document_id


def is_database_url(path: str | Path) -> bool:
    """Whether ``--db`` names a database server (a PostgreSQL URL) rather than a file."""
    return isinstance(path, str) and path.startswith(("postgres://", "postgresql://"))


class Store(abc.ABC):
    """A corpus store. Writes happen inside ``transaction()``; reads anywhere."""

    @staticmethod
    def open(path: str | Path, *, read_only: bool = False) -> Store:
        """Open the store at ``path``: for writing (creating it if needed) or only to read.

        Args:
            path: a SQLite file path, or a PostgreSQL URL (``postgresql://user@host/db``,
                ``postgresql:///db?host=/socket/dir``; needs the ``postgres`` extra).
            read_only: open an existing store without writing to it (the read
                commands): a missing file is an error, never a new empty store.

        Returns:
            The open store; close it with ``close()`` or use it as a context manager.

        Raises:
            StoreError: the file is missing (``read_only``), is not a database, is
                damaged or is not a claimledger store; the PostgreSQL server cannot
                be reached or psycopg is not installed.
        """
        if is_database_url(path):
            from claimledger.store.postgres import PostgresStore

            return PostgresStore(str(path), read_only=read_only)
        from claimledger.store.sqlite import SQLiteStore

        return SQLiteStore(Path(path), read_only=read_only)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abc.abstractmethod
    def close(self) -> None:
        """Close the connection."""

    @abc.abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """A unit of work: everything inside commits together or not at all."""

    @abc.abstractmethod
    def savepoint(self) -> AbstractContextManager[None]:
        """A nested unit inside a transaction: on error only its own writes are undone."""

    # --- documents -------------------------------------------------------
    @abc.abstractmethod
    def find_by_hash(self, content_hash: str) -> int | None:
        """The id of the document with this content hash, if stored."""

    @abc.abstractmethod
    def add_external_id(self, document_id: int, external_id: str) -> bool:
        """Record another external id of a stored document; True if it was new."""

    @abc.abstractmethod
    def external_id_owner(self, external_id: str) -> int | None:
        """The first stored document known by this external id, if any."""

    @abc.abstractmethod
    def add_document(self, doc: Document, content_hash: str) -> int:
        """Write a document and everything read in it except links; return its id.

        Raises:
            AlreadyStoredError: a document with this content hash is stored already
                (written meanwhile by a concurrent ingest); nothing is written.
        """

    @abc.abstractmethod
    def mark_duplicate(self, document_id: int, of_document: int, similarity: float) -> None:
        """Record that a document near-duplicates an earlier one."""

    @abc.abstractmethod
    def get_document(self, document_id: int) -> StoredDocument:
        """One stored document."""

    @abc.abstractmethod
    def document_ids(self) -> list[int]:
        """Ids of all stored documents in insertion order."""

    @abc.abstractmethod
    def record_error(self, source: str, line: int, reason: str) -> bool:
        """Record input that could not be read or analysed; True if it was new."""

    @abc.abstractmethod
    def errors(self) -> list[ErrorRow]:
        """Every recorded error."""

    # --- near-duplicates and text similarity ----------------------------
    @abc.abstractmethod
    def add_sketch(self, document_id: int, hashes: Sequence[int]) -> None:
        """Store the MinHash sketch of a document."""

    @abc.abstractmethod
    def sketch_neighbours(self, hashes: Sequence[int], min_shared: int) -> list[tuple[int, int]]:
        """Documents sharing at least ``min_shared`` sketch hashes: (document id, shared)."""

    @abc.abstractmethod
    def get_sketch(self, document_id: int) -> list[int]:
        """The sketch of a stored document."""

    @abc.abstractmethod
    def add_terms(self, document_id: int, terms: Sequence[str]) -> None:
        """Store a document's content terms and count them in ``term_counts``."""

    @abc.abstractmethod
    def get_terms(self, document_ids: Sequence[int]) -> dict[int, list[str]]:
        """Content terms of the given documents."""

    @abc.abstractmethod
    def add_addresses(self, document_id: int, addresses: Sequence[str]) -> None:
        """Store the addresses a document gives (``corpus/link_address.py``)."""

    @abc.abstractmethod
    def get_addresses(self, document_ids: Sequence[int]) -> dict[int, frozenset[str]]:
        """The addresses of the given documents (those giving none are left out)."""

    @abc.abstractmethod
    def attach_followup(self, row: FollowupRow) -> None:
        """Record a document as a follow-up of a corpus incident (one per document)."""

    @abc.abstractmethod
    def followup_of(self, document_id: int) -> FollowupRow | None:
        """The follow-up a document was attached as (None: none); its corpus incident
        as recorded (``resolve_corpus_incident`` gives the survivor of a merge)."""

    @abc.abstractmethod
    def followups_of(self, corpus_incident_id: int) -> list[FollowupRow]:
        """The follow-ups attached to a corpus incident or to one it absorbed, by
        document id (``show``, the API and the JSON export list them)."""

    @abc.abstractmethod
    def total_documents(self) -> int:
        """How many documents are stored."""

    @abc.abstractmethod
    def term_document_counts(self, terms: Sequence[str]) -> dict[str, int]:
        """In how many documents each term occurs."""

    # --- linking ---------------------------------------------------------
    @abc.abstractmethod
    def link_features(self, document_id: int) -> list[LinkFeatures]:
        """Linking features of a document's incidents."""

    @abc.abstractmethod
    def link_candidates(
        self,
        date_from: str,
        date_to: str,
        country_code: str | None,
        exclude_document: int,
        terms: Sequence[str] | None = None,
    ) -> list[LinkFeatures]:
        """Linked incidents dated in [date_from, date_to] in that country or of unknown country.

        With ``terms``, those of unknown country (of any country when
        ``country_code`` is None) only when their document has one of these
        content terms (none for an empty list). In order of date and id.
        """

    @abc.abstractmethod
    def new_corpus_incident(self) -> int:
        """Create an empty corpus incident and return its id."""

    @abc.abstractmethod
    def link(self, incident_id: int, corpus_incident_id: int, score: float, reason: str) -> None:
        """Attach a document-level incident to a corpus incident."""

    @abc.abstractmethod
    def update_corpus_incident(self, row: CorpusIncidentRow, figures: Sequence[FigureRow]) -> None:
        """Store the merged description of a corpus incident and its figures."""

    def set_corpus_grade(self, row: CorpusGradeRow) -> None:
        """Store a corpus incident's grade, reasons and independent sources."""
        raise NotImplementedError(f"{type(self).__name__} cannot store grades")

    def corpus_grade(self, corpus_incident_id: int) -> CorpusGradeRow | None:
        """The stored grade and independent sources of a corpus incident, if any."""
        del corpus_incident_id  # a backend without grades has none stored
        return None

    def drop_corpus_grade(self, corpus_incident_id: int) -> None:
        """Forget the grade of a corpus incident left without documents (merged into another)."""
        del corpus_incident_id  # a backend without grades has nothing to forget

    # --- reading ---------------------------------------------------------
    @abc.abstractmethod
    def counts(self) -> StoreCounts:
        """How many rows of each kind the store holds."""

    @abc.abstractmethod
    def query_corpus_incidents(self, query: IncidentQuery) -> list[CorpusIncidentRow]:
        """Corpus incidents matching the filters, by date."""

    @abc.abstractmethod
    def count_corpus_incidents(self, query: IncidentQuery) -> int:
        """How many corpus incidents match the filters (ignoring limit and offset)."""

    @abc.abstractmethod
    def figures_of_many(self, corpus_incident_ids: Sequence[int]) -> dict[int, list[FigureRow]]:
        """The stored low/best/high rows of several corpus incidents, by id."""

    @abc.abstractmethod
    def segments_of(self, document_id: int) -> list[SegmentRow]:
        """The segments of a document, in text order."""

    @abc.abstractmethod
    def claims_of_document(self, document_id: int) -> list[StoredClaim]:
        """Every claim read in one document (with its corpus incident, 0 when unlinked)."""

    @abc.abstractmethod
    def has_document(self, document_id: int) -> bool:
        """Whether a document with this id is stored."""

    @abc.abstractmethod
    def get_corpus_incident(self, corpus_incident_id: int) -> CorpusIncidentRow | None:
        """One corpus incident."""

    @abc.abstractmethod
    def corpus_incident_ids(self) -> list[int]:
        """Every corpus incident id, by date."""

    @abc.abstractmethod
    def incidents_of(self, corpus_incident_id: int) -> list[StoredIncident]:
        """The document-level incidents linked to a corpus incident."""

    @abc.abstractmethod
    def claims_of(self, corpus_incident_id: int) -> list[StoredClaim]:
        """Every claim of the document-level incidents of a corpus incident."""

    @abc.abstractmethod
    def figures_of(self, corpus_incident_id: int) -> list[FigureRow]:
        """The stored low/best/high rows of a corpus incident."""

    @abc.abstractmethod
    def warnings_of(self, document_ids: Sequence[int]) -> list[WarningRow]:
        """Date warnings of the given documents."""

    @abc.abstractmethod
    def document_text(self, document_id: int) -> str:
        """The text of a stored document."""

    # --- merges, splits, redirects ----------------------------------------
    # Not abstract: a backend without them still reads and writes everything
    # else; ``corpus/merge.py`` is their only caller.
    def merge_corpus_incidents(
        self, survivor: int, absorbed: int, *, manual: bool, reason: str
    ) -> None:
        """Move every link of ``absorbed`` to ``survivor`` and redirect the absorbed id."""
        raise NotImplementedError(f"{type(self).__name__} cannot merge corpus incidents")

    def keep_apart(self, a: int, b: int, decision_id: int | None) -> None:
        """Record that two corpus incidents must never be merged automatically."""
        raise NotImplementedError(f"{type(self).__name__} cannot record kept-apart incidents")

    def allow_together(self, a: int, b: int) -> None:
        """Forget a kept-apart pair (a user merged them by hand)."""
        raise NotImplementedError(f"{type(self).__name__} cannot record kept-apart incidents")

    def kept_apart(self, a: int, b: int) -> bool:
        """Whether a user split these two corpus incidents apart."""
        del a, b  # a backend without merges keeps nothing apart
        return False

    def resolve_corpus_incident(self, corpus_incident_id: int) -> int:
        """The id that answers for this one: the survivor of a merge, or itself."""
        return corpus_incident_id

    def absorbed_into(self, corpus_incident_id: int) -> list[int]:
        """The ids merged into this corpus incident (they redirect to it)."""
        del corpus_incident_id
        return []

    def record_curation(
        self,
        action: str,
        corpus_incident_id: int,
        other_id: int,
        *,
        manual: bool,
        incident_ids: Sequence[int] = (),
        note: str | None = None,
    ) -> int:
        """Record a merge or split decision; return its id."""
        raise NotImplementedError(f"{type(self).__name__} cannot record curation decisions")

    def curation_of(self, corpus_incident_ids: Sequence[int]) -> list[CurationRow]:
        """The merges and splits that involved any of these corpus incidents, oldest first."""
        del corpus_incident_ids
        return []
