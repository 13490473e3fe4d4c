"""A release's next operation told by a day counted from the one before (thirteenth session).

"The following day,", "Two days later,", "The previous day,", "A day earlier," (days the date
extractor counts) and "Later that evening," (the same day, dated here) at a sentence's start
open an operation of their own; the date extractor reads the same day and its parts (one
reader, ``extract/dates/mentions.SAME_DAY``, since the fourteenth session).
Texts written for these tests (invented places, units and people), in several wordings.
"""

from __future__ import annotations

import pytest

from claimledger.extract.dates.mentions import SAME_DAY, extract_dates
from claimledger.reconcile.operation_days import LEAD, opens_on_day
from claimledger.reconcile.operations import SAME_DAY_OPENING
from tests.reconcile.builders import dated, per_incident

HEADER = "Norland Defence Forces\nPress Release\nOsk, 14 May 2024\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The following day, a patrol detained two couriers.",
        "2. The next day, a unit seized a truck.",
        "- Two days later, a patrol arrested four suspects.",
        "On Sunday, rangers arrested a poacher.",
    ],
)
def test_a_sentence_opens_on_a_date_mention_at_its_start(sentence: str) -> None:
    text = "Troops killed two gunmen.\n" + sentence
    start = text.index("\n") + 1
    lead = LEAD.match(text, start)
    assert lead is not None
    first = text[lead.end() :].split(",")[0]
    day = dated(text, "2024-05-12", first)
    assert opens_on_day(text, start, len(text), [day])
    # a day named later in the sentence is no opening
    late = dated(text, "2024-05-12", text.split()[-1].rstrip("."))
    assert not opens_on_day(text, start, len(text), [late])


@pytest.mark.parametrize(
    "opening",
    [
        "Later that evening, a unit arrested a courier.",
        "That same night, two more were detained.",
        "2. Hours later, police detained a driver.",
        "The same morning, rangers seized a boat.",
        "In the evening of the same day, a drone struck a truck.",
        "That night, two more were held.",
    ],
)
def test_a_part_of_the_same_day_repeats_the_day_before(nlp, opening: str) -> None:  # type: ignore[no-untyped-def]
    # one reader of "the same day" (the date extractor's SAME_DAY) serves the operations
    text = HEADER + "On Sunday, rangers captured six poachers.\n" + opening
    start = text.rindex("\n") + 1
    found = [
        d.value for d in extract_dates(nlp(text), "t1", "2024-05-14") if d.evidence.start >= start
    ]
    assert found == ["2024-05-12"]
    assert SAME_DAY_OPENING.search(text[start:]) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "The evening was calm in Osk.",
        "Police said the night was quiet.",
        "Later, troops left.",
        "He said that night was the worst.",
    ],
)
def test_no_part_of_the_day_at_the_start_is_no_opening(sentence: str) -> None:
    assert SAME_DAY.search(sentence) is None


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


@pytest.mark.parametrize(
    "second",
    [
        "The same day, in Orvel Bay, marines detained three smugglers.",
        "On the same day, officers in Lodrin arrested three men suspected of supplying them.",
        "In Korra district, police arrested three members of the gang.",
    ],
)
def test_inside_a_paragraph_the_same_day_elsewhere_is_another_operation(second: str) -> None:
    text = HEADER + "Troops on Monday killed two gunmen near Tarn. " + second
    found = per_incident(text)
    assert [f.get("killed", 0) for f in found] == [2, 0]
    assert [f.get("arrested", 0) for f in found] == [0, 3]


def test_an_arrest_later_the_same_day_is_one_more_operation() -> None:
    # (one operation until the twenty-second session: the convention of the releases gold
    # makes an arrest told in a sentence of its own with a time of its own one more)
    text = (
        HEADER + "Troops on Monday killed two gunmen near Tarn. Later that day, troops detained "
        "another fighter who tried to flee towards Brill."
    )
    assert per_incident(text) == [
        {"date": "2024-05-13", "killed": 2},
        {"date": "2024-05-13", "arrested": 1},
    ]


def test_an_operation_that_reports_no_one_is_not_the_main_one() -> None:
    text = (
        HEADER + "On May 9, the air component struck a depot in the Kel forest, where "
        "fighters were regrouping. The strike destroyed two trucks.\n"
        "On May 10, a ground unit intercepted a convoy near Dorn; 17 terrorists were killed "
        "and 4 were captured alive."
    )
    found = per_incident(text)
    assert found[0] == {"date": "2024-05-10", "killed": 17, "arrested": 4}
    assert found[1]["date"] == "2024-05-09"
    assert "killed" not in found[1]
