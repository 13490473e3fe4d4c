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


def test_nlp_splits_sentence_ends_glued_to_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "The house was hit on 9 October 2023.Rami Haddad wrote that four died. "
        "It was a strike.@valleywatch reported a death. "
        "“All of them were killed.”Nadia Karam said so."
    )
    words = [t.text for t in doc]
    assert words[7:10] == ["2023", ".", "Rami"]
    assert words[words.index("strike") : words.index("strike") + 3] == [
        "strike",
        ".",
        "@valleywatch",
    ]
    assert words[words.index("killed") : words.index("killed") + 4] == ["killed", ".", "”", "Nadia"]
    # What spaCy already reads stays as it was: decimals, abbreviations, a closing quote at the end.
    kept = [t.text for t in nlp("Version 3.5 of the U.S. plan, e.g. at 5 p.m. “Killed.”")]
    assert {"3.5", "U.S.", "e.g.", "p.m."} <= set(kept) and kept[-1] == "”"
