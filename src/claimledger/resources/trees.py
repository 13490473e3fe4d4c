"""Boosted tree ensembles as plain node arrays (the export at train time, the walk at run
time) and the deterministic ``.npz`` writer of the learned models.

Shared by the learned scorers of ``attribute`` (``attribute/model_trees.py``) and
``corpus`` (``corpus/link_learned.py``), so that one stage need not import another's
model code. Trees are stored as arrays over their nodes, padded to one width; a leaf
points to itself (feature 0, threshold +inf), so ``depth`` steps reach a leaf from the root
for every row. Inference is numpy only; scikit-learn is needed only to fit.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np


def node_arrays(trees: Sequence[Any], learning_rate: float) -> tuple[np.ndarray, ...]:
    """(feature, threshold, left, right, value) node arrays of fitted scikit-learn trees
    (``GradientBoostingClassifier``'s ``estimators_[k][0].tree_``), padded to one width,
    leaves pointing to themselves; a leaf's value has the learning rate applied."""
    width = max(t.node_count for t in trees)
    shape = (len(trees), width)
    feature = np.zeros(shape, np.int64)
    threshold = np.full(shape, np.inf)
    left = np.tile(np.arange(width), (len(trees), 1))
    right = left.copy()
    value = np.zeros(shape)
    for k, t in enumerate(trees):
        n = t.node_count
        inner = t.children_left[:n] >= 0
        feature[k, :n] = np.where(inner, t.feature[:n], 0)
        threshold[k, :n] = np.where(inner, t.threshold[:n], np.inf)
        left[k, :n] = np.where(inner, t.children_left[:n], np.arange(n))
        right[k, :n] = np.where(inner, t.children_right[:n], np.arange(n))
        value[k, :n] = np.where(inner, 0.0, t.value[:n, 0, 0] * learning_rate)
    return feature, threshold, left, right, value


def fit_boosted(
    x: Any, y: np.ndarray, *, n_trees: int, depth: int, learning_rate: float, seed: int
) -> tuple[tuple[np.ndarray, ...], float]:
    """Fit scikit-learn's ``GradientBoostingClassifier`` (fixed seed) on ``x`` (dense or
    sparse) and export it: its (feature, threshold, left, right, value) node arrays and its
    initial log-odds. Needs scikit-learn (training only)."""
    from sklearn.ensemble import GradientBoostingClassifier

    clf = GradientBoostingClassifier(
        n_estimators=n_trees, max_depth=depth, learning_rate=learning_rate, random_state=seed
    )
    clf.fit(x, y)
    nodes = node_arrays([e[0].tree_ for e in clf.estimators_], learning_rate)
    return nodes, float(clf._raw_predict_init(x[:1])[0, 0])


def tree_logits(
    x: np.ndarray,
    nodes: tuple[Any, Any, Any, Any, Any],
    bias: float,
    depth: int,
) -> np.ndarray:
    """The ensemble's log-odds of each row of ``x`` (rows x features).

    Args:
        x: the feature matrix.
        nodes: (feature, threshold, left, right, value) arrays of shape (trees, nodes).
        bias: the ensemble's initial log-odds.
        depth: the trees' depth (steps from the root to any leaf).
    """
    feature, threshold, left, right, value = nodes
    n, trees = x.shape[0], feature.shape[0]
    node = np.zeros((n, trees), dtype=np.int64)
    t = np.arange(trees)[None, :]
    for _ in range(depth):
        feat = feature[t, node]
        go_left = x[np.arange(n)[:, None], feat] <= threshold[t, node]
        node = np.where(go_left, left[t, node], right[t, node])
    out: np.ndarray = bias + value[t, node].sum(axis=1)
    return out


def write_npz(path: Path, arrays: dict[str, Any]) -> None:
    """Write arrays as an ``.npz`` whose bytes depend only on the arrays (fixed zip dates, no
    pickle), so two trainings of one model are ``cmp``-identical."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, arr in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, arr, allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue())
