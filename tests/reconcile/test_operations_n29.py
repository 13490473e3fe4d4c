"""A release's operations and their days (helper N, twenty-ninth session): a killing told
before the arrest made for it is dated by the day the arrest's words give the crime, and the
arrest by its own day (the crime it is charged with, "charged with killing his neighbour ...
on April 9", is no death of the arrest); another party the operation before met ("a second
group tried to cross ...") is one more operation of its day; a capture counted in hours from
the attack ("was caught a few hours later") stays with it. Texts written for these tests
(invented places, units and people), each rule with a hard case beside it."""

from __future__ import annotations

from tests.reconcile.builders import per_incident

VARNO = "VARNO, Kessland (April 17, 2025) \u2014 "
TARSK = "TARSK, 12 July 2023 (Tarsk Gendarmerie) \u2014 "
BORDER = "Border Guard Service of Kessland\nPress release, 22 January 2025\n"
DOLVA = "DOLVA, Kessland (June 25, 2024) \u2014 "


def test_a_killing_told_before_its_arrest_takes_the_crime_day_the_arrest_gives() -> None:
    text = TARSK + (
        "A farmer was shot dead in his field in Dolva. Gendarmes arrested two brothers this "
        "afternoon over the shooting death of the farmer on July 4."
    )
    assert per_incident(text) == [
        {"date": "2023-07-04", "killed": 1},
        {"date": "2023-07-12", "arrested": 2},
    ]


def test_the_crime_an_arrest_is_charged_with_is_no_death_of_the_arrest() -> None:
    text = VARNO + (
        "Police in Orbe have charged a man with the murder of a retired teacher. Tomas Erd, "
        "34, was arrested Wednesday and charged with killing his neighbour, Ala Sen, 71, at "
        "her home on April 9."
    )
    assert per_incident(text) == [
        {"date": "2025-04-09", "killed": 1},
        {"date": "2025-04-16", "arrested": 1},
    ]


def test_a_killing_with_a_day_of_its_own_keeps_it() -> None:
    # (hard case: the killing's own sentence names its day; nothing is handed over)
    text = VARNO + (
        "A retired teacher was found stabbed to death at her home in Orbe on April 9.\n\n"
        "A 34-year-old neighbour was arrested Wednesday and charged with her murder."
    )
    assert per_incident(text) == [
        {"date": "2025-04-09", "killed": 1},
        {"date": "2025-04-16", "arrested": 1},
    ]


def test_another_party_the_operation_met_is_one_more_operation_of_its_day() -> None:
    text = BORDER + (
        "On 20 January, a patrol near Velm arrested three smugglers carrying fuel. A second "
        "group tried to cross the river near Osk; one smuggler drowned and two were detained."
    )
    assert per_incident(text) == [
        {"date": "2025-01-20", "arrested": 3},
        {"date": "2025-01-20", "killed": 1, "arrested": 2},
    ]


def test_a_capture_hours_after_the_attack_stays_with_it() -> None:
    text = DOLVA + (
        "A gunman shot dead a shopkeeper in the Dolva market on Monday morning. The suspect "
        "fled on a motorcycle and was caught a few hours later at a checkpoint, police said."
    )
    assert per_incident(text) == [{"date": "2024-06-24", "killed": 1, "arrested": 1}]


def test_an_arrest_on_a_day_of_its_own_is_still_its_own_operation() -> None:
    # (hard case: a day, not hours counted from the attack)
    text = DOLVA + (
        "A gunman shot dead a shopkeeper in the Dolva market on Monday morning. The suspect "
        "was arrested this morning at a checkpoint, police said."
    )
    assert per_incident(text) == [
        {"date": "2024-06-24", "killed": 1},
        {"date": "2024-06-25", "arrested": 1},
    ]
