"""Fit the grade's text reader of disputes (``grade_dispute_model.text_dispute``).

Input: our monitor-style assessments batches (``tests/fixtures/assessments/assessments-fresh*.csv``:
a text is a dispute when its monitor graded it Contested) and our labelled dispute sentences
(``tests/fixtures/grade/disputes-*.tsv``, with one party's blames alone and answered,
``disputes-d-onesided.tsv``); not the bench's Airwars dev file, which stays a
guard the reader never saw (fitted with it, the reader learned one of its texts by heart and
gave no sign of generalising to the others in 5-fold cross-validation). Output:
the weights of a logistic regression over the hashed words and word pairs of
``grade_dispute_model.feature_ids`` (names masked), written as ``save_model`` writes them.

Settings (C 100, liblinear, seed 0; the reader's threshold 0.7) were chosen by a time split:
for each batch n from fresh7 on, a model fitted on the sentences and the batches before n
read batch n beside the rules that first saw it (docs/grading.md, "Twenty-fourth session").
Rebuild the shipped file (byte for byte), from a checkout:

    claimledger train dispute-texts --out src/claimledger/resources/models/grade-disputes.npz

(``--assessments FILE`` fits on your own graded assessments instead of our batches.)

scikit-learn (the ``train`` extra) is needed here only; the reader needs numpy.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from claimledger.reconcile.grade_dispute_model import N_BUCKETS, DisputeModel, feature_ids

C = 100.0
SEED = 0


def assessments(path: Path) -> tuple[list[str], list[int]]:
    """The graded assessment texts of a CSV and whether each is Contested."""
    texts: list[str] = []
    labels: list[int] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = (row.get("assessment") or "").strip()
            grade = (row.get("grading") or "").strip().lower()
            if text and grade:
                texts.append(text)
                labels.append(int(grade == "contested"))
    return texts, labels


def sentences(path: Path) -> tuple[list[str], list[int]]:
    """The labelled sentences of a dispute TSV (id, label, sentence)."""
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r["sentence"] for r in rows], [int(r["label"] == "dispute") for r in rows]


# The shipped file was fitted on the batches up to this one (``assessments-fresh.csv`` is batch
# 1): a batch committed later is first scored once by the reader that never saw it, and the
# file is refitted only when the refit passes the grade's tests. (Refitted with fresh15 alone,
# the reader read "Residents blamed government artillery ..." -- one party's blame -- as a
# dispute; ``disputes-d-onesided.tsv`` pairs such blames, ``none``, with the same blames answered
# by another party or cause, ``dispute``, and the refit with it reads the blame at P 0.03.)
SHIPPED_UNTIL = 15


def batch_number(path: Path) -> int:
    """The number of an assessments batch file (``assessments-fresh7.csv`` 7, the first 1)."""
    tail = path.stem.removeprefix("assessments-fresh")
    return int(tail) if tail.isdigit() else 1


def training_set(
    fixtures: Path, own: Sequence[Path] = (), until: int | None = SHIPPED_UNTIL
) -> tuple[list[str], list[int]]:
    """The texts and labels the reader is fitted on, in a fixed order: our dispute sentences,
    then our assessments batches up to ``until`` (None: all), or the graded assessment CSVs
    ``own`` instead of them."""
    texts: list[str] = []
    labels: list[int] = []
    for tsv in sorted((fixtures / "grade").glob("disputes-*.tsv")):
        t, y = sentences(tsv)
        texts += t
        labels += y
    ours = sorted((fixtures / "assessments").glob("assessments-fresh*.csv"))
    ours = [f for f in ours if until is None or batch_number(f) <= until]
    batches = list(own) or ours
    for f in batches:
        t, y = assessments(f)
        texts += t
        labels += y
    return texts, labels


def rows(texts: Sequence[str]) -> object:
    """The texts' features as a sparse matrix (each row scaled to unit length, as
    ``DisputeModel.probability`` reads them)."""
    from scipy.sparse import csr_matrix

    r: list[int] = []
    c: list[int] = []
    v: list[float] = []
    for i, text in enumerate(texts):
        ids = feature_ids(text)
        r += [i] * len(ids)
        c += ids
        v += [1.0 / float(np.sqrt(len(ids)))] * len(ids)
    return csr_matrix((v, (r, c)), shape=(len(texts), N_BUCKETS))


def fit(texts: Sequence[str], labels: Sequence[int], c: float = C) -> DisputeModel:
    """The reader fitted on the texts (deterministic: liblinear with a fixed seed)."""
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=c, solver="liblinear", random_state=SEED)
    lr.fit(rows(texts), np.array(labels))
    return DisputeModel(lr.coef_[0].astype(np.float32), float(lr.intercept_[0]), True)
