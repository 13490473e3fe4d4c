"""Train the learned event classifier: ACLED exports -> ``events.npz``.

Input: ACLED CSVs in either schema (:mod:`claimledger.bench.load_acled`);
rows without a sub-event type (the pre-2019 schema) are skipped. Each note is
cleaned of ACLED-only markup and of its leading date phrase
(:func:`~claimledger.extract.events.features.clean_note`), featurised as at
prediction time (:func:`~claimledger.extract.events.model.feature_row`), and a
linear SVM (scikit-learn ``LinearSVC``, classes weighted by their inverse
frequency, fixed seed) is fitted over sub-event types, and a second one over
event types whose scores are added to those of their sub-event types
(:data:`TYPE_WEIGHT`). The n-grams are taken with
names and numbers masked (:data:`MASK`). Output: an
:class:`~claimledger.extract.events.model.EventModel` whose weights are plain
arrays; inference needs numpy only.

scikit-learn is needed only here: ``pip install claimledger[train]``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from claimledger.bench.load_acled import load_events
from claimledger.extract.events.features import clean_note
from claimledger.extract.events.lexicon import lexicon
from claimledger.extract.events.model import NO_RULE, EventModel, feature_row

N_BUCKETS = 1 << 16
RULE_WEIGHT = 0.5
C = 0.5
# Class weights (n / (k * count)) ** CLASS_WEIGHT_POWER: 1.0 is sklearn's "balanced",
# 0.5 weighs rare classes up less (chosen on the CAR and 2020 dev folds, docs/models.md).
CLASS_WEIGHT_POWER = 1.0
SEED = 0
MAX_ITER = 3000
# Names and numbers -> placeholders before the n-grams (features.mask_specifics).
MASK = True
# No rule cue and a best score under this: "none". Chosen on dev texts (docs/models.md).
THRESHOLD = 0.0
# Each sub-event score gets this times the score of its event type, from a second
# LinearSVC over event types (fifth turn; chosen on the CAR and 2020 dev folds, docs/models.md).
TYPE_WEIGHT = 0.3
DEFAULT_FILES = (
    "acled-2020-dev.csv",
    "acled-2022h1-global.csv",
    "acled-kenya-1997-2021.csv",
    "acled-car-1997-2022.csv",
)


def training_notes(paths: Sequence[Path]) -> list[tuple[str, str]]:
    """(cleaned note, sub-event type) of every row with a sub-event type, file by file."""
    out: list[tuple[str, str]] = []
    for path in paths:
        for event in load_events(path):
            if event.sub_event_type:
                out.append((clean_note(event.notes), event.sub_event_type))
    return out


def design_matrix(
    texts: Sequence[str], n_buckets: int, rule_slots: tuple[str, ...], *, mask: bool = MASK
) -> Any:
    """The sparse (scipy CSR) feature matrix of cleaned texts."""
    from scipy import sparse

    indices: list[int] = []
    values: list[float] = []
    indptr = [0]
    for text in texts:
        idx, val = feature_row(text, n_buckets, rule_slots, RULE_WEIGHT, mask=mask)
        indices += idx
        values += val
        indptr.append(len(indices))
    shape = (len(texts), n_buckets + len(rule_slots))
    return sparse.csr_matrix(
        (np.asarray(values, np.float32), np.asarray(indices), np.asarray(indptr)), shape=shape
    )


def rule_slots() -> tuple[str, ...]:
    """The rule answers that get a feature column: every sub-event type, then "no cue"."""
    return (*sorted(lexicon().taxonomy), NO_RULE)


def fit(
    notes: Sequence[tuple[str, str]],
    *,
    n_buckets: int = N_BUCKETS,
    threshold: float = THRESHOLD,
    meta: dict[str, Any] | None = None,
) -> EventModel:
    """Fit the linear classifier on (cleaned text, sub-event type) pairs.

    Args:
        notes: the training pairs (from :func:`training_notes`).
        n_buckets: the hashed feature space.
        threshold: the "none" threshold written into the model.
        meta: provenance to record in the model (files, counts).

    Returns:
        The fitted model.
    """
    x = design_matrix([t for t, _ in notes], n_buckets, rule_slots())
    return fit_matrix(x, [s for _, s in notes], n_buckets, threshold=threshold, meta=meta)


def class_weights(labels: Sequence[str]) -> dict[str, float]:
    """Each class's weight: (n / (k * count)) ** CLASS_WEIGHT_POWER (1.0 = "balanced")."""
    counts = Counter(labels)
    n, k = len(labels), len(counts)
    return {c: (n / (k * v)) ** CLASS_WEIGHT_POWER for c, v in sorted(counts.items())}


def fit_matrix(
    x: Any,
    labels: Sequence[str],
    n_buckets: int,
    *,
    threshold: float = THRESHOLD,
    meta: dict[str, Any] | None = None,
) -> EventModel:
    """Fit the linear classifier on a design matrix of :func:`design_matrix`."""
    classes, weights, bias = _linear_svm(x, labels)
    taxonomy = lexicon().taxonomy
    types = [taxonomy[s] for s in labels]
    head: dict[str, Any] = {}
    if len(set(types)) > 1:  # an export of one event type has no type head
        type_classes, type_weights, type_bias = _linear_svm(x, types)
        head = {
            "type_classes": type_classes,
            "type_weights": type_weights,
            "type_bias": type_bias,
            "class_type": tuple(type_classes.index(taxonomy[c]) for c in classes),
            "type_weight": TYPE_WEIGHT,
        }
    info = dict(meta or {})
    info["class_counts"] = dict(sorted(Counter(labels).items()))
    info.update({"n_train": len(labels), "technique": "LinearSVC", "C": C, "seed": SEED})
    info.update({"max_iter": MAX_ITER, "class_weight_power": CLASS_WEIGHT_POWER})
    info["type_head"] = "LinearSVC over event types, same features and settings"
    return EventModel(
        classes=classes,
        weights=weights,
        bias=bias,
        n_buckets=n_buckets,
        rule_slots=rule_slots(),
        rule_weight=RULE_WEIGHT,
        threshold=threshold,
        meta=info,
        mask=MASK,
        **head,
    )


def _linear_svm(x: Any, labels: Sequence[str]) -> tuple[tuple[str, ...], Any, Any]:
    """(classes, weights, bias) of a LinearSVC fitted with the module's settings."""
    from sklearn.svm import LinearSVC

    svm = LinearSVC(C=C, class_weight=class_weights(labels), random_state=SEED, max_iter=MAX_ITER)
    svm.fit(x, list(labels))
    classes = tuple(str(c) for c in svm.classes_)
    weights = np.asarray(svm.coef_, dtype=np.float32)
    bias = np.asarray(svm.intercept_, dtype=np.float32)
    if len(classes) == 2:  # a binary SVM keeps one row: make it two
        weights = np.vstack([-weights, weights])
        bias = np.concatenate([-bias, bias])
    return classes, weights, bias


def train_events(paths: Sequence[Path], threshold: float = THRESHOLD) -> EventModel:
    """Train on ACLED CSVs; the model records each file's name, sha256 and rows used."""
    files = []
    notes: list[tuple[str, str]] = []
    for path in paths:
        these = training_notes([path])
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        files.append({"file": path.name, "sha256": digest, "notes": len(these)})
        notes += these
    if not notes:
        raise ValueError("no ACLED rows with a sub-event type in the given files")
    return fit(notes, threshold=threshold, meta={"files": files})
