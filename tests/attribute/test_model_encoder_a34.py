"""The encoder's packed forward (thirty-fourth session) against the padded one it replaced.

``attribute/encoder.py`` now runs a batch of windows without padding (the dense products
over every window's pieces at once, attention window by window) and computes GELU in
place. ``_padded_reference`` below is the thirty-third session's forward (windows padded
to the longest, masked attention), kept here as the reference: the packed forward must
give the same states within 1e-5 (float32 products summed in another order).
"""

from __future__ import annotations

import math

import numpy as np

from claimledger.attribute.encoder import HEADS, HIDDEN, Encoder, _gelu, load_encoder

TOL = 1e-5


def _layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return np.asarray((x - mu) / np.sqrt(var + 1e-12) * g + b, np.float32)


def _gelu_reference(x: np.ndarray) -> np.ndarray:
    erf = np.vectorize(math.erf)(x.astype(np.float64) / math.sqrt(2.0))
    return np.asarray(0.5 * x * (1.0 + erf), np.float32)


def _padded_reference(enc: Encoder, ids: list[list[int]], layers: int) -> np.ndarray:
    """(batch, length, 384): every window padded to the longest, attention masked."""
    n, length = len(ids), max(len(s) for s in ids)
    tok = np.zeros((n, length), np.int64)
    mask = np.zeros((n, length), bool)
    for b, s in enumerate(ids):
        tok[b, : len(s)] = s
        mask[b, : len(s)] = True
    x = np.asarray(enc.words[tok.ravel()], np.float32).reshape(n, length, HIDDEN)
    x = _layer_norm(x + enc.positions[:length] + enc.type0, *enc.ln0)
    bias = np.where(mask, 0.0, -1e9).astype(np.float32)[:, None, None, :]
    d = HIDDEN // HEADS
    for blk in enc.blocks[:layers]:
        h = x.reshape(n * length, HIDDEN)
        qkv = (h @ blk["qkv"] + blk["qkv_b"]).reshape(n, length, 3, HEADS, d)
        q = qkv[:, :, 0].transpose(0, 2, 1, 3)
        k = qkv[:, :, 1].transpose(0, 2, 3, 1)
        v = qkv[:, :, 2].transpose(0, 2, 1, 3)
        att = (q @ k) / np.float32(math.sqrt(d)) + bias
        att = np.exp(att - att.max(-1, keepdims=True))
        att /= att.sum(-1, keepdims=True)
        ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n * length, HIDDEN)
        h = _layer_norm(ctx @ blk["o"] + blk["o_b"] + h, blk["ln1_g"], blk["ln1_b"])
        f = _gelu_reference(h @ blk["i"] + blk["i_b"]) @ blk["f"] + blk["f_b"]
        x = _layer_norm(f + h, blk["ln2_g"], blk["ln2_b"]).reshape(n, length, HIDDEN)
    return x


SENTENCES = (
    "The ministry said on Monday that 14 people had been killed in the strike .",
    "Residents told reporters the convoy was hit twice .",
    "Police spokesperson Aditi Rao-Whitfield declined to comment .",
)
WINDOWS = [s.split(" ") for s in SENTENCES]


def _ids(enc: Encoder) -> list[list[int]]:
    out = []
    for words in WINDOWS:
        out.append(
            [enc.pieces.cls] + [i for w in words for i in enc.pieces.ids(w)] + [enc.pieces.sep]
        )
    return out


def test_in_place_gelu_matches_the_exact_one() -> None:
    x = np.concatenate(
        [np.linspace(-12, 12, 4001), [-1e4, -40.0, -9.5, 0.0, 9.5, 40.0, 1e4]]
    ).astype(np.float32)
    want = _gelu_reference(x)
    got = _gelu(x.copy())
    assert np.isfinite(got).all()
    assert np.abs(got - want).max() < 1e-6 * max(1.0, float(np.abs(x).max()))
    assert got[x == 1e4].item() == 1e4 and got[x == -1e4].item() == 0.0


def test_the_packed_forward_matches_the_padded_one() -> None:
    enc = load_encoder(2)
    assert enc is not None
    ids = _ids(enc)
    lens = [len(s) for s in ids]
    assert len(set(lens)) == 3  # windows of three lengths: padding is exercised
    for layers in (1, 2):
        want = _padded_reference(enc, ids, layers)
        (got,) = enc.hidden(ids, [layers])
        for b, n in enumerate(lens):
            assert np.abs(got[b, :n] - want[b, :n]).max() < TOL
            assert not got[b, n:].any()


def test_the_last_layer_read_at_some_pieces_only() -> None:
    enc = load_encoder(2)
    assert enc is not None
    ids = _ids(enc)
    want = _padded_reference(enc, ids, 2)
    length = max(len(s) for s in ids)
    at = [(0, 3), (1, 1), (1, 2), (2, 5)]
    (got,) = enc.hidden(ids, [2], np.asarray([b * length + p for b, p in at]))
    for b, p in at:
        assert np.abs(got[b, p] - want[b, p]).max() < TOL
    assert not got[0, 4].any() and not got[2, 1].any()


def test_token_vectors_read_only_the_wanted_tokens() -> None:
    enc = load_encoder(1)
    assert enc is not None
    (full,) = enc.token_vectors(WINDOWS, [1])
    (some,) = enc.token_vectors(WINDOWS, [1], [[2], [], [3, 4]])
    # "said"; "Aditi" and "Rao-Whitfield" (several pieces, their mean)
    assert np.abs(some[0][2] - full[0][2]).max() < TOL
    assert np.abs(some[2][4] - full[2][4]).max() < TOL
    assert len(enc.pieces.ids("Rao-Whitfield")) > 1
    assert not some[0][1].any() and not some[1].any()
    assert some[2].shape == (len(WINDOWS[2]), HIDDEN)
