"""Counts the product missed on first sight (helper N, twenty-fourth session): a martyr who
"fell" or "ascended", a poster's own wound, a ward's lost patients, a count whose verb
follows an apposition, a group told with its members, and a definite detainee of a new
event. Sentences written for these tests (invented places and people)."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our fighters shelled a post near Varno, killing five soldiers. "
            "Our martyr, the fighter Samir Okal, fell in the clashes.",
            [("killed", 5, 5), ("killed", 1, 1)],
        ),
        (
            "One of our fighters, the martyr Idris Tarn, ascended during the battle for Orlo.",
            [("killed", 1, 1)],
        ),
        ("The martyr Karim Sefo rose to heaven on Monday.", [("killed", 1, 1)]),
        ("Ana Velk (Facebook): My brother was killed in Tessin. I was injured too.", None),
        ("@orlo_nurse: We lost 4 patients tonight after the shelling of the ward.", None),
        (
            "Two medics were wounded in Kessel, the union said. One of them, a driver, later "
            "died of his wounds.",
            None,
        ),
        ("A sabotage cell was captured near Dorra: four men.", [("arrested", 4, 4)]),
    ],
)
def test_first_sight_count_forms(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    got = _figures(nlp, text)
    if expected is not None:
        assert got == expected
    elif "I was injured" in text:
        assert ("injured", 1, 1) in got
    elif "patients" in text:
        assert got == [("killed", 4, 4)]
    else:
        m = [f for f in extract_figures(nlp(text), "t1") if f.figure == "killed"]
        assert (
            m
            and m[0].evidence.text.startswith("One of them")
            and m[0].evidence.text.endswith("died")
        )


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell sharply in the Varno market on Monday.",
        "The martyr square fell silent after the speech.",
        "The balloon ascended above the fair in Orlo.",
        "I was not injured in the blast, the driver said.",
    ],
)
def test_near_misses_name_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == []


def test_a_definite_detainee_of_a_new_event_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 3 May, officers arrested two men for a burglary in Varno. On 5 May, a cyclist "
        "was killed in a hit-and-run in Orlo; the driver was arrested a day later."
    )
    got = _figures(nlp, text)
    assert got.count(("arrested", 1, 1)) == 1 and ("arrested", 2, 2) in got


def test_a_definite_detainee_after_its_count_is_not_counted_again(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police arrested two suspects over a robbery in Varno. The younger suspect was arrested at home."
    got = _figures(nlp, text)
    assert ("arrested", 2, 2) in got and ("arrested", 1, 1) not in got
