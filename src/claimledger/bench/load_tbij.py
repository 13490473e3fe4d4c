"""Load TBIJ drone-strike records (``tbij/strikes-dev.jsonl``) in their original format.

Input: a JSONL file, one strike per line, in the format described in
``shared/bench/README.md`` (fields ``id``, ``date``, ``narrative``, ``summary``,
``killed_min``/``killed_max``, ``civilians_*``, ``injured_*``, ``lat``/``lon``...).
Output: :class:`Strike` records (gold values plus the texts to read).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Strike:
    """One TBIJ strike: its texts and gold figures (None where TBIJ gives none)."""

    id: str
    date: str | None
    narrative: str | None
    summary: str | None
    killed_min: int | None
    killed_max: int | None
    injured_min: int | None
    injured_max: int | None
    civilians_min: int | None
    civilians_max: int | None
    lat: float | None
    lon: float | None
    location: str | None = None
    country: str | None = None

    @property
    def text(self) -> str:
        """The text we read: TBIJ's own summary, else dronestre.am's narrative."""
        return (self.summary or self.narrative or "").strip()

    @property
    def text_field(self) -> str:
        """Which field :attr:`text` came from."""
        return "summary" if self.summary and self.summary.strip() else "narrative"


def _int(value: Any) -> int | None:
    """An int, or None for null/blank/non-numbers."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _float(value: Any) -> float | None:
    """A float, or None."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _str(value: Any) -> str | None:
    """A non-empty string, or None."""
    return value if isinstance(value, str) and value.strip() else None


def parse_strike(obj: dict[str, Any], lineno: int) -> Strike:
    """One JSON object -> Strike (missing fields become None)."""
    return Strike(
        id=str(obj.get("id") or f"line-{lineno}"),
        date=_str(obj.get("date")),
        narrative=_str(obj.get("narrative")),
        summary=_str(obj.get("summary")),
        killed_min=_int(obj.get("killed_min")),
        killed_max=_int(obj.get("killed_max")),
        injured_min=_int(obj.get("injured_min")),
        injured_max=_int(obj.get("injured_max")),
        civilians_min=_int(obj.get("civilians_min")),
        civilians_max=_int(obj.get("civilians_max")),
        lat=_float(obj.get("lat")),
        lon=_float(obj.get("lon")),
        location=_str(obj.get("location")),
        country=_str(obj.get("country")),
    )


def load_strikes(path: Path, limit: int | None = None) -> Iterator[Strike]:
    """Strikes with a text, in file order.

    Args:
        path: a JSONL file in the TBIJ strikes format.
        limit: stop after this many strikes.

    Yields:
        Strike records; blank and non-object lines are skipped.
    """
    count = 0
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if limit is not None and count >= limit:
                return
            if not line.strip():
                continue
            obj = json.loads(line)
            if not isinstance(obj, dict):
                continue
            strike = parse_strike(obj, lineno)
            if not strike.text:
                continue
            count += 1
            yield strike
