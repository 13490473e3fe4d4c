"""Bench task ``attribution``: source, cue and content spans on PolNeAR.

Input: a PolNeAR split folder (default ``attribution/polnear/data/dev`` under
``ctx.data_dir``; ``ctx.file`` names another split folder), read by
:mod:`claimledger.bench.load_polnear`. Output: a :class:`TaskResult` with
claimledger's scores beside textacy's ``direct_quotations`` baseline, and one
error row per missed or spurious span.

Scoring (written into the notes too), after Citron (Newell et al., BBC):

* For each role (source, cue, content), predicted and gold spans of one
  document are matched one to one. *exact*: same start and end (a
  discontinuous gold span is compared by its outer bounds). *overlap*: the
  spans share at least one non-space character; pairs are taken greedily by
  overlap size. Precision, recall and F1 are micro-averaged over documents,
  with 95% bootstrap intervals from resampling documents.
* Coordinated sources of one statement ("X and Y said") are one predicted
  source span (their outer bounds), as PolNeAR annotates them; identical
  spans are counted once per role.
* speaker accuracy: among predicted statements whose content overlaps a gold
  content that has a source (matched one to one), the share whose predicted
  source overlaps that gold source.
* Every system reads the same spaCy parse of each text; claimledger runs
  ``find_attributions`` then the learned model (``attribute.model.apply_model``,
  trained on PolNeAR train, never on this split), as the pipeline does; ``rules``
  is ``find_attributions`` alone.

Published anchors (other corpora, other span rules, so indicative only):
Citron on PARC3 source F1 82.0 (exact); Gender Gap Tracker quote-speaker F1 83.7.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimledger.bench.core import BenchContext, Metric, TaskResult, bootstrap_fn, prf, skipped
from claimledger.bench.load_polnear import (
    ROLES,
    GoldSpan,
    PolnearDoc,
    annotation_files,
    load_split,
)
from claimledger.records import Attribution

TASK = "attribution"
DEV_DIR = Path("attribution") / "polnear" / "data" / "dev"
OURS = "claimledger"
RULES = "rules"  # claimledger's rules without the learned model (attribute/model.py)
BASELINE = "textacy"
MODES = ("exact", "overlap")

Span = tuple[int, int]


@dataclass(frozen=True)
class Statement:
    """One attribution as a system or the gold gives it: character spans per role."""

    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]

    def role(self, name: str) -> tuple[Span, ...]:
        """The fragments of one role."""
        spans: tuple[Span, ...] = getattr(self, name)
        return spans


@dataclass
class DocScore:
    """Counts of one document for one system."""

    counts: dict[tuple[str, str], tuple[int, int, int]] = field(default_factory=dict)
    speaker_hits: int = 0
    speaker_n: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)


# --- span matching ------------------------------------------------------------


def _bounds(frags: tuple[Span, ...]) -> Span:
    """Outer bounds of a fragmented span."""
    return min(s for s, _ in frags), max(e for _, e in frags)


def shared_chars(text: str, a: tuple[Span, ...], b: tuple[Span, ...]) -> int:
    """Non-space characters shared by two fragmented spans."""
    total = 0
    for s1, e1 in a:
        for s2, e2 in b:
            lo, hi = max(s1, s2), min(e1, e2)
            if hi > lo:
                total += sum(1 for ch in text[lo:hi] if not ch.isspace())
    return total


def match(
    text: str, gold: Sequence[tuple[Span, ...]], pred: Sequence[tuple[Span, ...]], mode: str
) -> list[tuple[int, int]]:
    """One-to-one matches (gold index, predicted index) between two span lists.

    Args:
        text: the document text (overlaps count non-space characters).
        gold: gold spans, each a tuple of fragments.
        pred: predicted spans, each a tuple of fragments.
        mode: "exact" (same outer bounds) or "overlap" (any shared character).

    Returns:
        Matched pairs; overlap pairs are taken greedily, largest overlap first.
    """
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        gb = _bounds(g)
        for pi, p in enumerate(pred):
            if mode == "exact":
                if _bounds(p) == gb:
                    pairs.append((1, gi, pi))
            else:
                size = shared_chars(text, g, p)
                if size > 0:
                    pairs.append((size, gi, pi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def unique_spans(spans: Iterable[tuple[Span, ...]]) -> list[tuple[Span, ...]]:
    """Distinct spans in first-seen order."""
    seen: set[tuple[Span, ...]] = set()
    out: list[tuple[Span, ...]] = []
    for s in spans:
        if s and s not in seen:
            seen.add(s)
            out.append(s)
    return out


def score_document(
    doc_id: str, text: str, gold: Sequence[Statement], pred: Sequence[Statement]
) -> DocScore:
    """Score one system's statements against the gold of one document.

    Args:
        doc_id: the document id (for error rows).
        text: the document text.
        gold: gold statements.
        pred: predicted statements.

    Returns:
        tp/fp/fn per (role, mode), speaker hits and error rows.
    """
    result = DocScore()
    for role in ROLES:
        g_spans = unique_spans(s.role(role) for s in gold)
        p_spans = unique_spans(s.role(role) for s in pred)
        for mode in MODES:
            pairs = match(text, g_spans, p_spans, mode)
            tp = len(pairs)
            result.counts[(role, mode)] = (tp, len(p_spans) - tp, len(g_spans) - tp)
            if mode != "overlap":
                continue
            hit_g = {g for g, _ in pairs}
            hit_p = {p for _, p in pairs}
            for gi, g in enumerate(g_spans):
                if gi not in hit_g:
                    result.errors.append(_error_row(doc_id, text, role, "missed", g, None))
            for pi, p in enumerate(p_spans):
                if pi not in hit_p:
                    result.errors.append(_error_row(doc_id, text, role, "spurious", None, p))
    # Speaker accuracy on statements matched by content.
    g_with_source = [s for s in gold if s.source and s.content]
    p_with_content = [s for s in pred if s.content and s.source]
    pairs = match(
        text, [s.content for s in g_with_source], [s.content for s in p_with_content], "overlap"
    )
    for gi, pi in pairs:
        result.speaker_n += 1
        g_st, p_st = g_with_source[gi], p_with_content[pi]
        if shared_chars(text, g_st.source, p_st.source) > 0:
            result.speaker_hits += 1
        else:
            row = _error_row(doc_id, text, "speaker", "wrong", g_st.source, p_st.source)
            row["content"] = _text_of(text, p_st.content)[:300]
            result.errors.append(row)
    return result


def _text_of(text: str, frags: tuple[Span, ...] | None) -> str:
    """Text of a fragmented span (fragments joined by ' … ')."""
    if not frags:
        return ""
    return " … ".join(text[s:e] for s, e in frags)


def _error_row(
    doc_id: str,
    text: str,
    role: str,
    error: str,
    gold: tuple[Span, ...] | None,
    pred: tuple[Span, ...] | None,
) -> dict[str, Any]:
    """One JSONL error row: document, spans, their text and the sentence around them."""
    frags = gold or pred or ()
    start, end = _bounds(frags) if frags else (0, 0)
    ctx_start = max(0, text.rfind("\n", 0, start) + 1, start - 200)
    ctx_end = text.find("\n", end)
    ctx_end = min(len(text), end + 200) if ctx_end < 0 else min(ctx_end, end + 200)
    return {
        "doc_id": doc_id,
        "role": role,
        "error": error,
        "gold": [list(f) for f in gold] if gold else None,
        "gold_text": _text_of(text, gold) or None,
        "pred": [list(f) for f in pred] if pred else None,
        "pred_text": _text_of(text, pred) or None,
        "evidence": text[ctx_start:ctx_end],
    }


# --- systems ------------------------------------------------------------------


def gold_statements(doc: PolnearDoc) -> list[Statement]:
    """The gold attributions as statements."""

    def frags(span: GoldSpan | None) -> tuple[Span, ...]:
        return span.fragments if span is not None else ()

    return [Statement(frags(a.source), frags(a.cue), frags(a.content)) for a in doc.attributions]


def claimledger_statements(spacy_doc: Any, doc_id: str, learned: bool = True) -> list[Statement]:
    """claimledger's attributions (the rules', then the learned model's when ``learned``)."""
    from claimledger.attribute.find import find_attributions
    from claimledger.attribute.model import apply_model

    atts = find_attributions(spacy_doc, doc_id)
    if learned:
        atts = apply_model(spacy_doc, doc_id, atts)
    return claimledger_statements_of(atts)


