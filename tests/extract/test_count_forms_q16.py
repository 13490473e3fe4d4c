"""Count forms of the sixteenth session (helper Q, from the claims gold's tune half): a part
of the wounded named by how badly it was hurt ("at least five people injured, one
critically"; "Eleven officers were injured, two of them seriously") is a figure of its own,
as "four were shot, one fatally" is; "both" counts two people ("doctors said both were in
stable condition", "Both men were killed", "both of them died"), not in "both the army and
the police" nor "both legs". Sentences written for these tests, with invented places."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _all(nlp, text: str) -> list[tuple[str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("At least five people were injured, one critically, in the shelling of Tarn.", 1),
        ("Three soldiers were wounded, two seriously, in the ambush near Kessa.", 2),
        ("Nine traders were hurt, three of them badly, when the roof of the Orla market fell.", 3),
    ],
)
def test_a_part_of_the_wounded_by_how_badly(nlp, text, part) -> None:  # type: ignore[no-untyped-def]
    got = _all(nlp, text)
    assert ("injured", part, part) in got, got
    assert not any(fig == "killed" for fig, _, _ in got), got


def test_no_severity_part_without_the_wounded(nlp) -> None:  # type: ignore[no-untyped-def]
    # the count before the adverb belongs to no injured whole
    got = _all(nlp, "Police questioned four men, two seriously, about the raid on Tarn.")
    assert got == []


@pytest.mark.parametrize(
    ("text", "figure", "times"),
    [
        # the doctors' own count of the two wounded, beside the first sentence's
        (
            "Two traders were wounded. Doctors at Orla said both were in stable condition.",
            "injured",
            2,
        ),
        ("Two guards were shot at the gate. Police said both of them died.", "killed", 1),
        ("Both men were killed when the shell hit the Kessa bakery.", "killed", 1),
    ],
)
def test_both_counts_two(nlp, text, figure, times) -> None:  # type: ignore[no-untyped-def]
    assert _all(nlp, text).count((figure, 2, 2)) == times


@pytest.mark.parametrize(
    "text",
    [
        "Both the army and the police said three were killed at Tarn.",
        "A mine blast at Kessa cost the shepherd both legs.",
        # the speakers, not the victims
        "@KessaNews and @OrlaRadio now both report 6 dead and 10+ injured.",
    ],
)
def test_both_that_counts_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(low == 2 for _, low, _ in _all(nlp, text))
