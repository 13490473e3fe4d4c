"""Load Airwars assessments (``airwars/gaza-2023-dev.csv``) in their original format.

Input: the CSV described in ``shared/bench/README.md`` (one incident per row:
``incident_id``, ``assessment``, ``killed_min``/``killed_max``,
``injured_min``/``injured_max``, grading, strike status, ...). Output:
:class:`Assessment` records: the text to read and the labels, kept apart.

Only ``assessment`` is ever given to the system. ``summary_block`` states the
answers and ``date`` is the incident date (a label): neither is loaded as input,
and ``summary_block`` is not loaded at all.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Some assessments run to 30,000 characters; the csv module's default limit is 128 KB.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True)
class Assessment:
    """One Airwars incident: the assessment text and Airwars' own labels."""

    id: str
    text: str  # the ``assessment`` column: the only input
    killed_min: int | None
    killed_max: int | None
    injured_min: int | None
    injured_max: int | None
    date: str | None  # label only (the incident date), never passed as ``published``
    grading: str | None
    strike_status: str | None


def _int(value: str | None) -> int | None:
    """An int from a CSV cell ("" or "Unknown" give None)."""
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


def load_assessments(path: Path, limit: int | None = None) -> Iterator[Assessment]:
    """Read the assessments with a non-empty text, in file order (the first ``limit``)."""
    with path.open(encoding="utf-8", newline="") as fh:
        n = 0
        for row in csv.DictReader(fh):
            text = (row.get("assessment") or "").strip()
            if not text:
                continue
            if limit is not None and n >= limit:
                return
            n += 1
            yield Assessment(
                id=row["incident_id"],
                text=text,
                killed_min=_int(row.get("killed_min")),
                killed_max=_int(row.get("killed_max")),
                injured_min=_int(row.get("injured_min")),
                injured_max=_int(row.get("injured_max")),
                date=(row.get("date") or None),
                grading=row.get("grading") or None,
                strike_status=row.get("strike_status") or None,
            )
