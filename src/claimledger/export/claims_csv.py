"""Claims CSV: one row per figure a source gave, with its evidence.

Input: ``CorpusIncident`` records. Output: CSV rows, one per stored claim with
a figure (every source's every figure, in every document, including hedged and
superseded ones, and statistics over a period or an area, ``aggregate``, which the
figures never count), so that a reader can redo the reconciliation or audit it.
``evidence_start``/``evidence_end`` are character offsets into the document's
stored text; ``evidence_text`` is that slice.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from claimledger.corpus.summary import CorpusIncident
from claimledger.export._csv import Cell, write_table
from claimledger.store.base import StoredClaim

COLUMNS = (
    "incident_id",
    "claim_id",
    "document",
    "document_date",
    "figure",
    "source_name",
    "source_kind",
    "via",
    "qualifier",
    "low",
    "high",
    "hedged",
    "civilian",
    "aggregate",
    "victims",
    "statement",
    "evidence_text",
    "evidence_start",
    "evidence_end",
)


def claim_row(incident_id: int, c: StoredClaim) -> tuple[Cell, ...]:
    """The row of one claim, in ``COLUMNS`` order."""
    return (
        incident_id,
        c.id,
        c.external_id,
        c.document_date,
        c.figure,
        c.source_name,
        c.source_kind,
        c.source_via,
        c.qualifier,
        c.low,
        c.high,
        c.hedged,
        c.civilian,
        c.aggregate,
        c.victims,
        c.statement,
        c.evidence.text,
        c.evidence.start,
        c.evidence.end,
    )


def write_claims_csv(incidents: Iterable[CorpusIncident], fh: TextIO) -> int:
    """Write every figure claim of the incidents as CSV.

    Args:
        incidents: the corpus incidents.
        fh: text handle opened with ``newline=""``.

    Returns:
        The number of claim rows written.
    """
    rows = (
        claim_row(inc.row.id, c)
        for inc in incidents
        for c in sorted(inc.claims, key=lambda c: ((c.document_date or ""), c.id))
        if c.figure is not None
    )
    return write_table(fh, COLUMNS, rows)
