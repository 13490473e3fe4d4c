"""Load GVA articles and incidents (``gva/articles-dev.jsonl``, ``gva/incidents-dev.jsonl``).

Input: the two JSONL files in their original format (``shared/bench/README.md``):
articles (``doc_id``, ``incident_id``, ``title``, ``published``, ``text``,
``text_flag``) and incidents (``incident_id``, ``has_gva_record``, ``date``,
``state``, ``city_or_county``, ``lat``/``lon``, ``num_killed``, ``num_injured``).
Output: :class:`Article` and :class:`GvaIncident` records.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Article:
    """One (incident, article) pair as scraped."""

    doc_id: str
    incident_id: str
    title: str | None
    published: str | None
    text: str
    text_flag: str | None  # None, "empty", "short", "same_text_in_other_incidents"


@dataclass(frozen=True)
class GvaIncident:
    """The GVA record of an incident (gold); counts are None without a GVA record."""

    incident_id: str
    has_gva_record: bool
    date: str | None
    state: str | None
    city_or_county: str | None
    lat: float | None
    lon: float | None
    num_killed: int | None
    num_injured: int | None


def incidents_path_for(articles_path: Path) -> Path:
    """The incidents file beside an articles file ("articles" -> "incidents" in the name)."""
    name = articles_path.name
    if "articles" in name:
        return articles_path.with_name(name.replace("articles", "incidents"))
    return articles_path.with_name("incidents-dev.jsonl")


def _opt_int(value: Any) -> int | None:
    """An int or None."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _opt_float(value: Any) -> float | None:
    """A float or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _opt_str(value: Any) -> str | None:
    """A non-empty string or None."""
    return value.strip() if isinstance(value, str) and value.strip() else None


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSONL file (blank lines skipped)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                obj = json.loads(line)
                if isinstance(obj, dict):
                    yield obj


def load_articles(path: Path) -> Iterator[Article]:
    """Every article line, in file order (flagged ones too: the task decides)."""
    for obj in _jsonl(path):
        text = obj.get("text")
        yield Article(
            doc_id=str(obj.get("doc_id") or ""),
            incident_id=str(obj.get("incident_id") or ""),
            title=_opt_str(obj.get("title")),
            published=_opt_str(obj.get("published")),
            text=text if isinstance(text, str) else "",
            text_flag=_opt_str(obj.get("text_flag")),
        )


def load_incidents(path: Path) -> dict[str, GvaIncident]:
    """Incident id -> GVA record; an absent file gives an empty mapping."""
    if not path.exists():
        return {}
    out: dict[str, GvaIncident] = {}
    for obj in _jsonl(path):
        iid = str(obj.get("incident_id") or "")
        out[iid] = GvaIncident(
            incident_id=iid,
            has_gva_record=bool(obj.get("has_gva_record", True)),
            date=_opt_str(obj.get("date")),
            state=_opt_str(obj.get("state")),
            city_or_county=_opt_str(obj.get("city_or_county")),
            lat=_opt_float(obj.get("lat")),
            lon=_opt_float(obj.get("lon")),
            num_killed=_opt_int(obj.get("num_killed")),
            num_injured=_opt_int(obj.get("num_injured")),
        )
    return out
