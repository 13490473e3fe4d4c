"""Tests of the spaCy loader and our line-break component."""

from __future__ import annotations

import pytest

from claimledger.errors import ModelError
from claimledger.nlp import load_nlp


def test_nlp_line_break_starts_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Three killed in market blast\nMarch 2, 2019\nA bomb exploded in the market on Friday."
    )
    starts = [s.text.strip() for s in doc.sents]
    assert starts == [
        "Three killed in market blast",
        "March 2, 2019",
        "A bomb exploded in the market on Friday.",
    ]


def test_nlp_unknown_model_is_a_clear_error() -> None:
    with pytest.raises(ModelError, match="not installed"):
        load_nlp("no_such_pipeline_xyz")
