"""TermIndex.vector keeps one weight per term count while no document is added (helper L,
twenty-fourth session): the same floats as the IDF formula, recomputed after ``added``."""

from __future__ import annotations

import math
from typing import Any

from claimledger.corpus import link


class _Counts:
    """A stand-in store answering only term statistics."""

    def __init__(self, df: dict[str, int], n: int) -> None:
        self._df, self._n = df, n

    def total_documents(self) -> int:
        return self._n

    def term_document_counts(self, terms: Any) -> dict[str, int]:
        return {t: self._df[t] for t in terms if t in self._df}


def _idf(n: int, k: int) -> float:
    return (math.log((n + 1) / (k + 1)) + 1.0) ** 2


def test_vector_weights_are_kept_per_count_and_renewed_when_a_document_is_added() -> None:
    index = link.TermIndex(_Counts({"kelby": 2, "marsh": 2, "orrin": 7}, 20))  # type: ignore[arg-type]
    weights, norm = index.vector(["kelby", "marsh", "orrin", "tallow", "kelby", "x_name"])
    assert weights == {
        "kelby": _idf(20, 2),
        "marsh": _idf(20, 2),
        "orrin": _idf(20, 7),
        "tallow": _idf(20, 0),
    }
    assert norm == sum(weights.values())
    assert index.weights == {2: _idf(20, 2), 7: _idf(20, 7), 0: _idf(20, 0)}
    index.added(["kelby", "orrin"])
    weights, _ = index.vector(["kelby", "marsh"])
    assert weights == {"kelby": _idf(21, 3), "marsh": _idf(21, 2)}
    assert index.weights == {3: _idf(21, 3), 2: _idf(21, 2)}
