"""A release's operations told by their time (eighteenth session, issue 15 item 4).

A sentence inside a paragraph that takes or kills people on a later day than the operation
before ("... the arrest of a courier the following day") is one more operation; so is a
paragraph that opens on a time of its own told in other words than the operation before
("Overnight, ..." then "Yesterday afternoon, ...", "Earlier this week, ..."), even on the
same day. A body's name in capitals heads a release as it does in title case ("VELT
GARRISON HEADQUARTERS"); a paragraph may open on a front's direction as on a district. Texts
written for these tests (invented places, units and people).
"""

from __future__ import annotations

from claimledger.reconcile.operations import is_release
from tests.reconcile.builders import per_incident

HEADER = "Norland Defence Forces\nPress Release\nOsk, 14 May 2024\n"


def test_a_later_counted_day_inside_a_paragraph_opens_an_operation() -> None:
    text = (
        HEADER
        + "On Sunday, troops killed two gunmen in a clash near Tarn. "
        + "Papers found on them led to the arrest of a courier in Varo the following day."
    )
    found = per_incident(text)
    assert found == [{"date": "2024-05-12", "killed": 2}, {"date": "2024-05-13", "arrested": 1}]


def test_a_paragraph_on_the_same_day_in_other_words_is_an_operation() -> None:
    text = (
        HEADER
        + "Overnight, a patrol shot dead an armed intruder at the Kell depot.\n"
        + "Yesterday afternoon, police detained four men at a roadblock near Dorr."
    )
    found = per_incident(text)
    assert found == [{"date": "2024-05-13", "killed": 1}, {"date": "2024-05-13", "arrested": 4}]


def test_a_paragraph_on_a_week_of_its_own_is_an_operation_without_a_day() -> None:
    text = (
        HEADER
        + "On Sunday, troops killed two gunmen in a clash near Tarn.\n"
        + "Earlier this week, rangers arrested three poachers in the Varo reserve."
    )
    found = per_incident(text)
    assert len(found) == 2
    assert found[0] == {"date": "2024-05-12", "killed": 2}
    assert found[1].get("arrested") == 3 and found[1]["date"] != "2024-05-12"


def test_a_follow_up_death_stays_with_its_operation() -> None:
    text = (
        HEADER
        + "On Sunday, troops killed two gunmen in a clash near Tarn. "
        + "A wounded soldier died of his injuries the following day."
    )
    assert len(per_incident(text)) == 1


def test_a_body_named_in_capitals_heads_a_release() -> None:
    assert is_release("VELT GARRISON HEADQUARTERS, ORR\n9 October 2022\nTroops arrested two men.")
    assert not is_release("VELT GARRISON NEWSROOM\n9 October 2022\nTroops arrested two men.")


def test_a_paragraph_on_a_direction_is_an_operation() -> None:
    text = (
        HEADER
        + "On Sunday, gunners killed 12 enemy soldiers near Tarn.\n"
        + "In the Varo direction, scouts captured 3 enemy soldiers."
    )
    found = per_incident(text)
    assert len(found) == 2 and found[1].get("arrested") == 3
