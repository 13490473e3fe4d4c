"""Across documents: ingest into a store, link documents into corpus incidents, query them.

``ingest`` reads, analyses and stores documents (``ingest``), ``link`` decides
which document-level incidents are one event, ``summary`` reconciles the
claims of a corpus incident and answers the queries (``list_incidents``,
``get_incident``, ``iter_incidents``).
"""

from claimledger.corpus.ingest import IngestProgress, IngestReport, ingest, ingest_documents
from claimledger.corpus.summary import (
    CorpusIncident,
    FigureSummary,
    IncidentSummary,
    SourcePosition,
    TimelinePoint,
    get_incident,
    iter_incidents,
    list_incidents,
)

__all__ = [
    "CorpusIncident",
    "FigureSummary",
    "IncidentSummary",
    "IngestProgress",
    "IngestReport",
    "SourcePosition",
    "TimelinePoint",
    "get_incident",
    "ingest",
    "ingest_documents",
    "iter_incidents",
    "list_incidents",
]
