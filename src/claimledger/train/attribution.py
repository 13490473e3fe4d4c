"""Train the learned attribution scorers: PolNeAR train -> ``attribution.npz``.

Input: the PolNeAR train split (``attribution/polnear/data/train``: 840 texts with
source / cue / content spans; Newell, Margolin & Ruths, LREC 2018), read by
:mod:`claimledger.bench.load_polnear` and parsed by the pinned spaCy pipeline.
Output: an :class:`~claimledger.attribute.model.AttributionModel`.

Per text, the rules run (``find_attributions``) and the candidates of
``attribute/model.py`` are labelled against the gold:

* ``keep``: a rule statement with a named source is right when its source span
  overlaps a gold source span;
* ``add``: a verb heading no rule statement, read by the reporting-verb rule, is
  right when the verb lies inside a gold cue whose source overlaps the statement's
  source.

Texts are split by name: every ``TUNE_EVERY``-th text (sorted) is held out to
choose
the two thresholds (the pair that maximises source-overlap F1, scored as the
``attribution`` bench scores it, on the held-out texts); both logistic
regressions (scikit-learn ``liblinear``, fixed seed) are fitted on the others.
The dev split is never read here. scikit-learn is needed only here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc

from claimledger.attribute import find_attributions
from claimledger.attribute.model import (
    KINDS,
    AttributionModel,
    Candidate,
    features,
    hashed,
    rule_candidates,
    verb_candidates,
)
from claimledger.attribute.quotes import find_quotes
from claimledger.attribute.resolve import resolve_sources
from claimledger.attribute.spans import doc_text
from claimledger.bench.load_polnear import PolnearDoc, load_split
from claimledger.bench.task_attribution import (
    Statement,
    claimledger_statements_of,
    gold_statements,
    match,
    unique_spans,
)
from claimledger.records import Attribution

TRAIN_DIR = Path("attribution") / "polnear" / "data" / "train"
N_BUCKETS = 1 << 18
C = 0.5
SEED = 0
TUNE_EVERY = 5
ADD_GRID = tuple(round(0.3 + 0.05 * k, 2) for k in range(11))  # 0.30 .. 0.80
KEEP_GRID = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)


@dataclass
class TextCandidates:
    """One text's candidates, their features and labels, and what the rules found."""

    doc: PolnearDoc
    rules: list[Attribution]
    keep: list[tuple[int, list[str], int]] = field(default_factory=list)  # (rule index, ...)
    add: list[tuple[list[Attribution], list[str], int]] = field(default_factory=list)


