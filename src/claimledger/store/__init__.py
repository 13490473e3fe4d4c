"""The corpus store: documents, incidents, claims and links in one database.

Input: analysed ``Document`` records. Output: stored rows read back as the
records of ``store.base``. ``Store.open(path)`` returns the backend for a path
(SQLite today).
"""

from __future__ import annotations

from claimledger.store.base import (
    CorpusIncidentRow,
    CurationRow,
    ErrorRow,
    FigureRow,
    IncidentQuery,
    LinkFeatures,
    Store,
    StoreCounts,
    StoredClaim,
    StoredDocument,
    StoredIncident,
    WarningRow,
)
from claimledger.store.sqlite import SQLiteStore

__all__ = [
    "CorpusIncidentRow",
    "CurationRow",
    "ErrorRow",
    "FigureRow",
    "IncidentQuery",
    "LinkFeatures",
    "SQLiteStore",
    "Store",
    "StoreCounts",
    "StoredClaim",
    "StoredDocument",
    "StoredIncident",
    "WarningRow",
]
