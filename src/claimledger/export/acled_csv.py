"""ACLED-like CSV: one row per corpus incident, ACLED's 31 columns in ACLED's order.

Input: ``CorpusIncident`` records. Output: CSV rows. The conventions are
ACLED's (codebook 2019 onwards): ``fatalities`` is the conservative figure (the
reconciled ``low`` of killed, 0 when no source gives one); ``geo_precision`` 1
town, 2 near a town or a district, 3 a larger region or the country;
``time_precision`` 1 day, 2 week, 3 month or coarser; ``actor2`` is
``Civilians (Country)`` for violence against civilians; ``event_id_cnty`` is
the ISO alpha-3 code and our incident id (``IRQ12``). Every column is
described in docs/exports.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from claimledger.corpus.summary import CorpusIncident
from claimledger.export._actors import inter, interaction, sides
from claimledger.export._common import figure, notes, outlets
from claimledger.export._csv import Cell, write_table
from claimledger.export._places import (
    ACLED_GEO_PRECISION,
    acled_region,
    iso_codes,
    place_kind,
)

COLUMNS = (
    "data_id",
    "iso",
    "event_id_cnty",
    "event_id_no_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "timestamp",
    "iso3",
)
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
NO_COUNTRY = "XXX"  # event_id_cnty prefix of an incident in no known country


def acled_row(inc: CorpusIncident) -> tuple[Cell, ...]:
    """The ACLED-like row of one corpus incident, in ``COLUMNS`` order."""
    r = inc.row
    iso, iso3 = iso_codes(r.country_code)
    date = r.date or r.date_start
    s = sides(inc)
    i1, i2 = inter(s.actor1), inter(s.actor2)
    kind = place_kind(inc)
    killed = figure(inc, "killed")
    return (
        r.id,
        iso,
        f"{iso3 or NO_COUNTRY}{r.id}",
        r.id,
        date,
        date[:4] if date else None,
        TIME_PRECISION.get(r.date_precision or "") if date else None,
        r.event_type,
        r.sub_event_type,
        s.actor1,
        "; ".join(s.assoc1),
        i1,
        s.actor2,
        "; ".join(s.assoc2),
        i2,
        interaction(i1, i2),
        acled_region(r.country_code),
        r.country,
        r.admin1,
        r.location if kind == "admin2" else None,
        None,
        r.location,
        None if r.latitude is None else f"{r.latitude:.4f}",
        None if r.longitude is None else f"{r.longitude:.4f}",
        ACLED_GEO_PRECISION.get(kind) if kind else None,
        "; ".join(outlets(inc)),
        None,
        notes(inc),
        killed.low if killed is not None else 0,
        None,
        iso3,
    )


def write_acled_csv(incidents: Iterable[CorpusIncident], fh: TextIO) -> int:
    """Write incidents as ACLED-like CSV.

    Args:
        incidents: the corpus incidents.
        fh: text handle opened with ``newline=""``.

    Returns:
        The number of rows written.
    """
    return write_table(fh, COLUMNS, (acled_row(inc) for inc in incidents))
