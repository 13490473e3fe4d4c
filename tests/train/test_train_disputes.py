"""The learned dispute reader's features, fit and scores (sentences of ours)."""

from __future__ import annotations

import numpy as np

from claimledger.reconcile.grade_dispute_model import (
    NAME,
    DisputeModel,
    feature_ids,
    load_model,
    save_model,
    words,
)
from claimledger.train.disputes import FIXTURES, HELDOUT_FILE, TRAIN_FILE, f1, load, train_model


def test_names_are_masked_but_the_first_word_is_not() -> None:
    assert words("The Orlan army and the Black Reed militia blamed each other.") == [
        "the", NAME, "army", "and", "the", NAME, "militia", "blamed", "each", "other",
    ]  # fmt: skip
    # invented names carry nothing: two sentences that differ by their names alone are one row
    a = feature_ids("The Zeran army blamed the Ashen Brigade.")
    assert a == feature_ids("The Kessan army blamed the Sable Front.")
    assert a != feature_ids("The Kessan army denied it blamed the Sable Front.")


def test_fixture_batches_are_balanced_and_apart() -> None:
    sa, ya = load(FIXTURES / TRAIN_FILE)
    sb, yb = load(FIXTURES / HELDOUT_FILE)
    assert (len(ya), int(ya.sum()), len(yb), int(yb.sum())) == (200, 100, 70, 35)
    assert not set(sa) & set(sb)


def test_fit_separates_blame_traded_from_a_single_attribution(tmp_path) -> None:
    sentences = [
        "The army and the Front each blamed the other for the shelling.",
        "The two sides accused each other of firing the rocket.",
        "The Front denied the accusation and blamed army artillery.",
        "Local sources attributed the strike to army aircraft.",
        "The Front claimed responsibility for the attack.",
        "Two outlets reported the shelling of the market.",
    ]
    y = np.array([1, 1, 1, 0, 0, 0])
    model = train_model(sentences, y, 0.001, True)
    p = model.probabilities(sentences)
    assert (p[:3] > 0.5).all() and (p[3:] < 0.5).all()
    path = str(tmp_path / "d.npz")
    save_model(model, path)
    again = load_model(path)
    assert isinstance(again, DisputeModel) and again.mask
    assert np.allclose(again.probabilities(sentences), p, atol=2e-3)


def test_f1_of_the_dispute_class() -> None:
    y = np.array([1, 1, 0, 0])
    assert f1(y, np.array([1, 0, 0, 1])) == 0.5
    assert f1(y, np.array([0, 0, 0, 0])) == 0.0
