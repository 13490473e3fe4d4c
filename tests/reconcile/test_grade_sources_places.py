"""A claims' source named with a place ("A police officer in Velno", "A doctor at Velno General
Hospital") is one source, though the parse names its words apart ("A police officer",
"Velno"); a name that joins two ("medics at Velno General and the Ostra civil defence") is
still two (reconcile/grade_merge.py).

Every text was written for these tests (invented places, people, outlets, numbers).
"""

from __future__ import annotations

import pytest

import claimledger

pytestmark = pytest.mark.integration


def _sources(text: str) -> list[tuple[str, str, int]]:
    doc = claimledger.analyze(text, published="2026-05-10")
    return [(s.name, s.kind, s.n_claims) for s in doc.incidents[0].sources]


def test_a_source_named_with_its_place_is_one_source() -> None:
    sources = _sources(
        "A shell hit a minibus near Velno on Friday. A police officer in Velno, who spoke on "
        "condition of anonymity because he was not allowed to talk to reporters, told Radio "
        "Brisk that at least eight people had died. A doctor at Velno General Hospital said "
        "six people had been killed and that 12 others were being treated."
    )
    names = [name for name, _, _ in sources]
    assert ("A police officer in Velno", "anonymous", 1) in sources
    assert ("A doctor at Velno General Hospital", "medical", 2) in sources
    assert "Velno" not in names and "A doctor" not in names


def test_a_name_that_joins_two_sources_is_two() -> None:
    names = [
        name
        for name, _, _ in _sources(
            "A shell hit a minibus near Velno on Friday. Medics at Velno General Hospital "
            "and the Ostra civil defence said that six people had been killed."
        )
    ]
    assert "Medics at Velno General Hospital" in names or "Medics" in names
    assert "the Ostra civil defence" in names
