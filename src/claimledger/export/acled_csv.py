"""ACLED-like CSV: one row per corpus incident with ACLED's column names.

Input: ``CorpusIncident`` records. Output: CSV rows. ``fatalities`` is the
conservative figure (the reconciled ``low`` of killed, 0 when no source gives
one), as ACLED codes it; ``notes`` keeps every source's figure.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from claimledger.corpus.summary import CorpusIncident
from claimledger.export._common import external_ids, figure, geo_precision, notes, outlets, sides

COLUMNS = (
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "external_ids",
)


def write_acled_csv(incidents: Iterable[CorpusIncident], fh: TextIO) -> int:
    """Write incidents as ACLED-like CSV.

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
        killed = figure(inc, "killed")
        a1, a2 = sides(inc)
        w.writerow(
            (
                f"CL{r.id}",
                r.date or r.date_start or "",
                r.event_type or "",
                r.sub_event_type or "",
                a1,
                a2,
                r.country or "",
                r.admin1 or "",
                r.location or "",
                "" if r.latitude is None else f"{r.latitude:.4f}",
                "" if r.longitude is None else f"{r.longitude:.4f}",
                geo_precision(inc),
                "; ".join(outlets(inc)),
                notes(inc),
                killed.low if killed is not None else 0,
                "; ".join(external_ids(inc)),
            )
        )
        n += 1
    return n
