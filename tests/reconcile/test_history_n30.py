"""A sentence that recalls the past and tells today's news too: each figure belongs to the
date written nearest to it (helper N, thirtieth session; ``reconcile/history.py``).
Texts written for these tests (invented places)."""

from __future__ import annotations

from claimledger import analyze


def _figures(text: str) -> list[tuple[str, int | None]]:
    doc = analyze(text, doc_id="h1")
    return sorted((c.figure, c.low) for i in doc.incidents for c in i.claims if c.figure)


def test_history_arrest_of_today_over_an_old_bombing() -> None:
    text = (
        "Melvar Security Service\n20 September 2025\nOfficers detained three suspects on "
        "Friday over the 2019 bombing of the Melvar bus station that killed nine people."
    )
    assert _figures(text) == [("arrested", 3)]


def test_history_sentence_with_old_dates_only_stays_out() -> None:
    text = (
        "Kessen Police\n20 September 2025\nThe 2019 bombing of the Melvar bus station killed "
        "nine people. Officers detained three suspects on Friday."
    )
    assert _figures(text) == [("arrested", 3)]
