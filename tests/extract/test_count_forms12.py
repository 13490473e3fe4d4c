"""Count forms left from the eleventh session (issue 15): a person who "lost both legs" is
injured, "buried 19 people" and "rose as martyrs" are deaths, "sustained light injuries" and
"remained in hospital" are injuries, a quoted label after a count ('18 "terrorists" killed')
does not stop the count, and "lost only three men" / "lost two of our men" are a side's dead.
Texts written for these tests (invented places and people)."""

from __future__ import annotations

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high) for m in extract_figures(nlp(text), "t1")]


def test_a_friend_who_lost_both_legs_is_one_injured(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Their friend Walid lost both legs when the shell hit the school in Tarsk."
    assert _figures(nlp, text) == [("injured", 1, 1)]


def test_a_relative_who_lost_an_eye_is_one_injured(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "My brother lost an eye in the blast at the Orrin depot.") == [
        ("injured", 1, 1)
    ]


def test_a_company_losing_arms_counts_nobody(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "The company lost both arms of its business last year.") == []


def test_buried_nineteen_people_is_nineteen_dead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Residents of Tarsk buried 19 people on Friday after the strike on the market."
    assert _figures(nlp, text) == [("killed", 19, 19)]


def test_buried_under_the_rubble_is_no_death_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The blast buried 19 people under the rubble of the school in Tarsk."
    assert ("killed", 19, 19) not in _figures(nlp, text)


def test_rose_as_martyrs_is_killed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Four of its fighters rose as martyrs in the clashes near Vell, the brigade said."
    assert _figures(nlp, text) == [("killed", 4, 4)]


def test_fell_as_martyrs_is_killed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Seven young men from Orrin fell as martyrs during the raid on the village."
    assert _figures(nlp, text) == [("killed", 7, 7)]


def test_sustained_light_injuries_is_injured(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two soldiers sustained light injuries in the attack on the checkpoint at Vell."
    assert _figures(nlp, text) == [("injured", 2, 2)]


def test_sustained_moderate_wounds_is_injured(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Three guards sustained moderate wounds when the gate of the Osk prison was shelled."
    assert _figures(nlp, text) == [("injured", 3, 3)]


def test_remained_in_hospital_is_injured(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The director said that 58 people remained in hospital after the blast in Tarsk."
    assert _figures(nlp, text) == [("injured", 58, 58)]


def test_remained_trapped_is_no_injury(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "Three people remained trapped in the basement in Tarsk.") == []


def test_a_quoted_label_does_not_stop_the_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'State broadcaster Vell TV reports 18 "terrorists" killed in the operation near Osk.'
    assert _figures(nlp, text) == [("killed", 18, 18)]


def test_a_quoted_label_in_curly_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The agency reports 11 \u201cinsurgents\u201d killed near the Tarsk crossing."
    assert _figures(nlp, text) == [("killed", 11, 11)]


def test_lost_only_three_men_is_a_sides_dead(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "Enemy sources claim they lost only three men near Kalyn.") == [
        ("killed", 3, 3)
    ]


def test_lost_two_of_our_men_is_a_sides_dead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'The commander told the Tamar Daily: "We lost two of our men in the ambush."'
    assert _figures(nlp, text) == [("killed", 2, 2)]


def test_a_firm_losing_men_is_no_death(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "The firm lost 30 men to the strike action in Osk.") == []


def test_survived_badly_injured_is_one_injured(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Only one child survived, badly injured, when the shell hit the house in Osk."
    assert _figures(nlp, text) == [("injured", 1, 1)]


def test_survived_with_burns_is_injured(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two passengers survived with burns after the bus was hit near Osk."
    assert _figures(nlp, text) == [("injured", 2, 2)]


def test_survived_the_strike_counts_nobody(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "Three people survived the strike on the Vell checkpoint.") == []


def test_underwent_amputations_is_injured(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Three children underwent amputations at the Vell hospital after the shelling."
    assert _figures(nlp, text) == [("injured", 3, 3)]


def test_required_amputations_is_injured(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Four of the farmers required amputations after the mine blast near Osk."
    assert _figures(nlp, text) == [("injured", 4, 4)]


# Release verbs from the twelfth session's held-out batch 9 (read after its score).
def test_militants_liquidated_are_dead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "During the operation near Dorva on Monday, 30 militants were liquidated."
    assert _figures(nlp, text) == [("killed", 30, 30)]


def test_collaborators_nabbed_are_arrested(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The following day, a joint patrol nabbed 3 collaborators in Pelm."
    assert _figures(nlp, text) == [("arrested", 3, 3)]
