"""Bench task ``airwars``: civilians killed and injured in Airwars' assessments.

Input: ``airwars/gaza-2023-dev.csv`` (or ``ctx.file``, same format), read by
:mod:`claimledger.bench.load_airwars`. Output: a :class:`TaskResult` with
claimledger's and a regex floor's scores side by side, and error rows.

Choices (also written into the result notes):

* The system reads the ``assessment`` text only, with no date given: the
  ``date`` column is the incident date (a label) and ``summary_block`` states
  the answers; neither is passed. The document date comes from the text or not at all.
* The prediction is the document's first incident (reconcile puts the main one
  first) and its ``estimates[figure]``, as in ``tbij``. No estimate = a count of
  0 (a miss: Airwars' minimum is at least 1 where it is known).
* Scored on the assessments whose Airwars minimum is known: ``best_in_gold`` =
  best inside Airwars' [min, max]; ``low_exact`` = our low equals Airwars' min.
* Floor: the first number before a casualty word ("killed", "injured").
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from claimledger.bench.baselines import first_count_before_casualty_word
from claimledger.bench.core import BenchContext, TaskResult, skipped
from claimledger.bench.load_airwars import Assessment, load_assessments
from claimledger.bench.task_tbij import (
    FLOOR,
    OURS,
    Predicted,
    add_range_metrics,
    analyze_safely,
    figure_evidence,
    floor_figure,
    note_crashes,
    predicted_figure,
    range_scores,
)
from claimledger.options import Options
from claimledger.pipeline import analyze_documents
from claimledger.read import make_raw_document
from claimledger.records import Document

TASK = "airwars"
DEV_FILE = Path("airwars") / "gaza-2023-dev.csv"
GOLD: dict[str, Callable[[Assessment], tuple[int | None, int | None]]] = {
    "killed": lambda a: (a.killed_min, a.killed_max),
    "injured": lambda a: (a.injured_min, a.injured_max),
}


HALVES = ("tune", "report")


def half_of(incident_id: str) -> str:
    """The split: ``tune`` when sha1(incident_id) is even, else ``report``."""
    digest = int(hashlib.sha1(incident_id.encode("utf-8")).hexdigest(), 16)
    return "tune" if digest % 2 == 0 else "report"


def _error_row(
    a: Assessment, field: str, gold: Any, predicted: Any, evidence: Any
) -> dict[str, Any]:
    """One JSONL error row (the id, not the text: the text stays in /work/shared)."""
    return {
        "task": TASK,
        "id": a.id,
        "half": half_of(a.id),
        "field": field,
        "gold": gold,
        "predicted": predicted,
        "evidence": evidence,
    }


def score_figure(
    result: TaskResult,
    pairs: Sequence[tuple[Assessment, Document]],
    figure: str,
    ours: Callable[[Document], Predicted],
    prefix: str = "",
) -> None:
    """Score one figure, ours and the floor, on the assessments whose Airwars min is known.

    ``prefix`` names a subset ("tune."); error rows are added for the whole set only.
    """
    our_rows: list[dict[str, float]] = []
    floor_rows: list[dict[str, float]] = []
    found: list[float] = []
    for a, doc in pairs:
        gmin, gmax = GOLD[figure](a)
        if gmin is None:
            continue
        pred = ours(doc)
        scores = range_scores(pred, gmin, gmax)
        our_rows.append(scores)
        found.append(float(pred.found))
        floor = floor_figure(first_count_before_casualty_word(a.text, figure))
        floor_rows.append(range_scores(floor, gmin, gmax))
        if not prefix and (not scores["best_in_gold"] or not scores["low_exact"]):
            predicted = [pred.low, pred.best, pred.high] if pred.found else "none"
            evidence = figure_evidence(doc, figure)
            result.errors.append(_error_row(a, figure, [gmin, gmax], predicted, evidence))
    add_range_metrics(result, OURS, prefix + figure, our_rows)
    add_range_metrics(result, FLOOR, prefix + figure, floor_rows)
    if found:
        result.add(OURS, f"{prefix}{figure}_predicted", found)


def _ours(figure: str) -> Callable[[Document], Predicted]:
    """The first incident's estimate of ``figure``."""
    return lambda d: predicted_figure(d, figure)


def run(ctx: BenchContext) -> TaskResult:
    """Score killed and injured against Airwars' [min, max] ranges.

    Args:
        ctx: the bench context (``ctx.file`` replaces the dev file, ``ctx.limit``
            keeps the first N assessments).

    Returns:
        The TaskResult (skipped when the data file is missing).
    """
    path = ctx.file or ctx.data_dir / DEV_FILE
    if not path.exists():
        return skipped(TASK, f"no data at {path}")
    items = list(load_assessments(path, ctx.limit))
    result = TaskResult(task=TASK, data=str(path))
    if not items:
        result.notes.append("no assessment with a text")
        return result
    # The assessment text only: no ``published`` (the date column is a label).
    raws = [make_raw_document(a.text, doc_id=a.id) for a in items]
    docs, crashes = analyze_safely(raws, Options(model=ctx.model), analyze_documents)
    note_crashes(result, crashes, TASK)
    pairs = list(zip(items, docs, strict=True))
    for prefix in ("", *(f"{h}." for h in HALVES)):
        subset = [p for p in pairs if not prefix or half_of(p[0].id) == prefix[:-1]]
        for figure in ("killed", "injured"):
            score_figure(result, subset, figure, _ours(figure), prefix)
    result.notes += [
        f"{len(items)} assessments; input = the assessment text only (no date, no summary)",
        "prediction = first incident's estimates; no estimate is scored as 0; "
        "scored where Airwars gives a minimum",
        "floor: the first number before a casualty word",
        "halves: tune = sha1(incident_id) even, report = odd; rules tuned on tune only",
    ]
    return result
