"""A release's arrests (twenty-second session, issue 15), by the convention of the releases
gold (docs/reconciliation.md): an arrest told in a sentence of its own with a day of its own
is an operation of its own, dated by that day, whether or not the operation before names a
recent day; one with no day of its own, or with only the
attack's day, stays with the attack. A police command's header with its date ("Osk Police |
14/11/2023"), a force's media byline ("by Osk Police Media") and a dateline whose agency is
the issuer ("OSK, 2023-05-06 (Ministry of Interior) -") head a release. Texts written for
these tests (invented places, units and people)."""

from __future__ import annotations

import pytest

from claimledger.reconcile.operations import is_release
from tests.reconcile.builders import per_incident


@pytest.mark.parametrize(
    ("arrest", "day"),
    [
        ("A suspect was arrested Friday afternoon near the ferry.", "2023-05-05"),
        ("Detectives arrested a suspect yesterday in Velt.", "2023-05-05"),
        ("A suspect was detained this morning.", "2023-05-06"),
        ("Officers arrested a suspect on Thursday night.", "2023-05-04"),
    ],
)
def test_an_arrest_on_a_day_of_its_own_is_one_more_operation(arrest: str, day: str) -> None:
    text = (
        "Osk Police Department - Bulletin 12/2023 - 6 May 2023\n"
        "A taxi driver was shot dead on Kell Street on 20 April. " + arrest
    )
    assert per_incident(text) == [{"date": "2023-04-20", "killed": 1}, {"date": day, "arrested": 1}]


def test_an_arrest_later_the_same_day_is_one_more_operation() -> None:
    text = (
        "Osk Police Department - Bulletin 12/2023 - 6 May 2023\n"
        "A taxi driver was shot dead on Kell Street on Thursday evening. A suspect was "
        "arrested later that day."
    )
    assert per_incident(text) == [
        {"date": "2023-05-04", "killed": 1},
        {"date": "2023-05-04", "arrested": 1},
    ]


@pytest.mark.parametrize(
    "arrest",
    [
        "Police have arrested a 30-year-old man in connection with the death.",
        "Police have since arrested a suspect.",
        "Officers have so far detained one suspect.",
        "Police arrested a suspect over Thursday's shooting.",
    ],
)
def test_an_arrest_without_a_day_of_its_own_stays_with_the_attack(arrest: str) -> None:
    text = (
        "Osk Police Department - Bulletin 12/2023 - 6 May 2023\n"
        "A taxi driver was shot dead on Kell Street on Thursday evening. " + arrest
    )
    assert per_incident(text) == [{"date": "2023-05-04", "killed": 1, "arrested": 1}]


@pytest.mark.parametrize(
    "header",
    [
        "Osk Police | 06/05/2023",
        "Posted on 6 May 2023 by Osk Police Media",
        "Tarn Mountain Brigades - Military Media\n6 May 2023",
        "OSK, 2023-05-06 (Ministry of Interior) \u2014 Police held two men.",
        "OSK, May 6, 2023 (Tarn Army Public Affairs) \u2014 Troops held two men.",
    ],
)
def test_headers_that_name_a_release(header: str) -> None:
    assert is_release(header + "\nTwo men were held.")


@pytest.mark.parametrize(
    "header",
    ["OSK, May 6 (Reuters) - Police said", "OSK, May 6, 2023 (Tarn Press Agency) - Police said"],
)
def test_a_news_agency_dateline_names_no_release(header: str) -> None:
    assert not is_release(header + " two men were held.\nMore follows.")


@pytest.mark.parametrize(
    "death",
    [
        "One of them died in hospital on 4 May.",
        "One of the wounded later died on 4 May.",
    ],
)
def test_a_later_death_of_the_wounded_is_no_operation_of_its_own(death: str) -> None:
    text = (
        "Osk Police Department - Bulletin 12/2023 - 6 May 2023\n"
        "Three people were wounded in a grenade attack on a bus stop in Velt on 2 May. " + death
    )
    assert [f["date"] for f in per_incident(text)] == ["2023-05-02"]


def test_a_killing_at_another_place_inside_a_paragraph_is_one_more_operation() -> None:
    text = (
        "Tarn Ministry of Defence\nDaily Update\nOsk, 6 May 2023\nArmy commandos raided a "
        "compound in Velt district last night, killing 4 fighters. Air Force strikes in Marn "
        "district on Friday killed 3 fighters."
    )
    assert per_incident(text) == [
        {"date": "2023-05-05", "killed": 4},
        {"date": "2023-05-05", "killed": 3},
    ]


def test_an_arrest_at_another_place_with_no_day_stays_with_the_attack() -> None:
    text = (
        "Tarn Ministry of Defence\nDaily Update\nOsk, 6 May 2023\nGunmen attacked a "
        "checkpoint in Velt last night, killing 4 guards. Security forces later arrested two "
        "suspects linked to the attack in Marn."
    )
    assert per_incident(text) == [{"date": "2023-05-05", "killed": 4, "arrested": 2}]
