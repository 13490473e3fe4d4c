"""Count forms read in the twenty-second session (``numbers/named_deaths``, ``quantities``,
``kin_companions``, ``name_lists``, ``tolls``, ``totals``, ``told_after``): a name whose
relative clause tells the death ("our comrade Idris, who was martyred"); a death confirmed
as a thing of its own ("the clinic confirmed the death"); "among the dead were" one
person and those listed with them; "many more" / "many others" as a vague count;
companions that are no relatives ("and his friend", "two of his bodyguards", "and their
guide"); relatives mourned or buried by name under a plural ("mourned my brothers A and
B"); a toll moved by its verb ("raising the toll to 9"); ", estimated at N soldiers"; a
post's time before a dash ("7:10 PM: URGENT - 3 dead"); a burial's "They were killed"
in the next sentence. Sentences written for these tests (invented places and people),
with near misses."""

from __future__ import annotations

import pytest

from claimledger.extract.numbers.figures import extract_figures


def _figures(nlp, text: str) -> list[tuple[str, int | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(m.figure, m.low, m.high) for m in extract_figures(nlp(text), "t1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We mourn our comrade Idris, who was martyred in the clash at Vell.",
            [("killed", 1, 1)],
        ),
        (
            "The front mourns its fighter Samer Odin, who was martyred at the crossing.",
            [("killed", 1, 1)],
        ),
        ("The doctors visited Lina Farsi, who was wounded in the raid.", [("injured", 1, 1)]),
    ],
)
def test_a_name_whose_relative_clause_tells_the_death(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == expected


def test_a_name_the_killing_takes_counts_once(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A drone killed a nurse, Omar Tavi, who was driving to the clinic."
    assert _figures(nlp, text) == [("killed", 1, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "A boy was killed near the school in Arvel. The town clinic later confirmed the death.",
        "A farmer died of his wounds in Tolo. The district office confirmed Haddad's death.",
    ],
)
def test_a_confirmed_death_is_a_claim_of_its_own(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text).count(("killed", 1, 1)) == 2


def test_the_death_toll_confirmed_is_no_single_death(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "Officials in Arvel confirmed the death toll had risen.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the dead were a beekeeper, Rima Dast, and her two daughters.", ("killed", 3, 3)),
        (
            "Witnesses said that among the dead were a baker, Tomas Rell, and his two nephews.",
            ("killed", 3, 3),
        ),
        ("Among the wounded is the headteacher of the village school.", ("injured", 1, 1)),
    ],
)
def test_among_the_dead_were(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed four guards at the depot and wounded many more.",
        "The shelling killed two herders and injured many others near Sopa.",
    ],
)
def test_many_more_is_a_vague_count(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text)[-1] == ("injured", 3, None)


def test_how_many_more_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "How many more must be killed before the talks resume?") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A member of our union, Soren, and his friend lost their lives in the blast.", 2),
        (
            "The strike caused the death of the band's commander, Ulo Fenn, and two of his"
            " bodyguards.",
            3,
        ),
        ("Border guards detained five refugees and their guide near Ostra.", 6),
    ],
)
def test_companions_that_are_no_relatives(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert [n for _, n, _ in _figures(nlp, text)] == [expected]


def test_a_capture_with_two_of_his_aides(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The raid led to the capture of the cell leader known as Abu Faris and two of his aides."
    assert _figures(nlp, text) == [("arrested", 3, 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('A neighbour mourned "my brothers Tariq and Selim, who never came home".', 2),
        ("We announce the martyrdom of our sons Adam and Yunus Bekri and our cousin Rami.", 3),
    ],
)
def test_relatives_mourned_by_name(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, text) == [("killed", expected, expected)]


def test_a_toll_raised_by_its_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rescuers found two more bodies in the ruins, raising the toll of the Monday strike to 9."
    )
    assert ("killed", 9, 9) in _figures(nlp, text)


def test_estimated_at_n_soldiers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Our unit ambushed a convoy near Tirin, killing the crews of both trucks, estimated at"
        " six soldiers."
    )
    assert _figures(nlp, text) == [("killed", 6, 6)]


def test_a_post_time_before_a_dash(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "@DorvaLive on X, 7:10 PM: URGENT - 3 dead and 5 injured after a drone hit a van."
    assert _figures(nlp, text)[:2] == [("killed", 3, 3), ("injured", 5, 5)]


def test_a_time_range_stays_a_time(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _figures(nlp, "Between 4:30 - 5 pm a strike on Dorin killed two.") == [("killed", 2, 2)]


def test_a_burial_then_they_were_killed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rana Bel (Facebook): We buried my uncle Fadi and his son. They were killed in the raid."
    found = extract_figures(nlp(text), "t1")
    assert [(m.figure, m.low) for m in found] == [("killed", 2)]
    assert text[found[0].evidence.start : found[0].evidence.end].endswith("They were killed")
