"""Tests of claimledger.attribute.model_trees and the tree half of the attribution model."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from claimledger.attribute.model import AttributionModel, read_model, save_model
from claimledger.attribute.model_trees import Trees


def _trees() -> Trees:
    # Tree 0: "l=say" ? (+1.0) : ("s.e=PERSON" ? +0.5 : -0.5); tree 1: a leaf of -0.25.
    inf = np.inf
    return Trees(
        columns={"l=say": 0, "s.e=PERSON": 1},
        feature=np.asarray([[0, 1, 0, 0, 0], [0, 0, 0, 0, 0]]),
        threshold=np.asarray([[0.5, 0.5, inf, inf, inf], [inf, inf, inf, inf, inf]]),
        left=np.asarray([[1, 3, 2, 3, 4], [0, 1, 2, 3, 4]]),
        right=np.asarray([[2, 4, 2, 3, 4], [0, 1, 2, 3, 4]]),
        value=np.asarray([[0.0, 0.0, 1.0, -0.5, 0.5], [-0.25, 0, 0, 0, 0]]),
        bias=0.1,
        depth=2,
    )


def test_trees_walk_every_row_to_its_leaf() -> None:
    rows = [["l=say", "t=VBD"], ["l=eat", "s.e=PERSON"], ["l=eat"], []]
    logits = _trees().logits(rows)
    assert np.allclose(logits, [0.1 + 1.0 - 0.25, 0.1 + 0.5 - 0.25, 0.1 - 0.5 - 0.25, -0.65])


def test_model_blends_tree_and_linear_probabilities(tmp_path: Path) -> None:
    n = 16
    model = AttributionModel(
        weights=np.zeros((2, n), np.float32),
        bias=np.asarray([0.0, 0.0], np.float32),  # the linear scorers say 0.5 for everything
        n_buckets=n,
        add_threshold=0.5,
        keep_threshold=0.5,
        trees=(_trees(), _trees()),
        tree_weight=(0.5, 0.0),
    )
    said, ate = ["l=say"], ["l=eat"]
    tree_said = 1.0 / (1.0 + np.exp(-(0.1 + 1.0 - 0.25)))
    assert np.isclose(model.score("add", said), 0.5 * 0.5 + 0.5 * tree_said)
    assert model.score("add", said) > model.score("add", ate)
    assert model.score("keep", said) == model.score("keep", ate) == 0.5  # weight 0: linear only
    path = tmp_path / "m.npz"
    save_model(model, path)
    back = read_model(path)
    assert back.tree_weight == (0.5, 0.0) and back.trees[0].columns == {"l=say": 0, "s.e=PERSON": 1}
    assert np.allclose(back.scores("add", [said, ate]), model.scores("add", [said, ate]))
    second = tmp_path / "n.npz"
    save_model(back, second)
    assert second.read_bytes() == path.read_bytes()


def test_a_model_without_trees_reads_back_without_them(tmp_path: Path) -> None:
    model = AttributionModel(
        np.zeros((2, 8), np.float32), np.asarray([1.0, -1.0], np.float32), 8, 0.5, 0.5
    )
    path = tmp_path / "m.npz"
    save_model(model, path)
    back = read_model(path)
    assert back.trees == () and np.isclose(back.score("add", ["x"]), 1 / (1 + np.exp(-1.0)))
