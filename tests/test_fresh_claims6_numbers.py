"""Number classes of the sixth fresh claims batch (`fresh6-gold.jsonl`, scored once at
357d3f6 before these rules): names after "the names of the dead:", "among the martyrs are", a
role before a name in such a list, and one victim
named as a part of "the bodies of N" / "the deaths of N". Texts written for these tests, not
taken from the batch."""

from __future__ import annotations

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high) for m in extract_figures(nlp(text), "t6")]


def test_names_after_a_colon_or_among_the_martyrs_count_once(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Nasser family's page published the names of the dead: Rami Nasser, his wife "
        "Dalal, their sons Fadi and Karim, and his brother Walid."
    )
    assert ("killed", 5, 5) in _figures(nlp, text)
    text = "Among the martyrs are the paramedic Yousef Hamdan and his son."
    assert _figures(nlp, text) == [("killed", 2, 2)]
    # "the martyrdom of" opens no list: a relative and their name in apposition are one
    # person ("my cousin, Karim Odeh, and his sister, Rana Odeh" would count four)
    text = "I mourn the martyrdom of my cousin, Karim Odeh, and his sister, Rana Odeh."
    assert ("killed", 4, 4) not in _figures(nlp, text)
    # a counted part is no list of names
    assert ("killed", 2, 2) in _figures(nlp, "The brigade mourns the martyrdom of two fighters.")


def test_one_victim_named_as_a_part_of_bodies_or_deaths(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The clinic received the bodies of five people, including a 10-year-old girl who "
        "was walking to school."
    )
    rows = _figures(nlp, text)
    assert ("killed", 5, 5) in rows and ("killed", 1, 1) in rows
    # the same phrase after a count of people seen, not harmed, is no part
    text = "The crowd of five people, including a 10-year-old girl, watched the convoy."
    assert ("killed", 1, 1) not in _figures(nlp, text)
