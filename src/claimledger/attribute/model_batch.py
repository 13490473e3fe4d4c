"""The learned attribution model over several documents at once (``model.py``'s two steps).

Input: per document, the spaCy parse, its id and the rules' attributions
(``find_attributions``). Output: per document, what ``model.apply_model`` gives it.

``apply_model`` is this for one document. The model runs in two steps: :func:`open_model`
scores the rules' statements and the add candidates without the encoder head; then the
head's probabilities are read for every document's gated candidates in one encoder
batch (``model_encoder.many_vectors``: one document's few rows read every weight of a
layer from memory for a handful of products, sixteen documents' rows share that read);
:func:`close_model` settles each document's statements. The outputs are those of one
document at a time (the vectors of a window do not depend on the other windows of its
batch).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Token

from claimledger.attribute.encoder import load_encoder
from claimledger.attribute.model import (
    ENCODER_MODEL_PATH,
    AttributionModel,
    Candidate,
    Parts,
    _order,
    add_features,
    encoder_on,
    keep_features,
    load_model,
    rule_candidates,
    settle_adds,
    verb_candidates,
)
from claimledger.attribute.model_context import RuleContext
from claimledger.attribute.model_encoder import many_vectors
from claimledger.attribute.quotes import find_quotes
from claimledger.attribute.resolve import resolve_sources
from claimledger.attribute.spans import Found, doc_text
from claimledger.records import Attribution


def apply_batch(
    items: Sequence[tuple[Doc, str, list[Attribution]]],
    model: AttributionModel | None = None,
    encoder: bool | None = None,
) -> list[list[Attribution]]:
    """Per (doc, doc id, rules' attributions), ``apply_model``'s attributions; ``model``
    and ``encoder`` as there."""
    opened = [open_model(doc, doc_id, rules, model, encoder) for doc, doc_id, rules in items]
    got = head_reads(opened)
    return [close_model(o, g) for o, g in zip(opened, got, strict=True)]


def head_reads(opened: Sequence[Opened]) -> list[np.ndarray | None]:
    """Per document, the encoder head's probabilities for its gated candidates (None
    where it reads none, or without the weights package), all in one encoder batch per
    head."""
    out: list[np.ndarray | None] = [None] * len(opened)
    by_head: dict[int, list[int]] = {}
    for k, o in enumerate(opened):
        if o.model.encoder is not None and o.gated.size:
            by_head.setdefault(id(o.model.encoder), []).append(k)
    for ks in by_head.values():
        head = opened[ks[0]].model.encoder
        assert head is not None
        enc = load_encoder(head.layers)
        if enc is None:
            continue
        (per,) = many_vectors(
            [(opened[k].doc, opened[k].head_cands()) for k in ks], enc, [head.layers]
        )
        for k, vectors in zip(ks, per, strict=True):
            out[k] = head.probs(vectors)
    return out


@dataclass(frozen=True)
class Opened:
    """A document between the model's two steps (:func:`open_model`, :func:`close_model`):
    the rules' statements kept, the add candidates, their score parts and the indices of
    those the encoder head reads (empty when it is off)."""

    doc: Doc
    doc_id: str
    kept: list[Attribution]
    open_: list[tuple[Found, Candidate]]
    model: AttributionModel
    parts: Parts
    gated: np.ndarray

    def head_cands(self) -> list[tuple[Token, tuple[int, int] | None]]:
        """(cue token, source token range) of the candidates the head reads."""
        return [(self.open_[i][1].cue, self.open_[i][1].source) for i in self.gated.tolist()]


def open_model(
    doc: Doc,
    doc_id: str,
    rules: list[Attribution],
    model: AttributionModel | None = None,
    encoder: bool | None = None,
) -> Opened:
    """:func:`apply_model`'s first step: the kept statements and the add candidates."""
    use = encoder_on() if encoder is None else encoder
    model = model or load_model(str(ENCODER_MODEL_PATH) if use else None)
    ctx = RuleContext(doc, rules)
    judged = rule_candidates(doc, rules)
    rows = [keep_features(doc, cand, ctx, rules[k]) for k, cand in judged]
    keep = model.scores("keep", rows) if rows else np.zeros(0)
    drop = {k for (k, _), p in zip(judged, keep, strict=True) if p < model.keep_threshold}
    kept = [a for k, a in enumerate(rules) if k not in drop]
    # A verb inside what a kept statement reports is part of that report ("..., killing
    # nine people, according to the ministry"): it never gets a statement of its own.
    # Nor is a second source added to a content a kept statement already gives its source
    # ("Posted by a reader: Six dead, says the ministry": the figure stays the ministry's).
    reported = [(a.content.start, a.content.end) for a in kept]
    open_ = [
        (found, cand)
        for found, cand in verb_candidates(doc, rules, reported)
        if cand.content not in reported
    ]
    rows = [add_features(doc, cand, ctx) for _, cand in open_]
    parts = model.parts("add", rows) if rows else (np.zeros(0), np.zeros(0), None)
    gated = model.gated("add", parts[1]) if use else np.zeros(0, np.int64)
    return Opened(doc, doc_id, kept, open_, model, parts, gated)


def close_model(opened: Opened, got: np.ndarray | None) -> list[Attribution]:
    """:func:`apply_model`'s second step: the add scores (with the encoder head's
    probabilities ``got`` for ``opened.gated``, when read), the statements added."""
    doc, model, kept, open_ = opened.doc, opened.model, opened.kept, opened.open_
    add = model.headed(*opened.parts, opened.gated, got)
    chosen = [
        (f, float(p)) for (f, _), p in zip(open_, add, strict=True) if p >= model.add_threshold
    ]
    if chosen:
        chosen.sort(key=lambda fp: (fp[0].content[0], fp[0].cue or (0, 0)))
        score_at = {f.cue[0]: p for f, p in chosen if f.cue is not None}
        found = [f for f, _ in chosen]
        resolved = resolve_sources(doc, opened.doc_id, found, find_quotes(doc_text(doc)))
        groups: dict[int, list[Attribution]] = {}
        for att in resolved:
            groups.setdefault(att.cue.start if att.cue else -1, []).append(att)
        kept = settle_adds(kept, [(score_at.get(c, 0.0), g) for c, g in groups.items()])
    return sorted(kept, key=_order)
