"""Text signatures for near-duplicate detection (``link.find_duplicate``): a bottom-k
MinHash sketch of a text's word 5-shingles and the Jaccard estimate of two sketches.

Split from ``link`` (module size); ``link`` re-exports every name here.
"""

from __future__ import annotations

import heapq
import re
import zlib
from collections.abc import Sequence

SKETCH_SIZE = 64
SHINGLE_WORDS = 5
_MASK63 = (1 << 63) - 1
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def _mix(h: int) -> int:
    """Spread a 63-bit value's bits (bottom-k sampling needs uniform high bits)."""
    h ^= h >> 29
    return (h * 0x9E3779B97F4A7C15) & _MASK63


def words(text: str) -> list[str]:
    """Lower-cased word tokens of a text."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def sketch_words(toks: Sequence[str], k: int = SKETCH_SIZE) -> list[int]:
    """The bottom-k MinHash sketch of word 5-shingles, from tokens (see ``sketch``)."""
    # CRC-32 per distinct word, then a polynomial hash per shingle: stable across
    # processes and Python versions (the built-in str hash is salted), and about
    # ten times cheaper than a cryptographic hash per shingle.
    crc: dict[str, int] = {}
    hs = [crc.setdefault(w, zlib.crc32(w.encode("utf-8"))) for w in toks]
    n = SHINGLE_WORDS
    if len(hs) < n:
        n = len(hs)
    if n == 0:
        return []
    grams = set()
    for i in range(len(hs) - n + 1):
        h = 0
        for x in hs[i : i + n]:
            h = (h * 1_000_003 + x) & _MASK63
        grams.add(_mix(h))
    return sorted(heapq.nsmallest(k, grams))


def sketch(text: str, k: int = SKETCH_SIZE) -> list[int]:
    """The bottom-k MinHash sketch of a text's word 5-shingles.

    Args:
        text: the document text.
        k: how many of the smallest shingle hashes to keep.

    Returns:
        Up to ``k`` distinct 63-bit hashes, ascending.
    """
    return sketch_words(words(text), k)


def sketch_similarity(a: Sequence[int], b: Sequence[int], k: int = SKETCH_SIZE) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two bottom-k sketches."""
    if not a or not b:
        return 0.0
    sa, sb = set(a), set(b)
    union = heapq.nsmallest(k, sa | sb)
    return sum(1 for h in union if h in sa and h in sb) / len(union)
