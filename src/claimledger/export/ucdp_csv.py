"""UCDP-GED-like CSV: one row per corpus incident with best / low / high deaths.

Input: ``CorpusIncident`` records. Output: CSV rows with UCDP GED's column
names where one exists (``best``, ``low``, ``high``, ``date_start``,
``date_end``, ``where_coordinates``, ``source_headline``...).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from claimledger.corpus.summary import CorpusIncident
from claimledger.export._common import external_ids, figure, outlets, sides

COLUMNS = (
    "id",
    "year",
    "event_type",
    "side_a",
    "side_b",
    "source_article",
    "source_office",
    "source_headline",
    "source_original",
    "where_coordinates",
    "where_prec",
    "adm_1",
    "latitude",
    "longitude",
    "geom_wkt",
    "country",
    "date_prec",
    "date_start",
    "date_end",
    "best",
    "low",
    "high",
    "injured_best",
    "injured_low",
    "injured_high",
    "number_of_sources",
)
# UCDP's date_prec: 1 exact day, 2 within a week, 3 within a month, 4 within a year.
_DATE_PREC = {"day": 1, "week": 2, "month": 3, "year": 4}


def write_ucdp_csv(incidents: Iterable[CorpusIncident], fh: TextIO) -> int:
    """Write incidents as UCDP-GED-like CSV.

    Args:
        incidents: the corpus incidents.
        fh: text handle opened with ``newline=""``.

    Returns:
        The number of rows written.
    """
    w = csv.writer(fh)
    w.writerow(COLUMNS)
    n = 0
    for inc in incidents:
        r = inc.row
        k, i = figure(inc, "killed"), figure(inc, "injured")
        a, b = sides(inc)
        lat, lon = r.latitude, r.longitude
        sources = sorted({c.source_name for c in inc.claims})
        w.writerow(
            (
                r.id,
                (r.date_start or r.date or "")[:4],
                r.event_type or "",
                a,
                b,
                "; ".join(external_ids(inc)),
                "; ".join(outlets(inc)),
                "; ".join(d.title or "" for d in inc.documents),
                "; ".join(sources),
                ", ".join(x for x in (r.location, r.admin1, r.country) if x),
                4 if lat is None else 1,
                r.admin1 or "",
                "" if lat is None else f"{lat:.4f}",
                "" if lon is None else f"{lon:.4f}",
                "" if lat is None or lon is None else f"POINT ({lon:.4f} {lat:.4f})",
                r.country or "",
                _DATE_PREC.get(r.date_precision or "", ""),
                r.date_start or "",
                r.date_end or "",
                *((k.best, k.low, k.high) if k else ("", "", "")),
                *((i.best, i.low, i.high) if i else ("", "", "")),
                max((f.n_sources for f in inc.figures.values()), default=0),
            )
        )
        n += 1
    return n