def claimledger_statements_of(attributions: Iterable[Attribution]) -> list[Statement]:
    """Attributions as statements, coordinated sources merged into one span."""
    groups: dict[tuple[Span, Span], list[Span]] = {}
    for att in attributions:
        cue = (att.cue.start, att.cue.end) if att.cue else (-1, -1)
        key = (cue, (att.content.start, att.content.end))
        ev = att.source.evidence
        groups.setdefault(key, [])
        if ev is not None:
            groups[key].append((ev.start, ev.end))
    out: list[Statement] = []
    for (cue, content), sources in groups.items():
        source = ((min(s for s, _ in sources), max(e for _, e in sources)),) if sources else ()
        out.append(Statement(source, (cue,) if cue[0] >= 0 else (), (content,)))
    return out


def textacy_statements(spacy_doc: Any) -> list[Statement]:
    """textacy's direct quotations (speaker, cue, content) as statements."""
    from textacy.extract.triples import direct_quotations

    out: list[Statement] = []
    try:
        triples = list(direct_quotations(spacy_doc))
    except (ValueError, IndexError, KeyError):  # textacy gives up on some malformed quotes
        return out
    for speaker, cue, content in triples:
        src = _token_bounds(speaker)
        cue_span = _token_bounds(cue)
        out.append(
            Statement(
                (src,) if src else (),
                (cue_span,) if cue_span else (),
                ((content.start_char, content.end_char),),
            )
        )
    return out


