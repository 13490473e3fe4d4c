"""Deaths and detentions a release tells without the usual verbs (thirteenth session, issue 15
item 4), read as classes on the parse: a verb whose object or passive subject is people told
by a person noun, a count or a pronoun ("put N out of action", "secured 3 others", "held ...
for questioning"), a surrender (intransitive, or "handed themselves in"), "sent to their
fate", "N prisoners were taken", the subject of "believed to be ... were killed", a named
soldier's "embraced shahadat" after an apposition, a definite detainee beside the dead.
Texts written for these tests (invented places, units and people), in several wordings."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low) for m in extract_figures(nlp(text), "t1") if not m.negated]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five raiders were put out of action near Velm.", [("killed", 5)]),
        ("Troops engaged the gang near Velm and put six of them out of action.", [("killed", 6)]),
        ("Four bandits were put out of action by the rangers on Monday.", [("killed", 4)]),
        ("Two enemy tanks were put out of action near Velm.", []),
    ],
)
def test_put_out_of_action_is_killed_when_said_of_people(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During the exchange of fire, 3 terrorists were sent to their fate.", [("killed", 3)]),
        ("Seven infiltrators were sent to their deaths near the Kel ridge.", [("killed", 7)]),
        ("The patrol sent two gunmen to their graves near Orsk.", [("killed", 2)]),
        ("The wounded were sent to the hospital in Orsk.", []),
    ],
)
def test_sent_to_their_fate_is_killed(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Security forces also held three other men who were in the boat for questioning.", 3),
        ("Police in Velm held four men for questioning on Monday.", 4),
        ("Two drivers were held for questioning at the Osk checkpoint.", 2),
        ("Rangers on Monday detained two men for questioning near Velm.", 2),
    ],
)
def test_held_for_questioning_is_a_detention(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("arrested", expected)]


def test_a_meeting_held_is_nobody_detained(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "The governor held three meetings with elders in Velm.") == []


def test_secured_others_who_were_wounded_are_detained(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Repelling the attack, the troops killed 6 aggressors and secured 3 others who were wounded."
    assert _figures(nlp, text) == [("killed", 6), ("arrested", 3)]


def test_secured_rifles_are_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "The troops secured 8 rifles and two trucks near Velm.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday our units repelled four attacks near Brill. Two prisoners were taken.",
        "Near Brill, two prisoners were taken by the rangers on Monday.",
    ],
)
def test_prisoners_taken_are_detained_not_abducted(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert ("arrested", 2) in _figures(nlp, text)
    assert not any(f == "abducted" for f, _ in _figures(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, seven suspects surrendered to the army in Velm.", 7),
        ("Three militants handed themselves in at the Velm police station.", 3),
        ("Four fighters of the group turned themselves in to the gendarmerie.", 4),
        ("Twelve rebels gave themselves up to the troops near Orsk.", 12),
        ("Nine fighters surrendered their weapons to the army in Velm.", 9),
    ],
)
def test_a_surrender_is_a_detention(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("arrested", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "The fighters surrendered 30 rifles to the army in Velm.",
        "A former member who had surrendered led soldiers to an arms cache in Orsk.",
    ],
)
def test_what_was_surrendered_and_a_past_surrender_are_no_detention(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two gunmen believed to be members of a smuggling ring were killed in a shootout.",
        "Two men thought to be couriers of the cell were killed near Orsk on Monday.",
    ],
)
def test_believed_to_be_clause_does_not_hide_the_count(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("killed", 2)]


def test_a_named_soldier_after_an_apposition_embraced_shahadat(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A soldier, Sepoy Karam Dil, age 23, embraced shahadat during the exchange of fire."
    assert _figures(nlp, text) == [("killed", 1)]


def test_a_definite_detainee_beside_the_dead_is_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The attack was repulsed; 5 assailants were neutralized. In a follow-up operation on "
        "Tuesday, the gendarmes arrested the presumed leader of the group in Velm."
    )
    assert _figures(nlp, text) == [("killed", 5), ("arrested", 1)]


def test_a_definite_suspect_after_counted_detainees_refers_back(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police arrested two suspects in Velm. The suspect was taken to Orsk for questioning."
    assert _figures(nlp, text) == [("arrested", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NDS forces detained a Taliban shadow district governor and 2 of his bodyguards.", 3),
        ("Police arrested a drug baron and four of his couriers at Velm.", 5),
        ("Rangers apprehended a poacher and three of his helpers in the Kel forest.", 4),
    ],
)
def test_a_count_after_a_detainee_adds_to_him(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("arrested", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A syndicate of 6 kidnappers was smashed at Velm and all members were arrested.",
         [("arrested", 6)]),
        ("Troops surrounded a band of 12 raiders near Velm; all of them were killed.",
         [("killed", 12)]),
        ("Troops cleared a camp of 40 fighters near Velm, and all were captured.",
         [("arrested", 40)]),
    ],
)  # fmt: skip
def test_all_of_a_group_counted_before(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


def test_a_group_whose_members_are_not_all_taken_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A gang of 5 robbers raided the Velm market; police said all roads were closed."
    assert _figures(nlp, text) == []
