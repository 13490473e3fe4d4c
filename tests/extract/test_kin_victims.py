"""Deaths told through relatives (issue 15): "X is a martyr" in a poster's words, one
victim and the relatives who died with them, a naming cue over names and relatives, "a
body was uncovered". Texts written for these tests."""

from __future__ import annotations

from claimledger.extract.numbers.figures import extract_figures
from claimledger.extract.numbers.name_lists import kin_list_count


def _killed(nlp, text: str) -> list[tuple[int | None, int | None, str]]:  # type: ignore[no-untyped-def]
    return [
        (m.low, m.high, m.evidence.text)
        for m in extract_figures(nlp(text), "t1")
        if m.figure == "killed"
    ]


def test_a_cousin_is_a_martyr(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _killed(nlp, "Dana Orlo wrote: “My cousin is a martyr, may God have mercy on you.”")
    assert rows == [(1, 1, "My cousin is a martyr")]


def test_several_words_for_one_martyr_count_once(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He wrote: “My brother, my love, and my lifelong companion, Umar Nadi, is a martyr.”"
    assert _killed(nlp, text) == [(1, 1, "Umar Nadi, is a martyr")]


def test_a_colleague_was_martyred(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rami Nadi wrote: “Our colleague Tarik Orlo was martyred in the bombing of Veska.”"
    assert _killed(nlp, text) == [(1, 1, "Tarik Orlo was martyred")]


def test_a_father_and_his_son_still_count_two(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [r[:2] for r in _killed(nlp, "A father and his son were killed in Veska.")] == [(2, 2)]


def test_died_alongside_his_wife_and_their_two_children(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Her brother, 40-year-old Saed Orlo, died alongside his wife and their two children."
    assert [r[:2] for r in _killed(nlp, text)] == [(4, 4)]


def test_killed_in_the_attack_alongside_her_five_children(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A 37-year old Rana Tasso was killed in this deadly attack alongside her five children."
    assert [r[:2] for r in _killed(nlp, text)] == [(6, 6)]


def test_a_grandson_named_after_his_age(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "An elderly 64 year old Karim Nadi was killed together with his 9-month old grandson Anas."
    )
    assert [r[:2] for r in _killed(nlp, text)] == [(2, 2)]


def test_plural_relatives_without_a_number_add_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A woman was killed alongside her son and her grandchildren in Veska."
    assert [r[:2] for r in _killed(nlp, text)] == [(1, 1)]


def test_among_those_killed_counts_names_and_relatives(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "According to relatives, among those killed are 58-year-old Imad Orlo (Abu Umar), his "
        "wife Umm Umar, their sons 30-year-old Khaled Orlo and 16-year-old Sami Orlo, Umar’s "
        "wife, and their daughter. Also killed were Imad’s daughter, her husband, her three "
        "children, as well as 37-year-old Deep Orlo."
    )
    assert [r[:2] for r in _killed(nlp, text)] == [(6, 6), (6, 6)]


def test_a_list_with_a_count_of_others_is_no_plain_list() -> None:
    assert kin_list_count(" Rana Tasso, Omar Tasso and 12 others.") == 0
    assert kin_list_count(" Rana Tasso, his wife and their two sons.") == 4


def test_a_body_was_uncovered(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The school was searched for remains, and a body was uncovered."
    assert [r[:2] for r in _killed(nlp, text)] == [(1, 1)]


def test_killing_the_wife_of_x_alongside_their_children(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The shelling hit the house, killing the wife of a commander of the Brigade, Nabil "
        "Orlo, alongside their four children, including a son."
    )
    assert [r[:2] for r in _killed(nlp, text)] == [(5, 5)]


def test_an_apposition_without_a_closing_comma(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Her brother, 40-year-old Saed Orlo died alongside his wife and their two children, "
        "six-year-old son Ibrahim and two-year-old daughter Celine."
    )
    assert [r[:2] for r in _killed(nlp, text)] == [(4, 4)]


def test_a_mother_named_in_two_appositions_and_her_daughters(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A mother, Najah Orlo, married to Magdy Nadi, was killed alongside her five daughters: "
        "Shaima, Nour and Lana."
    )
    assert [r[:2] for r in _killed(nlp, text)] == [(6, 6)]


def test_counted_victims_and_their_relatives_without_a_number(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [
        r[:2] for r in _killed(nlp, "Two men were killed along with their wives in Veska.")
    ] == [(2, 2)]
