"""Detention and death read as classes on the parse (fourteenth session, ``verb_classes``):
a taking verb with people as its object or passive subject, a custody state, a verb that
ends people, a group counted in its members, a subject shared by a later verb. Texts
written for these tests (invented places and units), each class in several wordings, with
the same verbs said of things, which count no one."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low) for m in extract_figures(nlp(text), "t1") if not m.negated]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A second raid in Tovar netted five couriers of the ring.", 5),
        ("Rangers picked up six men near the Orsa weir on Tuesday.", 6),
        ("The cutter intercepted a dhow and handed its four crewmen over to the police.", 4),
        ("Gendarmes detained a group of three saboteurs near the Kelm bridge.", 3),
        ("Two of the robbers are in police custody.", 2),
        ("Seven suspects are under arrest in Dunmore.", 7),
        ("Our troops took 6 of the raiders prisoner near Vask.", 6),
        ("Four gunmen were shot dead and two were held.", 2),
        ("The three deckhands jumped into the water and were rescued and detained.", 3),
        ("All five couriers remain in detention at Osk.", 5),
        ("In Tolm, 20 villagers were screened and four of them held for further questioning.", 4),
    ],
)
def test_a_taking_verb_with_people_is_a_detention(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert ("arrested", expected) in _figures(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The navy netted 30 kilos of resin off Cape Tarn.",
        "A patrol intercepted a truck carrying fuel near Olm.",
        "The council handed over the documents to the court.",
        "Three villagers were held hostage by the gang for a week.",
        "The lorry was picked up by a crane.",
    ],
)
def test_the_same_verbs_said_of_things_count_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert [f for f in _figures(nlp, text) if f[0] == "arrested"] == []


def test_a_subject_shared_by_a_later_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A 41-year-old man was charged with handling the rifle and remanded in custody."
    assert _figures(nlp, text) == [("arrested", 1)]


def test_a_state_after_a_conjoined_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A sixth member of the ring was stopped at the Vell crossing and is now in custody."
    assert _figures(nlp, text) == [("arrested", 1)]


def test_an_ordinal_after_a_count_is_one_more(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two bandits were killed in the exchange and a third was nabbed as he fled."
    assert _figures(nlp, text) == [("killed", 2), ("arrested", 1)]


def test_a_third_of_a_group_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "A third of the residents were arrested.") != [("arrested", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three raiders were terminated in the exchange of fire.", 3),
        ("A drone struck the position; its crew of four was wiped out.", 4),
    ],
)
def test_verbs_that_end_people(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("killed", expected)]


def test_ending_things_counts_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "The ministry terminated 12 contracts after the audit.") == []
