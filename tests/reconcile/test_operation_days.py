"""A release's next operation told by a day counted from the one before (thirteenth session).

"The following day,", "Two days later,", "The previous day,", "A day earlier,", "Later that
evening,": a sentence-initial adverbial that names its day only through the day before.
Texts written for these tests (invented places, units and people), in several wordings.
"""

from __future__ import annotations

import pytest

from claimledger.reconcile.operation_days import RELATIVE_OPENING, offset, relative_days
from claimledger.reconcile.operations import with_relative_days
from tests.reconcile.builders import dated, line_sentences, per_incident

HEADER = "Norland Defence Forces\nPress Release\nOsk, 14 May 2024\n"


@pytest.mark.parametrize(
    ("opening", "days"),
    [
        ("The following day, a patrol detained two couriers.", 1),
        ("On the next morning, rangers arrested a poacher.", 1),
        ("The day after, a joint team arrested their supplier.", 1),
        ("Two days later, a patrol arrested four suspects.", 2),
        ("3 days afterwards, police detained a driver.", 3),
        ("The previous day, the Counter-Terrorism Unit captured 12 fighters.", -1),
        ("A day earlier, the gendarmerie had detained three smugglers.", -1),
        ("The night before, troops killed two gunmen.", -1),
        ("Later that evening, a unit arrested a courier.", 0),
        ("That same night, two more were detained.", 0),
        ("2. The following day, a unit seized a truck.", 1),
    ],
)
def test_an_opening_counts_days_from_the_day_before(opening: str, days: int) -> None:
    m = RELATIVE_OPENING.match(opening)
    assert m is not None
    assert offset(m) == days


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the suspects were taken to court two days later.",
        "The day was calm in Osk.",
        "Following the attack, troops sealed the area.",
        "Days later, the road reopened.",
    ],
)
def test_no_counted_day_at_the_start_is_no_opening(sentence: str) -> None:
    assert RELATIVE_OPENING.match(sentence) is None


def test_the_day_is_counted_from_the_last_day_named_and_chains() -> None:
    text = (
        HEADER + "Troops on Saturday repelled an attack near Velm, killing five raiders.\n"
        "The next day, a patrol detained two couriers in Marra.\n"
        "Two days later, police arrested a driver in Tarn."
    )
    dates = [dated(text, "2024-05-14", "14 May 2024"), dated(text, "2024-05-11", "Saturday")]
    more = relative_days(text, line_sentences(text), dates, "2024-05-14")
    assert [(d.value, d.evidence.text) for d in more] == [
        ("2024-05-12", "The next day"),
        ("2024-05-14", "Two days later"),
    ]
    # only a release's days are counted: a news story keeps its mentions
    news = text.replace("Norland Defence Forces\nPress Release\n", "Raiders repelled\n\n")
    moved = [dated(news, "2024-05-14", "14 May 2024"), dated(news, "2024-05-11", "Saturday")]
    assert with_relative_days(news, line_sentences(news), moved, "2024-05-14") == moved


def test_without_a_day_before_the_release_date_is_counted_from() -> None:
    text = (
        HEADER + "Police arrested a gang leader in Osk.\nThe previous day, two couriers were held."
    )
    more = relative_days(text, line_sentences(text), [], "2024-05-14")
    assert [d.value for d in more] == ["2024-05-13"]


def test_each_counted_day_starts_an_operation_of_its_own() -> None:
    text = (
        HEADER + "Troops on Saturday repelled an attack on an outpost near Velm, killing five "
        "raiders.\nThe next day, a patrol detained two suspected couriers in Marra."
    )
    assert per_incident(text) == [
        {"date": "2024-05-11", "killed": 5},
        {"date": "2024-05-12", "arrested": 2},
    ]


def test_a_day_before_inside_a_paragraph_starts_an_operation_too() -> None:
    text = (
        HEADER + "Soldiers on Monday killed two gunmen in Harrow. A day earlier, the "
        "gendarmerie had detained three smugglers near Ost."
    )
    assert per_incident(text) == [
        {"date": "2024-05-13", "killed": 2},
        {"date": "2024-05-12", "arrested": 3},
    ]


def test_a_verb_of_the_number_reader_marks_the_operation() -> None:
    # "nabbed" is no word of the operations' own list: the casualty lexicon's is read
    text = (
        HEADER + "UPDF troops on Monday intercepted a group of fighters near Kiso. Four were "
        "killed and two were taken into custody.\n"
        "The following day, a joint patrol nabbed 3 collaborators in Bundo."
    )
    assert per_incident(text) == [
        {"date": "2024-05-13", "killed": 4, "arrested": 2},
        {"date": "2024-05-14", "arrested": 3},
    ]


def test_the_same_evening_at_a_line_start_is_an_operation_of_that_day() -> None:
    text = (
        HEADER + "On Sunday, rangers captured six poachers in the Kel forest.\n"
        "Later that evening, a joint team arrested their supplier in Dorn."
    )
    assert per_incident(text) == [
        {"date": "2024-05-12", "arrested": 6},
        {"date": "2024-05-12", "arrested": 1},
    ]
