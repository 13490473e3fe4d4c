"""Bench task ``datelines``: the document date a text states, and its first incident's date.

Input: JSONL files of datelined texts written by us (``tests/fixtures/datelines/
datelines-fresh*.jsonl`` by default, or ``ctx.file``), one text per line:
``{"id", "document_date", "incident_date", "text"}``; ``document_date`` is the date the
text's header states (``null`` when it states none that can be read, e.g. a slashed date
whose day and month could swap), ``incident_date`` the day of the event the text reports
(``null`` when it cannot be known). No date is given to the pipeline: the text alone.

Scores, per text, with 95% bootstrap CIs (issue 15's goal: both ≥ 0.95):

* ``document date exact``: ``Document.stated_date`` equals ``document_date`` (both
  empty counts as right);
* ``incident date exact``: the date of the first incident that has one equals
  ``incident_date`` (no dated incident and no gold date counts as right). A date of
  week precision (a text that says only "late last week" or "over the weekend") names
  no day, so it counts as no date: right when the gold is null, wrong against a day.

Floor (same job): the first full date anywhere in the text (``Month D, YYYY``,
``D Month YYYY`` or ISO ``YYYY-MM-DD``) as both the document and the incident date: what
a reader gets without a dateline rule or any resolution of "yesterday".

Each fresh file was committed before the pipeline read it and scored once before the
rules its errors led to (BENCHMARKS.md): a score on a file after that is in-sample.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from claimledger.bench.core import BenchContext, TaskResult, skipped

TASK = "datelines"
FIXTURES = Path("tests") / "fixtures" / "datelines"
DEFAULT_GLOB = "datelines-fresh*.jsonl"

_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTH = r"(?P<mon>[A-Za-z]{3,9})\.?"
_FLOOR_DATES = (
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(
        r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b"
    ),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
)


def load_texts(path: Path) -> list[dict[str, Any]]:
    """The texts of one JSONL file, checked: an id, a text, and two dates (ISO or null).

    Raises:
        ValueError: a line that is not such an object (with its line number).
    """
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        for key in ("document_date", "incident_date"):
            value = row.get(key)
            if value is not None:
                date.fromisoformat(value)
        if not isinstance(row.get("id"), str) or not isinstance(row.get("text"), str):
            raise ValueError(f"{path}:{number}: each line needs a string id and text")
        rows.append(row)
    return rows


def floor_date(text: str) -> str | None:
    """The first full date written anywhere in ``text`` (ISO), or None."""
    found: list[tuple[int, str]] = []
    for pattern in _FLOOR_DATES:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            word = (groups.get("mon") or "").lower()
            names = [n for n in _MONTHS if word in (n, n[:3]) or (word == "sept" and n[0] == "s")]
            if groups.get("mnum"):
                month = int(groups["mnum"])
            elif names:
                month = _MONTHS.index(names[0]) + 1
            else:
                continue
            try:
                day = date(int(groups["year"]), month, int(groups["day"]))
            except ValueError:
                continue
            found.append((m.start(), day.isoformat()))
            break
    return min(found)[1] if found else None


def _files(ctx: BenchContext) -> list[Path]:
    if ctx.file is not None:
        return [ctx.file]
    return sorted(FIXTURES.glob(DEFAULT_GLOB))


def run(ctx: BenchContext) -> TaskResult:
    """Score the pipeline's document and incident dates, and the floor's, on the files."""
    from claimledger import analyze

    files = _files(ctx)
    if not files:
        return skipped(
            TASK, f"no {DEFAULT_GLOB} under {FIXTURES} (run from the repository or give --file)"
        )
    rows = [row for path in files for row in load_texts(path)][: ctx.limit]
    result = TaskResult(task=TASK, data=", ".join(str(p) for p in files))
    ours_doc, ours_inc, floor_doc, floor_inc = [], [], [], []
    for row in rows:
        doc = analyze(row["text"], doc_id=row["id"])
        dated = [inc.date for inc in doc.incidents if inc.date is not None]
        # A week ("late last week") names no day: the gold's null, not a day.
        first = dated[0].value if dated and dated[0].precision == "day" else None
        floor = floor_date(row["text"])
        ours_doc.append(float(doc.stated_date == row["document_date"]))
        ours_inc.append(float(first == row["incident_date"]))
        floor_doc.append(float(floor == row["document_date"]))
        floor_inc.append(float(floor == row["incident_date"]))
        if not (ours_doc[-1] and ours_inc[-1]):
            result.errors.append(
                {
                    "id": row["id"],
                    "document_date": row["document_date"],
                    "stated_date": doc.stated_date,
                    "incident_date": row["incident_date"],
                    "first_incident_date": first,
                }
            )
    result.add("claimledger", "document date exact", ours_doc)
    result.add("claimledger", "incident date exact", ours_inc)
    result.add("floor", "document date exact", floor_doc)
    result.add("floor", "incident date exact", floor_inc)
    return result
