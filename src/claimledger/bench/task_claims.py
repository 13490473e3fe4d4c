"""Bench task ``claims``: attributed casualty claims against hand-made gold on Airwars texts.

Input: two gold files (conventions in ``docs/claims-gold.md``), or ``ctx.file`` in
either format:

* ``tests/fixtures/claims/airwars-gold.jsonl``, one line per Airwars assessment:
  ``{"id", "sha1", "claims": [{"figure", "low", "high", "qualifier", "source_name",
  "source_kind", "hedged", "start", "end"}]}``. It stores ids, offsets and
  annotations only; the texts are read from ``airwars/gaza-2023-dev.csv`` at run
  time (``sha1`` checks that the text is the one annotated). Subset ``assessments``.
* ``tests/fixtures/claims/own-gold.jsonl``: documents written by us (press-release
  style and social-media relays), each line ``{"id", "subset", "text", "claims"}``
  with the same claim fields plus ``via``. Subsets ``releases`` and ``relays``.

Every score is given for all documents, per subset (``<subset>.`` prefix) and per
half (``tune.`` / ``report.``): the documents split by :func:`half_of` (the first
eight hex digits of sha1(id), even = ``tune``). Errors are read on the tune half.

Scores (claimledger and a floor):

* claim precision / recall / F1: a predicted claim matches a gold claim with the
  same figure, low and high whose evidence span overlaps it (each gold claim
  matched once); CIs by resampling documents;
* source-kind and source-name accuracy on the matched claims (a name matches when
  one contains the other, case and a leading article aside).

A stated zero ("no one was killed") is a claim like any other. A gold line with
``"zeros": false`` (the Airwars lines: their texts were not read again for zeros) did
not annotate them, so the document's predicted zeros are left unscored there.

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
OWN_FILE = Path("tests") / "fixtures" / "claims" / "own-gold.jsonl"
SUBSETS = ("assessments", "releases", "relays")
HALVES = ("tune", "report")
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


def half_of(doc_id: str) -> str:
    """The document split: ``tune`` when the first eight hex digits of sha1(id) are even.

    Not the ``airwars`` split (the parity of the whole digest, its last digit): every
    annotated assessment is of that task's tune half, and this splits them again.
    """
    digest = hashlib.sha1(doc_id.encode("utf-8")).hexdigest()
    return "tune" if int(digest[:8], 16) % 2 == 0 else "report"


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


def _add_scores(
    result: TaskResult, system: str, scores: Sequence[DocScore], prefix: str = ""
) -> None:
    """P/R/F1 with document-resampled CIs, and the matched claims' source accuracies."""
    for i, name in enumerate(("precision", "recall", "f1")):

        def stat(docs: Sequence[DocScore], i: int = i) -> float:
            tp = sum(d.tp for d in docs)
            return prf(tp, sum(d.n_pred for d in docs) - tp, sum(d.n_gold for d in docs) - tp)[i]

        value, lo, hi = bootstrap_fn(scores, stat)
        result.metrics.append(Metric(system, f"{prefix}claim_{name}", value, lo, hi, len(scores)))
    kinds = [float(k) for d in scores for k in d.kind_hits]
    names = [float(k) for d in scores for k in d.name_hits]
    if kinds:
        result.add(system, f"{prefix}source_kind_accuracy", kinds)
        result.add(system, f"{prefix}source_name_accuracy", names)


def _texts(ctx: BenchContext, ids: Iterable[str]) -> dict[str, str]:
    wanted = set(ids)
    path = ctx.data_dir / TEXTS
    if not wanted or not path.exists():
        return {}
    return {a.id: a.text for a in load_assessments(path) if a.id in wanted}


@dataclass(frozen=True)
class GoldDoc:
    """One annotated document: its subset, id, text and gold claims."""

    subset: str
    id: str
    text: str
    claims: list[GoldClaim]
    zeros: bool = True  # the document's stated zeros are annotated


def scored_claims(pred: Sequence[GoldClaim], gold: GoldDoc) -> list[GoldClaim]:
    """The predicted claims a gold document scores: zeros only where its zeros are annotated."""
    return [c for c in pred if gold.zeros or (c.low, c.high) != (0, 0)]


def gold_documents(ctx: BenchContext, paths: Sequence[Path]) -> tuple[list[GoldDoc], list[str]]:
    """The annotated documents of the gold files (assessment texts read from ``../shared``).

    Returns:
        The documents, and notes on assessment lines skipped (text missing or changed).
    """
    rows = [r for path in paths if path.exists() for r in load_gold(path)]
    texts = _texts(ctx, (r["id"] for r in rows if "text" not in r))
    docs: list[GoldDoc] = []
    notes: list[str] = []
    for r in rows:
        text = r.get("text") or texts.get(r["id"])
        if "text" not in r and (
            text is None or hashlib.sha1(text.encode("utf-8")).hexdigest() != r["sha1"]
        ):
            notes.append(f"{r['id']}: text missing or changed; skipped")
            continue
        assert text is not None
        subset = r.get("subset", "assessments")
        docs.append(GoldDoc(subset, r["id"], text, _gold_claims(r), r.get("zeros", True)))
    return docs, notes


def run(ctx: BenchContext) -> TaskResult:
    """Score claims on the hand-made gold, overall and per subset."""
    paths = [ctx.file] if ctx.file else [GOLD_FILE, OWN_FILE]
    docs, notes = gold_documents(ctx, paths)
    docs = docs[: ctx.limit] if ctx.limit else docs
    if not docs:
        return skipped(TASK, f"no gold at {paths} (or no texts under {ctx.data_dir})")
    result = TaskResult(task=TASK, data=f"{', '.join(map(str, paths))} (texts: {ctx.data_dir})")
    result.notes += notes
    raws = [make_raw_document(d.text, doc_id=d.id) for d in docs]
    analysed, crashes = analyze_safely(raws, Options(model=ctx.model), analyze_documents)
    note_crashes(result, crashes, TASK)
    ours = [
        match(scored_claims(predicted_claims(a), d), d.claims)
        for d, a in zip(docs, analysed, strict=True)
    ]
    floor = [match(floor_claims(d.text), d.claims) for d in docs]
    for subset in ("", *SUBSETS, *HALVES):
        keep = [i for i, d in enumerate(docs) if not subset or subset in (d.subset, half_of(d.id))]
        if not keep:
            continue
        prefix = f"{subset}." if subset else ""
        _add_scores(result, OURS, [ours[i] for i in keep], prefix)
        _add_scores(result, FLOOR, [floor[i] for i in keep], prefix)
        n_gold = sum(ours[i].n_gold for i in keep)
        result.notes.append(f"{subset or 'all'}: {len(keep)} documents, {n_gold} gold claims")
    return result