def _overlaps(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> bool:
    """Whether two fragmented spans share a character."""
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _chars(doc: Doc, tokens: tuple[int, int] | None) -> tuple[tuple[int, int], ...]:
    """The character span of a token range."""
    if tokens is None:
        return ()
    span = doc[tokens[0] : tokens[1]]
    return ((span.start_char, span.end_char),)


def candidates_of(doc: PolnearDoc, parsed: Doc) -> TextCandidates:
    """The labelled candidates of one text."""
    gold = gold_statements(doc)
    gold_sources = [g.source for g in gold if g.source]
    rules = find_attributions(parsed, doc.id)
    out = TextCandidates(doc, rules)
    for k, cand in rule_candidates(parsed, rules):
        src = _chars(parsed, cand.source)
        label = int(any(_overlaps(src, g) for g in gold_sources))
        out.keep.append((k, features(parsed, cand), label))
    quotes = find_quotes(doc_text(parsed))
    for found, cand in verb_candidates(parsed, rules):
        out.add.append(
            (
                resolve_sources(parsed, doc.id, [found], quotes),
                features(parsed, cand),
                _add_label(parsed, cand, gold),
            )
        )
    return out


def _add_label(parsed: Doc, cand: Candidate, gold: list[Statement]) -> int:
    """1 when the candidate's verb is in a gold cue whose source overlaps its source."""
    verb = ((cand.cue.idx, cand.cue.idx + len(cand.cue.text)),)
    src = _chars(parsed, cand.source)
    return int(any(_overlaps(verb, g.cue) and _overlaps(src, g.source) for g in gold if g.source))


def _fit(rows: list[tuple[list[str], int]]) -> tuple[Any, float]:
    """A logistic regression over hashed features: (weights, bias)."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    indptr = [0]
    indices: list[int] = []
    for feats, _ in rows:
        cols = sorted(set(hashed(feats, N_BUCKETS)))
        indices += cols
        indptr.append(len(indices))
    x = sparse.csr_matrix(
        (np.ones(len(indices), np.float32), np.asarray(indices), np.asarray(indptr)),
        shape=(len(rows), N_BUCKETS),
    )
    y = np.asarray([label for _, label in rows])
    lr = LogisticRegression(C=C, solver="liblinear", random_state=SEED, max_iter=1000)
    lr.fit(x, y)
    return np.asarray(lr.coef_[0], np.float32), float(lr.intercept_[0])


def _statements(texts: TextCandidates, model: AttributionModel) -> list[Statement]:
    """The statements of a text under a model and its thresholds (as ``apply_model``)."""
    drop = {k for k, feats, _ in texts.keep if model.score("keep", feats) < model.keep_threshold}
    atts = [a for k, a in enumerate(texts.rules) if k not in drop]
    for resolved, feats, _ in texts.add:
        if model.score("add", feats) >= model.add_threshold:
            atts += resolved
    return claimledger_statements_of(atts)


def _source_f1(texts: list[TextCandidates], model: AttributionModel) -> float:
    """Micro source-overlap F1 of the model's statements on held-out texts (the source
    role of the bench's ``score_document``, computed alone)."""
    tp = fp = fn = 0
    for t in texts:
        gold = unique_spans(s.source for s in gold_statements(t.doc))
        pred = unique_spans(s.source for s in _statements(t, model))
        hits = len(match(t.doc.text, gold, pred, "overlap"))
        tp, fp, fn = tp + hits, fp + len(pred) - hits, fn + len(gold) - hits
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _with(model: AttributionModel, add: float, keep: float) -> AttributionModel:
    """The model with other thresholds."""
    return AttributionModel(model.weights, model.bias, model.n_buckets, add, keep, model.meta)


def fit_model(texts: list[TextCandidates], meta: dict[str, Any]) -> AttributionModel:
    """Fit both scorers on all but every ``TUNE_EVERY``-th text; tune thresholds on those."""
    fit_part = [t for k, t in enumerate(texts) if k % TUNE_EVERY]
    tune_part = [t for k, t in enumerate(texts) if not k % TUNE_EVERY]
    w_add, b_add = _fit([(f, y) for t in fit_part for _, f, y in t.add])
    w_keep, b_keep = _fit([(f, y) for t in fit_part for _, f, y in t.keep])
    base = AttributionModel(
        weights=np.vstack([w_add, w_keep]),
        bias=np.asarray([b_add, b_keep], np.float32),
        n_buckets=N_BUCKETS,
        add_threshold=1.1,
        keep_threshold=0.0,
    )
    rules_f1 = _source_f1(tune_part, base)
    best = max(
        (_source_f1(tune_part, _with(base, a, k)), -a, k) for a in ADD_GRID for k in KEEP_GRID
    )
    info = dict(meta)
    info.update(
        {
            "technique": "logistic regression (liblinear), hashed features",
            "C": C,
            "seed": SEED,
            "kinds": list(KINDS),
            "n_fit_texts": len(fit_part),
            "n_tune_texts": len(tune_part),
            "n_add": sum(len(t.add) for t in fit_part),
            "n_add_positive": sum(y for t in fit_part for _, _, y in t.add),
            "n_keep": sum(len(t.keep) for t in fit_part),
            "n_keep_positive": sum(y for t in fit_part for _, _, y in t.keep),
            "tune_source_overlap_f1_rules": round(rules_f1, 4),
            "tune_source_overlap_f1": round(best[0], 4),
        }
    )
    return AttributionModel(base.weights, base.bias, N_BUCKETS, -best[1], best[2], info)


def train_attribution(folder: Path, model_name: str, limit: int | None = None) -> AttributionModel:
    """Parse a PolNeAR split, label its candidates and fit the model (see the module doc)."""
    from claimledger.nlp import load_nlp

    docs = load_split(folder, limit)
    if not docs:
        raise ValueError(f"no PolNeAR texts in {folder / 'text'}")
    nlp = load_nlp(model_name)
    texts = [
        candidates_of(doc, parsed)
        for doc, parsed in zip(docs, nlp.pipe(d.text for d in docs), strict=True)
    ]
    digest = hashlib.sha256()
    for doc in docs:
        digest.update(doc.id.encode() + doc.text.encode() + Path(doc.ann_path or "").name.encode())
    meta = {"data": str(TRAIN_DIR), "n_texts": len(docs), "texts_sha256": digest.hexdigest()}
    return fit_model(texts, meta)
