"""A release's tolls (twenty-third session, issue 15): the attacker's own death told after
his killing ("killing two before he was shot dead by police") is one more dead, once even
when a later sentence tells it again; a detainee count "N more" in an operation of its own
counts its own N, not the sum the number reader makes across the paragraph. Texts written
for these tests (invented places, units and people)."""

from __future__ import annotations

import pytest

from claimledger.reconcile.operation_toll import killer_died
from tests.reconcile.builders import per_incident

HEAD = "Osk Police Department - Bulletin 14/2023 - 9 May 2023\n"


@pytest.mark.parametrize(
    "ending",
    [
        "killing two diners before he was shot dead by police.",
        "killing two diners before officers shot him dead.",
        "killing two diners before turning the gun on himself.",
        "killing two diners before he was shot dead by police. The gunman died at the scene.",
    ],
)
def test_the_attackers_own_death_adds_to_the_toll(ending: str) -> None:
    text = HEAD + "On Sunday night a man fired on a cafe on Pell Square, " + ending
    assert per_incident(text) == [{"date": "2023-05-07", "killed": 3}]


@pytest.mark.parametrize(
    "ending",
    [
        "killing two diners before he fled on foot.",
        "killing two diners before he was shot by police and taken to hospital.",
    ],
)
def test_an_attacker_who_lives_adds_nobody(ending: str) -> None:
    text = HEAD + "On Sunday night a man fired on a cafe on Pell Square, " + ending
    assert per_incident(text)[0]["killed"] == 2


def test_killer_died_reads_the_words_after_the_count() -> None:
    from claimledger.records import Claim, Evidence, Source

    statement = "A man killed two guards before he was gunned down by soldiers."
    claim = Claim(
        "killed", statement, 2, 2, "exact", Source("author", "author"), False,
        Evidence(6, 19, "killed two"),
    )  # fmt: skip
    assert killer_died(claim)
    assert not killer_died(Claim(**{**claim.__dict__, "statement": "A man killed two guards."}))


def test_n_more_in_an_operation_of_its_own_counts_its_own() -> None:
    text = (
        HEAD + "On 2 May, officers in Varn arrested a man carrying a pistol. On 4 May, three "
        "more suspects were detained in Dell."
    )
    assert per_incident(text) == [
        {"date": "2023-05-02", "arrested": 1},
        {"date": "2023-05-04", "arrested": 3},
    ]


def test_n_more_inside_one_operation_still_adds() -> None:
    text = (
        HEAD + "On Sunday, officers arrested two suspects after a robbery at a jeweller's in Varn. "
        "Two more suspects were detained later."
    )
    assert per_incident(text) == [{"date": "2023-05-07", "arrested": 4}]


def test_a_part_listed_with_others_is_no_more_count() -> None:
    text = (
        HEAD + "On 2 May, officers in Varn shot dead a gunman who fired at a patrol. On 4 "
        "May, officers detained a courier and one other suspect in Dell."
    )
    assert per_incident(text) == [
        {"date": "2023-05-02", "killed": 1},
        {"date": "2023-05-04", "arrested": 2},
    ]
