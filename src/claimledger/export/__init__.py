"""Exports of the corpus store: ACLED-like CSV, UCDP-GED-like CSV, JSON, GeoJSON.

Input: an open ``Store``. Output: text written to a file handle (UTF-8, ISO
8601 dates, WGS84 coordinates). Each format module turns ``CorpusIncident``
records (``claimledger.corpus.summary``) into its rows; this module picks the format.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from claimledger.corpus.summary import CorpusIncident, iter_incidents
from claimledger.errors import ClaimledgerError
from claimledger.export.acled_csv import write_acled_csv
from claimledger.export.geojson import write_geojson
from claimledger.export.json import write_json
from claimledger.export.ucdp_csv import write_ucdp_csv
from claimledger.store.base import Store

FORMATS: dict[str, Callable[[Iterable[CorpusIncident], TextIO], int]] = {
    "acled-csv": write_acled_csv,
    "ucdp-csv": write_ucdp_csv,
    "json": write_json,
    "geojson": write_geojson,
}

__all__ = ["FORMATS", "export", "write_acled_csv", "write_geojson", "write_json", "write_ucdp_csv"]


def export(store: Store, fmt: str, fh: TextIO) -> int:
    """Write every corpus incident of the store in one format.

    Args:
        store: the open store.
        fmt: ``acled-csv``, ``ucdp-csv``, ``json`` or ``geojson``.
        fh: a text file handle (open it with ``encoding="utf-8"`` and ``newline=""``).

    Returns:
        How many incidents were written.

    Raises:
        ClaimledgerError: for an unknown format.
    """
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise ClaimledgerError(
            f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}"
        ) from None
    return writer(iter_incidents(store), fh)
