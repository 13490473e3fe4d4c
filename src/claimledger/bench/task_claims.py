"""Bench task ``claims``: attributed casualty claims against hand-made gold on Airwars texts.

Input: the gold file ``tests/fixtures/claims/airwars-gold.jsonl`` (or ``ctx.file``,
same format; conventions in ``docs/claims-gold.md``), one line per assessment:
``{"id", "sha1", "claims": [{"figure", "low", "high", "qualifier", "source_name",
"source_kind", "start", "end"}]}``. The gold stores ids, offsets and annotations
only; the assessment texts are read from ``airwars/gaza-2023-dev.csv`` at run
time (``sha1`` checks that the text is the one annotated).

Scores (claimledger and a floor):

* claim precision / recall / F1: a predicted claim matches a gold claim with the
  same figure, low and high whose evidence span overlaps it (each gold claim
  matched once); CIs by resampling documents;
* source-kind and source-name accuracy on the matched claims (a name matches when
  one contains the other, case and a leading article aside).

Floor: every "N killed/injured" of the regex baseline as one claim by the author.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimledger.bench.baselines import CASUALTY_WORDS, WORD_VALUES
from claimledger.bench.core import (
    BenchContext,
    Metric,
    TaskResult,
    bootstrap_fn,
    prf,
    skipped,
)
from claimledger.bench.load_airwars import load_assessments
from claimledger.bench.task_tbij import analyze_safely, note_crashes
from claimledger.options import Options
from claimledger.pipeline import analyze_documents
from claimledger.read import make_raw_document
from claimledger.records import Document

TASK = "claims"
GOLD_FILE = Path("tests") / "fixtures" / "claims" / "airwars-gold.jsonl"
TEXTS = Path("airwars") / "gaza-2023-dev.csv"
OURS, FLOOR = "claimledger", "floor"


@dataclass(frozen=True)
class GoldClaim:
    """One claim as annotated (or predicted): figure, bounds, source, evidence offsets."""

    figure: str
    low: int | None
    high: int | None
    source_name: str
    source_kind: str
    start: int
    end: int


@dataclass(frozen=True)
class DocScore:
    """Counts of one document: matched, predicted, gold, and the matched pairs' agreement."""

    tp: int
    n_pred: int
    n_gold: int
    kind_hits: tuple[bool, ...]
    name_hits: tuple[bool, ...]


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The gold lines (one dict per assessment)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _gold_claims(row: dict[str, Any]) -> list[GoldClaim]:
    return [
        GoldClaim(c["figure"], c["low"], c["high"], c["source_name"], c["source_kind"],
                  c["start"], c["end"])
        for c in row["claims"]
    ]  # fmt: skip


def predicted_claims(doc: Document) -> list[GoldClaim]:
    """Every figure claim of every incident of a document."""
    return [
        GoldClaim(c.figure, c.low, c.high, c.source.name, c.source.kind,
                  c.evidence.start, c.evidence.end)
        for inc in doc.incidents
        for c in inc.claims
        if c.figure is not None
    ]  # fmt: skip


def _norm_name(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(name.lower().split()))


def same_name(a: str, b: str) -> bool:
    """Names agree when one contains the other (case and a leading article aside)."""
    x, y = _norm_name(a), _norm_name(b)
    return bool(x and y) and (x in y or y in x)


def match(pred: Sequence[GoldClaim], gold: Sequence[GoldClaim]) -> DocScore:
    """Greedy one-to-one matching in text order (figure, low, high equal; spans overlap)."""
    used: set[int] = set()
    kinds: list[bool] = []
    names: list[bool] = []
    for p in pred:
        for i, g in enumerate(gold):
            if i in used or (p.figure, p.low, p.high) != (g.figure, g.low, g.high):
                continue
            if p.start < g.end and g.start < p.end:
                used.add(i)
                kinds.append(p.source_kind == g.source_kind)
                names.append(same_name(p.source_name, g.source_name))
                break
    return DocScore(len(used), len(pred), len(gold), tuple(kinds), tuple(names))


def floor_claims(text: str) -> list[GoldClaim]:
    """The regex floor: each "<number> ... killed/injured" within four words, by the author."""
    out: list[GoldClaim] = []
    nums = "|".join(sorted((re.escape(w) for w in WORD_VALUES), key=len, reverse=True))
    for figure in ("killed", "injured"):
        words = "|".join(CASUALTY_WORDS[figure])
        rx = re.compile(rf"\b(\d+|{nums})\b(?:\s+\S+){{0,4}}?\s+(?:{words})\b", re.I)
        for m in rx.finditer(text):
            raw = m.group(1).lower()
            n = int(raw) if raw.isdigit() else WORD_VALUES[raw]
            out.append(GoldClaim(figure, n, n, "author", "author", m.start(), m.end()))
    return out


def _add_scores(result: TaskResult, system: str, scores: Sequence[DocScore]) -> None:
    """P/R/F1 with document-resampled CIs, and the matched claims' source accuracies."""
    for i, name in enumerate(("precision", "recall", "f1")):

        def stat(docs: Sequence[DocScore], i: int = i) -> float:
            tp = sum(d.tp for d in docs)
            return prf(tp, sum(d.n_pred for d in docs) - tp, sum(d.n_gold for d in docs) - tp)[i]

        value, lo, hi = bootstrap_fn(scores, stat)
        result.metrics.append(Metric(system, f"claim_{name}", value, lo, hi, len(scores)))
    kinds = [float(k) for d in scores for k in d.kind_hits]
    names = [float(k) for d in scores for k in d.name_hits]
    if kinds:
        result.add(system, "source_kind_accuracy", kinds)
        result.add(system, "source_name_accuracy", names)


def _texts(ctx: BenchContext, ids: Iterable[str]) -> dict[str, str]:
    wanted = set(ids)
    path = ctx.data_dir / TEXTS
    return {a.id: a.text for a in load_assessments(path) if a.id in wanted}


def run(ctx: BenchContext) -> TaskResult:
    """Score claims on the hand-made gold (texts from the shared Airwars file)."""
    gold_path = ctx.file or GOLD_FILE
    if not gold_path.exists() or not (ctx.data_dir / TEXTS).exists():
        return skipped(TASK, f"no gold at {gold_path} or no texts under {ctx.data_dir}")
    rows = load_gold(gold_path)[: ctx.limit]
    texts = _texts(ctx, (r["id"] for r in rows))
    result = TaskResult(task=TASK, data=f"{gold_path} (texts: {ctx.data_dir / TEXTS})")
    usable = []
    for r in rows:
        text = texts.get(r["id"])
        if text is None or hashlib.sha1(text.encode("utf-8")).hexdigest() != r["sha1"]:
            result.notes.append(f"{r['id']}: text missing or changed; skipped")
            continue
        usable.append((r, text))
    raws = [make_raw_document(t, doc_id=r["id"]) for r, t in usable]
    docs, crashes = analyze_safely(raws, Options(model=ctx.model), analyze_documents)
    note_crashes(result, crashes, TASK)
    ours = [
        match(predicted_claims(d), _gold_claims(r)) for (r, _), d in zip(usable, docs, strict=True)
    ]
    floor = [match(floor_claims(t), _gold_claims(r)) for r, t in usable]
    _add_scores(result, OURS, ours)
    _add_scores(result, FLOOR, floor)
    result.notes.append(f"{len(usable)} annotated assessments, "
                        f"{sum(s.n_gold for s in ours)} gold claims")  # fmt: skip
    return result
