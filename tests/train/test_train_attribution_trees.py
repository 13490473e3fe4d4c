"""Tests of the tree ensembles of claimledger.train.attribution (export to numpy arrays)."""

from __future__ import annotations

import pytest

pytest.importorskip("sklearn")

from claimledger.train import attribution as T  # noqa: E402


def test_fit_trees_exports_an_ensemble_that_separates_what_it_learned() -> None:
    # "l=say" with a person source is a statement; "l=say" alone or a person alone is not:
    # a conjunction the linear scorers cannot form and a depth-2 tree can.
    rows: list[tuple[list[str], int]] = []
    for k in range(30):
        rows += [
            (["l=say", "s.e=PERSON", f"n{k % 3}"], 1),
            (["l=say", "s.e=-", f"n{k % 3}"], 0),
            (["l=eat", "s.e=PERSON", f"n{k % 3}"], 0),
        ]
    trees = T._fit_trees(rows)
    assert {"l=say", "s.e=PERSON"} <= set(trees.columns)  # the features its splits read
    assert set(trees.columns) <= {"l=say", "l=eat", "s.e=PERSON", "s.e=-", "n0", "n1", "n2"}
    assert trees.feature.shape[0] == T.N_TREES and trees.depth == T.DEPTH
    logits = trees.logits([["l=say", "s.e=PERSON"], ["l=say", "s.e=-"], ["l=eat", "s.e=PERSON"]])
    assert logits[0] > 2.0 and logits[1] < -2.0 and logits[2] < -2.0
    assert T._fit_trees(rows).value.tobytes() == trees.value.tobytes()  # fixed seed


def test_fit_trees_leaves_rare_features_out() -> None:
    rows = [([f"rare{k}", "common" if k % 2 else "other"], k % 2) for k in range(40)]
    trees = T._fit_trees(rows)
    assert set(trees.columns) <= {"common", "other"} and trees.columns
    assert trees.logits([["common", "rare1"]])[0] > 2.0 > -2.0 > trees.logits([["other"]])[0]
