"""``train/linking.py``: the tree export equals scikit-learn's own predictions, and the
threshold choice keeps the rules' precision (data written here, not the GVA file)."""

from __future__ import annotations

import numpy as np
import pytest

from claimledger.corpus.link_learned import FEATURES

pytest.importorskip("sklearn")

from claimledger.train import linking  # noqa: E402


def test_the_exported_trees_give_scikit_learn_s_probabilities() -> None:
    from sklearn.ensemble import GradientBoostingClassifier

    rng = np.random.default_rng(3)
    x = rng.random((400, len(FEATURES)))
    text = FEATURES.index("text")
    y = ((x[:, text] > 0.6) | (x[:, FEATURES.index("named_day")] > 0.9)).astype(np.int64)
    model = linking.fit(x, y, 0.7, 0.9)
    clf = GradientBoostingClassifier(
        n_estimators=linking.N_TREES,
        max_depth=linking.DEPTH,
        learning_rate=linking.LEARNING_RATE,
        random_state=linking.SEED,
    ).fit(x, y)
    assert model.predict(x) == pytest.approx(clf.predict_proba(x)[:, 1], abs=1e-9)
    assert (model.threshold_link, model.threshold_merge) == (0.7, 0.9)
    # Refitting the same data gives the same arrays (no sampling, fixed seed).
    again = linking.fit(x, y, 0.7, 0.9)
    assert np.array_equal(again.threshold, model.threshold)
    assert np.array_equal(again.value, model.value)


def test_the_thresholds_are_the_best_f1_keeping_the_rules_precision() -> None:
    assert linking.P_MIN == 0.988
    cv = {
        "rules": [0.984, 0.862, 0.919],
        "0.6/0.9": [0.972, 0.918, 0.944],  # best F1, but less precise than the rules
        "0.7/0.9": [0.986, 0.912, 0.948],  # more precise than the rules, below P_MIN
        "0.8/0.9": [0.991, 0.905, 0.947],
        "0.9/0.9": [0.995, 0.895, 0.944],
    }
    assert linking.choose(cv) == "0.8/0.9"
    assert linking.choose(cv | {"0.9/0.9": [0.995, 0.905, 0.949]}) == "0.9/0.9"
    strict = cv | {"rules": [0.999, 0.5, 0.6]}
    assert linking.choose(strict) == "0.9/0.9"  # none keeps it: the most precise
    # The twenty-third session's CV (24 features): 0.7 keeps P_MIN, 0.5 and 0.6 do not.
    cv23 = {
        "rules": [0.9833, 0.8819, 0.9297],
        "0.5/0.9": [0.985, 0.9217, 0.9523],
        "0.6/0.9": [0.9854, 0.9203, 0.9517],
        "0.7/0.9": [0.9881, 0.9176, 0.9514],
        "0.8/0.9": [0.9892, 0.9109, 0.9484],
        "0.9/0.9": [0.9892, 0.9027, 0.9439],
    }
    assert linking.choose(cv23) == "0.7/0.9"
