"""The add scorer's contextual reading: encoder vectors at the cue and the source's head.

Input: a parsed ``Doc`` and add candidates (``model.Candidate``).
Output: per candidate, the vectors of ``encoder.Encoder`` (the first ``layers`` layers of
all-MiniLM-L6-v2) at the cue token and at the source span's head token, side by side
(768 numbers); an :class:`EncoderHead` (a logistic regression over them, trained by
``train/attribution.py``) turns them into a probability.

A token's window is its sentence, cut to ``WINDOW`` tokens around it when longer; the
cue and the source head share one window when the source head lies in the cue's. A
document's windows are deduplicated and run as one batch. The head is applied only to
the candidates whose add score (the linear and tree blend) lies in its ``band``:
there its probability replaces half of the linear scorer's (``blend``); elsewhere the
score stands (a cost bound: the encoder runs on few candidates).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.tokens import Doc, Token

from claimledger.attribute.encoder import HIDDEN, Encoder
from claimledger.attribute.spans import sentence_of

WINDOW = 32  # tokens of a window at most (a longer sentence is cut around the token)


@dataclass(frozen=True)
class EncoderHead:
    """A logistic regression over a candidate's encoder vectors (weights already divided
    by the training rows' standard deviations, their means folded into the bias)."""

    layers: int
    coef: Any  # float32 (2 * HIDDEN,)
    bias: float
    band: tuple[float, float]  # add scores [lo, hi) the head is applied to
    blend: float = 0.5  # its share of the linear scorer's probability

    def probs(self, vectors: np.ndarray) -> np.ndarray:
        """The head's probability for each row of ``vectors`` (n, 2 * HIDDEN)."""
        z = vectors.astype(np.float64) @ np.asarray(self.coef, np.float64) + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def gate(self, scores: np.ndarray) -> np.ndarray:
        """Which candidates the head reads: add score in ``band``."""
        lo, hi = self.band
        return np.asarray((scores >= lo) & (scores < hi))


def window(tok: Token) -> tuple[int, int]:
    """The token range of a token's window: its sentence, cut to ``WINDOW`` tokens
    centred on it when longer."""
    sent = sentence_of(tok)
    start, end = sent.start, sent.end
    if end - start > WINDOW:
        start = max(start, min(tok.i - WINDOW // 2, end - WINDOW))
        end = start + WINDOW
    return start, end


def source_head(doc: Doc, source: tuple[int, int] | None) -> Token | None:
    """The head token of a candidate's source span."""
    return doc[source[0] : source[1]].root if source is not None else None


Cands = Sequence[tuple[Token, tuple[int, int] | None]]


def candidate_vectors(
    doc: Doc, cands: Cands, encoder: Encoder, layers: Sequence[int]
) -> list[np.ndarray]:
    """Per layer count of ``layers``, an array (len(cands), 2 * HIDDEN): the vectors at
    each candidate's cue token and at its source's head (zeros without a source).
    ``cands`` are (cue token, source token range)."""
    return [per[0] for per in many_vectors([(doc, cands)], encoder, layers)]


def many_vectors(
    items: Sequence[tuple[Doc, Cands]], encoder: Encoder, layers: Sequence[int]
) -> list[list[np.ndarray]]:
    """:func:`candidate_vectors` of several documents' candidates, every window in one
    encoder batch (the few-row products of one document read every weight from memory
    for a handful of rows): per layer count, per item, the item's array."""
    spans: dict[tuple[int, int, int], int] = {}
    where: list[tuple[int, int, int, int]] = []  # window, cue, window or -1, head
    for d, (doc, cands) in enumerate(items):
        for cue, source in cands:
            w1 = window(cue)
            k1 = spans.setdefault((d, *w1), len(spans))
            head = source_head(doc, source)
            if head is None:
                where.append((k1, cue.i - w1[0], -1, -1))
                continue
            w2 = w1 if w1[0] <= head.i < w1[1] else window(head)
            k2 = spans.setdefault((d, *w2), len(spans))
            where.append((k1, cue.i - w1[0], k2, head.i - w2[0]))
    order = sorted(spans, key=spans.__getitem__)
    texts = [[t.text for t in items[d][0][s:e]] for d, s, e in order]
    reads: list[set[int]] = [set() for _ in order]
    for k1, j1, k2, j2 in where:
        reads[k1].add(j1)
        if k2 >= 0:
            reads[k2].add(j2)
    wanted = [sorted(r) for r in reads]
    states = encoder.token_vectors(texts, layers, wanted) if texts else [[] for _ in layers]
    out: list[list[np.ndarray]] = []
    for per in states:
        arr = np.zeros((len(where), 2 * HIDDEN), np.float32)
        for j, (k1, j1, k2, j2) in enumerate(where):
            arr[j, :HIDDEN] = per[k1][j1]
            if k2 >= 0:
                arr[j, HIDDEN:] = per[k2][j2]
        cuts = np.cumsum([0] + [len(c) for _, c in items]).tolist()
        out.append([arr[a:b] for a, b in zip(cuts[:-1], cuts[1:], strict=True)])
    return out
