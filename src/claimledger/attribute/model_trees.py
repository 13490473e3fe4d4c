"""Gradient-boosted trees over a candidate's named features (numpy inference).

Input: per candidate, the feature names of ``attribute/model.py`` (the same the linear
scorers hash). Output: per candidate a log-odds, from a tree ensemble fitted by
``train/attribution.py`` (scikit-learn's ``HistGradientBoostingClassifier`` at train
time only) whose arrays ship in ``resources/models/attribution.npz``.

A tree reads a feature as present (1) or absent (0); only the frequent feature names
are columns (``columns``), so the trees can combine what the linear scorers can only
add: a cue lemma with its dependency path, a source's entity type with its position.

Every tree is stored as arrays over its nodes, padded to one width; a leaf points to
itself (feature 0, threshold +inf), so ``depth`` steps reach a leaf from the root for
every candidate, and all candidates of a document walk all trees at once. The walk is
the one of ``corpus/link_learned.py`` (``LinkModel.predict``), copied here because
attribute/ may not import corpus/ (stage order) and the walk is six lines.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from claimledger.resources.trees import tree_logits


@dataclass(frozen=True)
class Trees:
    """A binary tree ensemble over named 0/1 features (leaves hold log-odds)."""

    columns: dict[str, int]  # feature name -> column
    feature: Any  # int array (trees, nodes)
    threshold: Any  # float array (trees, nodes)
    left: Any  # int array (trees, nodes)
    right: Any  # int array (trees, nodes)
    value: Any  # float array (trees, nodes): a leaf's contribution, learning rate applied
    bias: float
    depth: int

    def matrix(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """The 0/1 matrix of feature rows (names that are no column are left out)."""
        x = np.zeros((len(rows), max(1, len(self.columns))), np.float32)
        for i, feats in enumerate(rows):
            cols = [j for j in (self.columns.get(f) for f in feats) if j is not None]
            x[i, cols] = 1.0
        return x

    def logits(self, rows: Sequence[Sequence[str]]) -> np.ndarray:
        """The ensemble's log-odds of each row."""
        nodes = (self.feature, self.threshold, self.left, self.right, self.value)
        return tree_logits(self.matrix(rows), nodes, self.bias, self.depth)


def to_arrays(trees: Trees, prefix: str) -> dict[str, Any]:
    """The arrays of an ensemble, named ``<prefix>_<field>``, for an ``.npz``."""
    names = sorted(trees.columns, key=trees.columns.__getitem__)
    blob = json.dumps(names).encode("utf-8")  # names may hold any character
    return {
        f"{prefix}_feature": np.asarray(trees.feature, np.int32),
        f"{prefix}_threshold": np.asarray(trees.threshold, np.float64),
        f"{prefix}_left": np.asarray(trees.left, np.int32),
        f"{prefix}_right": np.asarray(trees.right, np.int32),
        f"{prefix}_value": np.asarray(trees.value, np.float64),
        f"{prefix}_bias": np.asarray([trees.bias, trees.depth], np.float64),
        f"{prefix}_columns": np.frombuffer(blob, np.uint8),
    }


def from_arrays(arrays: Any, prefix: str) -> Trees:
    """The ensemble :func:`to_arrays` wrote."""
    names = json.loads(arrays[f"{prefix}_columns"].tobytes().decode("utf-8"))
    bias, depth = (float(v) for v in arrays[f"{prefix}_bias"])
    return Trees(
        columns={name: j for j, name in enumerate(names)},
        feature=arrays[f"{prefix}_feature"].astype(np.int64),
        threshold=arrays[f"{prefix}_threshold"].astype(np.float64),
        left=arrays[f"{prefix}_left"].astype(np.int64),
        right=arrays[f"{prefix}_right"].astype(np.int64),
        value=arrays[f"{prefix}_value"].astype(np.float64),
        bias=bias,
        depth=int(depth),
    )
