"""Count forms of relatives' posts and belligerents' releases (thirteenth session, helper N;
/work/notes/Q-needs.md): a partitive over a possessed noun ("four of the group's
fighters"), relatives buried ("buried his two sons"), the loss of a relative mourned ("mourned
the loss of her husband and their two children"), and a bare count after a named victim's
apposition ("killing a senior official, X, and one associate"). Texts written for these
tests (invented people and places)."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low) for m in extract_figures(nlp(text), "t1") if not m.negated]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four of the group's fighters were killed.", [("killed", 4)]),
        ("Three of the militia's commanders died in the strike on Orvel.", [("killed", 3)]),
        ("Two of the brigade's soldiers were wounded near Tarsa.", [("injured", 2)]),
        ("Six of the Front's senior fighters were killed overnight.", [("killed", 6)]),
    ],
)
def test_a_partitive_over_a_possessed_noun(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


def test_a_partitive_over_possessed_things_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "Four of the group's vehicles were destroyed in Orvel.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Omar Tell buried his two sons on Friday.", 2),
        ("Nadia Sarraf buried her three children in Kessa.", 3),
        ("The Haddad family buried their four daughters after the shelling.", 4),
    ],
)
def test_relatives_buried_are_dead(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("killed", expected)]


def test_things_buried_are_no_dead(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "Omar Tell buried his two rifles behind the house.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samia Odeh mourned the loss of her husband and their two children on Facebook.", 3),
        ("Rami Hadd mourned the loss of his brother and two cousins.", 3),
        ("Lina Farouk mourned the loss of her son.", 1),
    ],
)
def test_the_loss_of_relatives_mourned(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("killed", expected)]


def test_the_loss_of_a_home_is_no_death(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "Rami Hadd mourned the loss of his home in Orvel.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The drone strike hit a car in Tarbel, killing a senior official, Darim Oshan, "
            "and one associate.",
            2,
        ),
        ("Forces killed the targeted individual, Yusuf Barra, and one associate in the strike.", 2),
        ("Troops killed a commander, Hafez Kello, and two of his aides.", 3),
    ],
)
def test_a_count_after_a_named_victim(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("killed", expected)]


def test_a_count_after_a_named_victim_with_its_own_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Troops killed a commander, Hafez Kello, and two others escaped towards Orvel."
    assert _figures(nlp, text) == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the Dunmor Agency's account, the victims were a father, his wife and "
            "their two sons.",
            4,
        ),
        ("The dead were a mother and her three daughters, the Tarsa health office said.", 4),
        ("Those killed were a shepherd, his brother and two nephews.", 4),
    ],
)
def test_people_listed_as_the_victims(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("killed", expected)]


@pytest.mark.parametrize(
    "text",
    ["The victims were mostly civilians.", "The victims were a young couple and their baby."],
)
def test_no_list_of_people_after_the_victims_were(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'A relative wrote on Facebook: "My brothers Sami and Hadi and my cousin Nour were '
            'martyred."',
            [("killed", 3)],
        ),
        (
            "My sons Karim and Bilal and my nephew Fadi were killed in the shelling.",
            [("killed", 3)],
        ),
        ("My cousin Nour and my brothers Sami and Hadi were martyred.", [("killed", 3)]),
        ("Her sons Karim, Bilal and Fadi died in the strike on Orvel.", [("killed", 3)]),
        ("His sons Omar and Ali were wounded.", [("injured", 2)]),
    ],
)
def test_named_relatives_coordinated_as_the_victims(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


def test_named_relatives_who_speak_are_no_victims(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "My brothers Sami and Hadi said their father was killed."
    assert _figures(nlp, text) == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Major and three soldiers were killed in the ambush near Veska.", [("killed", 4)]),
        ("A Colonel and two guards died in the blast.", [("killed", 3)]),
        ("A Lieutenant and four conscripts were wounded.", [("injured", 5)]),
        ("In the raid, a Captain and five policemen were killed.", [("killed", 6)]),
        ("A sergeant and two privates were killed.", [("killed", 3)]),
    ],
)
def test_an_officer_by_rank_and_a_count(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A Major General said three soldiers were killed.",
        "The two majors met in Kessa and three soldiers were killed.",
    ],
)
def test_a_rank_that_is_no_victim(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("killed", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BREAKING: death toll in Kessa market strike climbs to 12.", [("killed", 12)]),
        ("URGENT: death toll from Orvel bombing rises to 9", [("killed", 9)]),
    ],
)
def test_a_toll_after_a_label(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The boy, 12, survived the attack on Orvel.",
        "Troops fired 40 rounds and seized three vehicles.",
        "A case was registered against 6 people in Tarsa.",
    ],
)
def test_non_casualty_numbers_stay(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert [f for f in _figures(nlp, text) if f[0] in ("killed", "injured")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My brothers Sami and Hadi lost their lives in the strike.", 2),
        ("My uncles Karim and Jamal were shot dead at the checkpoint.", 2),
        ("The dead included a father and his two sons.", 3),
        ("Umm Fadi mourned the loss of her two sons on Telegram.", 2),
    ],
)
def test_more_wordings_of_relatives_dead(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("killed", expected)]


def test_relatives_arrested_are_no_dead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "My brothers Sami and Hadi and my cousin Nour were arrested."
    assert [f for f in _figures(nlp, text) if f[0] == "killed"] == []


def test_a_name_in_apposition_after_a_listed_person_is_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Local sources named the victims as a father, Ahmad Selim, and his two sons."
    assert _figures(nlp, text) == [("killed", 3)]


def test_names_set_off_after_relatives_are_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The victims are an uncle, Jamal Orsi, and his nephew, Karim Daher."
    assert _figures(nlp, text) == [("killed", 2)]
