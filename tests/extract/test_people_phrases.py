"""People counted by what the phrase names (fifteenth session, ``numbers/people.py``): the
victim phrase of a casualty verb counted item by item (coordinated people, people "with"
the victim), a count given in an aside ("11 men in all", "five in number", "believed to
number six men"), a count said to be more than those before it, and the verb classes
that end people ("took ... captive", "handcuffed", "lost one of its sepoys", "the loss of
14 fighters"). Sentences written for these tests, with invented places and people; the
same shapes said of things count no one."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low) for m in extract_figures(nlp(text), "t1") if not m.negated]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("The cook and his nephew were detained at the Vessa crossing.", "arrested", 2),
        ("Officers held the shopkeeper and his three brothers overnight.", "arrested", 4),
        ("A lieutenant and a private were killed when the convoy was hit.", "killed", 2),
        ("Police arrested the skipper of a ferry and 4 of his deckhands.", "arrested", 5),
        ("A smuggler named Oren Tal was arrested with two of his couriers.", "arrested", 3),
        ("Rangers caught the poacher along with his driver and his tracker.", "arrested", 3),
        ("The bandit chief surrendered with nine of his followers at Pello.", "arrested", 10),
        ("The convoy commander gave himself up together with five of his guards.", "arrested", 6),
    ],
)
def test_coordinated_people_count_item_by_item(nlp, text, figure, expected) -> None:  # type: ignore[no-untyped-def]
    assert (figure, expected) in _figures(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A courier was arrested with a satchel of cash.",
        "Soldiers killed a gunman with a single shot.",
    ],
)
def test_things_with_the_victim_add_nobody(nlp, text) -> None:  # type: ignore[no-untyped-def]
    got = _figures(nlp, text)
    assert got and all(n == 1 for _, n in got)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Marines detained the crew of a tug towing a barge, 7 men in all, off Sarn.",
            "arrested",
            7,
        ),
        ("The raiders, six in number, were caught at the ford.", "arrested", 6),
        ("The gunboat sank; its crew, believed to number five men, were killed.", "killed", 5),
        ("The patrol seized everyone on board, twelve fishermen in total.", "arrested", 12),
    ],
)
def test_a_count_in_an_aside_totals_the_phrase(nlp, text, figure, expected) -> None:  # type: ignore[no-untyped-def]
    assert (figure, expected) in _figures(nlp, text)


def test_a_count_said_to_be_more_adds_to_those_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Detectives detained a suspected forger at his flat in Orrel. "
        "Later they arrested two other members of the gang at a print shop."
    )
    assert ("arrested", 3) in _figures(nlp, text)
    # the other two of a whole told before are part of it, not more
    text = "Police arrested four men. The other two were released on bail."
    assert ("arrested", 6) not in _figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("A scout team took two enemy snipers captive near Holm.", "arrested", 2),
        ("Our soldiers took 3 infiltrators prisoner at the ridge.", "arrested", 3),
        ("Officers handcuffed its two passengers after the chase.", "arrested", 2),
        ("The detachment lost one of its drivers in the ambush.", "killed", 1),
        ("The militia admitted the loss of 12 fighters at Dorra.", "killed", 12),
        ("Inspectors placed four other men found at the depot under arrest.", "arrested", 4),
    ],
)
def test_verbs_that_end_people(nlp, text, figure, expected) -> None:  # type: ignore[no-untyped-def]
    assert (figure, expected) in _figures(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The company reported the loss of 40 jobs at the plant.",
        "The team lost two matches in a row.",
        "The gunman held his wife at gunpoint for an hour.",
    ],
)
def test_the_same_verbs_of_things_count_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not [f for f in _figures(nlp, text) if f[0] in ("killed", "arrested")]


def test_a_fraction_of_a_whole_is_no_single_victim(nlp) -> None:  # type: ignore[no-untyped-def]
    got = _figures(nlp, "Of the 30 people brought in, eight died and a third were wounded.")
    assert ("killed", 8) in got and ("injured", 1) not in got
    assert ("arrested", 1) in _figures(nlp, "A third was nabbed at the border.")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a list the parse hangs on its first item ("a father, a mother and ...")
        ("The bodies of an uncle, his three sons and two nephews were found at Kesh.", "killed", 6),
        ("The bodies of a farmer, a herder and their two helpers were recovered.", "killed", 4),
        # subjects the parse hangs apart on one verb
        ("A bandit leader, known as Red Tarek, and his nephew gave themselves up.", "arrested", 2),
        # people with the one named by a participle
        ("Troops arrested a courier, identified as Omid Sal, along with a driver.", "arrested", 2),
        ("A raid at dawn netted three more.", "arrested", 3),
        # held people who die are dead; a list of names counts its dead
        ("Guards said 4 inmates were executed in the yard.", "killed", 4),
        ("The council published 11 names of those killed in the flood of fire.", "killed", 11),
        ("Snipers fired on the queue, martyring three men.", "killed", 3),
        ("Two guards were killed and a third is in critical condition.", "injured", 1),
    ],
)
def test_more_shapes_of_the_victim_phrase(nlp, text, figure, expected) -> None:  # type: ignore[no-untyped-def]
    assert (figure, expected) in _figures(nlp, text)


def test_also_adds_to_the_detainees_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "OSK, Norland (May 3, 2024) - Gendarmes arrested a smuggling boss in Pell yesterday.\n"
        "He is said to have run boats across the lake. The gendarmes also detained three "
        "of his boatmen."
    )
    assert ("arrested", 4) in _figures(nlp, text)
    # a paragraph that opens on its own day starts its count anew
    text = (
        "Gendarmes arrested a smuggling boss in Pell on Monday.\n"
        "On Tuesday, gendarmes also detained three boatmen in Osk."
    )
    assert ("arrested", 4) not in _figures(nlp, text)


def test_a_list_after_a_counted_group_names_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The strike killed six civilians, Adel Haro (40), his wife Mona (35), and their four "
        "children Sami, Lina, Rami and Dana."
    )
    assert ("killed", 6) in _figures(nlp, text)
    assert not [f for f in _figures(nlp, text) if f[0] == "killed" and (f[1] or 0) > 6]
    text = "A patrol killed two gunmen, a sergeant and a scout of the band."
    assert not [f for f in _figures(nlp, text) if f[0] == "killed" and (f[1] or 0) > 2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The kidnappers' leader, one Musa alias Scorpion, was fatally wounded in the gun "
            "duel, while his driver and three gang members were arrested.",
            [("killed", 1), ("arrested", 4)],
        ),
        (
            "The ringleader, one Ade Koro, was arrested at the Ivra motor park.",
            [("arrested", 1)],
        ),
    ],
)
def test_one_before_a_name_is_the_same_person(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    # (police English "one <Name>": a certain person, not a second one listed)
    assert _figures(nlp, text) == expected
