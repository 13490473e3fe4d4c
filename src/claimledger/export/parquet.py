"""Parquet export: one row per corpus incident, typed columns (needs ``pyarrow``).

Input: ``CorpusIncident`` records. Output: a Parquet file. Integer columns are
nullable 64-bit integers, coordinates doubles, flags booleans, dates ISO
strings; ``pandas.read_parquet`` loads it without any conversion.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from claimledger.corpus.summary import CorpusIncident
from claimledger.errors import ClaimledgerError
from claimledger.export._actors import sides
from claimledger.export._common import external_ids, figure, outlets
from claimledger.export._places import ACLED_GEO_PRECISION, iso_codes, place_kind

_STR, _INT, _FLOAT, _BOOL = "string", "int64", "float64", "bool"
COLUMNS: dict[str, str] = {
    "incident_id": _INT,
    "date": _STR,
    "date_start": _STR,
    "date_end": _STR,
    "date_precision": _STR,
    "event_type": _STR,
    "sub_event_type": _STR,
    "actor1": _STR,
    "actor2": _STR,
    "location": _STR,
    "admin1": _STR,
    "country": _STR,
    "iso": _STR,
    "iso3": _STR,
    "latitude": _FLOAT,
    "longitude": _FLOAT,
    "geo_precision": _INT,
    "killed_low": _INT,
    "killed_best": _INT,
    "killed_high": _INT,
    "injured_low": _INT,
    "injured_best": _INT,
    "injured_high": _INT,
    "contested": _BOOL,
    "n_documents": _INT,
    "n_independent_documents": _INT,
    "sources": _STR,
    "documents": _STR,
}


def incident_record(inc: CorpusIncident) -> dict[str, Any]:
    """The Parquet row of one corpus incident."""
    r = inc.row
    s = sides(inc)
    kind = place_kind(inc)
    out: dict[str, Any] = {
        "incident_id": r.id,
        "date": r.date,
        "date_start": r.date_start,
        "date_end": r.date_end,
        "date_precision": r.date_precision,
        "event_type": r.event_type,
        "sub_event_type": r.sub_event_type,
        "actor1": s.actor1 or None,
        "actor2": s.actor2 or None,
        "location": r.location,
        "admin1": r.admin1,
        "country": r.country,
        "iso": iso_codes(r.country_code)[0] or None,
        "iso3": iso_codes(r.country_code)[1] or None,
        "latitude": r.latitude,
        "longitude": r.longitude,
        "geo_precision": ACLED_GEO_PRECISION.get(kind) if kind else None,
        "contested": r.contested,
        "n_documents": r.n_documents,
        "n_independent_documents": r.n_independent_documents,
        "sources": "; ".join(outlets(inc)) or None,
        "documents": "; ".join(external_ids(inc)),
    }
    for name in ("killed", "injured"):
        f = figure(inc, name)
        out[f"{name}_low"] = f.low if f else None
        out[f"{name}_best"] = (f.best if f.best is not None else f.low) if f else None
        out[f"{name}_high"] = f.high if f else None
    return out


def write_parquet(incidents: Iterable[CorpusIncident], path: Path) -> int:
    """Write incidents to a Parquet file.

    Args:
        incidents: the corpus incidents.
        path: the file to write.

    Returns:
        The number of rows written.

    Raises:
        ClaimledgerError: when ``pyarrow`` is not installed.
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ClaimledgerError(
            "the parquet export needs pyarrow: pip install 'claimledger[parquet]'"
        ) from None
    types = {_STR: pa.string(), _INT: pa.int64(), _FLOAT: pa.float64(), _BOOL: pa.bool_()}
    schema = pa.schema([(name, types[t]) for name, t in COLUMNS.items()])
    rows = [incident_record(i) for i in incidents]
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, str(path))
    return len(rows)
