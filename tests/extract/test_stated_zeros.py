"""Stated zeros (sixteenth session, the zero-claim convention of docs/claims-gold.md): a
zero said with a word of its figure or of harm is a figure of 0, later its source's claim.
"no person was killed" (a person noun after "no"), "no civilians were harmed" and "None of
the pilgrims were harmed" (harm: none killed and none hurt), "no civilian deaths" and
"zero civilian casualties" ("civilian" between the negation and the noun); "nobody else
was hurt" counts others than those named and is no zero, nor is a thing that "no" negates.
Sentences written for these tests, with invented places and people."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _all(nlp, text: str) -> list[tuple[str, int | None, bool]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.negated) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "zeros"),
    [
        ("The district officer said no person was killed in the clash.", {"killed"}),
        ("No soldiers were injured when the convoy was ambushed near Tarn.", {"injured"}),
        ("A spokesman insisted that no civilians were harmed in the raid.", {"killed", "injured"}),
        ("None of the pilgrims were harmed, the organisers said.", {"killed", "injured"}),
        ("The channel claimed zero civilian casualties.", {"killed", "injured"}),
        ("No weapons were seized and no suspects were arrested.", {"arrested"}),
    ],
)
def test_a_stated_zero_is_a_figure_of_zero(nlp, text, zeros) -> None:  # type: ignore[no-untyped-def]
    got = _all(nlp, text)
    assert {fig for fig, low, negated in got if low == 0 and negated} == zeros, got
    assert all(low == 0 for _, low, _ in got), got


def test_a_zero_beside_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _all(nlp, "The ministry reported two fighters killed and no civilian deaths.")
    assert ("killed", 2, False) in got and ("killed", 0, True) in got


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Two guards were wounded; nobody else was hurt.", ("injured", 2, False)),
        ("One teacher died and no one else was injured.", ("killed", 1, False)),
    ],
)
def test_nobody_else_is_no_zero(nlp, text, counted) -> None:  # type: ignore[no-untyped-def]
    assert _all(nlp, text) == [counted]


@pytest.mark.parametrize(
    "text",
    [
        "No civilians were in the building at the time.",
        "No arrests have been made yet at Oskel.",
        "There is no indication that civilians were harmed.",
        # a bare "nobody was harmed" names no one: as often a witness's relief for his family
        "I checked on my wife and my sons. Thank God, nobody was harmed.",
    ],
)
def test_no_zero_without_a_figure_or_harm_said(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _all(nlp, text) == []
