"""Count forms from claims helper Q's needs (thirteenth session, /work/notes/Q-needs.md): a unit
or a band as the subject of a killing verb is no single victim ("The company was
liquidated"), a count of relatives after a relative needs no possessive ("lost his father and
two brothers" = 3), and the kin words are one table. Texts written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low) for m in extract_figures(nlp(text), "t1") if not m.negated]


@pytest.mark.parametrize(
    "text",
    [
        "The company was liquidated after the raid on Kessa.",
        "The battalion was eliminated near Kessa.",
        "The cell was neutralised by the special forces.",
        "The gang was neutralised in a raid near Orsk.",
    ],
)
def test_a_unit_liquidated_is_no_victim(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == []


def test_a_commander_liquidated_is_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "The commander was liquidated in the raid on Kessa.") == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hani Samra wrote that he had lost his father and two brothers.", 3),
        ("Mira said she lost her mother and three sisters in the shelling.", 4),
        ("We lost my uncle and his three sons.", 4),
    ],
)
def test_relatives_counted_after_a_relative_add_up(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("killed", expected)]


def test_the_kin_words_are_one_table() -> None:
    from claimledger.extract.numbers.kin_companions import KIN_ONE
    from claimledger.extract.numbers.lexicon import KIN_RELATIVES
    from claimledger.extract.numbers.single_victim import KIN
    from claimledger.reconcile.estimates import KIN_NOUNS

    assert KIN_NOUNS == KIN_RELATIVES
    assert KIN_RELATIVES < KIN
    assert KIN_RELATIVES < KIN_ONE
    assert {"baby"} == KIN - KIN_RELATIVES
    assert {"girl", "boy"} <= KIN_ONE - KIN_RELATIVES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We lost one fighter in the clash at Kessa.", [("killed", 1)]),
        ("The brigade lost one soldier near Kessa.", [("killed", 1)]),
        ("He lost one man in a card game.", []),
    ],
)
def test_a_side_losing_one_of_its_own(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


def test_a_count_with_its_own_verb_is_not_the_object_conjunct(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Troops killed the cell leader and two of his guards escaped."
    assert _figures(nlp, text) == [("killed", 1)]
