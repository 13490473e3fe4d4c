"""The learned attribution model over several documents at once (``attribute/model_batch.py``,
``model_encoder.many_vectors``, the pipeline's ``_batch_attributions``).

The encoder runs once for a batch's gated candidates (thirty-fifth session: 2.73 -> 1.40 ms
a GVA dev article over the first 300 articles' candidates, groups of 16): the vectors and
the attributions must be those of one document at a time.
"""

from __future__ import annotations

import numpy as np
import pytest

from claimledger import pipeline
from claimledger.attribute import find_attributions
from claimledger.attribute.encoder import load_encoder
from claimledger.attribute.model import ENCODER_MODEL_PATH, apply_model, load_model
from claimledger.attribute.model_batch import apply_batch, head_reads, open_model
from claimledger.attribute.model_encoder import candidate_vectors, many_vectors
from claimledger.read import make_raw_document

TEXTS = [
    "Party leaders are weighing a change to the rules.",
    "Neighbours heard the shooting and called the police.",
    "The district leans Republican this year.",
    "No one spoke.",
    "Witnesses saw three men running from the store. Two men were hurt, police said.",
]


@pytest.fixture(scope="module")
def docs(nlp):  # type: ignore[no-untyped-def]
    return [nlp(t) for t in TEXTS]


def _said(atts):  # type: ignore[no-untyped-def]
    return [(a.cue.text if a.cue else None, a.source.name, a.content.text) for a in atts]


def test_many_vectors_are_each_documents_own(docs) -> None:  # type: ignore[no-untyped-def]
    encoder = load_encoder(1)
    assert encoder is not None
    items = []
    for doc in docs:
        verbs = [t for t in doc if t.pos_ == "VERB"]
        items.append((doc, [(v, (0, 2)) for v in verbs] + [(v, None) for v in verbs[:1]]))
    (together,) = many_vectors(items, encoder, [1])
    assert [len(a) for a in together] == [len(c) for _, c in items]
    assert sum(len(c) for _, c in items) >= 8
    for (doc, cands), got in zip(items, together, strict=True):
        (alone,) = candidate_vectors(doc, cands, encoder, [1])
        # the same products over more rows: equal within float32 rounding
        assert np.abs(got - alone).max() < 1e-5
        assert got.any() or not cands


def test_a_batch_gives_each_document_what_it_gets_alone(docs) -> None:  # type: ignore[no-untyped-def]
    model = load_model(str(ENCODER_MODEL_PATH))
    items = [(d, f"d{k}", find_attributions(d, f"d{k}")) for k, d in enumerate(docs)]
    opened = [open_model(d, i, r, model, encoder=True) for d, i, r in items]
    # the shipped head reads candidates in several of these documents at once
    assert sum(1 for o in opened if o.gated.size) >= 3
    reads = head_reads(opened)
    assert sum(r is not None for r in reads) >= 3
    for on in (True, False):
        batch = apply_batch(items, model, encoder=on)
        alone = [apply_model(d, i, r, model, encoder=on) for d, i, r in items]
        assert batch == alone
    # the head changes one of them: "weighing" is no statement with it (0.36 -> 0.29)
    on = apply_batch(items, model, encoder=True)
    off = apply_batch(items, model, encoder=False)
    assert ("weighing", "Party leaders") in [(c, n) for c, n, _ in _said(off[0])]
    assert "weighing" not in [c for c, _, _ in _said(on[0])]


def test_the_pipeline_reads_a_batchs_attributions_together(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    raws = [make_raw_document(t, doc_id=f"r{k}") for k, t in enumerate(TEXTS[:3])]
    docs = [nlp(t) for t in TEXTS[:3]]
    got = pipeline._batch_attributions(raws, [docs[0], ValueError("no parse"), docs[2]])
    assert got[1] is None
    assert got[0] == apply_model(docs[0], "r0", find_attributions(docs[0], "r0"))
    assert got[2] == apply_model(docs[2], "r2", find_attributions(docs[2], "r2"))
    # a document the rules fail on is left to fail alone in _stages
    real = pipeline.attribute.find_attributions

    def fails_on_r1(doc, doc_id):  # type: ignore[no-untyped-def]
        if doc_id == "r1":
            raise RuntimeError("bad document")
        return real(doc, doc_id)

    monkeypatch.setattr(pipeline.attribute, "find_attributions", fails_on_r1)
    got = pipeline._batch_attributions(raws, docs)
    assert got[1] is None and got[0] is not None and got[2] is not None


def test_the_pipeline_output_is_the_one_document_at_a_time_output(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimledger.options import Options

    options = Options()
    raws = [make_raw_document(t, doc_id=f"r{k}") for k, t in enumerate(TEXTS)]
    together = list(pipeline.analyze_documents(raws, options))
    for raw, doc in zip(raws, together, strict=True):
        (parsed,) = pipeline.parse_texts(pipeline.load_nlp(options.model), [raw.text])
        assert not isinstance(parsed, Exception)
        assert pipeline._read_one(raw, parsed, options) == doc


def test_the_default_reads_the_encoder(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # On by default since the thirty-fifth session: the shipped encoder model's head adds
    # "heard" (add score 0.13 -> 0.33, threshold 0.3) and drops "weighing" (0.36 -> 0.29);
    # the default model without the encoder reads them the other way round.
    from claimledger.attribute import model as model_module

    raws = [make_raw_document(t, doc_id=f"r{k}") for k, t in enumerate(TEXTS[:2])]
    docs = [nlp(t) for t in TEXTS[:2]]

    def said() -> list[list[tuple[str | None, str | None]]]:
        got = pipeline._batch_attributions(raws, docs)
        return [
            [(a.cue.text if a.cue else None, a.source.name) for a in atts or []] for atts in got
        ]

    monkeypatch.delenv(model_module.ENCODER_ENV, raising=False)
    on = said()
    assert on[0] == []
    assert ("heard", "Neighbours") in on[1] and ("called", "Neighbours") in on[1]
    monkeypatch.setenv(model_module.ENCODER_ENV, "0")
    off = said()
    assert off[0] == [("weighing", "Party leaders")]
    assert ("heard", "Neighbours") not in off[1] and ("called", "Neighbours") in off[1]