def _token_bounds(tokens: Sequence[Any]) -> Span | None:
    """Character bounds of a list of tokens."""
    if not tokens:
        return None
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


# --- task -------------------------------------------------------------------------


def _micro(role: str, mode: str, which: int) -> Callable[[Sequence[DocScore]], float]:
    """A corpus statistic (0 = P, 1 = R, 2 = F1) over a sample of documents."""

    def fn(cases: Sequence[DocScore]) -> float:
        tp = sum(c.counts[(role, mode)][0] for c in cases)
        fp = sum(c.counts[(role, mode)][1] for c in cases)
        fn_ = sum(c.counts[(role, mode)][2] for c in cases)
        return prf(tp, fp, fn_)[which]

    return fn


def _speaker(cases: Sequence[DocScore]) -> float:
    """Share of content-matched statements whose source also matches."""
    n = sum(c.speaker_n for c in cases)
    return sum(c.speaker_hits for c in cases) / n if n else 0.0


def _add_scores(result: TaskResult, system: str, scores: list[DocScore]) -> None:
    """P/R/F1 per role and mode, and speaker accuracy, with document bootstrap CIs."""
    for role in ROLES:
        for mode in MODES:
            for which, stat in enumerate(("p", "r", "f1")):
                value, lo, hi = bootstrap_fn(scores, _micro(role, mode, which))
                result.metrics.append(
                    Metric(system, f"{role}_{mode}_{stat}", value, lo, hi, len(scores))
                )
    value, lo, hi = bootstrap_fn(scores, _speaker)
    n = sum(c.speaker_n for c in scores)
    result.metrics.append(Metric(system, "speaker_accuracy", value, lo, hi, n))


def run(ctx: BenchContext) -> TaskResult:
    """Score claimledger's attribution and textacy's quotations on a PolNeAR split.

    Args:
        ctx: bench context; ``ctx.file`` may name another split folder,
            ``ctx.limit`` keeps the first N documents by name.

    Returns:
        The task result (skipped when the folder is missing).
    """
    folder = ctx.file if ctx.file is not None else ctx.data_dir / DEV_DIR
    if not (folder / "text").is_dir() or not (folder / "attributions").is_dir():
        return skipped(
            TASK, f"PolNeAR split folder not found: {folder} (needs text/ and attributions/)"
        )
    docs = load_split(folder, ctx.limit)
    if not docs:
        return skipped(TASK, f"no texts in {folder / 'text'}")
    from claimledger.nlp import load_nlp

    nlp = load_nlp(ctx.model)
    ours: list[DocScore] = []
    rules: list[DocScore] = []
    base: list[DocScore] = []
    result = TaskResult(task=TASK, data=str(folder))
    for doc, parsed in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        gold = gold_statements(doc)
        mine = score_document(doc.id, doc.text, gold, claimledger_statements(parsed, doc.id))
        alone = claimledger_statements(parsed, doc.id, learned=False)
        rules.append(score_document(doc.id, doc.text, gold, alone))
        theirs = score_document(doc.id, doc.text, gold, textacy_statements(parsed))
        ours.append(mine)
        base.append(theirs)
        for row in mine.errors:
            row["system"] = OURS
            result.errors.append(row)
    _add_scores(result, OURS, ours)
    _add_scores(result, RULES, rules)
    _add_scores(result, BASELINE, base)
    per_text = annotation_files(folder)
    n_multi = sum(1 for d in docs if len(per_text.get(d.id, [])) > 1)
    n_gold = sum(len(d.attributions) for d in docs)
    result.notes += [
        f"{len(docs)} documents, {n_gold} gold attributions; one annotator per text "
        f"(the first .ann in sorted filename order; {n_multi} texts had several)",
        "exact = same outer bounds; overlap = one-to-one matching on shared non-space "
        "characters, largest overlap first; micro P/R/F1, 95% CI by resampling documents",
        "speaker_accuracy: predicted statements whose content overlaps a gold content "
        "(one to one), share whose source overlaps the gold source",
        "baseline: textacy.extract.triples.direct_quotations on the same spaCy parse "
        "(direct quotes only, by design)",
        "claimledger = the rules plus the learned model trained on PolNeAR train "
        "(attribute/model.py, docs/models.md); rules = the rules alone, same run",
        "published anchors (other data, indicative): Citron on PARC3 source F1 82.0 "
        "(exact); Gender Gap Tracker F1 83.7",
    ]
    return result
