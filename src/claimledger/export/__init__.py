"""Exports of the corpus store: ACLED-like CSV, UCDP-GED-like CSV, claims CSV, JSON,
GeoJSON, Parquet.

Input: an open ``Store`` and optional filters (``IncidentQuery``). Output:
text written to a file handle (UTF-8, ISO 8601 dates, WGS84 coordinates) or,
with ``export_file``, a file written whole or not at all. Each format module
turns ``CorpusIncident`` records (``claimledger.corpus.summary``) into its
rows; this module picks the format. The columns and conventions of every
format are in docs/exports.md.

ACLED and UCDP code political violence only. An incident of no event type (a deadly
event that names no armed attack: a collapse, a fire, a stampede; see
docs/reconciliation.md) has no row in the ``acled-csv`` and ``ucdp-csv`` exports unless
``include_untyped`` asks for it, so a file loaded as ACLED's or GED's holds events of
their kinds only; our own formats (claims CSV, JSON, GeoJSON, Parquet) keep every
incident, its type null.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from claimledger.corpus.summary import CorpusIncident, get_incident, list_incidents
from claimledger.errors import ClaimledgerError
from claimledger.export.acled_csv import write_acled_csv
from claimledger.export.claims_csv import write_claims_csv
from claimledger.export.geojson import write_geojson
from claimledger.export.json import write_json
from claimledger.export.parquet import write_parquet
from claimledger.export.ucdp_csv import write_ucdp_csv
from claimledger.store.base import IncidentQuery, Store

FORMATS: dict[str, Callable[[Iterable[CorpusIncident], TextIO], int]] = {
    "acled-csv": write_acled_csv,
    "ucdp-csv": write_ucdp_csv,
    "claims-csv": write_claims_csv,
    "json": write_json,
    "geojson": write_geojson,
}
BINARY_FORMATS = ("parquet",)
CSV_FORMATS = ("acled-csv", "ucdp-csv", "claims-csv")
CONFLICT_FORMATS = ("acled-csv", "ucdp-csv")  # political violence only: no untyped rows
ALL_FORMATS = (*FORMATS, *BINARY_FORMATS)
BOM = "\ufeff"

__all__ = [
    "ALL_FORMATS",
    "BINARY_FORMATS",
    "CONFLICT_FORMATS",
    "CSV_FORMATS",
    "FORMATS",
    "export",
    "export_file",
    "format_rows",
    "is_typed",
    "select_incidents",
    "write_acled_csv",
    "write_claims_csv",
    "write_geojson",
    "write_json",
    "write_parquet",
    "write_ucdp_csv",
]


def select_incidents(store: Store, query: IncidentQuery | None = None) -> Iterator[CorpusIncident]:
    """The corpus incidents matching ``query`` (all when None), in full, by date."""
    for summary in list_incidents(store, query):
        inc = get_incident(store, summary.row.id)
        if inc is not None:
            yield inc


def is_typed(inc: CorpusIncident) -> bool:
    """Whether the incident has an event type (else it is no conflict event)."""
    return bool(inc.row.event_type or inc.row.sub_event_type)


def format_rows(
    fmt: str,
    incidents: Iterable[CorpusIncident],
    *,
    include_untyped: bool = False,
    on_skip: Callable[[CorpusIncident], None] | None = None,
) -> Iterator[CorpusIncident]:
    """The incidents a format writes: for ACLED and UCDP, those with an event type
    unless ``include_untyped``; ``on_skip`` hears of each one left out."""
    keep_all = include_untyped or fmt not in CONFLICT_FORMATS
    for inc in incidents:
        if keep_all or is_typed(inc):
            yield inc
        elif on_skip is not None:
            on_skip(inc)


def _check(fmt: str, excel: bool) -> None:
    if fmt not in ALL_FORMATS:
        raise ClaimledgerError(
            f"unknown export format {fmt!r}; use one of {', '.join(ALL_FORMATS)}"
        )
    if excel and fmt not in CSV_FORMATS:
        raise ClaimledgerError(f"--excel applies to the CSV formats, not {fmt}")


def export(
    store: Store,
    fmt: str,
    fh: TextIO,
    query: IncidentQuery | None = None,
    *,
    excel: bool = False,
    include_untyped: bool = False,
    on_skip: Callable[[CorpusIncident], None] | None = None,
) -> int:
    """Write the corpus incidents of the store in one text format.

    Args:
        store: the open store.
        fmt: ``acled-csv``, ``ucdp-csv``, ``claims-csv``, ``json`` or ``geojson``.
        fh: a text file handle (open it with ``encoding="utf-8"`` and ``newline=""``).
        query: filters (dates, country, type, contested...); None exports all.
        excel: start a CSV with a UTF-8 byte order mark, so Excel reads it as UTF-8.
        include_untyped: write incidents of no event type in the ACLED and UCDP
            formats too (left out by default: they are no political violence).
        on_skip: called with each incident left out.

    Returns:
        How many rows (incidents; claims for ``claims-csv``) were written.

    Raises:
        ClaimledgerError: for an unknown format, or ``parquet`` (use ``export_file``).
    """
    _check(fmt, excel)
    if fmt in BINARY_FORMATS:
        raise ClaimledgerError(f"{fmt} is a binary format: write it to a file (--out)")
    if excel:
        fh.write(BOM)
    rows = format_rows(
        fmt, select_incidents(store, query), include_untyped=include_untyped, on_skip=on_skip
    )
    return FORMATS[fmt](rows, fh)


def export_file(
    store: Store,
    fmt: str,
    path: str | Path,
    query: IncidentQuery | None = None,
    *,
    excel: bool = False,
    include_untyped: bool = False,
    on_skip: Callable[[CorpusIncident], None] | None = None,
) -> int:
    """``export`` to a file that appears whole or not at all.

    The rows go to a temporary file beside ``path``, renamed over it only when
    every row was written: an error (a damaged store, a full disk) leaves no
    partial file and an existing ``path`` untouched.

    Args:
        store: the open store.
        fmt: any of ``ALL_FORMATS``.
        path: the output file.
        query: filters; None exports all.
        excel: a UTF-8 byte order mark before a CSV.
        include_untyped, on_skip: as for ``export``.

    Returns:
        How many rows were written.
    """
    _check(fmt, excel)
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        if fmt in BINARY_FORMATS:
            os.close(fd)
            n = write_parquet(select_incidents(store, query), Path(tmp))
        else:
            with open(fd, "w", encoding="utf-8", newline="") as fh:
                n = export(
                    store,
                    fmt,
                    fh,
                    query,
                    excel=excel,
                    include_untyped=include_untyped,
                    on_skip=on_skip,
                )
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return n
