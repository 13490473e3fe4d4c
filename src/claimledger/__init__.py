"""claimledger: read reporting about violent incidents into a source-attributed incident database.

The public API is what this module exports (see ``__all__``); underscored and
unexported names may change. One document at a time: ``analyze``,
``analyze_documents``, ``analyze_paths``. A corpus: ``open_store``, ``ingest``,
the queries ``list_incidents`` / ``get_incident`` / ``iter_incidents``, and
``export`` (ACLED-like CSV, UCDP-GED-like CSV, JSON, GeoJSON).

Example:

    >>> import claimledger
    >>> doc = claimledger.analyze("Two soldiers were killed on Friday, the army said.",
    ...                           published="2024-03-04")
    >>> doc.incidents[0].claims[0].low
    2
"""

import importlib as _importlib
import json as _json
from functools import lru_cache as _lru_cache
from importlib import resources as _resources
from pathlib import Path as _Path
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any
from typing import cast as _cast

from claimledger.errors import ClaimledgerError, ModelError, ReadError, StoreError
from claimledger.options import Options

if _TYPE_CHECKING:  # the names __getattr__ imports on first use, for type checkers
    from claimledger.corpus import (
        CorpusIncident,
        IngestReport,
        get_incident,
        ingest,
        ingest_documents,
        iter_incidents,
        list_incidents,
    )
    from claimledger.export import FORMATS as EXPORT_FORMATS
    from claimledger.export import export as export_incidents
    from claimledger.pipeline import analyze, analyze_documents, analyze_paths
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
    from claimledger.store import IncidentQuery, Store

# Exported name -> (module, name there). Imported on first use (PEP 562), so that
# ``import claimledger`` and commands that need no model (``--help``, ``schema``)
# do not pay for importing spaCy and every reader.
_LAZY: dict[str, tuple[str, str]] = {
    **{
        name: ("claimledger.corpus", name)
        for name in (
            "CorpusIncident",
            "IngestReport",
            "get_incident",
            "ingest",
            "ingest_documents",
            "iter_incidents",
            "list_incidents",
        )
    },
    "EXPORT_FORMATS": ("claimledger.export", "FORMATS"),
    "export_incidents": ("claimledger.export", "export"),
    **{n: ("claimledger.pipeline", n) for n in ("analyze", "analyze_documents", "analyze_paths")},
    "read_paths": ("claimledger.read", "read_paths"),
    **{
        name: ("claimledger.records", name)
        for name in (
            "Actor",
            "Claim",
            "DateWarning",
            "Document",
            "Estimate",
            "Evidence",
            "Incident",
            "IncidentDate",
            "Location",
            "RawDocument",
            "Segment",
            "Source",
            "to_dict",
        )
    },
    "IncidentQuery": ("claimledger.store", "IncidentQuery"),
    "Store": ("claimledger.store", "Store"),
}


def __getattr__(name: str) -> _Any:
    """Import an exported name on first use and keep it in the module."""
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'claimledger' has no attribute {name!r}") from None
    value = getattr(_importlib.import_module(module), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__version__ = "0.1.0"


def open_store(path: str | _Path) -> "Store":
    """Open (creating if needed) the corpus store at ``path``, a SQLite file.

    Use it as a context manager (``with claimledger.open_store("corpus.db") as store:``)
    or call ``close()``.
    """
    from claimledger.store import Store

    return Store.open(path)


@_lru_cache(maxsize=1)
def schema() -> dict[str, _Any]:
    """The JSON Schema of ``analyze --format json`` output (one Document per line)."""
    text = _resources.files("claimledger").joinpath("schema.json").read_text(encoding="utf-8")
    return _cast(dict[str, _Any], _json.loads(text))


__all__ = [
    "EXPORT_FORMATS",
    "Actor",
    "Claim",
    "ClaimledgerError",
    "CorpusIncident",
    "DateWarning",
    "Document",
    "Estimate",
    "Evidence",
    "Incident",
    "IncidentDate",
    "IncidentQuery",
    "IngestReport",
    "Location",
    "ModelError",
    "Options",
    "RawDocument",
    "ReadError",
    "Segment",
    "Source",
    "Store",
    "StoreError",
    "__version__",
    "analyze",
    "analyze_documents",
    "analyze_paths",
    "export_incidents",
    "get_incident",
    "ingest",
    "ingest_documents",
    "iter_incidents",
    "list_incidents",
    "open_store",
    "read_paths",
    "schema",
    "to_dict",
]
