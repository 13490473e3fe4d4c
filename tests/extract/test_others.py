"""Uncounted others ("others were injured") are a plural, at least 2 (issue 15).
Texts written for these tests."""

from __future__ import annotations

from claimledger.extract.numbers.figures import extract_figures


def _rows(nlp, text: str) -> list[tuple[str, int | None, int | None, str]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high, m.qualifier) for m in extract_figures(nlp(text), "t1")]


def test_others_injured_are_a_vague_plural(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "Two farmers were killed and others were injured when a shell hit Dovra.")
    assert rows == [("killed", 2, 2, "exact"), ("injured", 2, None, "vague")]


def test_counted_others_keep_their_count(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "Two farmers were killed and four others were wounded in Dovra.")
    assert rows == [("killed", 2, 2, "exact"), ("injured", 4, 4, "exact")]


def test_no_others_is_not_a_plural(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "A farmer was killed in Dovra; no others were hurt.")
    assert ("injured", 2, None, "vague") not in rows
