"""UCDP-GED-like CSV: one row per corpus incident, GED's 49 fields in GED's order.

Input: ``CorpusIncident`` records. Output: CSV rows with GED's conventions
(codebook version 23.1): ``best``/``low``/``high`` deaths, ``deaths_a`` /
``deaths_b`` / ``deaths_civilians`` / ``deaths_unknown`` adding up to
``best``, ``where_prec`` 1-7, ``date_prec`` 1-5, ``side_a`` the government in
state-based violence and ``side_b`` ``Civilians`` in one-sided violence.
UCDP's own ids (conflict, dyad, side, Gleditsch-Ward numbers) stay empty: they
exist only for UCDP-coded conflicts. Every column is described in docs/exports.md.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TextIO

from claimledger.corpus.summary import CorpusIncident
from claimledger.export._actors import VIOLENCE_AGAINST_CIVILIANS, category, sides
from claimledger.export._common import figure, outlets
from claimledger.export._csv import Cell, write_table
from claimledger.export._places import GED_WHERE_PREC, place_kind, priogrid_gid, ucdp_region

COLUMNS = (
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "gwnoa",
    "gwnob",
)
# GED's date_prec: 1 the exact day; 2 a span of 2-6 days; 3 the week; 4 a span
# of 8-30 days or the month; 5 more than a month or only the year.
DATE_PREC = {"day": 1, "week": 3, "month": 4, "year": 5}
_FIGHTING = frozenset({"battles", "explosions/remote violence"})
_FORCES = re.compile(
    r"\b(?:soldiers?|troops?|servicem[ae]n|police(?:m[ae]n| officers?)?|"
    r"officers?|guards?|personnel|forces?|army)\b",
    re.I,
)
# A claim's source name that is a pronoun or a fragment, not a source.
_NOT_A_SOURCE = frozenset(
    {"i", "we", "he", "she", "they", "it", "you", "author", "unknown", "source", "sources"}
    | {"report", "reports", "reporter", "reporters"}
)

# GED's event_clarity from our grade: 1 (clear) when a belligerent accepted it or
# two independent sources report it; 2 (unclear) for a single source, competing
# attributions, or harm discounted (docs/grading.md).
EVENT_CLARITY = {"confirmed": 1, "fair": 1, "weak": 2, "contested": 2, "discounted": 2}


def date_prec(inc: CorpusIncident) -> int | None:
    """GED's date_prec of the incident's dates."""
    r = inc.row
    prec = DATE_PREC.get(r.date_precision or "")
    if prec != 1 or not r.date_start or not r.date_end or r.date_start == r.date_end:
        return prec
    days = (dt.date.fromisoformat(r.date_end) - dt.date.fromisoformat(r.date_start)).days + 1
    return 2 if days <= 6 else 3 if days <= 7 else 4 if days <= 30 else 5


def violence(inc: CorpusIncident, a: str, b: str) -> int | None:
    """GED's type_of_violence: 1 state-based, 2 non-state, 3 one-sided (None: unknown)."""
    etype = (inc.row.event_type or "").casefold()
    if etype == VIOLENCE_AGAINST_CIVILIANS:
        return 3
    if etype not in _FIGHTING or not a:
        return None
    if "state" in (category(a), category(b)):
        return 1
    return 2 if b else None


def source_original(inc: CorpusIncident) -> str:
    """The sources the figures come from, by name (else the outlets)."""
    names: list[str] = []
    for f in inc.figures.values():
        for p in f.sources:
            name = " ".join(p.name.split())
            if (
                p.kind != "author"
                and len(name) > 2
                and name.casefold() not in _NOT_A_SOURCE
                and name not in names
            ):
                names.append(name)
    return "; ".join(names or outlets(inc))


def deaths(inc: CorpusIncident, a: str, b: str) -> tuple[Cell, ...]:
    """(deaths_a, deaths_b, deaths_civilians, deaths_unknown, best, high, low)."""
    k = figure(inc, "killed")
    if k is None:
        return (None,) * 7
    best = k.best if k.best is not None else k.low
    low, high = k.low, k.high if k.high is not None else best
    claims = [c for p in k.sources if p.credible for c in p.claims] or [
        c for p in k.sources for c in p.claims
    ]
    split: list[Cell] = [0, 0, 0, 0]
    if claims and all(c.civilian for c in claims):
        split[2] = best
    elif claims and all(_FORCES.search(c.victims or c.statement) for c in claims):
        state = [i for i, s in enumerate((a, b)) if s and category(s) == "state"]
        split[state[0] if len(state) == 1 else 3] = best
    else:
        split[3] = best
    return (*split, best, high, low)


def ged_row(inc: CorpusIncident) -> tuple[Cell, ...]:
    """The GED-like row of one corpus incident, in ``COLUMNS`` order."""
    r = inc.row
    s = sides(inc)
    a, b = s.actor1, s.actor2
    kind_of_violence = violence(inc, a, b)
    if kind_of_violence == 1 and category(b) == "state" and category(a) != "state":
        a, b = b, a  # GED: side_a is the government
    if kind_of_violence == 3:
        b = "Civilians"
    kind = place_kind(inc)
    lat, lon = r.latitude, r.longitude
    docs = inc.documents
    where = r.place_words()
    return (
        r.id,
        f"CL-{r.id}",
        (r.date_start or r.date or "")[:4] or None,
        None,
        None,
        kind_of_violence,
        None,
        None,
        None,
        None,
        None,
        f"{a} - {b}" if a and b else None,
        None,
        None,
        a,
        None,
        None,
        b,
        len(docs),
        "; ".join(
            ",".join(x for x in (o, d.stated_date, d.title) if x)
            for d, o in zip(docs, _outlet_each(inc), strict=True)
        ),
        "; ".join(outlets(inc)),
        "; ".join(d.stated_date or "" for d in docs),
        "; ".join(d.title or "" for d in docs),
        source_original(inc),
        GED_WHERE_PREC.get(kind) if kind else None,
        r.location,
        where,
        r.admin1,
        r.location if kind == "admin2" else None,
        None if lat is None else f"{lat:.4f}",
        None if lon is None else f"{lon:.4f}",
        None if lat is None or lon is None else f"POINT ({lon:.4f} {lat:.4f})",
        priogrid_gid(lat, lon),
        r.country,
        None,
        ucdp_region(r.country_code),
        EVENT_CLARITY.get(inc.grade or ""),
        date_prec(inc),
        r.date_start,
        r.date_end,
        *deaths(inc, a, b),
        None,
        None,
    )


def _outlet_each(inc: CorpusIncident) -> list[str]:
    """Each document's outlet (``""`` when it names none), in document order."""
    from urllib.parse import urlparse

    return [
        (d.source or "").strip() or (urlparse(d.url).netloc if d.url else "") for d in inc.documents
    ]


def write_ucdp_csv(incidents: Iterable[CorpusIncident], fh: TextIO) -> int:
    """Write incidents as UCDP-GED-like CSV.

    Args:
        incidents: the corpus incidents.
        fh: text handle opened with ``newline=""``.

    Returns:
        The number of rows written.
    """
    return write_table(fh, COLUMNS, (ged_row(inc) for inc in incidents))
