"""Load ACLED event exports in their original CSV formats.

Input: an ACLED CSV in either schema, detected from its header:

* ``2015``: the pre-2019 export (upper-case columns ``EVENT_DATE``,
  ``EVENT_TYPE``, ``ACTOR1``, ``NOTES``, ``FATALITIES``...; old taxonomy, no
  sub-event types; dates like ``01-January-2015``);
* ``2020``: the current export (lower-case ``event_date``, ``event_type``,
  ``sub_event_type``, ``actor1``, ``notes``, ``fatalities``...; CRLF line ends;
  dates like ``9-May-20``).

Output: :class:`AcledEvent` records (the note to read and the gold values).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SCHEMA_2015 = "2015"
SCHEMA_2020 = "2020"
_DATE_FORMATS = ("%d-%B-%Y", "%d-%b-%y", "%d-%B-%y", "%d-%b-%Y", "%Y-%m-%d", "%d %B %Y")


@dataclass(frozen=True)
class AcledEvent:
    """One ACLED event: the note and the coded values (None where empty)."""

    id: str
    schema: str  # SCHEMA_2015 | SCHEMA_2020
    date: str | None  # ISO YYYY-MM-DD
    event_type: str
    sub_event_type: str | None  # None in the 2015 schema
    actor1: str | None
    actor2: str | None
    country: str | None
    admin1: str | None
    location: str | None
    lat: float | None
    lon: float | None
    notes: str
    fatalities: int | None


def detect_schema(header: list[str]) -> str | None:
    """The schema of an ACLED CSV from its header row (None when it is not ACLED)."""
    names = {h.strip() for h in header}
    if {"EVENT_TYPE", "NOTES", "FATALITIES"} <= names:
        return SCHEMA_2015
    if {"event_type", "sub_event_type", "notes", "fatalities"} <= names:
        return SCHEMA_2020
    return None


def parse_date(value: str) -> str | None:
    """An ACLED date (``01-January-2015``, ``9-May-20``) as ISO ``YYYY-MM-DD``."""
    value = value.strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _opt(value: str | None) -> str | None:
    """A stripped string, None when blank."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def _float(value: str | None) -> float | None:
    """A float, None when blank or malformed."""
    try:
        return float(value) if value and value.strip() else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    """An int, None when blank or malformed."""
    try:
        return int(float(value)) if value and value.strip() else None
    except ValueError:
        return None


def load_events(path: Path, limit: int | None = None) -> Iterator[AcledEvent]:
    """Read the events of one ACLED CSV, either schema.

    Args:
        path: the CSV file.
        limit: stop after this many events (None = all).

    Returns:
        An iterator of events in file order (rows without a note are skipped).

    Raises:
        ValueError: when the header is not an ACLED header.
    """
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if header is None:
            return
        schema = detect_schema(header)
        if schema is None:
            raise ValueError(f"{path}: not an ACLED CSV header: {header[:6]}")
        lower = schema == SCHEMA_2020
        index = {h.strip() if lower else h.strip().lower(): i for i, h in enumerate(header)}
        count = 0
        for row in reader:
            if limit is not None and count >= limit:
                return
            if not row:
                continue

            def get(name: str, row: list[str] = row) -> str | None:
                """A column of this row by its lower-case name."""
                i = index.get(name)
                return row[i] if i is not None and i < len(row) else None

            notes = (get("notes") or "").strip()
            if not notes:
                continue
            event_id = _opt(get("event_id_cnty")) or _opt(get("data_id")) or f"row{count + 1}"
            yield AcledEvent(
                id=event_id,
                schema=schema,
                date=parse_date(get("event_date") or ""),
                event_type=(get("event_type") or "").strip(),
                sub_event_type=_opt(get("sub_event_type")) if lower else None,
                actor1=_opt(get("actor1")),
                actor2=_opt(get("actor2")),
                country=_opt(get("country")),
                admin1=_opt(get("admin1")),
                location=_opt(get("location")),
                lat=_float(get("latitude")),
                lon=_float(get("longitude")),
                notes=notes,
                fatalities=_int(get("fatalities")),
            )
            count += 1
