"""claimledger: read reporting about violent incidents into a source-attributed incident database.

The public API is what this module exports (see ``__all__``); underscored and
unexported names may change.

Example:

    >>> import claimledger
    >>> doc = claimledger.analyze("Two soldiers were killed on Friday, the army said.",
    ...                           published="2024-03-04")
    >>> doc.incidents[0].claims[0].low
    2
"""

import json as _json
from functools import lru_cache as _lru_cache
from importlib import resources as _resources
from typing import Any as _Any

from claimledger.errors import ClaimledgerError, ModelError, ReadError, StoreError
from claimledger.options import Options
from claimledger.pipeline import analyze, analyze_documents
from claimledger.read import read_paths
from claimledger.records import (
    Actor,
    Claim,
    DateWarning,
    Document,
    Estimate,
    Evidence,
    Incident,
    IncidentDate,
    Location,
    RawDocument,
    Segment,
    Source,
    to_dict,
)

__version__ = "0.1.0"


@_lru_cache(maxsize=1)
def schema() -> dict[str, _Any]:
    """The JSON Schema of ``analyze --format json`` output (one Document per line)."""
    text = _resources.files("claimledger").joinpath("schema.json").read_text(encoding="utf-8")
    return _json.loads(text)


__all__ = [
    "Actor",
    "Claim",
    "ClaimledgerError",
    "DateWarning",
    "Document",
    "Estimate",
    "Evidence",
    "Incident",
    "IncidentDate",
    "Location",
    "ModelError",
    "Options",
    "RawDocument",
    "ReadError",
    "Segment",
    "Source",
    "StoreError",
    "__version__",
    "analyze",
    "analyze_documents",
    "read_paths",
    "schema",
    "to_dict",
]
