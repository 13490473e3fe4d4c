"""Bench task ``grade``: the credibility grade of Airwars' assessments.

Input: ``airwars/gaza-2023-dev.csv`` (or ``ctx.file``), read by
:mod:`claimledger.bench.load_airwars`: the ``assessment`` text is the only
input; ``grading`` is the label (``strike_status`` is reported beside it, never
used). Output: per-grade recall, macro-F1 and the mean recall over Fair / Weak
/ Contested (the goal), with bootstrap CIs, for four systems in the same run:

* ``claimledger``: the main incident's ``grade`` as ``analyze`` gives it
  (``reconcile/grade.py``; a monitor's grade stated in the text counts as a claim);
* ``claimledger-evidence``: the same rules with ``stated=False`` (sources and
  cues only; what news reports without a monitor's wording get), read from the
  same analysis: the reasons of a grade the text states say what the evidence
  alone gives when it differs (``reconcile.grade.EVIDENCE_ALONE``);
* ``source-count``: Fair with two or more independent sources, else Weak
  (``reconcile.grade.count_independent`` over the same claims);
* ``floor``: every incident Fair (the majority grade).

Each metric is given on the whole file and on its halves (``tune.`` /
``report.``: sha1(incident_id) even / odd, as in the ``airwars`` task); the
rules were tuned on the tune half.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from claimledger.bench.core import (
    BenchContext,
    Metric,
    TaskResult,
    bootstrap_fn,
    prf,
    skipped,
)
from claimledger.bench.load_airwars import Assessment, load_assessments
from claimledger.bench.task_airwars import DEV_FILE, half_of
from claimledger.bench.task_tbij import analyze_safely, note_crashes
from claimledger.options import Options
from claimledger.pipeline import analyze_documents
from claimledger.read import make_raw_document
from claimledger.reconcile.grade import EVIDENCE_ALONE, count_independent, independent_sources
from claimledger.records import Document

TASK = "grade"
OURS = "claimledger"
EVIDENCE = "claimledger-evidence"
COUNT = "source-count"
FLOOR = "floor"
SYSTEMS = (OURS, EVIDENCE, COUNT, FLOOR)
# The goal averages the recall of these (Confirmed has one dev case).
GOAL_GRADES = ("fair", "weak", "contested")

Case = tuple[str, dict[str, str]]  # (gold grade, system -> predicted grade)


def predict(doc: Document) -> dict[str, str]:
    """Each system's grade of one analysed assessment (its main incident)."""
    if not doc.incidents:
        return {OURS: "weak", EVIDENCE: "weak", COUNT: "weak", FLOOR: "fair"}
    inc = doc.incidents[0]
    # the grade from the evidence alone: the pipeline's own, unless a grade the text states
    # decided, whose reasons then say what the evidence alone gives when it differs
    evidence = inc.grade or "weak"
    for reason in inc.grade_reasons:
        if reason.startswith(EVIDENCE_ALONE):
            evidence = reason[len(EVIDENCE_ALONE) :].split(":", 1)[0]
    n = count_independent(independent_sources(inc.claims))
    return {
        OURS: inc.grade or "weak",
        EVIDENCE: evidence,
        COUNT: "fair" if n >= 2 else "weak",
        FLOOR: "fair",
    }


def _recall(cases: Sequence[Case], system: str, grade: str) -> float:
    mine = [p[system] == grade for g, p in cases if g == grade]
    return sum(mine) / len(mine) if mine else float("nan")


def _macro_f1(cases: Sequence[Case], system: str) -> float:
    """Macro-F1 over the grades in the gold or the system's predictions (sklearn's default)."""
    grades = sorted({g for g, _ in cases} | {p[system] for _, p in cases})
    scores = []
    for grade in grades:
        tp = sum(1 for g, p in cases if g == grade and p[system] == grade)
        fp = sum(1 for g, p in cases if g != grade and p[system] == grade)
        fn = sum(1 for g, p in cases if g == grade and p[system] != grade)
        scores.append(prf(tp, fp, fn)[2])
    return sum(scores) / len(scores)


