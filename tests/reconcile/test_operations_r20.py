"""A release's operations (twentieth session, issue 15): an issuer's name above a dated
header line heads a release ("Tarn Border Service | 4 May 2024"); the operation that kills
or detains people comes first when the one told first does not (an abduction, a wounding
whose "nobody has been arrested" takes no one); a taking done "since" the operation before
stays with it (one more until the twenty-second session's convention); a numbered item whose number stands alone ("3." then the item) that tells a
death; people "taken in for interrogation". Texts written for these tests (invented places,
units and people)."""

from __future__ import annotations

import pytest

from claimledger.reconcile.operations import is_release
from tests.reconcile.builders import per_incident


@pytest.mark.parametrize(
    "text",
    [
        "Office of the Governor of Marsh Province\n4 May 2024\nThe governor condemns the raid.",
        "Tarn Border Service | 4 May 2024\nDuring the past week, units held 12 people.",
        "Osk Anti-Smuggling Unit\n4 May 2024\nTwo days ago, officers held a courier.",
        "Velt District Council - Security Committee\n4 May 2024\nThe committee reports.",
    ],
)
def test_an_issuer_above_a_dated_line_heads_a_release(text: str) -> None:
    assert is_release(text)


@pytest.mark.parametrize(
    "text",
    [
        # a headline in title case goes on with its verb
        "Weather Service Warns of Floods\nMay 4, 2024\nRivers rose in Osk.",
        # no dated line
        "Tarn Border Service\nUnits held 12 people this week.",
    ],
)
def test_no_issuer_or_no_date_heads_no_release(text: str) -> None:
    assert not is_release(text)


def test_a_taking_done_since_stays_with_the_attack() -> None:
    # (one more operation, dated by the release, until the twenty-second session: the
    # convention of the releases gold keeps an arrest with no day of its own with the attack)
    text = (
        "Office of the Governor of Marsh Province\n4 May 2024\n"
        "The governor condemns the attack carried out last night on a checkpoint in Osk, in "
        "which three guards were killed. Security forces have since arrested two suspects."
    )
    found = per_incident(text)
    assert found == [{"date": "2024-05-03", "killed": 3, "arrested": 2}]


def test_the_operation_that_takes_people_comes_before_an_abduction() -> None:
    text = (
        "Velt District Council - Security Committee\n4 May 2024\n"
        "The committee reports that on 1 May gunmen abducted three surveyors on the Osk road. "
        "Police freed the surveyors the next day and arrested two of the kidnappers."
    )
    found = per_incident(text)
    assert found[0] == {"date": "2024-05-02", "arrested": 2}


def test_a_wounding_with_nobody_arrested_comes_after_a_killing() -> None:
    text = (
        "TARN CITY POLICE\nMonday, May 6, 2024\n"
        "Over the weekend officers responded to two shootings. On Saturday evening a man was "
        "wounded outside a bakery on Elm Row; nobody has been arrested. On Sunday morning a "
        "youth was shot dead in Osk Park and a 22-year-old man was arrested at the scene."
    )
    found = per_incident(text)
    assert found[0] == {"date": "2024-05-05", "killed": 1, "arrested": 1}


def test_a_numbered_item_whose_number_stands_alone_tells_a_death() -> None:
    text = (
        "Tarn Ministry of Defence\nDaily Security Report\nMay 4, 2024\n"
        "1. Troops cleared the Velt valley on Thursday; 9 raiders were killed.\n"
        "2. Commandos raided a camp in Osk yesterday, detaining four raiders.\n"
        "3. A soldier was martyred when a mine exploded in Dorr district."
    )
    found = per_incident(text)
    assert len(found) == 3 and found[2].get("killed") == 1


def test_people_taken_in_for_interrogation_open_an_operation() -> None:
    text = (
        "NATIONAL POLICE SERVICE\nFOR IMMEDIATE RELEASE\nIssued: 4th May 2024\n"
        "Officers responding to a robbery in Osk on 1 May exchanged fire with the gang. Two of "
        "the robbers were killed.\n"
        "Two days later, detectives tracked two more members of the gang to a house in Velt, "
        "where they were taken in for interrogation."
    )
    found = per_incident(text)
    assert len(found) == 2 and found[1]["date"] == "2024-05-03"
