"""A release's operations whose people the number reader reads by the parse (helper N,
twenty-fifth session): a crew "of four" killed with its gun, two brothers counted through
"after arresting them", a flight that ends in a detention. Texts written for these tests
(invented places, units and people)."""

from __future__ import annotations

from tests.reconcile.builders import per_incident

HEAD = "Ministry of Defence\nPress Release\nVarno, 3 March 2023\n"
POLICE = "Regional Police Press Office\nTessin, 22 June 2021\n"


def test_a_crew_sized_by_of_is_the_operations_dead() -> None:
    text = (
        HEAD + "On 1 March, enemy artillery shelled the village of Orlo, killing two civilians. "
        "On 2 March, near Dorra, our units destroyed the gun and its crew of four."
    )
    assert per_incident(text) == [
        {"date": "2023-03-01", "killed": 2},
        {"date": "2023-03-02", "killed": 4},
    ]


def test_a_pronoun_taken_counts_its_antecedent() -> None:
    text = (
        POLICE + "A patrol arrested three suspects in Dorra on 19 June.\n"
        "On 20 June, detectives charged two brothers with the robbery of a jeweller after "
        "arresting them at their home in Orlo."
    )
    assert per_incident(text) == [
        {"date": "2021-06-19", "arrested": 3},
        {"date": "2021-06-20", "arrested": 2},
    ]


def test_a_definite_detainee_before_a_pronouns_count_still_counts() -> None:
    # the pronoun's count names no new people: "the driver" before it is not one of them
    text = (
        POLICE + "Officers on 19 June seized 40 kilograms of cannabis at a checkpoint near "
        "Dorra and arrested the driver. In Orlo on 20 June, detectives charged two brothers "
        "with the robbery of a jeweller after arresting them at their home."
    )
    assert per_incident(text) == [
        {"date": "2021-06-19", "arrested": 1},
        {"date": "2021-06-20", "arrested": 2},
    ]


def test_a_flight_that_ends_in_a_detention() -> None:
    text = (
        POLICE + "On 20 June, a car struck a cyclist in Orlo, killing him. The driver fled "
        "but was detained by residents."
    )
    assert per_incident(text) == [{"date": "2021-06-20", "killed": 1, "arrested": 1}]


def test_later_detainees_of_one_operation_add_up() -> None:
    text = (
        POLICE + "On 20 June, officers arrested two suspects over a robbery in Orlo. A third "
        "suspect was arrested later at his home. His two accomplices were detained at a "
        "roadblock."
    )
    assert per_incident(text) == [{"date": "2021-06-20", "arrested": 5}]


def test_a_later_detainee_on_a_day_of_its_own_counts_alone() -> None:
    text = (
        POLICE + "On the morning of the 18th, detectives arrested two suspects over the murder "
        "of a baker in Orlo. A third suspect surrendered at the Orlo police station two days "
        "later.\n\n"
    )
    assert per_incident(text) == [
        {"date": "2021-06-18", "arrested": 2},
        {"date": "2021-06-20", "arrested": 1},
    ]
