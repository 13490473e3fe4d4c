"""Bench task ``releases``: press releases that report several operations (issue 15, items 3-4).

Input: ``tests/fixtures/releases/releases-fresh.jsonl`` (or ``ctx.file``): press releases
written by us, each with its stated ``document_date`` and its ``operations`` (an
``anchor`` where the operation's report begins, its ``date``, and the people
``killed`` and ``arrested`` in it); conventions in that folder's README. Only the
text goes to the pipeline.

Scores, with 95% bootstrap CIs:

* per release: the document date exact; the killed count exact (the sum over the
  release's incidents of ``estimates["killed"].best``) for releases that report
  deaths, and the detainees exact (``estimates["arrested"]``) for those that report
  detentions — the figures the issue measured on held-out releases (killed 74%,
  detainees 61%, incident date 23%);
* per operation: found as an incident of its own (the first incident whose evidence
  starts inside the operation's report — from the start of the sentence that holds its
  anchor, unless the operation before is told in that sentence too, since the
  twenty-fifth session — each incident used once; the first
  operation's report starts at the text's start, as a headline or a dateline before its
  anchor belongs to it, "TROOPS NEUTRALISE 6 TERRORISTS" above the first paragraph;
  since the tenth session), its date exact
  (operations whose day the text gives), and its killed and detainees exact.

Floor (same job): every count a few words before a death word (``baselines``) and
after an arrest word, summed per release; the first full date in the text as the
document date and as every operation's date; no operations found.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from claimledger.bench.baselines import COUNT, count_pattern, count_value
from claimledger.bench.core import BenchContext, TaskResult, skipped
from claimledger.bench.task_datelines import floor_date
from claimledger.records import Document, Incident

TASK = "releases"
RELEASES_FILE = Path("tests") / "fixtures" / "releases" / "releases-fresh.jsonl"
FIGURES = ("killed", "arrested")

_ARREST_FLOOR = re.compile(
    r"\b(?:arrested|arresting|detained|detaining|captured|apprehended)\s+(?:\w+\s+){0,2}?(?:"
    + COUNT
    + r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Operation:
    start: int
    end: int
    date: str | None
    killed: int
    arrested: int


def load_releases(path: Path) -> list[tuple[dict[str, Any], list[Operation]]]:
    """The releases of a JSONL file, each with its operations' spans.

    Raises:
        ValueError: an anchor that does not occur exactly once in its text.
    """
    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = row["text"]
        starts = []
        for op in row["operations"]:
            if text.count(op["anchor"]) != 1:
                raise ValueError(f"{row['id']}: anchor {op['anchor']!r} must occur once")
            starts.append(text.index(op["anchor"]))
        ends = [*starts[1:], len(text)]
        starts = [0] + [report_start(text, s, p) for p, s in pairwise(starts)]
        ops = [
            Operation(s, e, op["date"], op["killed"], op["arrested"])
            for s, e, op in zip(starts, ends, row["operations"], strict=True)
        ]
        out.append((row, ops))
    return out


# Where a sentence begins: after a full stop, "!" or "?" and a space, or a line break.
_SENTENCE_BREAK = re.compile(r"[.!?]\s+|\n")


def report_start(text: str, anchor_at: int, previous_at: int) -> int:
    """Where an operation's report begins: the start of its anchor's sentence, so that a day
    or a place told before the anchor ("On the 20th, detectives charged ...") belongs to it
    (twenty-fifth session: the pipeline's incident starts at its sentence); the anchor itself
    when the previous operation's anchor stands in that sentence too."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, anchor_at)]
    start = breaks[-1] if breaks else 0
    return start if start > previous_at else anchor_at


def floor_counts(text: str) -> dict[str, int]:
    """The floor's totals: counts before a death word, counts after an arrest word."""
    killed = sum(v for m in count_pattern("killed").finditer(text) if (v := count_value(m)))
    arrested = sum(v for m in _ARREST_FLOOR.finditer(text) if (v := count_value(m)))
    return {"killed": killed, "arrested": arrested}


def _best(incident: Incident, figure: str) -> int:
    est = incident.estimates.get(figure)
    return est.best if est is not None and est.best is not None else 0


def _start(incident: Incident) -> int | None:
    if incident.evidence is not None:
        return incident.evidence.start
    starts = [c.evidence.start for c in incident.claims]
    return min(starts) if starts else None


def match_operations(doc: Document, ops: list[Operation]) -> list[Incident | None]:
    """Per operation, the first unused incident whose evidence starts inside its report."""
    used: set[str] = set()
    matched: list[Incident | None] = []
    for op in ops:
        found = None
        for inc in doc.incidents:
            start = _start(inc)
            if inc.id not in used and start is not None and op.start <= start < op.end:
                found = inc
                used.add(inc.id)
                break
        matched.append(found)
    return matched


def run(ctx: BenchContext) -> TaskResult:
    """Score the pipeline and the floor on the releases."""
    from claimledger import analyze

    path = ctx.file or RELEASES_FILE
    if not path.exists():
        return skipped(TASK, f"{path} not found (run from the repository or give --file)")
    releases = load_releases(path)[: ctx.limit]
    result = TaskResult(task=TASK, data=str(path))
    per: dict[tuple[str, str], list[float]] = {}

    def add(system: str, metric: str, value: bool) -> None:
        per.setdefault((system, metric), []).append(float(value))

    for row, ops in releases:
        doc = analyze(row["text"], doc_id=row["id"])
        floor = floor_counts(row["text"])
        floor_day = floor_date(row["text"])
        add("claimledger", "document date exact", doc.stated_date == row["document_date"])
        add("floor", "document date exact", floor_day == row["document_date"])
        for figure in FIGURES:
            gold = sum(getattr(op, figure) for op in ops)
            if gold:
                ours = sum(_best(inc, figure) for inc in doc.incidents)
                add("claimledger", f"release {figure} exact", ours == gold)
                add("floor", f"release {figure} exact", floor[figure] == gold)
        matched = match_operations(doc, ops)
        for op, inc in zip(ops, matched, strict=True):
            add("claimledger", "operation found", inc is not None)
            add("floor", "operation found", False)
            if op.date is not None:
                day = inc.date.value if inc is not None and inc.date is not None else None
                add("claimledger", "operation date exact", day == op.date)
                add("floor", "operation date exact", floor_day == op.date)
            for figure in FIGURES:
                if getattr(op, figure):
                    ours_op = _best(inc, figure) if inc is not None else 0
                    add("claimledger", f"operation {figure} exact", ours_op == getattr(op, figure))
        result.errors.append(_error_row(row, doc, ops, matched))
    for (system, metric), values in per.items():
        result.add(system, metric, values)
    result.errors = [e for e in result.errors if e["wrong"]]
    return result


def _error_row(
    row: dict[str, Any], doc: Document, ops: list[Operation], matched: list[Incident | None]
) -> dict[str, Any]:
    """What the pipeline said per operation, and whether anything was wrong."""
    said = []
    wrong = doc.stated_date != row["document_date"]
    for op, inc in zip(ops, matched, strict=True):
        got = {
            "date": inc.date.value if inc is not None and inc.date is not None else None,
            "killed": _best(inc, "killed") if inc is not None else None,
            "arrested": _best(inc, "arrested") if inc is not None else None,
        }
        gold = {"date": op.date, "killed": op.killed, "arrested": op.arrested}
        if inc is None or any(got[k] != gold[k] for k in gold if gold[k] is not None):
            wrong = True
        said.append({"gold": gold, "got": got, "incident": inc.id if inc is not None else None})
    return {
        "id": row["id"],
        "document_date": row["document_date"],
        "stated_date": doc.stated_date,
        "incidents": len(doc.incidents),
        "operations": said,
        "wrong": wrong,
    }