def _mean_goal_recall(cases: Sequence[Case], system: str) -> float:
    vals = [_recall(cases, system, g) for g in GOAL_GRADES]
    vals = [v for v in vals if v == v]  # a resample without a grade leaves it out
    return sum(vals) / len(vals) if vals else 0.0


def _add_ci(
    result: TaskResult,
    system: str,
    metric: str,
    cases: Sequence[Case],
    fn: Callable[[Sequence[Case]], float],
) -> None:
    value, lo, hi = bootstrap_fn(cases, fn)
    result.metrics.append(Metric(system, metric, value, lo, hi, len(cases)))


def score_cases(
    result: TaskResult, cases: Sequence[Case], grades: Sequence[str], prefix: str = ""
) -> None:
    """Per-grade recall (of ``grades``, those of the whole file), macro-F1 (over the
    grades of the gold or the predictions) and the goal's mean recall of every system."""
    for system in SYSTEMS:
        for grade in grades:
            hits = [float(p[system] == grade) for g, p in cases if g == grade]
            if hits:
                result.add(system, f"{prefix}recall_{grade}", hits)
        macro = partial(_macro_f1, system=system)
        _add_ci(result, system, f"{prefix}macro_f1", cases, macro)
        goal = partial(_mean_goal_recall, system=system)
        _add_ci(result, system, f"{prefix}mean_recall_fair_weak_contested", cases, goal)


def _error_row(
    a: Assessment, gold: str, doc: Document, predicted: dict[str, str]
) -> dict[str, Any]:
    """One JSONL error row: ids and the kind of each reason, never the text's sentences."""
    reasons = doc.incidents[0].grade_reasons if doc.incidents else ()
    return {
        "task": TASK,
        "id": a.id,
        "half": half_of(a.id),
        "gold": gold,
        "strike_status": a.strike_status,
        "predicted": predicted[OURS],
        "evidence_only": predicted[EVIDENCE],
        "reason_kinds": [r.split(":", 1)[0] for r in reasons],
    }


def run(ctx: BenchContext) -> TaskResult:
    """Score the grade of every assessment against Airwars' ``grading``.

    Args:
        ctx: the bench context (``ctx.file`` replaces the dev file, ``ctx.limit``
            keeps the first N assessments).

    Returns:
        The TaskResult (skipped when the data file is missing).
    """
    path = ctx.file or ctx.data_dir / DEV_FILE
    if not path.exists():
        return skipped(TASK, f"no data at {path}")
    items = [a for a in load_assessments(path, ctx.limit) if a.grading]
    result = TaskResult(task=TASK, data=str(path))
    if not items:
        result.notes.append("no graded assessment with a text")
        return result
    raws = [make_raw_document(a.text, doc_id=a.id) for a in items]
    docs, crashes = analyze_safely(raws, Options(model=ctx.model), analyze_documents)
    note_crashes(result, crashes, TASK)
    cases: list[Case] = []
    halves: dict[str, list[Case]] = {"tune": [], "report": []}
    for a, doc in zip(items, docs, strict=True):
        gold = (a.grading or "").strip().lower()
        predicted = predict(doc)
        cases.append((gold, predicted))
        halves[half_of(a.id)].append((gold, predicted))
        if gold != predicted[OURS] or gold != predicted[EVIDENCE]:  # either system's error
            result.errors.append(_error_row(a, gold, doc, predicted))
    grades = sorted({g for g, _ in cases})
    score_cases(result, cases, grades)
    for name, part in halves.items():
        if part:
            score_cases(result, part, grades, f"{name}.")
    result.notes += [
        f"{len(items)} graded assessments; input = the assessment text only",
        "labels: the grading column; summary_block, date and strike_status are never input",
        "halves: tune = sha1(incident_id) even, report = odd; rules tuned on tune",
        "claimledger-evidence: the same rules without the monitor's stated grade",
        "source-count: fair if two or more independent sources, else weak; floor: all fair",
    ]
    return result
