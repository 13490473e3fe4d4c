"""Count forms of relays' lists (fourteenth session, helper Q; blind probes
/work/notes/Q-probes14-2.jsonl): a bare "hurt" after a number in a list of counts, which
the tagger reads as a noun ("12 dead, 41 hurt"). Texts written for these tests (invented
places)."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low) for m in extract_figures(nlp(text), "t1") if not m.negated]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling of the Vessa bus station: 12 dead, 41 hurt, several missing.",
            [("killed", 12), ("injured", 41), ("missing", 3)],
        ),
        (
            "BREAKING - two paramedics killed and 3 hurt when their ambulance was hit.",
            [("killed", 2), ("injured", 3)],
        ),
        ("Two killed, 3 hurt in Sorr.", [("killed", 2), ("injured", 3)]),
    ],
)
def test_hurt_after_a_number(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nobody was hurt in the fire at the Vessa depot.",
        "The 3 children were not hurt.",
    ],
)
def test_no_hurt(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert [f for f in _figures(nlp, text) if f[0] == "injured" and (f[1] or 0) > 0] == []
