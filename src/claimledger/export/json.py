"""JSON export: every corpus incident with everything the store knows about it.

Input: ``CorpusIncident`` records. Output: one JSON object
``{"incidents": [...]}``; each incident lists its figures (low / best / high
and every source's position and claims), claim timeline, the toll over time
per figure (``toll``: every claim by document date, each source's latest
figure, revisions marked; ``corpus/timeline.py``), document-level
incidents with link scores and reasons, documents with their external ids
(``external_ids`` also at the top of each incident), warnings, and its
credibility ``grade`` with ``grade_reasons`` and ``independent_sources``
(each with the relays folded under it), and its ``followups``: documents that read no
incident of their own, attached to it by a name or an address they share (each with
its document, reason, score and evidence; not among ``documents``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from claimledger.corpus.summary import CorpusIncident
from claimledger.corpus.timeline import toll_json, toll_timelines
from claimledger.export._common import external_ids
from claimledger.records import to_dict


def incident_to_dict(inc: CorpusIncident) -> dict[str, Any]:
    """The JSON shape of one corpus incident."""
    out: dict[str, Any] = to_dict(inc.row)
    out["external_ids"] = external_ids(inc)
    out["figures"] = {name: to_dict(f) for name, f in inc.figures.items()}
    out["timeline"] = to_dict(inc.timeline)
    out["toll"] = toll_json(toll_timelines(inc.claims))
    out["documents"] = to_dict(inc.documents)
    out["incidents"] = to_dict(inc.incidents)
    out["warnings"] = to_dict(inc.warnings)
    # How far to trust it: the grade, its reasons, the independent sources (docs/grading.md).
    out["grade"] = inc.grade
    out["grade_reasons"] = list(inc.grade_reasons)
    out["independent_sources"] = to_dict(inc.sources)
    out["followups"] = to_dict(inc.followups)
    return out


def write_json(incidents: Iterable[CorpusIncident], fh: TextIO) -> int:
    """Write incidents as one JSON document.

    Args:
        incidents: the corpus incidents.
        fh: text handle.

    Returns:
        The number of incidents written.
    """
    rows = [incident_to_dict(i) for i in incidents]
    json.dump({"incidents": rows}, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
    return len(rows)
