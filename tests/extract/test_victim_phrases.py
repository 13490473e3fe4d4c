"""Counts whose casualty word follows the victims' family phrase, an aside or a
relative clause, counts named by a descriptor, "dozens of wounded and martyrs", "the
killing of the N" (issue 15: missed figures of monitors' lead sentences). Texts
written for these tests."""

from __future__ import annotations

from claimledger.extract.numbers.figures import extract_figures


def _rows(nlp, text: str) -> list[tuple[str, int | None, int | None, str]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high, m.qualifier) for m in extract_figures(nlp(text), "t1")]


def test_family_phrase_and_aside_before_the_casualty_word(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On Monday, between nine and ten members of the Orlan family, including three "
        "women and four children of whom one was a baby, were reportedly killed in a strike "
        "on Veska."
    )
    assert ("killed", 9, 10, "exact") in _rows(nlp, text)


def test_aside_and_relative_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The monitor listed the names of eleven members of the Brisk family, forming three "
        "households, who were killed in the raid."
    )
    assert ("killed", 11, 11, "exact") in _rows(nlp, text)


def test_generations_of_a_family(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "At least 9 people from three generations of the Tasso family were killed on Friday."
    assert ("killed", 9, None, "at_least") in _rows(nlp, text)


def test_identified_civilians(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Around noon on Tuesday, at least 14 identified civilians from the Orlan and Tasso "
        "families, including at least three women and five children, were killed in an "
        "alleged strike on the Orlan home in Veska."
    )
    assert ("killed", 14, None, "at_least") in _rows(nlp, text)


def test_family_phrase_without_a_casualty_word_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two members of the Orlan family, including the eldest son, spoke to reporters in Veska."
    assert _rows(nlp, text) == []


def test_dozens_of_wounded_and_martyrs(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(
        nlp, "Rescuers tried to pull dozens of wounded and martyrs from the rubble in Veska."
    )
    assert ("injured", 12, None, "vague") in rows
    assert ("killed", 12, None, "vague") in rows


def test_dozens_of_injured(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Dozens of injured were taken to the Veska clinic.") == [
        ("injured", 12, None, "vague")
    ]


def test_the_killing_of_the_two(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "The killing of the two brothers was reported by a neighbour in Veska.")
    assert rows == [("killed", 2, 2, "exact")]


def test_later_parts_of_an_including_list(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(
        nlp, "The strike killed 30 civilians, including at least four children and two women."
    )
    assert rows == [
        ("killed", 30, 30, "exact"),
        ("killed", 4, None, "at_least"),
        ("killed", 2, 2, "exact"),
    ]


def test_quoted_vague_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(
        nlp, "A poster on Facebook claimed that “a number” of people had been killed."
    ) == [("killed", 2, None, "vague")]
    assert _rows(nlp, "The agency stated that “several” people had been injured.") == [
        ("injured", 3, None, "vague")
    ]


def test_a_quantity_entity_of_people_is_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LISTRA, Estoria (Oct. 10, 2024) — The 12th Brigade repelled an assault on its positions "
        "near Listra overnight, killing around 40 attackers. Six soldiers were wounded."
    )
    assert ("killed", 40, 40, "about") in _rows(nlp, text)


def test_prisoners_taken_are_arrested(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(nlp, "The brigade took 9 prisoners and released 30 prisoners near Orsk.")
    assert rows == [("arrested", 9, 9, "exact")]


def test_one_of_whom_is_no_part(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The strike killed 12 members of the Orlo family, including four children and five "
        "women, one of whom was pregnant."
    )
    assert _rows(nlp, text) == [
        ("killed", 12, 12, "exact"),
        ("killed", 4, 4, "exact"),
        ("killed", 5, 5, "exact"),
    ]


def test_the_number_of_victims_killed_reached(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Thus, the number of the victims killed in the attack reached twelve people."
    assert _rows(nlp, text) == [("killed", 12, 12, "exact")]
    text = "The number of people who attended the funeral reached 200 people."
    assert _rows(nlp, text) == []


def test_names_of_the_killed_count_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "However, numerous local sources listed 26 names of civilians killed."
    assert _rows(nlp, text) == [("killed", 26, 26, "exact")]
    text = "The Nadi family account posted 12 names of their family members who were killed."
    assert _rows(nlp, text) == [("killed", 12, 12, "exact")]


def test_a_quoted_casualty_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Several sources initially announced more than 45 “martyrs” from the tower bombing."
    assert _rows(nlp, text) == [("killed", 45, None, "more_than")]


def test_the_number_of_deaths_put_at(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A post from Farid Orlo, which put the number of deaths at 14, named them."
    assert _rows(nlp, text) == [("killed", 14, 14, "exact")]


def test_n_of_his_family_members(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Fawzi Nadi (61) said that 19 of his family members were killed in the strike."
    assert _rows(nlp, text) == [("killed", 19, 19, "exact")]


def test_members_of_a_family_that_were_killed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A post by @abc identified five members of the Orlo family that were killed in the attack."
    )
    assert _rows(nlp, text) == [("killed", 5, 5, "exact")]
    text = (
        "A relative posted 17 names of the members of the Nadi and Orlo families who were killed."
    )
    assert _rows(nlp, text) == [("killed", 17, 17, "exact")]


def test_among_the_victims_killed_were(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Among the victims killed in the airstrike were at least six women and fourteen children."
    )
    assert [r[:2] for r in _rows(nlp, text)] == [("killed", 6), ("killed", 14)]
    assert _rows(nlp, "Among the victims were two doctors.") == []


def test_deaths_named_by_a_release_s_phrases(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Four soldiers made the supreme sacrifice while repelling the raid on Orlo post."
    assert _rows(nlp, text) == [("killed", 4, 4, "exact")]
    text = "Two troopers embraced shahadat when militants fired on the Vask checkpoint."
    assert _rows(nlp, text) == [("killed", 2, 2, "exact")]
    text = "In the exchange of fire, six militants were killed and a sepoy attained martyrdom."
    assert _rows(nlp, text) == [("killed", 6, 6, "exact"), ("killed", 1, 1, "exact")]
    # an idea, not a death
    assert _rows(nlp, "The poet embraced martyrdom as a theme of her later work.") == []
    assert _rows(nlp, "The club made the ultimate sacrifice of its season ticket prices.") == []


def test_shot_dead_or_gunned_down_before_the_count(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(nlp, "Officers shot dead two of the raiders near Vask.") == [
        ("killed", 2, 2, "exact")
    ]
    assert _rows(nlp, "Gunmen gunned down four herders at the Orlo well.") == [
        ("killed", 4, 4, "exact")
    ]
    # drones shot down are no victims
    assert _rows(nlp, "Air defences shot down two drones over Vask.") == []
