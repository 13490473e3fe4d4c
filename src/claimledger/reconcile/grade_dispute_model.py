"""A learned reader of disputed responsibility, one sentence at a time (issue 13 item 2).

Input: a sentence. Output: the probability that it reports a dispute of who caused the
harm (competing attributions, the casualties put down to another cause, responsibility
denied or blamed on another party, blame traded). The features are hashed lowered words
and word pairs (capitalised words inside the sentence become one placeholder, so the
invented names of the training sentences carry nothing), weighted by a logistic
regression that ``train/disputes.py`` fits on our own labelled sentences
(``tests/fixtures/grade/``). Inference needs numpy only.

This is an experiment measured beside the rule reader (``grade_dispute.py``); see
docs/grading.md, "A learned dispute reader".
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np

N_BUCKETS = 1 << 14
NAME = "<name>"
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+|[;:,]")


def words(sentence: str, *, mask: bool = True) -> list[str]:
    """The sentence's lowered words; a capitalised word after the first is ``<name>``
    (one placeholder for a run of them) when ``mask``."""
    out: list[str] = []
    for i, m in enumerate(_WORD.finditer(sentence)):
        w = m.group(0)
        if mask and i > 0 and w[0].isupper():
            if not out or out[-1] != NAME:
                out.append(NAME)
            continue
        out.append(w.lower())
    return out


def feature_ids(sentence: str, n_buckets: int = N_BUCKETS, *, mask: bool = True) -> list[int]:
    """The hashed buckets of the sentence's words and word pairs (a set, sorted)."""
    ws = ["<s>", *words(sentence, mask=mask), "</s>"]
    grams = ws[1:-1] + [f"{a} {b}" for a, b in zip(ws, ws[1:], strict=False)]
    return sorted({zlib.crc32(g.encode()) % n_buckets for g in grams})


def design(
    sentences: Sequence[str], n_buckets: int = N_BUCKETS, *, mask: bool = True
) -> np.ndarray:
    """Rows of binary features, each scaled to unit length (dense: the sets are small)."""
    x = np.zeros((len(sentences), n_buckets), dtype=np.float32)
    for r, s in enumerate(sentences):
        ids = feature_ids(s, n_buckets, mask=mask)
        if ids:
            x[r, ids] = 1.0 / np.sqrt(len(ids))
    return x


@dataclass(frozen=True)
class DisputeModel:
    """Logistic-regression weights over the hashed features."""

    weights: np.ndarray
    bias: float
    mask: bool = True

    def probability(self, sentence: str) -> float:
        """P(dispute) of one sentence."""
        ids = feature_ids(sentence, len(self.weights), mask=self.mask)
        z = self.bias + (float(self.weights[ids].sum()) / np.sqrt(len(ids)) if ids else 0.0)
        return float(1.0 / (1.0 + np.exp(-z)))

    def probabilities(self, sentences: Sequence[str]) -> np.ndarray:
        """P(dispute) of each sentence."""
        return np.array([self.probability(s) for s in sentences])


def save_model(model: DisputeModel, path: str) -> None:
    """Write the weights (float16) and the mask flag to a compressed ``.npz``."""
    np.savez_compressed(
        path,
        weights=model.weights.astype(np.float16),
        bias=np.array([model.bias]),
        mask=np.array([model.mask]),
    )


def load_model(path: str) -> DisputeModel:
    """The model ``save_model`` wrote."""
    with np.load(path) as z:
        return DisputeModel(
            z["weights"].astype(np.float32), float(z["bias"][0]), bool(z["mask"][0])
        )


# The text reader (twenty-fourth session): the same features and weights over a whole
# incident text, fitted by ``train/dispute_texts.py`` on our assessments batches and dispute
# sentences (not on the Airwars dev file, which stays a held-out guard); a text is read as
# disputed at P >= TEXT_THRESHOLD.
TEXT_MODEL = "grade-disputes.npz"
TEXT_THRESHOLD = 0.7
# The reader learned war reports: it reads only a text that names an arm or a party of war (in
# crime reports "an accident", "accidentally" weigh as they do beside an airstrike: 9 of the
# first 400 GVA dev articles reach the threshold, none of them names one; 106 of our 107
# Contested assessments do).
_OF_WAR = re.compile(
    r"\b(?:air ?strikes?|strikes?|drones?|missiles?|rockets?|mortars?|artillery|shell(?:s|ing|ed)?|"
    r"bombardments?|warplanes?|jets?|aircraft|helicopters?|gunships?|grenades?|snipers?|"
    r"warships?|gunboats?|navy|naval|landmines?|army|armies|military|troops|soldiers|rebels?|"
    r"milit\w+|insurgents?|coalition|forces)\b",
    re.IGNORECASE,
)


@functools.cache
def _text_model() -> DisputeModel | None:
    path = resources.files("claimledger.resources").joinpath("models", TEXT_MODEL)
    if not path.is_file():
        return None
    with resources.as_file(path) as p:
        return load_model(str(p))


def text_dispute(text: str) -> float | None:
    """P(the text tells a dispute of who or what caused the harm) when it is at least
    ``TEXT_THRESHOLD``, else None (also when the model file is missing, or the text names no
    arm or party of war)."""
    model = _text_model()
    if model is None or not _OF_WAR.search(text):
        return None
    p = model.probability(text)
    return p if p >= TEXT_THRESHOLD else None
